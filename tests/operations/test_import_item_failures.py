"""One article or file that fails with a ValueError or LookupError fails alone; the import goes on.

Why: the import treated ValueError and LookupError as fatal, like a full disk,
so one bad article in a folder of hundreds stopped the whole import after the
documents before it (attack run 19). Only the library or the disk refusing
ends an import; anything one article or one file raises is that item's failure.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import run_cli
from workbench.operations import importing
from workbench.store import Store


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, title in (("1.txt", "Harbour reopens"), ("2.txt", "Poisoned article"),
                        ("3.txt", "Bridge closes")):
        (folder / name).write_text(f"{title}\n\nThe council met on Monday about {title}.\n",
                                   encoding="utf-8")
    return folder


@pytest.fixture(params=[ValueError("a value the library refuses"),
                        LookupError("no such thing"),
                        sqlite3.IntegrityError("CHECK constraint failed")])
def refused_when_poisoned(request: pytest.FixtureRequest,
                          monkeypatch: pytest.MonkeyPatch) -> Exception:
    stored = importing._store_article
    failure: Exception = request.param

    def refuse_the_poisoned(store: Store, read: Any, *args: Any) -> Any:
        if read.article.title == "Poisoned article":
            raise failure
        return stored(store, read, *args)

    monkeypatch.setattr(importing, "_store_article", refuse_the_poisoned)
    return failure


def test_an_article_the_store_refuses_fails_alone(
    tmp_path: Path, refused_when_poisoned: Exception
) -> None:
    with Store() as store:
        report = importing.import_paths(store, [_folder(tmp_path)], analyze=False)
        titles = [row["title"] for row in store.documents.list_documents()]
    assert report.stopped is None
    assert titles == ["Harbour reopens", "Bridge closes"]
    assert [(Path(path).name, reason) for path, reason in report.failed] == [
        ("2.txt", f"not stored: {refused_when_poisoned}")]


@pytest.mark.usefixtures("refused_when_poisoned")
def test_the_command_line_reports_the_failure_and_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "library.sqlite"
    assert run_cli(db, "import", "--no-analyze", "--json", str(_folder(tmp_path))) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["stopped"] is None and len(report["imported"]) == 2
    assert [Path(f["path"]).name for f in report["failed"]] == ["2.txt"]


def test_a_file_its_reader_fails_on_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader's unexpected ValueError (a crafted file tripping a parser) fails that file."""
    read = importing.read_results

    def trip_on_the_poisoned(path: Path, **kwargs: Any) -> Iterator[object]:
        if path.name == "2.txt":
            raise ValueError("unexpected byte in the crafted file")
        return read(path, **kwargs)

    monkeypatch.setattr(importing, "read_results", trip_on_the_poisoned)
    with Store() as store:
        report = importing.import_paths(store, [_folder(tmp_path)], analyze=False)
        assert len(store.documents.list_documents()) == 2
    assert report.stopped is None
    assert [(Path(path).name, reason) for path, reason in report.failed] == [
        ("2.txt", "could not be read (unexpected byte in the crafted file)")]


def test_a_callback_that_raises_never_lists_a_stored_article_as_failed(tmp_path: Path) -> None:
    """A failed item means "not stored": the caller's callback error is not the article's.

    Why: ``on_change`` ran inside the item's failure net, so a callback that
    raised a ValueError after the article was stored listed it as failed
    ("not stored") although it was in the library.
    """
    announced: list[tuple[int, ...]] = []

    def refresh_that_breaks(changes: Any) -> None:
        announced.append(changes.documents_added)
        raise ValueError("the view could not refresh")

    with Store() as store:
        with pytest.raises(importing.ImportStopped) as stopped:
            importing.import_paths(store, [_folder(tmp_path)], analyze=False,
                                   on_change=refresh_that_breaks)
        stored_ids = [row["id"] for row in store.documents.list_documents()]
    report = stopped.value.report
    assert report.failed == []
    assert report.imported == stored_ids == list(announced[0])
    assert report.stopped == "the view could not refresh"
