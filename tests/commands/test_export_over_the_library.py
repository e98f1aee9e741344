"""An export or a batch CSV never replaces a file of the library it was made from.

Found by attack run 15: ``export --format json --out library.sqlite`` wrote the export over
the open library ("wrote 70 documents"), and the next command found the library damaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store, backups_folder, belongs_to_library


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article("Harbour", "The harbour reopened on Monday."),
                                    analyze=False)
    return path


@pytest.mark.parametrize("fmt", ["json", "webannotation", "bundle"])
@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_a_one_file_export_over_the_library_is_refused(
    library: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    before = library.read_bytes()
    assert run_cli(library, "export", "--format", fmt, "--out", f"{library}{suffix}") == 1
    err = capsys.readouterr().err
    assert "is a file of the open library" in err and len(err.splitlines()) == 1
    assert library.read_bytes() == before
    assert run_cli(library, "list") == 0  # still the library


def test_a_batch_csv_over_the_library_is_refused(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements = tmp_path / "statements.txt"
    statements.write_text("the harbour reopened\n", encoding="utf-8")
    before = library.read_bytes()
    assert run_cli(library, "suggest", "--batch", str(statements), "--csv", str(library)) == 1
    assert "is a file of the open library" in capsys.readouterr().err
    assert library.read_bytes() == before


def test_what_belongs_to_a_library(library: Path, tmp_path: Path) -> None:
    (tmp_path / "link.sqlite").symlink_to(library)
    owned = [library, Path(f"{library}-shm"), Path(f"{library}.lock"), tmp_path / "link.sqlite",
             backups_folder(library) / "library.20260101T000000.000Z.manual.sqlite",
             tmp_path / "sub" / ".." / "library.sqlite"]
    others = [tmp_path / "export.json", tmp_path / "library.sqlite.json", backups_folder(library)]
    assert [belongs_to_library(library, path) for path in owned] == [True] * len(owned)
    assert [belongs_to_library(library, path) for path in others] == [False] * len(others)
