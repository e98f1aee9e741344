"""Triggers, views and indexes another program added to a library file are the check's.

Attack run 14: a trigger added in an SQLite browser ("BEFORE UPDATE ON documents ...
RAISE(ABORT, 'blocked by trigger')") made ``update`` and ``reanalyze`` stop on "library
error: blocked by trigger" while ``check`` said ok and ``check --repair`` left it; so did
a trigger copying every new tag into a table of its own, a UNIQUE index the app never
made, a view naming a missing column, and the app's own search trigger dropped or
rewritten (the search index then drifted again after each rebuild).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store, check_library

FOREIGN = """
CREATE TABLE audit(x);
CREATE VIEW v_broken AS SELECT title FROM documents;
CREATE TRIGGER t_audit AFTER INSERT ON tags BEGIN INSERT INTO audit VALUES (new.path); END;
CREATE TRIGGER t_block BEFORE UPDATE ON documents BEGIN SELECT RAISE(ABORT, 'blocked'); END;
CREATE UNIQUE INDEX u_tag_color ON tags(color);
DROP TRIGGER documents_symbols_ai;
DROP TRIGGER documents_au;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN SELECT 1; END;
"""


def _tampered(path: Path) -> None:
    store = Store(path)
    store.documents.add_article(Article("Bridge report", "The council closed the bridge."),
                                analyze=False)
    store.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(FOREIGN)


def test_check_lists_what_another_program_added_and_repair_puts_the_app_s_schema_back(
    library_path: Path,
) -> None:
    _tampered(library_path)
    store = Store(library_path)
    found = check_library(store).result("schema")
    assert found.problems == 6, found.details
    assert any("t_block" in line and "another program" in line for line in found.details)
    assert any("documents_symbols_ai" in line and "missing" in line for line in found.details)
    assert any("documents_au" in line and "changed" in line for line in found.details)
    repaired = check_library(store, repair=True)
    assert repaired.result("schema").repaired == 6
    assert check_library(store).ok
    names = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master")}
    assert "audit" in names  # another program's table (its data) is kept
    assert not names & {"t_audit", "t_block", "v_broken", "u_tag_color"}
    store.close()
    assert run_cli(library_path, "tag", "1", "a") == 0
    assert run_cli(library_path, "tag", "1", "b") == 0  # one colour twice: no foreign index
    with closing(sqlite3.connect(library_path)) as conn:
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 0


def test_after_the_cli_s_repair_updates_pass_and_both_search_indexes_follow_them(
    library_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    _tampered(library_path)
    assert run_cli(library_path, "check") == 1
    assert "t_block" in capsys.readouterr().out
    assert run_cli(library_path, "check", "--repair") == 0
    with closing(sqlite3.connect(library_path)) as conn:
        conn.execute("UPDATE documents SET title = 'Tunnel report' WHERE id = 1")
        conn.commit()
    capsys.readouterr()
    run_cli(library_path, "check", "--json")  # keys: the title changed outside the app
    checks = {check["name"]: check for check in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["schema"]["problems"] == checks["search_index"]["problems"] == 0
    assert run_cli(library_path, "search", "tunnel") == 0
    assert "Tunnel report" in capsys.readouterr().out


def test_a_write_a_foreign_trigger_refuses_names_the_trigger_and_the_repair(
    library_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    _tampered(library_path)
    with closing(sqlite3.connect(library_path)) as conn:
        conn.execute("CREATE TRIGGER t_no_tags BEFORE INSERT ON tags"
                     " BEGIN SELECT RAISE(ABORT, 'no tags here'); END")
    capsys.readouterr()
    assert run_cli(library_path, "tag", "1", "transport") == 1
    err = capsys.readouterr().err
    assert "trigger another program added" in err and "no tags here" in err
    assert "check --repair" in err and "Traceback" not in err
    assert run_cli(library_path, "check", "--repair") == 0
    assert run_cli(library_path, "tag", "1", "transport") == 0
