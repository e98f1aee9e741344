"""``versions`` writes its times as ``backup --list`` does, and its word counts grouped (stop 54).

Before: "v1   2026-12-06T22:20:06+00:00 replaced 2026-12-06T22:48:16+00:00   1474 words" beside
"2026-12-06 22:43:46 UTC" in ``backup --list`` and "7,052 words" in the reader's header: one
thing, a time or a count, written three ways.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run


def test_versions_are_listed_in_the_shared_forms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    words = " ".join(["word"] * 1200)
    one_article_library(path, "Long report", f"The dam in Ohio was closed. {words}.")
    new = tmp_path / "new.txt"
    new.write_text(f"Long report\n\nThe dam in Ohio was opened. {words}.", encoding="utf-8")
    assert run(path, "update", "1", str(new), "--no-analyze") == 0
    capsys.readouterr()
    assert run(path, "versions", "1") == 0
    first, second = capsys.readouterr().out.splitlines()
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"
    assert re.fullmatch(rf"v1 +{stamp} +replaced {stamp} +1,206 words  Long report", first)
    assert re.fullmatch(rf"v2 +{stamp} +current +1,206 words  Long report", second)
