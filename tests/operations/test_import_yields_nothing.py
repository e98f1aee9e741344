"""A file or folder that yields no article fails the import (exit 1), never a silent 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.ingest import NO_ARTICLES
from workbench.operations.importing import import_paths
from workbench.store import Store


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "library.sqlite") as opened:
        yield opened


def test_a_csv_with_only_a_header_is_a_failure(store: Store, tmp_path: Path) -> None:
    table = tmp_path / "articles.csv"
    table.write_text("title,text\n", encoding="utf-8")
    report = import_paths(store, [table], analyze=False)
    assert report.failed == [(str(table), NO_ARTICLES)]
    assert not report.ok


def test_cli_import_of_an_empty_folder_exits_1_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "inbox"
    empty.mkdir()
    code = main(["--db", str(tmp_path / "lib.sqlite"), "import", "--no-analyze", str(empty)])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{empty}: no files to import in this folder" in err
    assert "1 failed" in err
