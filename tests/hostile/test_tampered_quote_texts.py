"""A BLOB or a number as a quote's text, its speaker's or a mention's is read as missing.

Attack run 13 (part two): ``quotes`` and ``mentions`` are too big to scan at every open,
so a tampered ``quotes.text``, ``quotes.speaker_text`` or ``mentions.text`` (edited in an
SQLite browser) passed the open-time guard and ``show --json``, ``quotes``, ``timeline``
and the CSV export stopped on it. These columns are guarded where they are read
(``files.value_checks.READ_TIME``), and ``check`` lists them; ``--repair`` writes each
back from the text its span covers.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.hostile.tampering import read_through, tamper
from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = 'The council closed the bridge on Tuesday. "It is not safe," the mayor said.'
QUOTE = '"It is not safe,"'
SPEAKER = "the mayor"
MAYOR = "mayor"


@pytest.fixture
def library(library_path: Path) -> Path:
    """One document with a quote, its speaker and a mention, written as analysis would."""
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", TEXT, published="2024-03-05"),
                                analyze=False)
    store.close()
    quote_start, speaker_start = TEXT.index(QUOTE), TEXT.index(SPEAKER)
    mayor_start = TEXT.index(MAYOR)
    with closing(sqlite3.connect(library_path)) as conn, conn:
        conn.execute("INSERT INTO entities (id, name, name_key, label) VALUES"
                     " (1, 'Mayor', 'mayor', 'PERSON')")
        conn.execute(
            'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_entity_id,'
            " speaker_text, speaker_start, speaker_end) VALUES (1, ?, ?, ?, 'direct', 1, ?, ?, ?)",
            [quote_start, quote_start + len(QUOTE), QUOTE, SPEAKER, speaker_start,
             speaker_start + len(SPEAKER)])
        conn.execute('INSERT INTO mentions (document_id, entity_id, start, "end", text, label)'
                     " VALUES (1, 1, ?, ?, ?, 'PERSON')",
                     [mayor_start, mayor_start + len(MAYOR), MAYOR])
    return library_path


#: (A number written to a TEXT column is stored as its digits, as text: ``span_texts``'s.)
TAMPERINGS = [
    "UPDATE quotes SET text = x'00ff'",
    "UPDATE quotes SET text = 42",
    "UPDATE quotes SET speaker_text = x'00ff'",
    "UPDATE mentions SET text = x'00ff'",
    "UPDATE mentions SET text = 7",
]


@pytest.mark.parametrize("argv", [
    ["show", "1", "--json"], ["show", "1"], ["quotes"], ["quotes", "--json"], ["timeline"],
    ["timeline", "--json"], ["export", "--format", "csv", "--out", "{tmp}/out.csv"],
    ["export", "--format", "json", "--out", "-"], ["entities"],
])
@pytest.mark.parametrize("script", TAMPERINGS)
def test_a_tampered_quote_or_mention_text_is_read_as_missing(
        library: Path, argv: list[str], script: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    tamper(library, script)
    read_through(library, argv, tmp_path, capsys)


def test_show_json_gives_the_missing_text(library: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    tamper(library, "UPDATE quotes SET text = x'00ff', speaker_text = 5")
    capsys.readouterr()
    assert run_cli(library, "quotes", "--json") == 0
    shown = json.dumps(json.loads(capsys.readouterr().out))
    assert QUOTE not in shown


@pytest.mark.parametrize("script", [script for script in TAMPERINGS if "x'" in script])
def test_check_lists_and_repair_rewrites_from_the_span(
        library: Path, script: str, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(library, script)
    capsys.readouterr()
    assert run_cli(library, "check") != 0
    listed = capsys.readouterr().out
    assert "texts" in listed and "holds a blob" in listed, listed
    assert run_cli(library, "check", "--repair") == 0
    assert "re-read from its span" in capsys.readouterr().out
    assert run_cli(library, "check") == 0
    with closing(sqlite3.connect(library)) as conn:
        assert conn.execute("SELECT text, speaker_text FROM quotes").fetchall() == [
            (QUOTE, SPEAKER)]
        assert conn.execute("SELECT text FROM mentions").fetchall() == [(MAYOR,)]
