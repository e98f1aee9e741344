"""A command that makes the default library and writes nothing in it leaves no backup.

Why: on a fresh home folder ``workbench list`` (no ``--db``) made the default library and a
"close" backup of its empty tables beside it, though the user changed nothing: with no backup
yet there was nothing to compare with, so "unchanged" could not be seen. A command that does
write into a new library (``import``) still leaves its close backup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import cli
from workbench.store import default_library_path


@pytest.fixture
def fresh_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default library (no ``--db`` nor ``$WORKBENCH_DB``) in a data folder where none
    exists yet."""
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    library = default_library_path()
    assert library.is_relative_to(tmp_path)  # never the user's own library
    return library


def _backups(library: Path) -> list[Path]:
    folder = library.parent / "backups"
    return sorted(folder.glob("*.sqlite")) if folder.exists() else []


@pytest.mark.parametrize("argv", [["list"], ["tags"], ["entities"], ["quotes"]])
def test_a_listing_on_a_fresh_home_makes_the_library_and_no_backup(
    fresh_default: Path, argv: list[str]
) -> None:
    assert cli.main(argv) == 0
    assert fresh_default.is_file()
    assert _backups(fresh_default) == []


def test_an_import_into_a_fresh_default_library_still_backs_it_up(
    fresh_default: Path, tmp_path: Path
) -> None:
    article = tmp_path / "rain.txt"
    article.write_text("Rain fell on Monday in Harlow Vale.\n", encoding="utf-8")
    assert cli.main(["import", "--no-analyze", str(article)]) == 0
    backups = _backups(fresh_default)
    assert len(backups) == 1 and ".close." in backups[0].name


def test_a_listing_on_an_existing_library_without_backups_still_takes_one(
    fresh_default: Path,
) -> None:
    """Only a library made in this process is left without: an existing one never backed up
    (copied in, say) gets its first backup as before."""
    assert cli.main(["list"]) == 0
    assert cli.main(["list"]) == 0
    assert len(_backups(fresh_default)) == 1
