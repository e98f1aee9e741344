"""A library file copied on disk gets an id of its own; a moved or restored one keeps its id.

Why: the id keeps two libraries' exports in one folder apart. A copy (``cp``,
a file manager's duplicate) used to share its id with the original, so the two
libraries, diverging from then on, replaced each other's export folders
without a word. The rule: the id is kept where the file is the one it was
minted in — the same path (restored, or remounted) or the same file (moved) —
and minted afresh on the first writable open of a copy (a new path and a new file).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from workbench.store import Store


def _library(path: Path) -> str:
    with Store(path) as store:
        library_id = store.library.library_id()
    assert library_id
    return library_id


def _id(path: Path) -> str | None:
    with Store(path) as store:
        return store.library.library_id()


def test_a_copied_library_gets_its_own_id_and_the_original_keeps_its(tmp_path: Path) -> None:
    original = _library(tmp_path / "mine.sqlite")
    shutil.copy(tmp_path / "mine.sqlite", tmp_path / "copy.sqlite")
    copied = _id(tmp_path / "copy.sqlite")
    assert copied and copied != original
    assert _id(tmp_path / "copy.sqlite") == copied  # minted once, then kept
    assert _id(tmp_path / "mine.sqlite") == original


def test_a_moved_library_keeps_its_id(tmp_path: Path) -> None:
    original = _library(tmp_path / "mine.sqlite")
    (tmp_path / "elsewhere").mkdir()
    os.replace(tmp_path / "mine.sqlite", tmp_path / "elsewhere" / "renamed.sqlite")
    assert _id(tmp_path / "elsewhere" / "renamed.sqlite") == original


def test_a_library_copied_back_to_its_own_path_keeps_its_id(tmp_path: Path) -> None:
    """Restoring a copy by hand (or a remounted disk with new inode numbers) is the same library."""
    original = _library(tmp_path / "mine.sqlite")
    shutil.copy(tmp_path / "mine.sqlite", tmp_path / "spare.sqlite")
    (tmp_path / "mine.sqlite").unlink()
    shutil.copy(tmp_path / "spare.sqlite", tmp_path / "mine.sqlite")
    assert _id(tmp_path / "mine.sqlite") == original


def test_a_library_that_never_recorded_its_place_keeps_its_id(tmp_path: Path) -> None:
    """Libraries from before the rule cannot tell copies apart: the id is kept and placed."""
    original = _library(tmp_path / "mine.sqlite")
    with Store(tmp_path / "mine.sqlite") as store, store.db.atomic():
        store.db.execute("DELETE FROM library_meta WHERE key != 'library_id'")
    shutil.copy(tmp_path / "mine.sqlite", tmp_path / "copy.sqlite")
    assert _id(tmp_path / "copy.sqlite") == original
    shutil.copy(tmp_path / "copy.sqlite", tmp_path / "third.sqlite")
    assert _id(tmp_path / "third.sqlite") != original  # the placed copy's copy is told apart


def test_a_library_restored_from_its_backup_keeps_its_id(tmp_path: Path) -> None:
    from workbench.store import backup_library, restore_backup

    original = _library(tmp_path / "mine.sqlite")
    backup = backup_library(tmp_path / "mine.sqlite", "manual", folder=tmp_path / "backups")
    assert backup is not None
    assert _id(backup.path) != original  # a backup opened for writing as a library is another one
    backup = backup_library(tmp_path / "mine.sqlite", "manual", folder=tmp_path / "backups")
    restore_backup(backup.path, tmp_path / "mine.sqlite")
    assert _id(tmp_path / "mine.sqlite") == original


def test_a_backup_opened_for_writing_restored_in_its_place_takes_its_id_back(
    tmp_path: Path,
) -> None:
    """Opened for writing, a backup is a copy (an id of its own); restored where it came from,
    it is that library again. Why: it got yet another id, so the restored library took its
    own export folders for another library's."""
    from workbench.store import backup_library, restore_backup

    original = _library(tmp_path / "mine.sqlite")
    backup = backup_library(tmp_path / "mine.sqlite", "manual", folder=tmp_path / "backups")
    assert _id(backup.path) not in (None, original)  # written to: a library of its own
    restore_backup(backup.path, tmp_path / "mine.sqlite")
    assert _id(tmp_path / "mine.sqlite") == original
    assert _id(tmp_path / "mine.sqlite") == original  # and kept on the next open


