"""A full JSON export staged as a library for the merge: its work kept, every row with an origin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.operations.two_analysts import build
from workbench.core.authorship import is_author_id
from workbench.operations.exporting import ExportRequest, run_export
from workbench.operations.merge_inputs import MergeInputRefused, library_from_json
from workbench.store import Store

SIGNED = ("annotations", "claims", "claim_status_history", "links", "span_tags", "document_tags")


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    out = tmp_path / "export.json"
    with Store() as store:
        build(store)
        run_export(store, ExportRequest("json", out))
    return out


def _counts(store: Store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SIGNED}


def test_a_json_export_is_staged_with_its_work_and_an_origin_on_every_row(
    export_file: Path, tmp_path: Path
) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    staged = library_from_json(export_file, staging)
    with Store(staged) as received, Store() as original:
        build(original)
        assert _counts(received) == _counts(original)
        for table in SIGNED:
            origins = [r[0] for r in received.db.execute(f"SELECT origin FROM {table}")]
            assert all(is_author_id(origin) for origin in origins), table
            assert len(set(origins)) == len(origins)


def test_a_json_export_with_a_problem_is_refused_and_leaves_nothing(
    export_file: Path, tmp_path: Path
) -> None:
    data = json.loads(export_file.read_text(encoding="utf-8"))
    data["documents"][0]["annotations"][0]["start"] = -1
    export_file.write_text(json.dumps(data), encoding="utf-8")
    staging = tmp_path / "staging"
    staging.mkdir()
    with pytest.raises(MergeInputRefused, match=r"documents\[0\]\.annotations\[0\]\.start"):
        library_from_json(export_file, staging)
    assert list(staging.iterdir()) == []
