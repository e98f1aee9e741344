"""Hostile input to the command line: impossible ids, escape sequences, bad names, tag trees.

Each case came from the attack run of issue 22: every one of them printed a
traceback, an escape sequence the terminal obeyed, a message with its closing
quote cut off, or left the tag tree without a parent.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO
from tests.support import run_cli as run
from workbench.cli import message_of
from workbench.commands.terminal import TerminalProgress, error
from workbench.core.labels import label_key
from workbench.core.models import Article
from workbench.core.text import printable
from workbench.store import DB_ENV, Store

ALPHA = "Alice said the sky is blue. Bob said it is green."
HOSTILE = "Evil\x1b]0;pwned\x07 title\x1b[2J \u202egnp.exe\x9b"
ESCAPES = ("\x1b", "\x07", "\u202e", "\x9b")


def make_library(path: Path, *, alpha_title: str = "Alpha story") -> Path:
    """Two documents, an annotation (1), two linked claims (2, 3) and a tag ``a``."""
    store = Store(path)
    store.documents.add_article(Article(title=alpha_title, text=ALPHA), analyze=False)
    store.documents.add_article(
        Article(title="Beta story", text="Carol said nothing."), analyze=False
    )
    store.annotations.add_annotation(1, 0, 5)
    store.claims.add_claim(1, 0, 27)
    store.claims.add_claim(2, 0, 19)
    store.claims.link_claims(2, 3, "same")
    store.tags.tag_document(1, "a")
    store.close()
    return path


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library the read-only and refused commands share (none of them may change it)."""
    return make_library(tmp_path_factory.mktemp("hostile-cli") / "library.sqlite")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_library(tmp_path / "library.sqlite")


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workbench: ")
    return lines[0]


# Every command that takes a document, annotation, claim, link, quote or entity id.
ID_COMMANDS = [
    ("show", "{id}"),
    ("tag", "{id}", "t"),
    ("untag", "{id}", "a"),
    ("untag", "--annotation", "{id}", "a"),
    ("annotate", "{id}", "--quote", "Alice"),
    ("note", "{id}", "text"),
    ("delete-annotation", "{id}"),
    ("claim", "{id}", "--quote", "Alice"),
    ("claim", "--from-quote", "{id}"),
    ("claim-status", "{id}", "disputed"),
    ("claims", "--doc", "{id}"),
    ("link", "{id}", "3", "--relation", "same"),
    ("link", "2", "{id}", "--relation", "same"),
    ("unlink", "{id}"),
    ("suggest", "{id}"),
    ("versions", "{id}"),
    ("diff", "{id}"),
    ("update", "{id}", "{file}"),
    ("reattach", "{id}", "--quote", "Alice"),
    ("reanalyze", "{id}"),
    ("export", "--format", "json", "--doc", "{id}"),
    ("entity", "show", "{id}"),
    ("entity", "rename", "{id}", "new name"),
    ("entity", "mention-move", "{id}", "--quote", "Alice", "--to", "1"),
    ("entity", "mention-hide", "{id}", "--quote", "Alice"),
    ("entity", "create", "{id}", "--quote", "Alice", "--type", "PERSON"),
    ("entity", "duplicates", "--dismiss", "{id}", "1"),
    ("screenshot", "--out", "{file}.png", "--doc", "{id}"),
]


@pytest.mark.parametrize("value", [str(2**63), str(2**64), "-1", "0" * 30 + "1" * 25])
@pytest.mark.parametrize("command", ID_COMMANDS, ids=lambda c: " ".join(c).replace("{id}", "N"))
def test_an_impossible_id_is_not_found_in_one_line(
    shared_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
    value: str,
) -> None:
    update = tmp_path / "update.txt"
    update.write_text("New text.", encoding="utf-8")
    argv = [part.format(id=value, file=update) for part in command]
    assert run(shared_db, *argv) == 1  # failed input, like any id no row has
    line = one_error_line(capsys)
    assert line.startswith("workbench: no ") and value.lstrip("0") in line


