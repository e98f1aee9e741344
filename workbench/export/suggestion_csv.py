"""Batch claim search results as CSV: one row per (statement, suggestion), for a spreadsheet.

Why in export: both ``workbench suggest --batch --csv`` and the window's
batch search dialog write this file, and the window must not import the CLI.
"""

from __future__ import annotations

import csv
import io


def batch_csv(records: list[dict[str, object]]) -> str:
    """One row per (statement, suggestion), ready for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "statement_index",
            "statement",
            "rank",
            "score",
            "document_id",
            "title",
            "start",
            "end",
            "text",
        ]
    )
    for index, record in enumerate(records, 1):
        suggestions = record["suggestions"]
        assert isinstance(suggestions, list)
        for rank, found in enumerate(suggestions, 1):
            writer.writerow(
                [
                    index,
                    record["statement"],
                    rank,
                    found["score"],
                    found["document_id"],
                    found["title"],
                    found["start"],
                    found["end"],
                    found["text"],
                ]
            )
    return buffer.getvalue()
