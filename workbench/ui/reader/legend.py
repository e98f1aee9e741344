"""The reader's legend: a chip per entity type in the document (click hides or shows it),
a key for the quote styles, and the document's tags."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from workbench.core.text import plural
from workbench.core.vocabulary import DATE_AND_NUMBER_LABELS
from workbench.ui.reader.content import ReaderContent
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.entity_lines import ICON_SIZE, mark_icon, mark_words
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.wording import quote_kind_word


def names_first(counts: Counter[str]) -> list[str]:
    """Entity types in the order the legend and the inspector show them: names, then dates
    and numbers, each kind most frequent first.

    Why not by count alone: a long interview says "now", "daily" and "last year" far
    more often than it names anyone, so Date came first in the legend's one line and
    its 86 dates filled the Entities tab before the first person.
    """
    return sorted(counts, key=lambda label: (label in DATE_AND_NUMBER_LABELS,
                                             -counts[label], label))


class LegendBar(QFrame):
    """One chip per entity type in the document, coloured like its highlights; click toggles.

    One line by default (the chips that do not fit are counted on a "+N" button
    that unfolds the rest): at 1024 px the chips took four lines above the text.
    """

    hidden_changed = Signal(frozenset)

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaneHeader")
        self.theme = theme
        self.hidden: set[str] = set()
        self.buttons: dict[str, QToolButton] = {}
        self._counts: Counter[str] = Counter()
        self._quotes: Counter[str] = Counter()
        self._tags: list[str] = []
        self._counted: tuple[Any, Any, Counter[str], Counter[str]] | None = None
        self.chips = QWidget()
        self._flow = FlowLayout(self.chips)
        self._flow.setContentsMargins(0, 0, 0, 0)
        self._flow.max_lines = 1
        self._flow.on_arranged = self._show_left_out  # the layout tells what it left out
        self.more_button = QToolButton(objectName="LegendMore", checkable=True)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self.set_expanded)
        policy = self.more_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing it must not re-wrap the chips
        self.more_button.setSizePolicy(policy)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 6, 5)
        row.addWidget(self.chips, 1)
        row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def expanded(self) -> bool:
        """True when every chip is shown, on as many lines as needed."""
        return self._flow.max_lines is None

    def set_expanded(self, expanded: bool) -> None:
        """Show every chip (several lines) or one line with a "+N" button."""
        self._flow.max_lines = None if expanded else 1
        self._flow.invalidate()
        self.chips.updateGeometry()

    def _show_left_out(self, left_out: int) -> None:
        """Show "+N" for ``left_out`` hidden chips, "Less" when expanded, nothing when all fit.

        Called by the flow layout after each arrangement, so new chips, a new
        width or unfolding cost one layout pass (measuring first was a second).
        """
        self.more_button.setVisible(self.expanded or left_out > 0)
        # Tab must not land on a chip left out. Told by the count, not by where the
        # layout parked a chip: a left-out chip sits at (0, 0) with no size.
        placed_count = self._flow.count() - left_out  # the layout leaves out its last items
        for button in self.buttons.values():
            placed = self._flow.indexOf(button) < placed_count
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if placed else Qt.FocusPolicy.NoFocus)
        self.more_button.setText("Less" if self.expanded else f"+{left_out}")
        more = plural(left_out, "more legend entry", "more legend entries")
        # Spoken as the tooltip says it: a screen reader read the button as "+6".
        action = "Show the legend on one line" if self.expanded else f"Show {more}"
        self.more_button.setToolTip(action)
        self.more_button.setAccessibleName(action)

    def set_labels(self, counts: Counter[str], quotes: Counter[str],
                   tags: list[str] | None = None) -> None:
        """Show chips for the entity types present, a key for quote styles, and the tags."""
        if (counts, quotes, list(tags or [])) == (self._counts, self._quotes, self._tags):
            return  # an analyst action reloads the document; rebuilding the chips cost ~4 ms
        self._counts, self._quotes, self._tags = counts, quotes, list(tags or [])
        self.rebuild()

    def show_content(self, content: ReaderContent | None) -> None:
        """Follow the reader's content: its entity types, quote styles and tags.

        Why counted only for new mentions or quotes: an analyst action reloads
        the document with the same ones (``ReaderPane.reload`` keeps them), and
        counting a long page's thousands of mentions twice per action showed
        in the profile.
        """
        mentions = content.mentions if content else []
        quotes = content.quotes if content else []
        if self._counted is None or self._counted[0] is not mentions \
                or self._counted[1] is not quotes:
            self._counted = (mentions, quotes, Counter(m["label"] for m in mentions),
                             Counter(q.get("kind") or "direct" for q in quotes))
        self.set_labels(self._counted[2], self._counted[3], content.tags if content else [])
        self.setVisible(content is not None)

    def rebuild(self) -> None:
        """Recreate the chips (new document or new theme)."""
        counts, quotes = self._counts, self._quotes
        while (item := self._flow.takeAt(0)) is not None:
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons = {}
        for label in names_first(counts):
            self.buttons[label] = self._chip(label, counts[label])
        for kind, count in sorted(quotes.items()):
            self._flow.addWidget(self._quote_key(kind, count))
        for tag in self._tags:  # one entry each: a row too narrow for all leaves whole tags out
            self._flow.addWidget(self._tag_label(tag))
        self._order_tab_stops()
        self.restyle()

    def _tag_label(self, tag: str) -> QLabel:
        """A document tag as the legend shows it, "#topic/sanctions".

        Why one label per tag: all of them in one label ran past the reader's
        edge at 1024 px, cut mid-word ("#topic/transport/infrastructure-and-publi")
        with no "+N" to unfold, since the layout had one entry that did not fit.
        """
        label = QLabel(f"#{tag}", objectName="MutedLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(plain_tooltip(f"Document tag {tag} (Document → Document Tags…, Ctrl+T)"))
        return label

    def _order_tab_stops(self) -> None:
        """Tab through the chips, then "+N", then on to the text.

        Why: new chips join the end of the window's focus chain (after the
        inspector). Qt ignores ``setTabOrder`` from a widget without focus, so
        the chips are chained after "+N" (in place since the start), and "+N"
        is then moved after the last chip.
        """
        previous = self.more_button
        for button in self.buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.more_button)

    def restyle(self) -> None:
        """Colour chips, and draw their line keys, for the current theme."""
        palette = self.theme.palette
        muted = palette.ui(self.theme.theme)["muted"]
        for label, button in self.buttons.items():
            colors = palette.entity(label, self.theme.theme)
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {colors.background}; color: "
                f"{colors.foreground}; border-color: {colors.background}; }}"
            )
            icon = mark_icon(label, palette.entity_accent(label, self.theme.theme), muted)
            if icon is not None:
                button.setIcon(icon)
            button.adjustSize()
        self._flow.invalidate()
        self.updateGeometry()

    def _chip(self, label: str, count: int) -> QToolButton:
        button = QToolButton(objectName="LegendButton", checkable=True)
        name = self.theme.palette.label_name(label)
        button.setText(f"{name}  {count}")
        # The key: the line along the top of this kind's highlights (``reader.entity_marks``),
        # so the kinds are told apart without their colours.
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(*ICON_SIZE))
        line = mark_words(label)
        its, these = ("its", "this highlight") if count == 1 else ("their", "these highlights")
        marked = f", marked by {line} along {its} top" if line else ""
        # The count is of mentions: the inspector's group beside it counts entities ("Person
        # 47" here, "Person (15)" there), and neither said which.
        button.setToolTip(plain_tooltip(f"{name}: {plural(count, 'mention')} in this document"
                                        f"{marked}; click to hide or show {these}"))
        button.setChecked(label not in self.hidden)
        button.toggled.connect(functools.partial(self._toggle, label))
        self._flow.addWidget(button)
        return button

    def _quote_key(self, kind: str, count: int) -> QLabel:
        colors = self.theme.palette.quote(self.theme.theme)
        text = quote_kind_word(kind)
        style = (f"background: {colors['direct_background']};" if kind == "direct" else
                 f"border-bottom: 2px dotted {colors['indirect_underline']};")
        key = QLabel(f"{text}  {count}")
        key.setStyleSheet(f"QLabel {{ {style} padding: 1px 8px; border-radius: 9px; }}")
        # As tall as the entity chips beside it: Qt drops a radius larger than
        # half the height, which left this key square and higher than its row.
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setFixedHeight(max((b.sizeHint().height() for b in self.buttons.values()),
                               default=key.sizeHint().height() + 4))
        key.setToolTip("Direct quotes are tinted; reported speech is underlined with dots. "
                       "Speakers are underlined in bold.")
        return key

    def _toggle(self, label: str, shown: bool) -> None:
        if shown:
            self.hidden.discard(label)
        else:
            self.hidden.add(label)
        self.hidden_changed.emit(frozenset(self.hidden))
