"""What commands print: a sentence with the id, the bare id with --quiet, the record with --json;
listings that wrap at word boundaries and never print a traceback into a closed pipe."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO
from workbench.cli import main
from workbench.commands.output import quoted, shorten
from workbench.core.models import Article
from workbench.export.json_export import link_record
from workbench.store import Store

LONG_QUOTE = (
    "the administration will not hesitate to impose further sanctions on everyone involved "
    "in brokering arms sales between the two countries, and it is prepared to take further "
    "measures as deemed necessary in the weeks ahead"
)
TEXT = f"Alice said the sky is blue. Bob said it is green. Carol said {LONG_QUOTE}."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """One document with a highlight (1), two claims (2, 3) and a detected quote by Carol."""
    path = tmp_path / "library.sqlite"
    store = Store(path)
    store.documents.add_article(Article(title="Alpha story", text=TEXT), analyze=False)
    store.annotations.add_annotation(1, 0, 5)
    store.claims.add_claim(1, 0, 27)
    store.claims.add_claim(1, 28, 49)
    start = TEXT.index(LONG_QUOTE)
    with store.db.conn:
        store.db.execute(
            'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_text)'
            " VALUES (1, ?, ?, ?, 'indirect', 'Carol')",
            [start, start + len(LONG_QUOTE), LONG_QUOTE],
        )
    store.close()
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a command that must succeed; return what it printed on stdout."""
    assert main(["--db", str(db), *argv]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


# A creating command, the sentence it prints (with {id}), and the JSON fields it must carry.
CREATING = [
    (("annotate", "1", "--quote", "Bob", "--note", "who?"), "Created note {id} in 'Alpha story'."),
    (
        ("tag", "1", "topic/x", "--quote", "sky"),
        "Created highlight {id} tagged topic/x in 'Alpha story'.",
    ),
    (("claim", "1", "--quote", "Carol said"), "Created claim {id} in 'Alpha story'."),
    (("claim", "--from-quote", "1"), "Created claim {id} in 'Alpha story'."),
    (
        ("link", "2", "3", "--relation", "contradicts"),
        "Created link {id}: claim 2 contradicts claim 3.",
    ),
    (
        ("link", "3", "2", "--relation", "same"),
        "Created link {id}: claim 3 is the same claim as claim 2.",
    ),
]


def newest_id(db: Path, link: bool) -> int:
    """The id of the newest link, or of the newest annotation."""
    store = Store(db)
    table = "links" if link else "annotations"
    newest = store.db.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
    store.close()
    return int(newest)


def undo(db: Path) -> None:
    store = Store(db)
    store.history.undo()
    store.close()


@pytest.mark.parametrize("argv,sentence", CREATING, ids=[c[0][0] + c[0][1] for c in CREATING])
def test_creating_prints_a_sentence_the_id_or_the_record(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], sentence: str
) -> None:
    link = argv[0] == "link"
    record = json.loads(run(db, capsys, *argv, "--json"))
    assert record["id"] == newest_id(db, link)
    store = Store(db)
    if link:
        assert record["relation"] == argv[-1] and record["from_annotation_id"] == int(argv[1])
    else:
        created = store.annotations.get_annotation(record["id"])
        assert created.exact == (record.get("exact") or record.get("text"))
        assert record["document_id"] == 1 and record["id"] > 3
    store.close()
    undo(db)
    assert run(db, capsys, *argv, "--quiet") == f"{newest_id(db, link)}\n"
    undo(db)
    assert run(db, capsys, *argv) == sentence.format(id=newest_id(db, link)) + "\n"


@pytest.mark.parametrize(
    "argv,sentence,quiet",
    [
        (("note", "1", "new words"), "Changed the note of annotation 1.", "1"),
        (("claim-status", "2", "disputed"), "Claim 2 is now disputed.", "2"),
        (("delete-annotation", "1"), "Deleted highlight 1 (`workbench undo` brings it back).", "1"),
        (("tag", "1", "a"), "Tagged document 1 'Alpha story' with a.", "1"),
        (("tags", "color", "a", "#112233"), "Tag a is now #112233.", "a"),
        (("tags", "rename", "a", "b/c"), "Renamed tag a to b/c.", "b/c"),
    ],
)
def test_changing_prints_a_sentence_or_the_id_with_quiet(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], sentence: str, quiet: str
) -> None:
    if argv[0] == "tags":
        run(db, capsys, "tag", "1", "a")
    assert run(db, capsys, *argv, "--quiet") == f"{quiet}\n"
    store = Store(db)
    store.history.undo()
    store.close()
    assert run(db, capsys, *argv) == f"{sentence}\n"


