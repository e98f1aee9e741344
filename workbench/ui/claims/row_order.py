"""Where the Claims table puts a row with no value or a date kept as text, either way it sorts.

Why apart from the table: Qt reverses ``<`` for a descending sort, so "last" must
be worked out against the sort order; the rule for dashes and the one for text
dates ("Spring 2019" after the exact days, by the period it names) are one concern.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from workbench.operations.date_order import (
    EXACT,
    TEXT_DATE,
    date_rank,
    exact_date_key,
    text_date_key,
)


def missing_last(mine_missing: bool, tree: QTreeWidget | None) -> bool:
    """Whether a row with a missing value ("–") sorts before one with a value.

    Why: Qt reverses ``<`` for a descending sort, so a dash sorted after every
    date ascending came first newest-first; undated claims belong at the end
    both ways, as in mature tables.
    """
    descending = tree is not None and tree.header().sortIndicatorOrder() == \
        Qt.SortOrder.DescendingOrder
    return mine_missing == descending


def date_less(mine: str | None, theirs: str | None, tree: QTreeWidget | None) -> bool:
    """Whether a row dated ``mine`` sorts before one dated ``theirs``: exact days, then text dates.

    Why: "Spring 2019" is kept as written and sorted by its letters, before every
    day newest-first. Text dates follow the exact ones both ways, as a missing
    date does, ordered among themselves by the period they name
    (``operations.date_order``); a missing date stays last.
    """
    mine_rank, their_rank = date_rank(mine), date_rank(theirs)
    if mine_rank != their_rank:
        return missing_last(mine_rank > their_rank, tree)  # the later rank, last both ways
    if mine_rank == EXACT:
        return exact_date_key(mine or "") < exact_date_key(theirs or "")
    if mine_rank == TEXT_DATE:
        return text_date_key(mine or "") < text_date_key(theirs or "")
    return False  # two missing dates