@pytest.mark.parametrize(
    "argv",
    [
        ("search", "sky", "--limit", str(2**63)),
        ("search", "sky", "--limit", str(2**64)),
        ("search", "sky", "--limit", "-1"),
        ("search", "sky", "--limit", "0"),
        ("search", "sky", "--limit", "1" * 5000),
        ("suggest", "2", "--limit", "-1"),
        ("suggest", "2", "--limit", str(2**64)),
        ("suggest", "2", "--accept", str(2**63)),
        ("diff", "1", "--from", str(2**63)),
        ("tag", "1", "t", "--quote", "Alice", "--occurrence", "0"),
        ("annotate", "1", "--start", str(2**64), "--end", "3"),
        ("import", "--workers", str(2**63), "nothing.txt"),
        ("reanalyze", "--workers", "0"),
    ],
)
def test_an_out_of_range_number_is_a_one_line_usage_error(
    shared_db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    assert run(shared_db, *argv) == 2
    assert "argument" in one_error_line(capsys)


def test_an_ascii_id_is_still_found(shared_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(shared_db, "show", "0001") == 0
    assert ALPHA in capsys.readouterr().out
    assert run(shared_db, "search", "sky", "--limit", "1", "--json") == 0
    assert [hit["id"] for hit in json.loads(capsys.readouterr().out)] == [1]


# --- escape sequences never reach the terminal -------------------------------------------


def test_printable_escapes_controls_bidi_and_surrogates_only() -> None:
    assert printable("a\x1b[2Jb\x07\x9b\x7f\u202e\u2066\ud800") == (
        "a\\u001b[2Jb\\u0007\\u009b\\u007f\\u202e\\u2066\\ud800"
    )
    assert printable("line\n\tnext é 東京 \u200f") == "line\n\tnext é 東京 \u200f"
    assert printable("one\nline\r", keep="") == "one\\u000aline\\u000d"


def test_a_file_name_with_escapes_is_shown_escaped(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "a\x1b]0;pwned\x07b\x1b[2J\nnext.txt"
    assert run(db, "import", "--no-analyze", str(missing)) == 1
    err = capsys.readouterr().err
    assert not any(char in err for char in ESCAPES)
    assert "a\\u001b]0;pwned\\u0007b\\u001b[2J\\u000anext.txt: no such file" in err


def test_a_hostile_title_and_tag_are_escaped_in_every_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_library(tmp_path / "library.sqlite", alpha_title=HOSTILE)
    assert run(db, "tag", "1", "t\x1b[2J\u202e") == 0
    for argv in (
        ("list",),
        ("show", "1"),
        ("search", "sky"),
        ("tags",),
        ("claims",),
        ("show", "Evil"),
        ("tags", "delete", "x\x1b[2J"),
    ):
        run(db, *argv)
        captured = capsys.readouterr()
        shown = captured.out + captured.err
        assert not any(char in shown for char in ESCAPES), argv
    assert run(db, "list") == 0
    assert "Evil\\u001b]0;pwned\\u0007 title\\u001b[2J \\u202egnp.exe\\u009b" in (
        capsys.readouterr().out
    )


def test_json_output_keeps_the_exact_text_and_no_raw_control(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_library(tmp_path / "library.sqlite", alpha_title=HOSTILE)
    assert run(db, "list", "--json") == 0
    out = capsys.readouterr().out
    assert not any(char in out for char in ESCAPES)
    assert json.loads(out)[0]["title"] == HOSTILE


def test_the_progress_bar_escapes_the_current_file() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = TerminalProgress("importing\x1b[2J", stream=stream)
    bar.start(1)
    bar.step("a\x1b]0;pwned\x07.txt")
    bar.finish()
    assert not any(char in stream.getvalue() for char in ESCAPES)
    assert "\\u001b]0;pwned\\u0007.txt" in stream.getvalue()


def test_an_error_is_one_line_even_with_a_newline(capsys: pytest.CaptureFixture[str]) -> None:
    error("bad\nname\x1b[2J")
    assert capsys.readouterr().err == "workbench: bad\\u000aname\\u001b[2J\n"


# --- messages ----------------------------------------------------------------------------


def test_a_message_keeps_its_closing_quote(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "tags", "delete", "zz") == 1
    assert one_error_line(capsys) == "workbench: no tag 'zz'"
    assert message_of(KeyError("no tag 'x'")) == "no tag 'x'"


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("zz", "zz", "no tag 'zz'"),
        ("a", "a", "cannot merge tag 'a' into itself"),
        ("a", "A", "cannot merge tag 'a' into itself"),
        ("a", "a/b", "cannot merge tag 'a' into 'a/b', which is below it"),
    ],
)
def test_a_merge_that_cannot_happen_says_why(
    db: Path, capsys: pytest.CaptureFixture[str], source: str, target: str, message: str
) -> None:
    assert run(db, "tags", "merge", source, target) == 1
    assert one_error_line(capsys) == f"workbench: {message}"


# --- the tag tree stays whole ------------------------------------------------------------


def tag_paths(store: Store) -> list[str]:
    return [tag.path for tag in store.tags.list_tags()]


def assert_every_parent_exists(store: Store) -> None:
    paths = {path.lower() for path in tag_paths(store)}
    for path in paths:
        if "/" in path:
            assert path.rsplit("/", 1)[0] in paths, f"{path} has no parent"


def test_rename_below_a_new_parent_creates_the_parent_and_undo_removes_it(store: Store) -> None:
    store.documents.add_article(Article("T", "Some text."), analyze=False)
    store.tags.tag_document(1, "a/c")
    store.tags.rename_tag("a", "x/y")
    assert tag_paths(store) == ["x", "x/y", "x/y/c"]
    assert_every_parent_exists(store)
    store.history.undo()
    assert tag_paths(store) == ["a", "a/c"]


def test_rename_onto_an_existing_child_is_refused_not_a_crash(store: Store) -> None:
    store.documents.add_article(Article("T", "Some text."), analyze=False)
    for path in ("a/c", "b/c"):
        store.tags.tag_document(1, path)
    with store.db.conn:  # a library from before parents were kept: "b/c" without "b"
        store.db.execute("DELETE FROM tags WHERE path = 'b'")
    with pytest.raises(ValueError, match="'b/c' exists already"):
        store.tags.rename_tag("a", "b")
    assert tag_paths(store) == ["a", "a/c", "b/c"]


def test_merge_moves_the_tags_below_and_undo_puts_them_back(store: Store) -> None:
    store.documents.add_article(Article("T", "Some text."), analyze=False)
    store.documents.add_article(Article("U", "Other text."), analyze=False)
    store.tags.tag_document(1, "a/c/d")
    store.tags.tag_document(2, "a/e")
    store.tags.tag_document(2, "b/c")
    store.tags.merge_tags("a", "b")
    assert tag_paths(store) == ["b", "b/c", "b/c/d", "b/e"]
    assert_every_parent_exists(store)
    assert store.tags.document_tags(1) == ["b/c/d"] and store.tags.document_tags(2) == [
        "b/c",
        "b/e",
    ]
    store.history.undo()
    assert tag_paths(store) == ["a", "a/c", "a/c/d", "a/e", "b", "b/c"]
    assert store.tags.document_tags(2) == ["a/e", "b/c"]


def test_cli_rename_to_a_nested_path_keeps_the_tree(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "tags", "rename", "a", "x/y") == 0
    assert capsys.readouterr().out == "Renamed tag a to x/y.\n"
    assert run(db, "tags", "--json") == 0
    paths = [tag["path"] for tag in json.loads(capsys.readouterr().out)]
    assert paths == ["x", "x/y"]


# --- other bad input: one line, never a traceback, never the wrong document ------------


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("show", ""), 2),
        (("show", "   "), 2),
        (("tag", "", "t"), 2),
        (("export", "--format", "json", "--doc", ""), 2),
        (("claims", "--doc", ""), 2),
        (("untag", "a"), 2),
        (("claim",), 2),
        (("claim", "--claimant", "Alice"), 2),
        (("entity", "show", ""), 2),
        (("entity", "show", "²"), 1),
        (("show", "²"), 1),
        (("show", "١"), 1),
        (("note", "abc", "text"), 2),
        (("link", "2", "3.5", "--relation", "same"), 2),
        (("tags", "rename", "a", "a"), 1),
        (("tags", "rename", "a", " / "), 2),
    ],
)
def test_bad_input_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int
) -> None:
    db = tmp_path / "library.sqlite"
    store = Store(db)
    store.documents.add_article(Article(title="Only story", text=ALPHA), analyze=False)
    store.tags.tag_document(1, "a")
    store.close()
    assert run(db, *argv) == code
    line = one_error_line(capsys)
    assert "invalid literal" not in line and "None" not in line and "Only story" not in line