@pytest.mark.parametrize("before", [True, False])
def test_tags_actions_take_json_before_or_after_the_action(
    db: Path, capsys: pytest.CaptureFixture[str], before: bool
) -> None:
    """``tags rename a b --json`` (where every other command takes it) was a usage error:
    only ``tags --json rename a b`` worked."""
    run(db, capsys, "tag", "1", "a")
    argv = ("tags", "--json", "rename", "a", "b") if before else ("tags", "rename", "a", "b",
                                                                   "--json")
    assert json.loads(run(db, capsys, *argv)) == {"id": "b"}


def test_link_then_unlink_json_names_the_link(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = json.loads(run(db, capsys, "link", "2", "3", "--relation", "same", "--json"))
    store = Store(db)
    (stored,) = store.claims.all_links()
    store.close()
    assert link == link_record(stored)
    assert (link["id"], link["from_annotation_id"], link["to_annotation_id"]) == (1, 2, 3)
    assert set(link) >= {"relation", "note", "created_at", "origin", "author_id"}
    assert json.loads(run(db, capsys, "unlink", "1", "--json"))["id"] == 1


def test_entity_curation_says_what_changed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(db)
    with store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Alice Smith', 'alice smith', 'PERSON')")
    store.close()
    out = run(db, capsys, "entity", "rename", "Alice Smith", "Alice B. Smith")
    assert out == "Renamed entity 1 ('Alice B. Smith', PERSON).\n"
    record = json.loads(run(db, capsys, "entity", "alias", "1", "Ally", "--json"))
    assert record == {"id": 1, "kind": "entity", "name": "Alice B. Smith", "label": "PERSON",
                      "aliases": ["Alice Smith", "Ally"], "hidden": False}  # the old name kept
    assert json.loads(run(db, capsys, "entity", "hide", "1", "--json"))["hidden"] is True
    assert json.loads(run(db, capsys, "entity", "show-again", "1", "--json"))["hidden"] is False


def test_entities_json_says_hidden_as_curation_does(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``entities --json`` and ``entity hide --json`` share their keys' values.

    Why: the README names a curation's JSON "the keys of ``entities --json``", yet the
    listing said ``"hidden": 1`` where ``entity hide --json`` said ``true``.
    """
    store = Store(db)
    with store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Alice Smith', 'alice smith', 'PERSON')")
    store.close()
    curated = json.loads(run(db, capsys, "entity", "hide", "1", "--json"))
    (listed,) = json.loads(run(db, capsys, "entities", "--hidden", "--json"))
    assert listed["hidden"] is True
    assert {key: listed[key] for key in curated if key != "kind"} == {
        key: value for key, value in curated.items() if key != "kind"}


def test_backup_prints_the_path_only_with_quiet(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(run(db, capsys, "backup", "--quiet").strip())
    assert path.exists()
    record = json.loads(run(db, capsys, "backup", "--json"))
    assert Path(record["id"]).exists() and record["kind"] == "backup"
    assert run(db, capsys, "backup").startswith("Backed up the library to ")


def test_claims_without_a_claimant_say_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db, capsys, "claim", "1", "--quote", "Alice", "--claimant", "Alice", "--allow-overlap")
    out = run(db, capsys, "claims")
    assert "?:" not in out
    assert out.count("(no claimant): ") == 2 and "Alice: Alice" in out


@pytest.mark.parametrize("columns", [50, 80, 120])
def test_quotes_wrap_at_word_boundaries_to_the_terminal(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = run(db, capsys, "quotes").splitlines()
    assert lines[0].startswith("Carol  (indirect, doc 1 'Alpha story')")
    body = lines[1:]
    assert all(len(line) <= columns for line in lines)
    assert all(line.startswith("  ") and not line.startswith("   ") for line in body)
    assert " ".join(line.strip() for line in body) == LONG_QUOTE  # no word cut or lost
    assert len(body) > 1


def test_quotes_use_the_fallback_width_when_piped(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    lines = run(db, capsys, "quotes").splitlines()
    assert max(len(line) for line in lines[1:]) <= 100 < len(LONG_QUOTE)


def test_quotes_limit_prints_the_newest_and_refuses_nonsense(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(db) as store, store.db.conn:
        store.db.execute(
            'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_text)'
            " VALUES (1, 0, 26, 'Alice said the sky is blue', 'direct', 'Alice')"
        )
    everything = json.loads(run(db, capsys, "quotes", "--json"))
    limited = json.loads(run(db, capsys, "quotes", "--json", "--limit", "1"))
    assert len(everything) == 2 and limited == everything[:1]
    for bad in ("0", "-3", "many"):
        with pytest.raises(SystemExit) as stop:
            main(["--db", str(db), "quotes", "--limit", bad])
        assert stop.value.code == 2
        assert "expected a whole number" in capsys.readouterr().err


def test_shorten_cuts_after_a_whole_word_and_quoted_keeps_the_closing_quote() -> None:
    assert shorten("one two three", 20) == "one two three"
    assert shorten("one two three four", 12) == "one two…"
    assert shorten("x" * 30, 10) == "x" * 9 + "…"
    assert quoted("Nonexistent title " * 10, 30).endswith("…'")
    assert len(shorten("word " * 50, 40)) <= 40


def _reader_goes_away(db: Path, argv: list[str]) -> tuple[int, str]:
    """Run a listing whose reader closed its end before anything was written (``| head -0``)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    return process.wait(timeout=60), err


@pytest.mark.parametrize(
    "argv",
    [["entities"], ["list"], ["quotes"], ["claims"], ["search", "sky"], ["entities", "--json"]],
)
def test_a_listing_into_a_closed_pipe_stops_without_a_traceback(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    store = Store(db)
    with store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Alice Smith', 'alice smith', 'PERSON')")
    store.close()
    code, err = _reader_goes_away(db, argv)
    assert err == "" and code == 0


def test_head_one_gets_one_line_and_no_traceback(db: Path) -> None:
    """``workbench quotes | head -1`` as a shell runs it."""
    done = subprocess.run(
        f"{sys.executable} -m workbench --db '{db}' quotes | head -1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.stdout.startswith("Carol") and done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "Error" not in done.stderr


def test_an_overlapping_claim_is_refused_unless_allowed(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db), "claim", "1", "--quote", "the sky is blue"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "overlaps claim 2" in err and "--allow-overlap" in err
    assert run(db, capsys, *argv[2:], "--allow-overlap", "--quiet") == "4\n"


def test_a_claim_inside_a_quote_is_its_speakers(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = json.loads(run(db, capsys, "claim", "1", "--quote", "further sanctions", "--json"))
    assert record["claimant"] == "Carol" and record["quote_id"] == 1


def test_a_title_with_a_family_emoji_is_named_as_written() -> None:
    """The joiners inside an emoji are its parts; other hidden characters still show escaped."""
    from workbench.commands.output import quoted

    assert quoted("Emoji test 👩\u200d👩\u200d👧") == "'Emoji test 👩\u200d👩\u200d👧'"
    assert quoted("🏳️\u200d🌈 parade") == "'🏳️\u200d🌈 parade'"
    assert quoted("a\u200db \u202eevil") == "'a\\u200db \\u202eevil'"
    assert quoted("👩\\\u200d👩") == "'👩\\\\\\u200d👩'"  # a typed backslash stays one
    wales = "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"  # a subdivision flag
    assert quoted(f"{wales} won") == f"'{wales} won'"
    assert quoted("a\U000e0067 tag") == "'a\\U000e0067 tag'"  # a tag letter alone shows


def test_a_tag_without_a_colour_is_listed_with_a_dash(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older library's tag may have no colour (the column allows NULL, and the first
    schema set none): ``tags`` printed the word "None" in the colour column."""
    run(db, capsys, "tag", "1", "old/tag")
    connection = sqlite3.connect(db)
    with connection:
        connection.execute("UPDATE tags SET color = NULL")
    connection.close()
    listing = run(db, capsys, "tags")
    assert "None" not in listing
    assert ["old/tag", "-"] in [line.split()[:2] for line in listing.splitlines()]


@pytest.mark.parametrize("held,second", [("same", "contradicts"), ("contradicts", "supports")])
def test_a_link_saying_the_opposite_of_one_held_is_refused_naming_it(
    db: Path, capsys: pytest.CaptureFixture[str], held: str, second: str
) -> None:
    """Found by attack round 9: claims 2 and 3 could be linked `same` and `contradicts` at
    once. The second link is refused (exit 1) with the link to remove first; after `unlink`
    it is made, and undo takes it back and leaves the first link gone as unlink did."""
    link = json.loads(run(db, capsys, "link", "2", "3", "--relation", held, "--json"))["id"]
    assert main(["--db", str(db), "link", "3", "2", "--relation", second]) == 1
    err = capsys.readouterr().err
    assert f"linked {held!r} already (link {link}), the opposite of {second!r}" in err
    assert f"unlink {link} first" in err
    run(db, capsys, "link", "2", "3", "--relation", "elaborates")  # no opposite: both hold
    run(db, capsys, "unlink", str(link))
    run(db, capsys, "link", "3", "2", "--relation", second)
    undo(db)
    undo(db)
    store = Store(db)
    assert sorted(x.relation for x in store.claims.all_links()) == sorted([held, "elaborates"])
    store.close()
