"""The merge report's JSON shape is the contract `merge --json` and the docs promise."""

from __future__ import annotations

from workbench.core.merge_records import MergeConflict, MergeReport


def test_the_report_json_has_added_same_and_conflicts_with_both_sides() -> None:
    conflict = MergeConflict(
        7, "claim status", 'claim "X"', "confirmed", "disputed", "Ana", "Ben", document_id=3
    )
    report = MergeReport("ben.sqlite", 2, {"claims": 1}, {"annotations": 4}, (conflict,))
    data = report.as_json()
    assert set(data) == {"id", "source", "added", "same", "conflicts", "orphans", "left_out",
                         "refused", "refused_ratings"}
    assert data["conflicts"][0]["mine"] == {"value": "confirmed", "author": "Ana"}
    assert data["conflicts"][0]["theirs"] == {"value": "disputed", "author": "Ben"}
    assert report.changed_anything


def test_a_merge_that_found_everything_present_changed_nothing() -> None:
    assert not MergeReport("ben.sqlite", None, {"claims": 0}, {"claims": 3}).changed_anything
