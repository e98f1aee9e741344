"""``workbench merge``, ``conflicts`` and ``resolve`` as an analyst runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.store.merge_fixtures import build_pair
from tests.support import run_cli as _run


def test_merge_prints_counts_and_each_conflict_with_both_sides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = build_pair(tmp_path)
    assert _run(alice, "merge", str(bob)) == 0
    out = capsys.readouterr().out
    assert "Merged bob.sqlite" in out and "1 document," in out and "1 documents" not in out
    assert "claim status" in out
    assert "mine   (Alice): corroborated" in out and "theirs (Bob): disputed" in out
    assert "workbench resolve" in out
    assert _run(alice, "merge", str(bob)) == 0
    assert "nothing new" in capsys.readouterr().out


def test_merge_json_has_the_documented_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = build_pair(tmp_path)
    assert _run(alice, "merge", str(bob), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert {"id", "source", "added", "same", "conflicts", "orphans"} <= set(report)
    assert report["added"]["documents"] == 1
    kinds = {conflict["kind"] for conflict in report["conflicts"]}
    assert kinds == {"claim status", "note", "source grade"}


def test_conflicts_then_resolve_then_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = build_pair(tmp_path)
    _run(alice, "merge", str(bob))
    capsys.readouterr()
    assert _run(alice, "conflicts", "--json") == 0
    conflicts = json.loads(capsys.readouterr().out)
    note = next(c for c in conflicts if c["kind"] == "note")
    assert note["choices"] == ["mine", "theirs", "both"]
    assert _run(alice, "resolve", str(note["id"]), "both", "--json") == 0
    assert json.loads(capsys.readouterr().out)["resolution"] == "both"
    assert _run(alice, "conflicts", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert _run(alice, "undo") == 0
    capsys.readouterr()
    assert _run(alice, "conflicts") == 0
    assert capsys.readouterr().out.count("resolve: workbench resolve") == 3


def test_the_report_tells_rows_added_from_their_edits_and_deletions_taken() -> None:
    """'Added: 1 annotations deleted' read as if a deletion were something new."""
    from workbench.commands.merge import describe_report
    from workbench.core.merge_records import MergeReport

    report = MergeReport("bob.sqlite", 3, added={"annotations": 2, "annotations_updated": 1,
                                                 "claims_deleted": 1})
    lines = describe_report(report).splitlines()
    assert "Added: 2 annotations" in lines
    assert "Changed to their side: 1 annotation updated, 1 claim deleted" in lines


@pytest.mark.parametrize(
    ("kind", "one", "two"),
    [
        ("claims", "1 claim", "2 claims"),
        ("status_changes", "1 status change", "2 status changes"),
        ("entities", "1 entity", "2 entities"),
        ("entity_aliases", "1 entity alias", "2 entity aliases"),
        ("ach_analyses", "1 ach analysis", "2 ach analyses"),
        ("ach_hypotheses", "1 ach hypothesis", "2 ach hypotheses"),
        ("ach_evidence", "1 ach evidence", "2 ach evidence"),
        ("claim_status_updates", "1 claim status update", "2 claim status updates"),
        ("claims_deleted", "1 claim deleted", "2 claims deleted"),
        ("document_tags_deleted_here", "1 document tag deleted here",
         "2 document tags deleted here"),
    ],
)
def test_the_report_counts_read_singular_for_one(kind: str, one: str, two: str) -> None:
    """"1 claims, 1 status changes" read wrong: a count of one names one thing."""
    from workbench.commands.merge import counted_kind

    assert counted_kind(kind, 1) == one
    assert counted_kind(kind, 2) == two
