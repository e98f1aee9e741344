"""The library's labels for an analysis run, counted on a thread of their own.

Why: counting them loads the gazetteer and walks every entity of the library
(0.85-0.9 s on a 600-document library in an attack run, more on a bigger one).
Done in the analysis's first step on the writer's thread, that held every
analyst action queued behind it. The first result needs the labels only once
a worker has parsed a document, so the count runs meanwhile; the entity rows
themselves are read on the writer's thread, which owns the connection.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from workbench.nlp.library_labels import LibraryLabels

LABELS_THREAD = "workbench-analysis-labels"


class BackgroundLabels:
    """``LibraryLabels.from_rows(rows)`` started now, waited for at the first ``get``."""

    def __init__(self, rows: list[Mapping[str, Any]]) -> None:
        self._labels: LibraryLabels | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._count, args=(rows,),
                                        name=LABELS_THREAD, daemon=True)
        self._thread.start()

    def _count(self, rows: list[Mapping[str, Any]]) -> None:
        try:
            self._labels = LibraryLabels.from_rows(rows)
        except BaseException as error:  # noqa: BLE001 - raised again on the writer by get()
            self._error = error

    def get(self) -> LibraryLabels:
        """The labels, once counted; a failure while counting is raised here, on the writer."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._labels is not None
        return self._labels
