"""A library file edited by another program: wrong-typed values are read as missing.

An attack run opened a library whose ``documents.published`` held a BLOB (or, with the
table's declaration rewritten, a number), whose title was NULL or whose word count was a
word: ``list``, ``show``, ``quotes`` and ``timeline`` stopped on a traceback. ``merge``
refuses such a file; the analyst's own must stay readable: the row is shown with the bad
value missing, one warning says so, ``check`` lists each one and ``--repair`` clears them.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.core.text import count_words
from workbench.store import LibraryReadOnly, Store, open_library_reader

TEXT = "The council closed the bridge on Tuesday. \"It is not safe,\" the mayor said."
#: The table's declaration rewritten so SQLite keeps a number as a date and a NULL title.
_LOOSENED = ("PRAGMA writable_schema = ON;"
             " UPDATE sqlite_schema SET sql = replace(replace(sql, 'title TEXT NOT NULL', 'title'),"
             " 'published TEXT', 'published') WHERE name = 'documents';"
             " PRAGMA writable_schema = OFF;")
TAMPERINGS = {
    "blob date": "UPDATE documents SET published = x'00ff' WHERE id = 1",
    "number date": _LOOSENED + "\nUPDATE documents SET published = 2020 WHERE id = 1",
    "null title": _LOOSENED + "\nUPDATE documents SET title = NULL WHERE id = 1",
    "blob title, word count a word": "UPDATE documents SET title = x'41',"
                                     " word_count = 'many' WHERE id = 1",
    "blob tag": "UPDATE tags SET path = x'00'",
    # Not ASCII, so the SQL sort key cased it: bytes have no casefold (attack run 12).
    "blob tag, not ascii": "UPDATE tags SET path = x'00ff'",
}


@pytest.fixture(params=sorted(TAMPERINGS))
def tampered(request: pytest.FixtureRequest, library_path: Path) -> tuple[Path, str]:
    store = Store(library_path)
    for number in (1, 2):
        store.documents.add_article(Article(f"Bridge report {number}", f"{TEXT} {number}",
                                            published="2024-03-0" + str(number)), analyze=False)
    store.tags.tag_document(1, "transport")
    store.close()
    for script in TAMPERINGS[request.param].split("\n"):  # a new declaration: a new connection
        with closing(sqlite3.connect(library_path)) as conn:
            conn.executescript(script)
    return library_path, request.param


@pytest.mark.parametrize("argv", [
    ["list"], ["list", "--json"], ["show", "1"], ["show", "1", "--json"], ["quotes"],
    ["timeline"], ["search", "bridge"], ["claims"], ["tags"], ["entities"],
])
def test_every_reading_command_shows_the_row_and_warns_once(
        tampered: tuple[Path, str], argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path, _kind = tampered
    assert run_cli(path, *argv) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    warnings = [line for line in captured.err.splitlines() if "wrong type" in line]
    assert len(warnings) == 1 and "`workbench check --repair`" in warnings[0]


def test_the_row_is_listed_with_the_bad_value_missing(
        tampered: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, kind = tampered
    assert run_cli(path, "list", "--json") == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows) == {1, 2}
    if "date" in kind:
        assert rows[1]["published"] is None and rows[2]["published"] == "2024-03-02"
    if "title" in kind:
        assert rows[1]["title"] == "" and rows[2]["title"] == "Bridge report 2"


def test_check_names_each_value_and_repair_clears_it(
        tampered: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, _kind = tampered
    assert run_cli(path, "check") == 1
    out = capsys.readouterr().out
    assert "values         " in out and "(read as missing)" in out
    assert run_cli(path, "check", "--repair") == 0
    capsys.readouterr()
    assert run_cli(path, "list") == 0
    assert "wrong type" not in capsys.readouterr().err


def test_a_sound_library_reads_its_rows_untouched(library_path: Path) -> None:
    """No wrong-typed value: no row factory, every row read at no extra cost."""
    store = Store(library_path)
    try:
        assert store.bad_values == [] and store.db.conn.row_factory is None
    finally:
        store.close()


def _tamper(path: Path, script: str) -> None:
    for part in script.split("\n"):  # a new declaration: a new connection
        with closing(sqlite3.connect(path)) as conn:
            conn.executescript(part)


def _raw_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def _two_documents(path: Path) -> None:
    store = Store(path)
    for number in (1, 2):
        store.documents.add_article(Article(f"Bridge report {number}", f"{TEXT} {number}",
                                            published="2024-03-0" + str(number)), analyze=False)
    store.tags.tag_document(1, "transport")
    store.tags.tag_document(2, "energy")
    store.close()


def test_repair_gives_two_bad_tag_paths_names_of_their_own(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Both were written "" into a UNIQUE column: the repair stopped, nothing repaired."""
    _two_documents(library_path)
    _tamper(library_path, "UPDATE tags SET path = CAST(char(0) || id AS BLOB)")
    assert run_cli(library_path, "check", "--repair") == 0
    out = capsys.readouterr().out
    paths = sorted(path for (path,) in _raw_rows(library_path, "SELECT path FROM tags"))
    assert paths == ["untitled-1", "untitled-2"]
    assert "renamed to 'untitled-1'" in out and "renamed to 'untitled-2'" in out
    assert run_cli(library_path, "check") == 0


