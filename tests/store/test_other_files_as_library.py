"""A file that never was a library, named by ``--db``, is refused unchanged (outside attack run 7).

Before: ``workbench --db article.html list`` (a slip for ``import``) renamed the
analyst's page to ``article.html.damaged``. A damaged library is still kept
aside when there is a sign it was one: the SQLite header, side files, backups
of its own (a page beside a backed-up library of the same stem is not one).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import LibraryDamaged, LibraryRefused, Store, backup_library, open_library


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_html_page_named_as_the_library_is_left_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "article.html"
    markup = b"<html><body><p>The minister spoke on Monday.</p></body></html>"
    page.write_bytes(markup)
    code, _, err = run_cli(capsys, "--db", str(page), "list")
    assert code == 1
    assert "not a library file" in err and "Traceback" not in err
    assert page.read_bytes() == markup
    assert not list(tmp_path.glob("*.damaged*"))


def test_a_text_file_is_refused_by_open_library_unchanged(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list\n\nbread, milk\n")
    with pytest.raises(LibraryRefused, match="left unchanged"):
        open_library(notes)
    assert notes.read_text() == "Shopping list\n\nbread, milk\n"


def test_a_library_whose_first_page_was_overwritten_is_still_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Kept", text="Text that must survive."))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryDamaged) as caught:
        open_library(path)
    assert not isinstance(caught.value, LibraryRefused)
    assert caught.value.damaged_copy.exists()


def test_garbage_where_a_backed_up_library_was_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Kept", text="Text that must survive."))
        backup_library(store, "manual")
    path.write_bytes(b"zeroed by a sync tool " * 50)
    with pytest.raises(LibraryDamaged) as caught:
        open_library(path)
    assert not isinstance(caught.value, LibraryRefused)
    assert caught.value.newest_backup is not None


def test_a_page_beside_a_backed_up_library_of_the_same_stem_is_left_unchanged(
    tmp_path: Path,
) -> None:
    library = tmp_path / "news.sqlite"
    with Store(library) as store:
        store.documents.add_article(Article(title="Kept", text="Text that must survive."))
        backup_library(store, "manual")
    page = tmp_path / "news.html"
    markup = b"<html><body><p>The minister spoke on Monday.</p></body></html>"
    page.write_bytes(markup)
    with pytest.raises(LibraryRefused, match="not a library file"):
        open_library(page)
    assert page.read_bytes() == markup
    assert not list(tmp_path.glob("*.damaged*"))


def test_garbage_in_a_suffixless_library_with_backups_is_still_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "news"
    with Store(path) as store:
        store.documents.add_article(Article(title="Kept", text="Text that must survive."))
        backup_library(store, "manual")
    path.write_bytes(b"zeroed by a sync tool " * 50)
    with pytest.raises(LibraryDamaged) as caught:
        open_library(path)
    assert not isinstance(caught.value, LibraryRefused)
    assert caught.value.newest_backup is not None


def test_a_file_that_cannot_be_read_is_never_taken_for_a_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.store.files import opening

    path = tmp_path / "library.sqlite"
    path.write_bytes(b"not readable in this test")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert opening._was_a_library(path) is False


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="Linux /proc")
def test_a_system_file_is_refused_as_one_not_called_empty(tmp_path: Path) -> None:
    """Before: ``--db /proc/version`` (or ``/dev/stdout`` sent to a file) was "empty … delete
    the file to start a new library there", advice that deletes /dev/stdout when run as root."""
    stream = tmp_path / "stdout"
    stream.symlink_to("/proc/self/fd/1")
    for path, words in ((Path("/proc/version"), "is a system file"), (stream, "is a stream")):
        with pytest.raises(LibraryRefused) as refused:
            open_library(path)
        assert words in str(refused.value) and "delete" not in str(refused.value)
    assert stream.is_symlink()


@pytest.mark.skipif(not Path("/dev/stdout").is_symlink(), reason="Linux /dev/stdout link")
def test_a_link_of_ones_own_to_standard_output_is_refused_as_a_stream(tmp_path: Path) -> None:
    """``/dev/stdout`` reached through the analyst's own link is a stream as well, as the
    export already judged it: before, only a link straight into /proc was seen, and the
    library check called standard output sent to a file an empty file to delete."""
    own = tmp_path / "out"
    own.symlink_to("/dev/stdout")
    relative = tmp_path / "rel"
    relative.symlink_to(os.path.relpath("/dev/stdout", tmp_path))
    for path in (own, relative):
        with pytest.raises(LibraryRefused, match="is a stream") as refused:
            open_library(path)
        assert "delete" not in str(refused.value)
    assert own.is_symlink() and relative.is_symlink()
