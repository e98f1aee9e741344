"""An import ended by a full disk still reports what it had imported (and ``--json``), exit 1.

Before: the disk error went up alone; the command printed one line and no
report, so the analyst could not tell which files were stored and kept.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.support import full_disk_error
from tests.support import run_cli as run
from workbench.operations import importing
from workbench.store import Store


@pytest.fixture()
def disk_full_on_second_document(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = importing._store_article
    calls = []
    full = full_disk_error()

    def fill_up(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise full
        stored(*args, **kwargs)

    monkeypatch.setattr(importing, "_store_article", fill_up)


def _articles(tmp_path: Path) -> list[str]:
    paths = []
    for number, words in enumerate(("Harbour reopens today.", "Ferry crews strike.",
                                    "Bridge closes again.")):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"Title {number}\n\n{words}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.usefixtures("disk_full_on_second_document")
def test_a_full_disk_reports_the_import_so_far_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "library.sqlite"
    assert run(db, "import", "--no-analyze", "--json", *_articles(tmp_path)) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["imported"] == [1]
    assert report["stopped"].startswith("the disk holding the library is full")
    assert "imported 1 document" in captured.err
    assert "import stopped after 1 document imported" in captured.err
    with Store(db) as store:
        assert [d["id"] for d in store.documents.list_documents()] == [1]


@pytest.mark.usefixtures("disk_full_on_second_document")
def test_the_operation_raises_import_stopped_with_the_report(tmp_path: Path) -> None:
    with Store() as store, pytest.raises(importing.ImportStopped) as stopped:
        importing.import_paths(store, _articles(tmp_path), analyze=False)
    assert stopped.value.report.imported == [1]
    assert isinstance(stopped.value.cause, sqlite3.OperationalError)
    assert "disk holding the library is full" in str(stopped.value)


def test_an_import_that_ends_well_reports_stopped_as_null(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "library.sqlite", "import", "--no-analyze", "--json",
               *_articles(tmp_path)) == 0
    assert json.loads(capsys.readouterr().out)["stopped"] is None
