"""A rendered Markdown note: sanitised HTML in the safe browser, links only after confirmation.

Why sanitise and still use ``SafeTextBrowser``: ``markdown_to_safe_html``
removes scripts, styles, images and non-web links; the browser then refuses
every resource and never navigates, and a clicked link goes to ``LinkGuard``,
which opens only http(s) after the analyst confirms. Two independent walls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from workbench.export.sanitize import markdown_to_safe_html
from workbench.ui.widgets.link_guard import LinkGuard
from workbench.ui.widgets.safe_browser import SafeTextBrowser

# Size steps over the text for a heading of each level (Qt sets h1 at +3, "xx-large").
# Why smaller: the export preview's h1, the article's title, took four lines of 24 pt in its
# 430 px column and the note under it was below the fold; a note card's "# Heading" was
# larger than the reader's own title.
HEADING_STEPS = {1: 1, 2: 0}


def modest_headings(document: QTextDocument) -> None:
    """Set every heading at most one size step over the text (h2 and below: the text's size)."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0:
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_STEPS.get(level, 0))
            cursor.mergeCharFormat(size)
        block = block.next()


class NoteBrowser(SafeTextBrowser):
    """Shows one Markdown note; with ``fit_height`` it grows to its content (note cards)."""

    def __init__(self, parent: QWidget | None = None, fit_height: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("NoteBrowser")
        self.link_guard = LinkGuard(self)
        self.anchorClicked.connect(self.link_guard.handle)
        self.markdown = ""
        self._wrapped_html: str | None = None
        self._fit_height = fit_height
        if fit_height:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.document().setDocumentMargin(2)

    def set_markdown(self, markdown: str) -> None:
        """Render ``markdown`` (sanitised); an empty note shows nothing."""
        self.markdown = markdown
        self._wrapped_html = None
        self.setHtml(markdown_to_safe_html(markdown) if markdown.strip() else "")
        modest_headings(self.document())
        self._fit()

    def set_wrapped_html(self, html: str) -> None:
        """Show already-safe HTML with every line wrapped, ``<pre>`` blocks included.

        Why: the export preview's YAML front matter is a ``<pre>`` block; Qt never
        wraps those, so a long ``title:`` line ran off the right edge behind a
        horizontal scroll bar.
        """
        self._wrapped_html = html
        self.setHtml(html)
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().nonBreakableLines():
                cursor.setPosition(block.position())
                block_format = block.blockFormat()
                block_format.setNonBreakableLines(False)
                cursor.setBlockFormat(block_format)
            block = block.next()
        modest_headings(self.document())
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A live theme switch: render again, links take the new palette's link colour.

        Why: Qt bakes the link colour into the document when the HTML is set, so
        an open note or export preview kept light-theme blue links on dark.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render_again()

    def _render_again(self) -> None:
        scroll = self.verticalScrollBar().value()
        if self._wrapped_html is not None:
            self.set_wrapped_html(self._wrapped_html)
        elif self.markdown.strip():
            self.set_markdown(self.markdown)
        self.verticalScrollBar().setValue(scroll)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self._fit_height:
            hint.setHeight(self.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        if not self._fit_height:
            return
        document = self.document()
        document.setTextWidth(max(self.viewport().width(), 120))
        height = int(document.size().height()) + 4 if self.markdown.strip() else 0
        self.setFixedHeight(min(height, 400))
