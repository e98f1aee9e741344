"""Fixtures shared by the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.store import Store


@pytest.fixture
def paris_db(tmp_path: Path) -> Path:
    """A library holding one entity, Paris (GPE), for the entity commands."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store, store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Paris', 'paris', 'GPE')")
    return path
