"""``orphans`` with none says so on stdout as every empty listing does (README run, stop 54).

Before: "no orphaned annotations" went to stderr in lower case, unlike "No claims." or
"No open conflicts.", so ``workbench orphans > list.txt`` wrote an empty file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run


def test_no_orphans_is_said_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    one_article_library(path, "Dam report", "The dam in Ohio was closed.")
    assert run(path, "orphans") == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("No orphaned annotations.\n", "")
