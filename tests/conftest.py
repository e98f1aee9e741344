"""Shared fixtures: an in-memory migrated store and the repository's seed paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.store import Store  # noqa: E402


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh, migrated, in-memory library."""
    library = Store(None)
    yield library
    library.close()


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A path for an on-disk library in the test's temporary folder."""
    return tmp_path / "library.sqlite"


@pytest.fixture(autouse=True)
def private_identity(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test keeps its analyst identity in a folder of its own, never the user's real one."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(folder))
    monkeypatch.delenv("WORKBENCH_AUTHOR", raising=False)
    return folder
