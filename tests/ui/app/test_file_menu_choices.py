"""File → Open/New Library… and Import Files/Folder…: what the dialog chose is acted on, once."""

from __future__ import annotations

import pytest

from workbench.ui.app import file_choosers
from workbench.ui.app.file_choosers import import_chosen, open_chosen_library


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What each file dialog answers; a test sets them."""
    given: dict[str, object] = {"open": None, "new": None, "files": [], "folder": None}
    monkeypatch.setattr(file_choosers, "ask_library_to_open", lambda _p: given["open"])
    monkeypatch.setattr(file_choosers, "ask_new_library", lambda _p: given["new"])
    monkeypatch.setattr(file_choosers, "ask_import_files", lambda _p: given["files"])
    monkeypatch.setattr(file_choosers, "ask_import_folder", lambda _p: given["folder"])
    return given


def test_a_chosen_library_is_opened_and_a_cancelled_choice_is_not(answers) -> None:
    opened: list[str] = []
    open_chosen_library(None, opened.append)  # cancelled
    answers["open"], answers["new"] = "/tmp/a.sqlite", "/tmp/new.sqlite"
    open_chosen_library(None, opened.append)
    open_chosen_library(None, opened.append, new=True)
    assert opened == ["/tmp/a.sqlite", "/tmp/new.sqlite"]


def test_chosen_files_or_folder_are_imported_and_nothing_chosen_imports_nothing(answers) -> None:
    imported: list[list[object]] = []
    import_chosen(None, imported.append)
    import_chosen(None, imported.append, folder=True)
    answers["files"], answers["folder"] = ["/tmp/x.txt", "/tmp/y.md"], "/tmp/news"
    import_chosen(None, imported.append)
    import_chosen(None, imported.append, folder=True)
    assert imported == [["/tmp/x.txt", "/tmp/y.md"], ["/tmp/news"]]
