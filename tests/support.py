"""Constants and small builders shared by tests (importable as ``tests.support`` via pytest's
pythonpath)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.core.models import Article
from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3d486de69af5284c.txt"
SEED_TITLE = (
    "US State Department: Sanctions Against Russia and North Korea "
    "Not Ruled Out Over Arms Agreement"
)


def run_cli(db: Path, *argv: str) -> int:
    """``workbench --db DB ARGV…`` in this process: its exit code, usage errors (argparse's
    SystemExit) included, so a test asserts 0, 1 or 2 the same way for every command."""
    from workbench.cli import main

    try:
        return main(["--db", str(db), *argv])
    except SystemExit as exc:
        assert isinstance(exc.code, int)
        return exc.code



def tag_paths(db: Path, capsys: Any) -> list[str]:
    """The library's tag paths as `tags --json` lists them (output read so far dropped)."""
    import json

    capsys.readouterr()
    assert run_cli(db, "tags", "--json") == 0
    return [tag["path"] for tag in json.loads(capsys.readouterr().out)]

def full_disk_error() -> sqlite3.Error:
    """A real SQLITE_FULL from SQLite itself (a page limit, no disk filled), for tests of
    what the app says and keeps when the disk fills."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("PRAGMA max_page_count = 2")
    try:
        connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 4000,)] * 50)
    except sqlite3.Error as error:
        return error
    raise AssertionError("SQLite wrote past its page limit")


def segment_count(store: Any) -> int:
    """Segments in ``documents_fts`` read from FTS5's structure record (row 10)."""
    block = store.db.execute("SELECT block FROM documents_fts_data WHERE id = 10").fetchone()[0]
    position = 8 if block[4:8] == b"\xff\x00\x00\x01" else 4  # after the cookie (and V2 mark)
    values = []
    while len(values) < 2:  # varints: levels, then segments
        value = 0
        while True:
            byte = block[position]
            position += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values[1]


def write_article_folder(folder: Path, count: int) -> Path:
    """FOLDER made, holding COUNT small distinct plain-text articles (title, blank line, one
    sentence naming its number), for tests that import many documents at once."""
    folder.mkdir()
    for number in range(count):
        (folder / f"article_{number:03d}.txt").write_text(
            f"Report {number}\n\nOfficials in city {number} spoke of tariffs and a summit.\n",
            encoding="utf-8")
    return folder


def unanalysed_library(documents: list[tuple[str, str]]) -> Iterator[tuple[Store, dict[str, int]]]:
    """An in-memory library of (title, text) documents, not analysed (the words alone decide
    suggestions), with their ids by title; closed when the generator ends (a fixture's yield)."""
    store = Store(None)
    ids = {title: store.documents.add_article(Article(title, text),
                                              analyze=False).documents_added[0]
           for title, text in documents}
    yield store, ids
    store.close()


def one_article_library(path: Path, title: str, text: str) -> Path:
    """A library file at ``path`` holding one unanalysed article (the CLI tests that only
    need a document to mark, tag or link); returns ``path``."""
    with Store(path) as store:
        store.documents.add_article(Article(title, text), analyze=False)
    return path


def counted_calls(monkeypatch: Any, module: object, name: str) -> list[object]:
    """Count the calls of ``module.name`` (the original still answers): the layer-cost
    tests count work instead of timing it."""
    calls: list[object] = []
    original = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls
