"""``timeline --json`` gives no offsets to an undated item that has none (README run, stop 53).

Before: an orphaned highlight (its words gone from a new version) and an undated document's own
entry printed ``"start": 0, "end": 0, "sentence": [0, 0]``, as if the mark opened the text;
``compare --json`` already writes an orphan's ``start`` and ``end`` as null, and so does the
timeline now (and ``timeline.csv`` leaves them empty).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(
            Article("Officer shot", "On Friday the sergeant was later pronounced dead.",
                    published="2020-09-25"), analyze=False)
        store.documents.add_article(Article("Undated note", "The dam was closed."),
                                    analyze=False)
    return path


def test_an_orphan_and_an_undated_document_have_no_offsets(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "annotate", "1", "--quote", "was later pronounced dead") == 0
    changed = tmp_path / "v2.txt"
    changed.write_text("Officer shot\n\nOn Friday the sergeant died.", encoding="utf-8")
    assert run(library, "update", "1", str(changed), "--no-analyze") == 0
    capsys.readouterr()
    assert run(library, "timeline", "--json") == 0
    undated = json.loads(capsys.readouterr().out)["undated"]
    kinds = {item["kind"]: item for item in undated}
    assert set(kinds) == {"highlight", "document"}
    for item in undated:
        assert (item["start"], item["end"], item["sentence"]) == (None, None, None)
    assert kinds["highlight"]["text"] == "was later pronounced dead"
    out = tmp_path / "tables"
    assert run(library, "export", "--format", "csv", "--out", str(out)) == 0
    rows = list(csv.DictReader((out / "timeline.csv").open(encoding="utf-8")))
    orphan = next(row for row in rows if row["kind"] == "highlight")
    assert (orphan["start"], orphan["end"]) == ("", "")