def test_an_empty_db_path_is_refused_not_the_default_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "default.sqlite"))
    assert run("", "list") == 2
    assert "--db needs a path" in one_error_line(capsys)
    assert not (tmp_path / "default.sqlite").exists()


def test_an_unwritable_export_path_is_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    assert run(db, "export", "--format", "json", "--out", str(blocker / "out.json")) == 1
    assert str(blocker) in one_error_line(capsys)


def test_an_empty_out_path_is_refused_not_the_current_folder(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db, "export", "--format", "markdown", "--out", "") == 2
    assert "--out needs a path" in one_error_line(capsys)
    assert not list(tmp_path.glob("*.md"))


def test_removing_an_alias_the_entity_lacks_says_so(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store(db)
    with store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Alice Smith', 'alice smith', 'PERSON')")
    store.close()
    assert run(db, "entity", "alias", "Alice Smith", "Smith") == 0
    assert run(db, "entity", "alias", "Alice Smith", "Smyth", "--remove") == 1
    assert one_error_line(capsys) == "workbench: entity 1 has no alias 'Smyth'"
    assert run(db, "entity", "alias", "1", "Smith", "--remove") == 0


def test_a_closed_pipe_stops_quietly(db: Path) -> None:
    """A reader that went away (`| head`) is no failure: exit 0, nothing on stderr."""
    reader_gone = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), "show", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert reader_gone.stdout is not None and reader_gone.stderr is not None
    reader_gone.stdout.close()
    err = reader_gone.stderr.read().decode()
    assert reader_gone.wait(timeout=60) == 0
    assert err == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("untag", "2", "a"), "document 2 is not tagged 'a'"),
        (("untag", "--annotation", "1", "a"), "annotation 1 is not tagged 'a'"),
        (("untag", "--annotation", "99", "a"), "no annotation with id 99"),
    ],
)
def test_removing_a_tag_that_is_not_there_says_so(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    assert run(db, *argv) == 1
    assert one_error_line(capsys) == f"workbench: {message}"


def test_tagging_reports_the_tag_as_stored(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "tag", "1", " topic // sanctions ") == 0
    assert capsys.readouterr().out == "Tagged document 1 'Alpha story' with topic/sanctions.\n"
    assert run(db, "untag", "1", "topic/sanctions") == 0


def test_a_tag_longer_than_a_label_is_a_short_usage_error(
    shared_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(shared_db, "tag", "1", "x" * 5000) == 2
    line = one_error_line(capsys)
    assert "at most 500 characters" in line and len(line) < 300


@pytest.mark.parametrize(
    "words",
    [("ach", "new", "{long}"), ("ach", "new", "Q?", "--hypothesis", "a", "--hypothesis", "{long}"),
     ("ach", "rename", "1", "{long}"), ("ach", "hypothesis", "1", "{long}"),
     ("entity", "rename", "1", "{long}"), ("entity", "alias", "1", "{long}")],
)
def test_a_label_longer_than_a_label_is_a_short_usage_error(
    shared_db: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...]
) -> None:
    """Before: a 5,000-character question or alias was stored whole (an alias: exit 0)."""
    assert run(shared_db, *(word.format(long="q" * 5000) for word in words)) == 2
    line = one_error_line(capsys)
    assert "at most 500 characters" in line and len(line) < 300


def test_a_long_alias_is_refused_as_usage_but_may_still_be_removed(
    shared_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older library may hold an alias over 500 characters: --remove must still reach it."""
    assert run(shared_db, "entity", "alias", "1", "a" * 5000, "--remove") == 1  # looked up
    line = one_error_line(capsys)
    assert "at most 500" not in line and len(line) < 300


def test_a_typed_title_longer_than_an_imported_one_is_a_short_usage_error(
    shared_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Before: `update --title` stored 5,000 characters whole; an import cuts a title at 1,000."""
    version = tmp_path / "v2.txt"
    version.write_text("The port closed on Friday.", "utf-8")
    assert run(shared_db, "update", "1", str(version), "--title", "T" * 5000) == 2
    line = one_error_line(capsys)
    assert "the title is at most 1,000 characters" in line and len(line) < 300


def test_a_long_tag_from_before_the_rule_can_still_be_cleared_up(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A library made before the 500-character rule may hold a longer tag: untag, recolour,
    rename, merge away, filter by and delete reach it; making a new one stays refused."""
    long_tag = "old/" + "x" * 700
    assert run(db, "tag", "1", "old/short") == 0
    with Store(db) as store, store.db.atomic():  # as an older library holds it
        store.db.execute("UPDATE tags SET path = ?, path_key = ? WHERE path = 'old/short'",
                         [long_tag, label_key(long_tag)])
    assert run(db, "claims", "--tag", long_tag) == 0
    assert run(db, "tags", "color", long_tag, "#123456") == 0
    assert run(db, "untag", "1", long_tag) == 0
    assert run(db, "tags", "delete", long_tag) == 0
    capsys.readouterr()
    assert run(db, "tag", "1", long_tag) == 2
    assert "at most 500 characters" in one_error_line(capsys)