def test_repair_keeps_what_can_be_read_and_clears_only_the_rest(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _two_documents(library_path)
    _tamper(library_path, _LOOSENED + "\nUPDATE documents SET published = 2019,"
            " title = CAST('Brücke' AS BLOB), word_count = 'many', version = x'33' WHERE id = 1;"
            " UPDATE documents SET published = x'00ff', title = x'ff' WHERE id = 2")
    assert run_cli(library_path, "check", "--repair") == 0
    out = capsys.readouterr().out
    rows = _raw_rows(library_path, "SELECT title, published, word_count, version, text"
                                   " FROM documents ORDER BY id")
    assert rows[0][:4] == ("Brücke", "2019", count_words(f"{TEXT} 1"), 3)
    assert rows[1][:2] == ("", None)
    assert "converted to 'Brücke'" in out and "converted to '2019'" in out
    assert "recounted from the text" in out and "cleared" in out
    assert run_cli(library_path, "check") == 0


def test_a_null_from_another_table_is_not_read_as_a_bad_value(library_path: Path) -> None:
    """A BLOB documents.status made every NULL ``status`` of every query read as ""."""
    _two_documents(library_path)
    _tamper(library_path, "UPDATE documents SET status = x'00' WHERE id = 1")
    store = Store(library_path)
    try:
        rows = store.db.execute("SELECT d.status, c.status FROM documents d"
                                " LEFT JOIN claims c ON 0 ORDER BY d.id").fetchall()
    finally:
        store.close()
    assert rows[0][0] == "" and rows[1][0] != ""
    assert [row[1] for row in rows] == [None, None]


def test_only_reads_of_the_tampered_table_are_read_as_missing(library_path: Path) -> None:
    """A NULL ``documents.title`` made every NULL ``title`` of every query read as "": the
    row factory sat on the whole connection and went by column name alone."""
    _two_documents(library_path)
    _tamper(library_path, _LOOSENED + "\nUPDATE documents SET title = NULL WHERE id = 1")
    store = Store(library_path)
    try:
        # The documents table's own bad value is read as missing ...
        titles = store.db.execute("SELECT title FROM documents ORDER BY id").fetchall()
        # ... a NULL title of another table (no document version here) stays NULL ...
        other = store.db.execute("SELECT v.title FROM tags t LEFT JOIN document_versions v"
                                 " ON 0 ORDER BY t.id").fetchall()
        # ... and so do the rows of the library reader's reads of other tables.
        reader = open_library_reader(library_path)
        try:
            read = reader._db.execute("SELECT v.title FROM tags t LEFT JOIN"
                                      " document_versions v ON 0").fetchall()
            listed = reader._db.execute("SELECT title FROM [documents] ORDER BY id").fetchall()
        finally:
            reader.close()
    finally:
        store.close()
    assert [row[0] for row in titles] == ["", "Bridge report 2"]
    assert [row[0] for row in other] == [None, None]
    assert [row[0] for row in read] == [None, None]
    assert [row[0] for row in listed] == ["", "Bridge report 2"]
    assert store.db.conn.row_factory is None


def test_a_tampered_library_still_takes_the_write_lock(tampered: tuple[Path, str]) -> None:
    path, _kind = tampered
    store = Store(path)
    try:
        assert store.bad_values
        with store.db.atomic():  # BEGIN IMMEDIATE: a second writer waits its turn
            assert store.db.conn.in_transaction
    finally:
        store.close()


def test_a_tampered_read_only_library_refuses_writes_in_one_line(
        tampered: tuple[Path, str]) -> None:
    path, _kind = tampered
    Store(path).close()  # settle the WAL files before the file is locked
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True, check=False).returncode:
            pytest.skip("running as root without chattr +i: cannot make a file read-only")
        undo = ["chattr", "-i", str(path)]
    else:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        undo = ["chmod", oct(mode & 0o777)[2:], str(path)]
    try:
        store = Store(path)
        try:
            assert store.read_only and store.bad_values
            with pytest.raises(LibraryReadOnly):
                store.tags.tag_document(1, "another")
        finally:
            store.close()
    finally:
        subprocess.run(undo, check=False)
