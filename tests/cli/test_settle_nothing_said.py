"""``entity settle`` with nothing to settle says so in words (README run, stop 54).

Before: "Settled 0 entities in 0 documents (0.03 s)." on a library the import had settled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run


def test_nothing_to_settle_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    one_article_library(path, "Dam report", "The dam in Ohio was closed.")
    assert run(path, "entity", "settle") == 0
    assert capsys.readouterr().out.startswith(
        "Nothing to settle: every entity has the label and name the library agrees on (")
