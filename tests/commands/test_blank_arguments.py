"""A blank path, file or query is a usage error (exit 2), never "the current folder".

Found by an attack run: ``import ""`` walked the whole working directory (``Path("")`` is
``.``), ``suggest --batch F --csv ""`` exited 0 having written no CSV, ``merge ""`` and
``update 1 ""`` said the current folder "is a folder", ``search ""`` and
``grade source "" A`` answered as if the blank were a real value.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main

CASES = [
    (("import", ""), "empty PATH"),
    (("import", "a.txt", "  "), "empty PATH"),
    (("update", "1", ""), "empty FILE"),
    (("merge", ""), "empty OTHER"),
    (("restore", " "), "empty BACKUP"),
    (("suggest", "--batch", ""), "empty FILE"),
    (("suggest", "--batch", "statements.txt", "--csv", ""), "empty FILE"),
    (("search", ""), "empty QUERY"),
    (("search", " \t"), "empty QUERY"),
    (("grade", "source", "", "A"), "empty NAME"),
    (("ach", "new", "Who?", "--hypothesis", " "), "empty hypothesis"),
    # a second run: a blank --tag filter listed nothing (claims, exit 0) or failed as input (exit 1)
    (("claims", "--tag", ""), "a tag needs a name"),
    (("timeline", "--tag", " "), "a tag needs a name"),
    (("export", "--format", "json", "--tag", "/"), "a tag needs a name"),
    (("claims", "--by", " "), "empty AUTHOR"),
    # invisible characters only (zero-width space, word joiner) are blank too
    (("tags", "rename", "a", "\u200b"), "a tag needs a name"),
    (("claims", "--claimant", "\u200b\u2060"), "empty NAME"),
    (("search", "\u200b"), "empty QUERY"),
    (("search", "\x00"), "empty QUERY"),
    # attack run 14: a blank --title was taken as no title, the update going on (exit 0)
    (("update", "1", "article.txt", "--title", ""), "empty title"),
    (("update", "1", "article.txt", "--title", " \u200b"), "empty title"),
    # attack run 15: a --quote of a zero-width space marked an invisible claim, highlight, tag
    (("claim", "1", "--quote", "\u200b"), "empty quote"),
    (("annotate", "1", "--quote", "\u200b\u200d"), "empty quote"),
    (("tag", "1", "x", "--quote", "\u00ad"), "empty quote"),
]


@pytest.mark.parametrize(("argv", "fragment"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_blank_value_is_a_usage_error(
    argv: tuple[str, ...], fragment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text("Title\n\nBody text.\n", encoding="utf-8")
    db = tmp_path / "library.sqlite"
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists(), "a usage error must not open (or create) the library"


WHOLE_NUMBER_CASES = [
    (("timeline", "--story", "abc"), "expected an id (a whole number), got 'abc'"),
    (("diff", "1", "--from", "abc"), "expected a whole number of 1 or more, got 'abc'"),
    (("suggest", "1", "--limit", "99999999999999999999"), "too large"),  # "of 1 or more" it is
    (("diff", "1", "--to", "99999999999999999999"), "too large"),
]


@pytest.mark.parametrize(
    ("argv", "fragment"), WHOLE_NUMBER_CASES, ids=[" ".join(c[0]) for c in WHOLE_NUMBER_CASES]
)
def test_a_bad_number_is_named_without_sqlite_bounds(
    argv: tuple[str, ...], fragment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """Found by a second attack run: ``diff 1 --from abc`` said "expected a whole number of
    -9223372036854775808 or more" (and so did 99999999999999999999, which is more)."""
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "library.sqlite"), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert fragment in err and "9223372036854775808" not in err
