"""Which rows of the library table a refresh changed, so only those are repainted."""

from __future__ import annotations

from typing import Any


def rows_to_repaint(before: list[dict[str, Any]] | None, after: list[dict[str, Any]] | None,
                     count: int) -> tuple[int, int]:
    """The rows a refresh may have changed: those of the first page that differ, and all later.

    Why: every analyst action refreshes the list; repainting each visible
    row every time cost the UI thread 30–40 ms per action during an import,
    CPU the extraction workers then lacked. Rows past the first page were
    dropped with their pages, so they are always repainted.
    """
    if before is None or after is None:
        return 0, count - 1
    shared = min(len(before), len(after), count)
    changed = [row for row in range(shared) if before[row] != after[row]]
    if count > shared:
        return (changed[0] if changed else shared), count - 1
    return (changed[0], changed[-1]) if changed else (0, -1)
