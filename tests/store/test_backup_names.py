"""Files in ``backups/`` that only look like backups are not backups (outside attack run 7).

Before: a file named ``lib.20261399T999999.000Z.manual.sqlite`` made ``backup --list``
and every command's close fail with a strptime error (exit 1 after the work
was done); a symbolic link to ``/etc/passwd`` was listed as a verified backup.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store, backup_library, backups_folder, list_backups


def _library(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "lib.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Kept", text="The council met on Monday."))
        info = backup_library(store, "manual")
    return path, info.path


def test_a_name_with_an_impossible_time_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, real = _library(tmp_path)
    shutil.copy(real, backups_folder(path) / "lib.20261399T999999.000Z.manual.sqlite")
    assert [info.path for info in list_backups(path)] == [real]
    assert main(["--db", str(path), "backup", "--list"]) == 0
    assert main(["--db", str(path), "list"]) == 0
    assert "does not match format" not in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_link_named_like_a_backup_is_not_one(tmp_path: Path) -> None:
    path, real = _library(tmp_path)
    outside = tmp_path / "secret.txt"
    outside.write_text("not a backup", encoding="utf-8")
    (backups_folder(path) / "lib.20300101T000000.000Z.manual.sqlite").symlink_to(outside)
    assert [info.path for info in list_backups(path)] == [real]


def test_a_library_whose_name_holds_a_newline_is_backed_up_and_rotated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--db "odd<newline>name.sqlite"`` imported, then failed (AssertionError) as it closed."""
    article = tmp_path / "a.txt"
    article.write_text("Council vote\n\nThe council met on Monday.\n", encoding="utf-8")
    library = tmp_path / "odd\nname.sqlite"
    assert main(["--db", str(library), "import", "--no-analyze", str(article)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    backups = list_backups(library)
    assert len(backups) == 1 and backups[0].path.name.startswith("odd\nname.")
    assert backup_library(library, "manual").path.name.startswith("odd\nname.")
