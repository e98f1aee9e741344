"""A name two authors share (after a merge): reading works, writing refuses and lists the ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.test_cli_input import make_library
from workbench.cli import main
from workbench.store import Store

FIRST, SECOND = "a" * 32, "b" * 32


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = make_library(tmp_path / "library.sqlite")
    with Store(path) as store:
        store.db.execute("INSERT INTO authors (id, name, first_seen) VALUES (?, 'Tester', '2024')",
                         [FIRST])
        store.db.execute("INSERT INTO authors (id, name, first_seen) VALUES (?, 'tester', '2024')",
                         [SECOND])
        store.db.conn.commit()
    return path


@pytest.mark.parametrize("command", [["list"], ["claims"], ["check"], ["timeline"]])
def test_read_only_commands_work_with_a_shared_name(db, capsys, monkeypatch, command):
    monkeypatch.setenv("WORKBENCH_AUTHOR", "Tester")
    assert main(["--db", str(db), *command]) == 0
    assert "authors are called" not in capsys.readouterr().err


def _editors(db: Path) -> list[object]:
    with Store(db) as store:
        return [row[0] for row in store.db.execute("SELECT edited_by FROM claims")]


def test_a_writing_command_refuses_the_shared_name_and_writes_nothing(db, capsys):
    before = _editors(db)
    code = main(["--db", str(db), "--author", "TESTER", "claim-status", "2", "disputed"])
    assert code == 1
    err = capsys.readouterr().err
    assert "2 authors are called" in err and FIRST in err and SECOND in err
    assert _editors(db) == before  # not written, and never signed as nobody


def test_an_id_still_picks_one_of_them(db):
    assert main(["--db", str(db), "--author", SECOND, "claim-status", "2", "disputed"]) == 0
    assert SECOND in _editors(db)
