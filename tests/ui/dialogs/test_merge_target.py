"""Merge Entities keeps the most mentioned entity unless the analyst picks another."""

from __future__ import annotations

from workbench.ui.dialogs.entities import MergeTargetDialog

ROWS = [{"id": 7, "name": "Faithess Hijabi", "label": "ORG", "mentions": 1},
        {"id": 3, "name": "Faithless Hijabi", "label": "ORG", "mentions": 25},
        {"id": 9, "name": "Faithless Hijab", "label": "ORG", "mentions": 2}]


def test_the_most_mentioned_is_kept_whatever_was_selected_first(qtbot) -> None:
    """A Ctrl+click on the misspelling first made it the entity kept by default."""
    dialog = MergeTargetDialog(ROWS)
    qtbot.addWidget(dialog)
    assert dialog.target_id == 3


def test_a_tie_keeps_the_first_selected(qtbot) -> None:
    rows = [dict(row, mentions=4) for row in ROWS]
    dialog = MergeTargetDialog(rows)
    qtbot.addWidget(dialog)
    assert dialog.target_id == 7
