"""The library's search box and filter row (tag, entity, source, date range).

Widgets only: they read choices through Store query methods and report a
``LibraryFilter``; the model runs the query.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.store import LibraryFilter, Store
from workbench.ui.dialogs.entities import EntityCompleter

NO_DATE = QDate(1900, 1, 1)
SEARCH_DELAY_MS = 250
CHOICE_CHARACTERS = 5  # a tag or source choice shows this much before eliding


class SearchBox(QLineEdit):
    """Full-text search: simple (every word must appear) or advanced (FTS5 syntax)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibrarySearch")
        self.setClearButtonEnabled(True)
        # Short enough for the 1024 px window's library ("Search titles an…" was cut there);
        # the tooltip says the rest.
        self.setPlaceholderText("Search text…")
        self.setToolTip("Search titles and text: every word must appear. Turn on advanced "
                        'search for FTS5 syntax: "exact phrase", OR, NOT, NEAR(a b), prefix*')


class LibraryFilterBar(QWidget):
    """Search box, advanced toggle and the tag/entity/source/date filters."""

    filter_changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.entity_id: int | None = None
        self.search_box = SearchBox()
        self.advanced_button = QToolButton(text="Advanced", checkable=True)
        self.advanced_button.setToolTip("Advanced search: FTS5 query syntax")
        self.filters_button = QToolButton(text="Filters", checkable=True)
        self.filters_button.setToolTip("Show filters: tag, entity, source, dates")
        self.search_box.setAccessibleName("Search the library")
        self.tag_combo = QComboBox(accessibleName="Tag filter")
        self.entity_edit = QLineEdit(placeholderText="Entity…", clearButtonEnabled=True,
                                     accessibleName="Entity filter")
        self.source_combo = QComboBox(accessibleName="Source filter")
        self.from_date = _date_edit("From")
        self.to_date = _date_edit("To")
        self.filter_row = QWidget()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._build_layout()
        self._build_entity_completer()
        self._connect()
        self.reload_choices()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.advanced_button)
        top.addWidget(self.filters_button)
        rows = QVBoxLayout(self.filter_row)
        rows.setContentsMargins(0, 0, 0, 0)
        # Everything here fits the library's 210 px at 1024: three filters in a row and
        # "Published from [..] to [..]" on one line needed 345 px, and opening them pushed
        # the pane (and the reader) aside. The entity gets a line of its own.
        row = QHBoxLayout()
        for combo in (self.tag_combo, self.source_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(CHOICE_CHARACTERS)
            row.addWidget(combo, 1)
        dates = QGridLayout()
        for line, (words, edit) in enumerate((("Published", self.from_date),
                                              ("until", self.to_date))):
            dates.addWidget(QLabel(words), line, 0, Qt.AlignmentFlag.AlignRight)
            dates.addWidget(edit, line, 1)
        dates.setColumnStretch(2, 1)
        rows.addWidget(self.entity_edit)
        rows.addLayout(row)
        rows.addLayout(dates)
        self.filter_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.filter_row)

    def _build_entity_completer(self) -> None:
        self.entity_completer = EntityCompleter(self.store, self.entity_edit)
        self.entity_completer.activated.connect(self._choose_entity)
        self.entity_edit.setToolTip("Only documents that mention this entity")

    def _connect(self) -> None:
        self.search_box.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply)
        self._search_timer.timeout.connect(self.apply)
        self.advanced_button.toggled.connect(lambda _on: self.apply())
        self.filters_button.toggled.connect(self.filter_row.setVisible)
        self.entity_edit.textEdited.connect(self._clear_entity_when_empty)
        for combo in (self.tag_combo, self.source_combo):
            combo.activated.connect(lambda _index: self.apply())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _date: self.apply())

    def reload_choices(self) -> None:
        """Refill the tag and source lists (after imports), keeping the current choice."""
        tags = [("    " * tag.count("/") + tag.rsplit("/", 1)[-1], tag)
                for tag in self.store.library.library_tags()]
        _refill(self.tag_combo, "Any tag", tags)
        self.tag_combo.setToolTip("Documents carrying this tag or one below it "
                                  "(on the document or on a highlighted passage)")
        self.tag_combo.setEnabled(self.tag_combo.count() > 1)
        sources = [
            (f"{name} ({count})", name) for name, count in self.store.library.library_sources()
        ]
        _refill(self.source_combo, "Any source", sources)

    def current_filter(self) -> LibraryFilter:
        """The filter the widgets describe now."""
        return LibraryFilter(
            query=self.search_box.text(),
            advanced=self.advanced_button.isChecked(),
            tag=self.tag_combo.currentData(),
            entity_id=self.entity_id,
            source=self.source_combo.currentData(),
            published_from=_iso(self.from_date),
            published_to=_iso(self.to_date),
        )

    def apply(self) -> None:
        """Report the current filter now (search box typing waits a moment first)."""
        self._search_timer.stop()
        self.filter_changed.emit(self.current_filter())

    def show_entity(self, entity_id: int, name: str) -> None:
        """Filter to documents mentioning an entity (from the inspector)."""
        self.entity_id = entity_id
        self.entity_edit.setText(name)
        self.filters_button.setChecked(True)
        self.apply()

    def clear(self) -> None:
        """Remove every filter and the search text."""
        self.search_box.clear()
        self.entity_id = None
        self.entity_edit.clear()
        for combo in (self.tag_combo, self.source_combo):
            combo.setCurrentIndex(0)
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.apply()

    def stop(self) -> None:
        """Cancel a pending delayed search (the window is closing)."""
        self._search_timer.stop()

    def _clear_entity_when_empty(self, text: str) -> None:
        """An emptied entity box lifts the entity filter (the completer offers the names)."""
        if not text.strip() and self.entity_id is not None:
            self.entity_id = None
            self.apply()

    def _choose_entity(self, text: str) -> None:
        self.entity_id = self.entity_completer.entity_id(text)
        self.apply()


def _date_edit(label: str) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("Any")
    edit.setDate(NO_DATE)
    edit.setToolTip(f"{label} this publication date (inclusive); 'Any' for no limit")
    edit.setAccessibleName(f"Published {label.lower()}")
    return edit


def _iso(edit: QDateEdit) -> str | None:
    return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")


def _refill(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
