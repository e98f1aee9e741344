"""The Links part of the Claims tab: the open claim's links to claims in other documents.

Why its own widget: the links list, its wrapped rows and its buttons are one
concern of the claim editor, and the buttons wrap (``FlowLayout``) so that a
250 px inspector at 1024 px shows "Link Claim to…", "Remove Link" and "Claim
Suggestions" whole instead of scrolling sideways.

Each link is one wrapped row: a swatch in the relation's colour, the
relation and the other claim, and its document on the last line. Two
columns ("Relation", "Other claim (document)") in a 250 px inspector cut
the header to "Other claim (docu…", left a wide column for one word and
wrapped the claim eleven lines deep, so a second link was out of sight. A
long claim or title is shortened here, by words (the tooltip has both whole).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import ClaimLink
from workbench.core.text import shorten
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.swatches import swatch_icon
from workbench.ui.widgets.wording import relation_word
from workbench.ui.widgets.wrapped_rows import rows_height, wrap_rows

LINK_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_LINK_ROWS_HEIGHT = 220
CLAIM_CHARS = 140  # about four lines of a 250 px inspector
TITLE_CHARS = 80  # about two


class ClaimLinksSection(QWidget):
    """Title, the links (relation, other claim and its document), and the link buttons."""

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.tree = QTreeWidget(accessibleName="Linked claims")
        # One column the inspector's width: see the module's docstring.
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.header().setStretchLastSection(True)
        wrap_rows(self.tree)  # the link's document line ("— title") under the claim
        self.no_links_label = QLabel("Not linked to a claim in another document yet.",
                                     objectName="MutedLabel", wordWrap=True)
        self.link_button = QPushButton("Link Claim to…")  # the Document menu's words
        self.unlink_button = QPushButton("Remove Link")
        self.suggest_button = QPushButton("Claim Suggestions")
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=6)
        flow.setContentsMargins(0, 0, 0, 0)
        for button in (self.link_button, self.unlink_button, self.suggest_button):
            flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Links", objectName="PaneTitle"))
        layout.addWidget(self.tree)
        layout.addWidget(self.no_links_label)
        layout.addWidget(buttons)

    def show_links(self, links: tuple[ClaimLink, ...]) -> None:
        """List ``links``, each coloured by its relation, or say there are none."""
        self.tree.clear()
        for link in links:
            other = " ".join((link.other_text or "").split())
            title = " ".join((link.other_title or "").split())
            item = QTreeWidgetItem([link_row_text(link.reads, other, title)])
            item.setData(0, LINK_ROLE, link)
            color = self.theme.palette.relation(link.relation, self.theme.theme)
            item.setIcon(0, swatch_icon(color))
            note = f"\n\nNote: {link.note}" if link.note else ""
            reads = relation_word(link.reads)
            item.setToolTip(0, plain_tooltip(f"{reads}: {other}\n\nIn: {title}{note}"))
            self.tree.addTopLevelItem(item)
        self.unlink_button.setEnabled(bool(links))
        self.tree.setVisible(bool(links))
        self.no_links_label.setVisible(not links)

    def selected_link(self) -> ClaimLink | None:
        """The link selected in the list."""
        item = self.tree.currentItem()
        return None if item is None else item.data(0, LINK_ROLE)

    def fit_height(self) -> None:
        """The list as tall as its wrapped rows, at most ``MAX_LINK_ROWS_HEIGHT``."""
        self.tree.setFixedHeight(rows_height(self.tree, MAX_LINK_ROWS_HEIGHT))


def link_row_text(reads: str, other: str, title: str) -> str:
    """'Supports: “claim…”' and '— document title' under it, each shortened by words."""
    row = f"{relation_word(reads)}: “{shorten(other, CLAIM_CHARS)}”"
    return f"{row}\n— {shorten(title, TITLE_CHARS)}" if title else row
