"""Opening a library from the window: one window per library, damaged files recovered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbench.core.models import Article
from workbench.store import LibraryLock, Store, backup_library
from workbench.ui.app import library_opening


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(library_opening, "show_error",
                        lambda _parent, title, message, *_a: shown.append(f"{title}: {message}"))
    return shown


def test_a_second_window_on_the_same_library_is_refused(tmp_path: Path, errors: list[str]) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path).close()
    with LibraryLock(path):
        assert library_opening.open_library_interactively(None, path) is None
    assert errors and errors[0].startswith("Library in Use")
    opened = library_opening.open_library_interactively(None, path)
    assert opened is not None
    opened[0].close()
    opened[1].release()


def test_a_damaged_library_is_kept_aside_and_the_backup_restored(
    tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    store = Store(path)
    store.documents.add_article(Article(title="Kept", text="Text that must survive."))
    backup_library(store, "manual")
    store.close()
    path.write_bytes(b"this is not a database" * 100)
    answers: list[Any] = []
    monkeypatch.setattr(library_opening, "ask_yes_no", lambda *a, **k: answers.append(k) or True)
    opened = library_opening.open_library_interactively(None, path)
    assert opened is not None and answers == [{"action": "Restore Backup"}]
    restored, lock = opened
    assert [row["title"] for row in restored.documents.list_documents()] == ["Kept"]
    assert list(tmp_path.glob("lib.sqlite.damaged*"))
    restored.close()
    lock.release()
    assert errors == []
