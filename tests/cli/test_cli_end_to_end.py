"""The command line end to end on the seed article, as a new user would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import SEED, SEED_TITLE
from workbench.cli import main


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a subprocess (as a user would)."""
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "library.sqlite"
    result = run(db, "import", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "imported 1 document" in result.stderr
    assert "Traceback" not in result.stderr
    return db


def test_second_import_imports_nothing_and_says_why(seeded_db: Path) -> None:
    result = run(seeded_db, "import", str(SEED))
    assert result.returncode == 0
    assert "already in the library" in result.stderr
    assert "imported 0 document" in result.stderr


def test_list_shows_the_seed(seeded_db: Path) -> None:
    result = run(seeded_db, "list", "--json")
    rows = json.loads(result.stdout)
    assert [r["title"] for r in rows] == [SEED_TITLE]


def test_show_prints_title_once_dateline_and_body(seeded_db: Path) -> None:
    result = run(seeded_db, "show", "1")
    assert result.returncode == 0
    assert result.stdout.count(SEED_TITLE) == 1
    assert "Dateline: Washington" in result.stdout
    assert "Washington - On Wednesday" in result.stdout
    # The extraction's headings say who found them once: no parentheses inside parentheses.
    assert "\nEntities — automatic (spaCy extraction):" in result.stdout
    assert "\nQuotes — automatic (spaCy extraction):" in result.stdout


def test_show_json_uses_design_keys(seeded_db: Path) -> None:
    record = json.loads(run(seeded_db, "show", "US State", "--json").stdout)
    assert record["title"] == SEED_TITLE
    assert record["dateline"] == "Washington"
    assert record["text"].startswith("Washington - On Wednesday")
    assert SEED_TITLE not in record["text"]
    for key in ("tags", "entities", "quotes", "annotations", "claims"):
        assert isinstance(record[key], list)
    assert record["status"] == "analyzed"
    for mention in record["entities"]:
        source = record["title"] if mention["field"] == "title" else record["text"]
        assert source[mention["start"] : mention["end"]] == mention["text"]
        assert set(mention) >= {"start", "end", "text", "label", "entity", "entity_id", "field"}
    for quote in record["quotes"]:
        assert record["text"][quote["start"] : quote["end"]] == quote["text"]
        assert set(quote) >= {"start", "end", "text", "speaker", "speaker_text", "cue", "kind"}


def test_search_finds_the_seed(seeded_db: Path) -> None:
    result = run(seeded_db, "search", "sanctions", "--json")
    assert [hit["id"] for hit in json.loads(result.stdout)] == [1]


# "" (and "\x00", nothing visible) is not junk but a blank QUERY, a usage error
# (tests/commands/test_blank_arguments.py); so is punctuation with no word or symbol in it
@pytest.mark.parametrize(
    ("junk", "code"),
    [('"', 2), ("NOT", 0), ("(", 2), ("a:b", 0), ("*", 2), ("-", 2), ('"AND" OR (', 0),
     ("🙂", 0)],
)
def test_search_with_junk_never_crashes(
    seeded_db: Path, junk: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(seeded_db), "search", junk]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 0 or "nothing to search for" in err


def test_advanced_search_error_is_one_line(
    seeded_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(seeded_db), "search", '"unclosed', "--advanced"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("workbench: invalid search syntax") and "\n" not in err


def test_export_json_writes_the_contract(seeded_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    assert main(["--db", str(seeded_db), "export", "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "workbench-export" and data["version"] == 1
    assert data["documents"][0]["title"] == SEED_TITLE
    assert {e["name"] for e in data["entities"]} >= {"Matthew Miller", "Vladimir Putin"}


def test_unknown_document_is_failed_input(seeded_db: Path) -> None:
    result = run(seeded_db, "show", "does not exist")
    assert result.returncode == 1
    assert "no document" in result.stderr and "Traceback" not in result.stderr


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("workbench ")
