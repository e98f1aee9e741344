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
