"""The page bar under a paged document: previous/next, "Page 3 of 412", words, go to page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from workbench.core.text import plural
from workbench.ui.reader.paging import Pages
from workbench.ui.widgets.wording import key_text

#: The keys that turn pages (-1 back, 1 on); the buttons and Help → Keyboard Shortcuts name them.
PAGE_KEYS = (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1))


def page_keys_text() -> str:
    """'Ctrl+PgUp / Ctrl+PgDown', written as the shortcut list writes every key."""
    return " / ".join(key_text(keys) for keys, _direction in PAGE_KEYS)


class PageBar(QFrame):
    """Hidden for documents shown whole; asks for a page by number (0-based) when used."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageBar")
        self.pages: Pages | None = None
        self.index = 0
        back, on = (key_text(keys) for keys, _direction in PAGE_KEYS)
        self.previous_button = QToolButton(toolTip=f"Previous page ({back})",
                                           accessibleName="Previous page")
        self.next_button = QToolButton(toolTip=f"Next page ({on})", accessibleName="Next page")
        self.page_label = QLabel()
        self.words_label = QLabel(objectName="MutedLabel")
        self.go_to = QSpinBox(toolTip="Go to page (type a number, then Enter)",
                              accessibleName="Go to page")
        self.go_to.setKeyboardTracking(False)
        self.go_to.setPrefix("Go to ")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.page_label)
        layout.addWidget(self.next_button)
        layout.addSpacing(8)
        layout.addWidget(self.words_label, 1)
        layout.addWidget(self.go_to)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.go_to.valueChanged.connect(lambda value: self._request(value - 1))
        self.setVisible(False)

    def install_shortcuts(self, owner: QWidget) -> None:
        """Ctrl+PgUp/Ctrl+PgDown turn pages while focus is in ``owner`` (PgUp/PgDn scroll)."""
        for keys, direction in PAGE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=direction: self.step(step))

    def show_page(self, pages: Pages | None, index: int = 0) -> None:
        """Describe page ``index`` of ``pages``; hide the bar for a document shown whole."""
        self.pages, self.index = pages, index
        self.setVisible(pages is not None)
        if pages is None:
            return
        self.page_label.setText(pages.label(index))
        self.words_label.setText(pages.words_label(index))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < pages.count)
        self.go_to.setEnabled(True)
        self.go_to.blockSignals(True)
        self.go_to.setRange(1, pages.count)
        self.go_to.setValue(index + 1)
        self.go_to.blockSignals(False)

    def show_first_page(self, words: int | None) -> None:
        """The first page while the rest of the text is still being read."""
        self.pages, self.index = None, 0
        self.setVisible(True)
        self.page_label.setText("Page 1 of …")
        self.words_label.setText(f"{plural(words, 'word')}; counting pages…" if words else
                                 "counting pages…")
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(True)
        self.go_to.setEnabled(False)

    def step(self, direction: int) -> None:
        """Ask for the next (1) or previous (-1) page."""
        self._request(self.index + direction)

    def _request(self, index: int) -> None:
        """Ask for page ``index``; before the page count is known, any later page may be asked."""
        known = self.pages is None or index < self.pages.count
        if 0 <= index and known and index != self.index:
            self.page_requested.emit(index)
