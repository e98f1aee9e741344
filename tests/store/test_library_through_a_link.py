"""A library opened through a link to its file (attack run 26): one set of backups, one lock,
and a restore that replaces the file, not the link.

Before: backups were kept beside the path used and named after it, so the library opened by
its link and by its own path had two sets, each listing and rotating half; the lock file
beside each path let two windows open the one library; a restore over a damaged library
replaced the link with a file, leaving the damaged library where the link had pointed.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.store import (
    LibraryInUse,
    LibraryLock,
    Store,
    backup_library,
    backups_folder,
    list_backups,
    restore_backup,
)


def _library_and_link(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "shared").mkdir()
    (tmp_path / "desktop").mkdir()
    library = tmp_path / "shared" / "case.sqlite"
    store = Store(library)
    store.documents.add_article(Article(title="Story", text="The port closed on Monday."),
                                analyze=False)
    store.close()
    link = tmp_path / "desktop" / "my case.sqlite"
    link.symlink_to(library)
    return library, link


def test_backups_made_through_a_link_are_the_file_s_own(tmp_path: Path) -> None:
    library, link = _library_and_link(tmp_path)
    through_link = backup_library(link, "manual")
    by_path = backup_library(library, "close")
    assert backups_folder(link) == backups_folder(library) == library.parent / "backups"
    assert through_link.path.name.startswith("case.")
    listed = [info.path for info in list_backups(link)]
    assert listed == [info.path for info in list_backups(library)]
    assert {by_path.path, through_link.path} <= set(listed)
    assert not (link.parent / "backups").exists()


def test_a_window_through_the_link_holds_the_library_s_one_lock(tmp_path: Path) -> None:
    library, link = _library_and_link(tmp_path)
    with LibraryLock(link), pytest.raises(LibraryInUse):
        LibraryLock(library).acquire()


def test_a_restore_through_a_link_over_a_damaged_library_keeps_the_link(tmp_path: Path) -> None:
    library, link = _library_and_link(tmp_path)
    backup = backup_library(link, "manual")
    library.write_bytes(b"torn" * 4096)  # damaged where the link points
    restore_backup(backup.path, link)
    assert link.is_symlink() and link.resolve() == library.resolve()
    with closing(sqlite3.connect(library)) as connection:
        assert connection.execute("SELECT count(*) FROM documents").fetchone() == (1,)
