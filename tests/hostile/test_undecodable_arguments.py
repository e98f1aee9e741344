"""An argument holding bytes that are not UTF-8 is a usage error that names it (exit 2).

Attack run 13: a terminal whose encoding is not UTF-8 (or a script passing raw bytes) gives
Python lone surrogates in ``argv``; ``tag 1 $'a\\xffb'``, ``entity rename``, ``show`` and
``annotate --note`` stopped with exit 1 on SQLite's or the encoder's "'utf-8' codec can't
encode character '\\udcff' in position 1: surrogates not allowed", which names neither the
argument nor what to do. A path keeps its bytes: a file name need not be UTF-8.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO, run_cli
from workbench.core.models import Article
from workbench.store import Store

BAD = b"a\xffb".decode("utf-8", "surrogateescape")


@pytest.fixture
def library(library_path: Path) -> Path:
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", "The mayor closed the bridge."),
                                analyze=False)
    store.close()
    return library_path


@pytest.mark.parametrize("argv", [
    ["tag", "1", BAD], ["show", BAD], ["annotate", "1", "--quote", "mayor", "--note", BAD],
    ["entity", "create", "1", "--quote", "mayor", "--type", "person", "--name", BAD],
    ["ach", "new", BAD], ["search", BAD], ["grade", "source", BAD, "A"],
])
def test_an_undecodable_argument_is_a_usage_error(
        library: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, *argv) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "a\\xffb" in err and "surrogates" not in err, err
    assert len(err.strip().splitlines()) == 1


def test_a_path_may_hold_such_bytes(library: Path, tmp_path: Path) -> None:
    """A file name that is not UTF-8 is still a file (Linux keeps names as bytes)."""
    name = tmp_path / b"story-\xff.txt".decode("utf-8", "surrogateescape")
    try:
        name.write_text("Headline\n\nThe council met on Monday.", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    process = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(library), "import", "--no-analyze",
         "--quiet", str(tmp_path)], cwd=REPO, capture_output=True, check=False)
    assert process.returncode == 0, process.stderr
