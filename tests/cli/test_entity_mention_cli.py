"""The reader's entity actions as commands: "This is…" (mention-move), "Not an entity"
(mention-hide), "Create entity from selection" (create) and dismissing a duplicate pair.

Each is the Store call the desktop app makes, so each is one undo step; a span is named
as ``claim`` and ``tag`` name one (DOC --quote TEXT); bad input exits 1, bad usage 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "Kim Jong Un met Vladimir Putin in Vostok. Later Kim said the talks went well."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """One document; entities 1 "Kim Jong Un" (mention 1) and 2 "Kim Jong-un" (mention 2, the
    second "Kim"), both people, so the duplicates list pairs them."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Summit", text=TEXT), analyze=False)
        store.entities.create_entity_mention(1, 0, 11, "Kim Jong Un", "PERSON")
        later = TEXT.index("Kim", 20)
        store.entities.create_entity_mention(1, later, later + 3, "Kim Jong-un", "PERSON")
    return path


def run_json(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert run_cli(db, *argv, "--json") == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def mentions(db: Path) -> dict[str, int]:
    """Mention text -> its entity id (hidden mentions are gone)."""
    with Store(db) as store:
        return {m["text"]: m["entity_id"] for m in store.analysis.document_entities(1)}


def undo(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(db, "undo") == 0
    assert capsys.readouterr().out.startswith("Undid ")


def test_create_makes_the_quoted_text_a_mention_and_prints_the_entity(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("entity", "create", "Summit", "--quote", "Vladimir Putin", "--type", "person")
    record = run_json(db, capsys, *argv)
    assert (record["name"], record["label"]) == ("Vladimir Putin", "PERSON")
    assert mentions(db)["Vladimir Putin"] == record["id"] == record["mention"]["entity_id"]
    undo(db, capsys)
    assert "Vladimir Putin" not in mentions(db)
    assert run_cli(db, *argv, "--quiet") == 0
    assert capsys.readouterr().out.strip() == str(mentions(db)["Vladimir Putin"])


def test_create_reads_the_document_text_once(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before: the span, the default name and the sentence's title each read the whole
    text (and the store a fourth time); a 50 MB document was decoded four times."""
    from workbench.cli import build_parser
    from workbench.commands.entity_mentions import run_entity_create

    args = build_parser().parse_args(["--db", str(db), "entity", "create", "Summit", "--quote",
                                      "Vostok", "--type", "GPE", "--json"])
    with Store(db) as store:
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        assert run_entity_create(store, args) == 0
    text_reads = [sql for sql in statements if "FROM documents" in sql
                  and ("SELECT text" in sql or "SELECT *" in sql)]
    assert len(text_reads) == 1, text_reads
    assert json.loads(capsys.readouterr().out)["mention"]["text"] == "Vostok"


def test_create_with_a_known_name_adds_a_mention_of_that_entity(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = run_json(db, capsys, "entity", "create", "1", "--quote", "Vostok",
                      "--type", "PERSON", "--name", "Kim   Jong Un")
    assert record["id"] == 1 and mentions(db)["Vostok"] == 1


@pytest.mark.parametrize("action", [("mention-move", "--to", "Kim Jong Un"), ("mention-hide",)])
def test_a_printed_mention_has_the_json_exports_keys_and_values(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], action: tuple[str, ...]
) -> None:
    """The mention a command prints is the export's mention (``id``, ``kind`` and
    ``document_id`` added; ``hidden`` for mention-hide): before, ``field``, ``source``,
    ``confidence``, ``value`` and ``creator`` were the export's only."""
    out = tmp_path / "library.json"
    assert run_cli(db, "export", "--format", "json", "--out", str(out)) == 0
    capsys.readouterr()
    [exported] = [m for m in json.loads(out.read_text("utf-8"))["documents"][0]["entities"]
                  if m["start"] == TEXT.index("Kim", 20)]
    record = run_json(db, capsys, "entity", action[0], "1", "--quote", "Kim",
                      "--occurrence", "2", *action[1:])
    extra = {"id", "kind", "document_id"} | ({"hidden"} if action[0] == "mention-hide" else set())
    assert set(record) == set(exported) | extra
    moved = {"entity": "Kim Jong Un", "entity_id": 1} if action[0] == "mention-move" else {}
    assert {key: record[key] for key in exported} == exported | moved


def test_mention_move_attaches_the_covering_mention_in_one_undo_step(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = run_json(db, capsys, "entity", "mention-move", "1", "--quote", "Kim",
                      "--occurrence", "2", "--to", "Kim Jong Un")
    assert record["id"] == 2 and record["entity_id"] == 1 and record["text"] == "Kim"
    assert mentions(db)["Kim"] == 1
    undo(db, capsys)
    assert mentions(db)["Kim"] == 2
    assert run_cli(db, "entity", "mention-move", "1", "--quote", "Jong", "--to", "2") == 0
    assert "Moved mention 'Kim Jong Un'" in capsys.readouterr().out
    assert mentions(db)["Kim Jong Un"] == 2


def test_mention_hide_drops_one_mention_and_undo_brings_it_back(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(db, "entity", "mention-hide", "1", "--quote", "Kim", "--occurrence", "2",
                   "--quiet") == 0
    assert capsys.readouterr().out == "2\n"
    assert "Kim" not in mentions(db) and "Kim Jong Un" in mentions(db)
    undo(db, capsys)
    assert mentions(db)["Kim"] == 2


def test_dismiss_takes_the_pair_out_of_the_duplicates_list(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(run_json_list(db, capsys)) == 1
    record = run_json(db, capsys, "entity", "duplicates", "--dismiss", "Kim Jong-un", "1")
    assert record["id"] == [1, 2] and record["names"] == ["Kim Jong Un", "Kim Jong-un"]
    assert run_json_list(db, capsys) == []
    undo(db, capsys)
    assert len(run_json_list(db, capsys)) == 1


def run_json_list(db: Path, capsys: pytest.CaptureFixture[str]) -> list:
    assert run_cli(db, "entity", "duplicates", "--json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "argv,code,message",
    [
        (("mention-move", "1", "--quote", "Vostok", "--to", "1"), 1, "mention at 'Vostok'"),
        (("mention-move", "1", "--quote", "met Vladimir", "--to", "1"), 1, "no entity mention"),
        (("mention-move", "1", "--quote", "Jong", "--to", "Nobody"), 1, "no entity named"),
        (("mention-move", "1", "--quote", "Jong", "--to", "99"), 1, "no entity with id 99"),
        (("mention-move", "9", "--quote", "Jong", "--to", "1"), 1, "no document"),
        (("mention-move", "1", "--quote", "absent", "--to", "1"), 1, "text not found"),
        (("mention-move", "1", "--quote", "Jong"), 2, "--to"),
        (("mention-move", "1", "--to", "1"), 2, "--quote"),
        (("mention-move", "1", "--quote", " ", "--to", "1"), 2, "empty quote"),
        (("mention-move", "1", "--quote", "Jong", "--to", " "), 2, "empty ENTITY"),
        (("mention-hide", "1", "--quote", "Putin"), 1, "no entity mention"),
        (("mention-hide", "1", "--quote", "Kim", "--occurrence", "3"), 1, "occurs 2 times"),
        (("mention-hide", "--quote", "Kim"), 2, "DOC"),
        (("create", "1", "--quote", "Putin"), 2, "--type"),
        (("create", "1", "--quote", "Putin", "--type", "VILLAIN"), 2, "invalid choice"),
        (("create", "1", "--quote", "Putin", "--type", "ORG", "--name", " "), 2, "empty NAME"),
        (("create", "1", "--quote", "Putin", "--type", "ORG", "--quiet", "--json"), 2, "allowed"),
        (("create", "1", "--quote", "nowhere", "--type", "ORG"), 1, "text not found"),
        (("duplicates", "--dismiss", "1", "1"), 1, "not a duplicate of itself"),
        (("duplicates", "--dismiss", "1", "Kim Jong Un"), 1, "not a duplicate of itself"),
        (("duplicates", "--dismiss", "1", "77"), 1, "no entity with id 77"),
        (("duplicates", "--dismiss", "1"), 2, "expected 2 arguments"),
        (("duplicates", "--dismiss", "1", ""), 2, "empty ENTITY"),
    ],
)
def test_bad_input_exits_1_and_bad_usage_2_changing_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int, message: str
) -> None:
    before = mentions(db)
    assert run_cli(db, "entity", *argv) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert mentions(db) == before


def test_a_pair_dismissed_twice_is_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(db, "entity", "duplicates", "--dismiss", "1", "2") == 0
    assert run_cli(db, "entity", "duplicates", "--dismiss", "2", "1") == 1
    assert "dismissed as duplicates already" in capsys.readouterr().err
