"""Every library has an id of its own (migration 0017), and a failed read of it is said.

Why the failure matters: the id is what keeps two libraries' Markdown notes in one
folder apart; an error read as "no id" wrote notes naming no library, which then
neither removed this library's renamed notes nor guarded the other library's.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from workbench.store import Store


def test_each_library_has_its_own_id_kept_on_reopening(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite") as first, Store(tmp_path / "b.sqlite") as second:
        first_id, second_id = first.library.library_id(), second.library.library_id()
    assert first_id and second_id and first_id != second_id
    with Store(tmp_path / "a.sqlite") as again:
        assert again.library.library_id() == first_id


class _Locked:
    """A connection whose every read fails as a busy library's does."""

    def execute(self, *_args: Any) -> None:
        raise sqlite3.OperationalError("database is locked")


def test_a_failed_read_of_the_id_is_not_taken_for_no_id(store: Store) -> None:
    store.library.db = _Locked()  # type: ignore[assignment]
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store.library.library_id()
