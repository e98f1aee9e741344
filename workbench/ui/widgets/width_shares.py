"""How a table's width is shared out between its columns: the arithmetic alone, no Qt.

Why apart from ``column_fit``: the fitter follows a view (its rows, its
resizes, the analyst's drags); these rules say who gets how many pixels, and
are tested as plain numbers.
"""

from __future__ import annotations

from collections.abc import Mapping


def shrink_to_fit(wanted: Mapping[int, int], floors: Mapping[int, int],
                  room: int) -> dict[int, int]:
    """Widths for ``wanted`` that sum to at most ``room``: the widest shrink first.

    A column never goes below its floor (nor above what it wanted); when even
    the floors do not fit, the floors are returned and the view scrolls.
    """
    widths = dict(wanted)
    excess = sum(widths.values()) - room
    while excess > 0:
        shrinkable = [c for c in widths if widths[c] > floors.get(c, 0)]
        if not shrinkable:
            break
        widest = max(widths[c] for c in shrinkable)
        level = max((widths[c] for c in shrinkable if widths[c] < widest), default=0)
        tops = [c for c in shrinkable if widths[c] == widest]
        # Bring the widest down to the next level (or their floors), no further than needed.
        step = min(widest - level, -(-excess // len(tops)))
        for column in tops:
            cut = min(step, widths[column] - floors.get(column, 0), excess)
            widths[column] -= cut
            excess -= cut
    return widths


def share_out(room: int, wanted: Mapping[int, int | None],
              floors: Mapping[int, int]) -> dict[int, int]:
    """``room`` px shared by the stretching columns: evenly, but none past its content.

    Why not evenly alone: the Claims table's claim and document title split the
    room in half, so short titles kept half the table while the claims beside
    them wrapped. A column whose content (``wanted``; None: unbounded) needs less
    than an even share takes only that and leaves the rest to the others; when
    every one is content, what is left is shared evenly on top (the table leaves
    no gap at its right). Each keeps its floor; the last takes the pixels
    rounding leaves over.
    """
    widths: dict[int, int] = {}
    open_columns = sorted(wanted, key=lambda c: (wanted[c] is None, wanted[c] or 0))
    left = room
    while open_columns:
        even = left // len(open_columns)
        column = open_columns[0]
        content = wanted[column]
        if content is not None and content < even:
            widths[column] = max(content, floors.get(column, 0))
            left -= widths[column]
            open_columns.pop(0)
            continue
        _even_shares(widths, open_columns, left, floors)
        return widths
    if left > 0:  # every column shows its whole content: the rest on top, evenly
        extra = {c: 0 for c in widths}
        _even_shares(extra, list(widths), left, {})
        widths = {c: widths[c] + extra[c] for c in widths}
    return widths


def _even_shares(widths: dict[int, int], columns: list[int], room: int,
                 floors: Mapping[int, int]) -> None:
    """``room`` split evenly over ``columns`` into ``widths`` (the last takes the remainder)."""
    even = room // len(columns)
    for position, column in enumerate(columns):
        share = room - even * (len(columns) - 1) if position == len(columns) - 1 else even
        widths[column] = max(share, floors.get(column, 0))
