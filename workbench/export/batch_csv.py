"""The table of a batch claim search (``workbench suggest --batch --csv`` and the dialog's export).

One writer for both, built on ``csv_export.csv_text``: statements, titles and
matched text are imported or pasted text, so a cell starting with ``=``,
``+``, ``-`` or ``@`` must not run as a spreadsheet formula (CSV injection).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from workbench.export.csv_export import csv_text

BATCH_HEADER = (
    "statement_index", "statement", "rank", "score", "document_id", "title", "start", "end",
    "text",
)  # fmt: skip


def batch_csv(records: Sequence[dict[str, Any]]) -> str:
    """One row per (statement, suggestion), every text cell protected, ready for a spreadsheet.

    ``records`` are ``{"statement": str, "suggestions": [Suggestion.as_dict(), ...]}``.
    """
    return csv_text(BATCH_HEADER, _rows(records))


def _rows(records: Sequence[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    for index, record in enumerate(records, 1):
        for rank, found in enumerate(record["suggestions"], 1):
            yield (
                index, record["statement"], rank, found["score"], found["document_id"],
                found["title"], found["start"], found["end"], found["text"],
            )  # fmt: skip
