"""operations.merge: the one merge action CLI and GUI call, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.merge_fixtures import ALICE, build_pair, counts_of
from workbench.core.progress import Cancelled, Progress
from workbench.operations.merge import (
    WHAT_MERGE_TAKES,
    MergeRefused,
    merge_file,
    open_conflicts,
    resolve_conflict,
)
from workbench.store import Store


def test_merge_file_reports_progress_and_keeps_conflicts_open(tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    seen: list[int] = []
    progress = Progress(on_update=lambda p: seen.append(p.done))
    with Store(alice, author=ALICE) as store:
        report = merge_file(store, bob, progress)
        assert seen[-1] == progress.total and progress.total > 4
        assert [c.id for c in open_conflicts(store)] == [c.id for c in report.conflicts]
        resolve_conflict(store, report.conflicts[0].id, "theirs")
        assert len(open_conflicts(store)) == len(report.conflicts) - 1


def test_a_cancelled_merge_changes_nothing(tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    progress = Progress()
    progress.on_update = lambda p: p.cancel() if p.done == 3 else None
    with Store(alice, author=ALICE) as store:
        counts = counts_of(store)
        with pytest.raises(Cancelled):
            merge_file(store, bob, progress)
        assert counts_of(store) == counts


def test_a_json_file_that_is_not_an_export_is_refused_by_the_json_reader(tmp_path: Path) -> None:
    alice, _ = build_pair(tmp_path)
    other = tmp_path / "other.json"
    other.write_text('{"not": "an export"}', encoding="utf-8")
    with Store(alice, author=ALICE) as store:
        try:
            merge_file(store, other)
        except ImportError:
            pytest.skip("merge_inputs (JSON merge) is not in this branch yet")
        except MergeRefused as refused:
            assert str(refused)  # one sentence saying why
        else:
            pytest.fail("an arbitrary JSON object was merged")


@pytest.mark.parametrize(("content", "words"), [
    ("", "is empty: neither a library file nor a JSON export"),
    ("[1, 2]", "holds JSON (a list), not a workbench export or bundle"),
    ("[1, 2, 3, 4, 5, 6]", "is neither a library file nor a JSON export"),  # too big to sniff
])  # fmt: skip
def test_a_file_neither_library_nor_json_object_is_refused_by_its_size_and_kind(
    content: str, words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("workbench.operations.merge.SNIFF_JSON_BYTES", 10)
    other = tmp_path / "other.json"
    other.write_text(content, encoding="utf-8")
    with Store() as store, pytest.raises(MergeRefused) as refused:
        merge_file(store, other)
    assert str(refused.value).startswith(f"other.json {words}")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("articles.jsonl", '{"title": "A", "text": "B"}\n{"title": "C", "text": "D"}\n',
     "articles.jsonl holds JSON lines (one record a line)"),
    ("notes.txt", "plain words", "notes.txt is neither a library file nor a JSON export"),
    ("other.json", '{"not": "an export"}', "neither a workbench bundle nor"),
])  # fmt: skip
def test_a_refused_file_is_told_what_merge_takes(
    name: str, content: str, words: str, tmp_path: Path
) -> None:
    """``merge articles.jsonl`` said only what the file is not; it now says what merge takes,
    and that articles are imported."""
    other = tmp_path / name
    other.write_text(content, encoding="utf-8")
    with Store() as store, pytest.raises(MergeRefused) as refused:
        merge_file(store, other)
    said = str(refused.value)
    assert words in said
    assert said.endswith(WHAT_MERGE_TAKES)
    assert "library file, a bundle or a full JSON export" in said
    assert "`workbench import`" in said
