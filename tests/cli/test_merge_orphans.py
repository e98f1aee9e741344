"""A colleague's library with an orphaned annotation merges (outside attack run 7).

Before: an annotation orphaned by a shorter new version of its document keeps
offsets past the end of the text (as ``workbench check`` allows), and the
merge's hostile-file check refused the whole library for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.store import Store


def _cli(db: Path, *argv: str) -> int:
    return main(["--db", str(db), "--author", "Ines", *argv])


def test_a_library_with_an_orphan_past_the_text_merges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_text = tmp_path / "bridge.txt"
    long_text.write_text("Bridge story\n\nThe mayor said the repair of the bridge lasted "
                         "three long years.\n", encoding="utf-8")
    short_text = tmp_path / "bridge_v2.txt"
    short_text.write_text("Bridge story\n\nRepaired.\n", encoding="utf-8")
    theirs, ours = tmp_path / "theirs.sqlite", tmp_path / "ours.sqlite"
    assert _cli(theirs, "import", "--no-analyze", str(long_text)) == 0
    assert _cli(theirs, "annotate", "1", "--quote", "three long years", "--note", "check") == 0
    assert _cli(theirs, "update", "1", str(short_text)) == 0
    with Store(theirs) as store:
        start, end, status = store.db.execute(
            "SELECT start, \"end\", status FROM annotations").fetchone()
        length = store.db.execute("SELECT length(text) FROM documents").fetchone()[0]
    assert status == "orphaned" and end > length  # the case the check refused
    Store(ours).close()
    capsys.readouterr()
    assert _cli(ours, "merge", str(theirs)) == 0, capsys.readouterr().err
    with Store(ours) as store:
        kept = store.db.execute("SELECT status, note_md FROM annotations").fetchall()
    assert [tuple(row) for row in kept] == [("orphaned", "check")]


def test_a_placed_annotation_outside_its_text_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "story.txt"
    text.write_text("Story\n\nThe council met on Monday.\n", encoding="utf-8")
    theirs, ours = tmp_path / "theirs.sqlite", tmp_path / "ours.sqlite"
    assert _cli(theirs, "import", "--no-analyze", str(text)) == 0
    assert _cli(theirs, "annotate", "1", "--quote", "Monday") == 0
    with Store(theirs) as store, store.db.conn:
        store.db.execute("UPDATE annotations SET \"end\" = 10000")
    Store(ours).close()
    capsys.readouterr()
    assert _cli(ours, "merge", str(theirs)) == 1
    assert "outside its document's text" in capsys.readouterr().err


def test_a_refusal_names_the_file_the_analyst_chose(tmp_path: Path) -> None:
    """Before: a JSON export's refusal named its staged copy ("merge-input-<hex>.sqlite")."""
    from workbench.store import MergeRefused

    text = tmp_path / "story.txt"
    text.write_text("Story\n\nThe council met on Monday.\n", encoding="utf-8")
    staged, ours = tmp_path / "merge-input-0a1b.sqlite", tmp_path / "ours.sqlite"
    assert _cli(staged, "import", "--no-analyze", str(text)) == 0
    assert _cli(staged, "annotate", "1", "--quote", "Monday") == 0
    with Store(staged) as store, store.db.conn:
        store.db.execute("UPDATE annotations SET \"end\" = 10000")
    with Store(ours) as store, pytest.raises(MergeRefused) as refused:
        store.merge.merge_library(staged, source="colleague.json")
    assert "colleague.json" in str(refused.value) and "merge-input" not in str(refused.value)
