"""``workbench --author NAME`` signs a command's work; the name shows in every listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.test_cli_input import make_library
from workbench.cli import main
from workbench.operations.identity import save_identity
from workbench.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_library(tmp_path / "library.sqlite")


def _claims_json(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "claims", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_author_option_signs_the_work_and_reuses_the_library_id(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "--author", "Ben", "claim", "1", "--quote", "Alice",
                 "--allow-overlap"]) == 0  # fmt: skip
    assert main(["--db", str(db), "--author", "ben", "claim-status", "2", "disputed"]) == 0
    with Store(db) as store:
        assert list(store.authors.names().values()) == ["Ben"]  # "ben" is the same author
        (ben_id,) = store.authors.names()
    claims = {c["id"]: c for c in _claims_json(db, capsys)}
    made = next(c for c in claims.values() if c["author_id"] == ben_id)
    assert made["author_name"] == "Ben"
    assert claims[2]["edited_by"] == ben_id and claims[2]["author_id"] is None
    assert claims[2]["history"][-1]["author_id"] == ben_id
    assert [c["id"] for c in _claims_json(db, capsys, "--by", "BEN")] == [made["id"]]


def test_environment_and_saved_identity_sign_too(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = save_identity("Ana")
    assert main(["--db", str(db), "claim-status", "2", "corroborated"]) == 0
    monkeypatch.setenv("WORKBENCH_AUTHOR", "Chloé")
    assert main(["--db", str(db), "claim-status", "3", "disputed"]) == 0
    claims = {c["id"]: c for c in _claims_json(db, capsys)}
    assert claims[2]["edited_by"] == ana.id and claims[2]["editor_name"] == "Ana"
    assert claims[3]["editor_name"] == "Chloé"
    capsys.readouterr()
    assert main(["--db", str(db), "claims"]) == 0
    assert "unknown author" in capsys.readouterr().out  # claims made before authorship


@pytest.mark.parametrize(("name", "fragment"), [
    ("  ", "cannot be empty"), ("x" * 121, "at most"),
    ("\u200b", "cannot be empty"),  # attack run 15: work signed by a name that shows nothing
    ("\u2060 \u00ad", "cannot be empty"),
])
def test_a_bad_author_is_a_usage_error_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], name: str, fragment: str
) -> None:
    before = db.read_bytes()
    assert main(["--db", str(db), "--author", name, "claim-status", "2", "disputed"]) == 2
    assert fragment in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_bad_author_in_the_environment_is_a_usage_error(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_AUTHOR", "")
    assert main(["--db", str(db), "claims"]) == 2
    assert "--author" in capsys.readouterr().err


def test_show_marks_machine_extractions_and_names_annotators(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "--author", "Ben", "annotate", "1", "--quote", "Alice",
                 "--color", "green"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "show", "1"]) == 0
    out = capsys.readouterr().out
    assert "[highlight] Alice — Ben" in out and "— unknown author" in out
    assert main(["--db", str(db), "show", "1", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {a["author_name"] for a in record["annotations"]} == {"Ben", None}
