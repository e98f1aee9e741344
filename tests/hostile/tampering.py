"""Shared steps of the tampered-library tests: write a script into the file behind the
store's back, then run a reading command that must read the bad values as missing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli


def tamper(path: Path, script: str) -> None:
    """Run ``script`` on the library file, as another program would."""
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(script)


def read_through(library: Path, argv: list[str], tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> str:
    """Run a reading command (``{tmp}`` in its arguments is ``tmp_path``), which must
    succeed without a traceback; its standard error, for what else the test asks."""
    capsys.readouterr()
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    assert run_cli(library, *argv) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err
