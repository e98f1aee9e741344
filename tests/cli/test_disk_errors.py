"""A full disk is named as such, and says that what was saved before is kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support import full_disk_error
from workbench.cli import message_of


def test_a_full_disk_is_named_and_what_was_saved_is_said_to_be_kept() -> None:
    message = message_of(full_disk_error())
    assert message.startswith("the disk holding the library is full")
    assert "what was saved before is kept" in message


def test_an_input_output_error_says_the_disk_may_be_full_or_failing() -> None:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 778  # SQLITE_IOERR_WRITE: what a file size limit gives
    assert "the disk may be full, failing or disconnected" in message_of(error)


def test_a_library_another_program_keeps_locked_is_named_busy(tmp_path: Path) -> None:
    """Attack run 15: a write waited its 5 s behind another program's long write and ended
    "library error: database is locked", which reads like a fault of the library."""
    path = tmp_path / "library.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE notes (text TEXT)")
    holder.execute("BEGIN EXCLUSIVE")
    writer = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.Error) as raised:
        writer.execute("INSERT INTO notes VALUES ('x')")
    holder.rollback()
    message = message_of(raised.value)
    assert message.startswith("the library is busy: another program is writing to it")
    assert "what was saved before is kept; try again" in message
