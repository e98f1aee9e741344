"""The library's selected documents, kept by id across the table's resets and refreshes.

Why by id: Qt keeps a selection by row number through rows inserted at the end, and
drops it on a reset. An import refreshing the table while the analyst has two rows
selected for Compare moved other documents under those row numbers (or cleared them),
so the pair they picked was lost. The ids are noted whenever the analyst changes the
selection, held while the model changes, and selected again once it has.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QTableView

from workbench.ui.library.model import LibraryModel


class KeptSelection(QObject):
    """Notes the selected document ids; ``restore`` selects them again after a change."""

    def __init__(self, table: QTableView, model: LibraryModel) -> None:
        super().__init__(table)
        self._table, self._model = table, model
        self._ids: tuple[int, ...] = ()
        self._held = False
        table.selectionModel().selectionChanged.connect(self._note)
        for signal in (model.modelAboutToBeReset, model.rowsAboutToBeInserted,
                       model.rowsAboutToBeRemoved):
            signal.connect(self._hold)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._settle)  # connected first: runs before the pane restores

    @property
    def ids(self) -> tuple[int, ...]:
        """The documents the analyst selected last, in row order when they did."""
        return self._ids

    def lost(self) -> bool:
        """Whether a kept document still listed is not selected, or a row is selected
        whose document was not kept (rows moved under the selection)."""
        rows = (index.row() for index in self._table.selectionModel().selectedRows())
        shown = {doc_id for row in rows if (doc_id := self._model.document_id(row)) is not None}
        listed = {doc_id for doc_id in self._ids
                  if self._model.find_row(doc_id, load=False) is not None}
        return shown != listed

    def restore(self, select_current: Callable[[], None]) -> None:
        """Select the current row (``select_current`` clears the rest), then each other kept
        document's row still listed; the kept ids are not overwritten meanwhile."""
        self._held = True
        try:
            select_current()
            selection = self._table.selectionModel()
            for doc_id in self._ids:
                row = self._model.find_row(doc_id, load=False)
                if row is not None and not selection.isRowSelected(row):
                    selection.select(self._model.index(row, 0),
                                     QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._held = False

    def _hold(self, *_args: object) -> None:
        self._held = True

    def _settle(self, *_args: object) -> None:
        """The model's change is over: the analyst's next selection is noted again."""
        self._held = False

    def _note(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._held:
            rows = sorted(index.row() for index in self._table.selectionModel().selectedRows())
            self._ids = tuple(doc_id for row in rows
                              if (doc_id := self._model.document_id(row)) is not None)