def test_a_written_backup_restored_elsewhere_is_still_a_copy(tmp_path: Path) -> None:
    from workbench.store import backup_library, restore_backup

    original = _library(tmp_path / "mine.sqlite")
    backup = backup_library(tmp_path / "mine.sqlite", "manual", folder=tmp_path / "backups")
    own = _id(backup.path)
    restore_backup(backup.path, tmp_path / "other.sqlite")
    assert _id(tmp_path / "other.sqlite") not in (None, original, own)
    assert _id(tmp_path / "mine.sqlite") == original


def test_a_read_only_open_of_a_copy_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy opened where this process may not write keeps its bytes (and shows the old id)."""
    from workbench.store.files import library_file

    original = _library(tmp_path / "mine.sqlite")
    copy = tmp_path / "copy.sqlite"
    shutil.copy(tmp_path / "mine.sqlite", copy)
    before = copy.read_bytes()
    with monkeypatch.context() as patched:
        patched.setattr(library_file, "is_writable", lambda path: False)
        with Store(copy) as store:
            assert store.read_only and store.library.library_id() == original
    assert copy.read_bytes() == before
    assert _id(copy) != original  # its first writable open gives it its own


def test_one_file_reached_at_two_paths_with_different_inodes_keeps_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A share mounted twice shows one file under two inode numbers: it is no copy."""
    from workbench.store import library_place

    (tmp_path / "share").mkdir()
    original = _library(tmp_path / "share" / "mine.sqlite")
    (tmp_path / "mount2").symlink_to(tmp_path / "share")  # the same folder, another path
    real_place = library_place._place_of

    def seen_through_another_mount(path: Path) -> dict[str, str]:
        if Path(path).parent.name != "mount2":
            return real_place(path)
        return {library_place.PATH_KEY: os.path.abspath(path),
                library_place.FILE_KEY: "another-mounts-inode"}

    monkeypatch.setattr(library_place, "_place_of", seen_through_another_mount)
    for folder in ("mount2", "share", "mount2", "share"):
        assert _id(tmp_path / folder / "mine.sqlite") == original


def test_a_copy_whose_original_still_sits_at_its_recorded_place_is_still_a_copy(
    tmp_path: Path,
) -> None:
    original = _library(tmp_path / "mine.sqlite")
    (tmp_path / "usb").mkdir()
    shutil.copy(tmp_path / "mine.sqlite", tmp_path / "usb" / "mine.sqlite")
    copied = _id(tmp_path / "usb" / "mine.sqlite")
    assert copied and copied != original
    assert _id(tmp_path / "mine.sqlite") == original
    with Store(tmp_path / "usb" / "mine.sqlite") as store:  # no probe is left behind
        rows = store.db.execute("SELECT key FROM library_meta").fetchall()
    assert "place_probe" not in {row[0] for row in rows}


def test_a_recorded_place_on_a_dead_mount_does_not_hold_up_the_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy whose original's path hangs in ``stat`` opens at once, as a copy."""
    import time

    from workbench.store import library_place

    original = _library(tmp_path / "mine.sqlite")
    shutil.copy(tmp_path / "mine.sqlite", tmp_path / "copy.sqlite")
    real_stat = os.stat
    dead_place = os.path.realpath(tmp_path / "mine.sqlite")

    def hanging_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if os.fspath(path) == dead_place:  # type: ignore[arg-type]
            time.sleep(3)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library_place, "PLACE_LOOK_SECONDS", 0.2)
    monkeypatch.setattr(os, "stat", hanging_stat)
    started = time.monotonic()
    copy_id = _id(tmp_path / "copy.sqlite")
    assert time.monotonic() - started < 2
    assert copy_id != original
