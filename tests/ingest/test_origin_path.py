"""The file an article came from is stored as its full, resolved path (attack run 22).

A file imported as ``g.txt`` from its folder and imported again, edited, as
``/news/g.txt`` (or through a link) was a second document: the origin path
that names a re-imported file's document was stored as typed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.ingest import read_articles
from workbench.operations.importing import import_paths
from workbench.store import Store

OLD = "Gamma report\n\nThe council voted on Tuesday to close the old bridge for repairs.\n"
NEW = "Gamma report\n\nThe council voted on Tuesday to close the old bridge for urgent repairs.\n"


def test_a_relative_path_is_stored_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "g.txt").write_text(OLD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (article,) = read_articles(Path("g.txt"))
    assert article.origin_path == os.path.realpath(tmp_path / "g.txt")


def test_the_same_file_by_another_path_is_a_new_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "g.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "link").symlink_to(folder)
    store = Store(tmp_path / "library.sqlite")
    monkeypatch.chdir(folder)
    import_paths(store, [Path("g.txt")], analyze=False)
    (folder / "g.txt").write_text(NEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = import_paths(store, [tmp_path / "link" / ".." / "news" / "g.txt"], analyze=False)
    assert len(report.updated) == 1 and report.imported == []
    store.close()


def test_the_report_names_the_file_as_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "g.txt").write_text(OLD, encoding="utf-8")
    store = Store(tmp_path / "library.sqlite")
    monkeypatch.chdir(tmp_path)
    import_paths(store, [Path("g.txt")], analyze=False)
    report = import_paths(store, [Path("g.txt")], analyze=False)
    assert [path for path, _, _ in report.duplicates] == ["g.txt"]
    store.close()


def test_rows_of_one_file_are_never_versions_of_each_other(tmp_path: Path) -> None:
    """Attack run 22: alike rows of one file with one title and source were read as new
    versions of the row before (3,000 rows became one document with 2,999 versions);
    importing the file again with a row edited still makes that row's new version."""
    texts = ["Flight AB100 to Oslo is delayed by 20 minutes at gate 5, the airport said.",
             "Flight AB101 to Oslo is delayed by 20 minutes at gate 5, the airport said.",
             "Strikes closed the harbour in Rotterdam for a second day on Friday morning."]
    rows = [f'{{"title": "Alerts", "source": "S", "text": "{text}"}}' for text in texts]
    path = tmp_path / "alerts.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    store = Store(tmp_path / "library.sqlite")
    assert len(import_paths(store, [path], analyze=False).imported) == 3
    rows[2] = rows[2].replace("Friday morning", "Friday, unions said")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    again = import_paths(store, [path], analyze=False)
    assert (again.imported, again.updated, len(again.duplicates)) == ([], [3], 2)
    store.close()


def test_a_file_edited_in_two_alike_rows_gives_each_document_one_version(tmp_path: Path) -> None:
    """A document one row of the file just updated is not the previous version of its next row
    either: two alike rows edited made the newest document two versions, the other none."""
    texts = ["Flight AB100 to Oslo is delayed by 20 minutes at gate 5, the airport said.",
             "Flight AB101 to Oslo is delayed by 20 minutes at gate 5, the airport said."]
    path = tmp_path / "alerts.jsonl"

    def write(texts: list[str]) -> None:
        rows = [f'{{"title": "Alerts", "source": "S", "text": "{text}"}}' for text in texts]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    write(texts)
    store = Store(tmp_path / "library.sqlite")
    assert import_paths(store, [path], analyze=False).imported == [1, 2]
    write([text.replace("gate 5", "gate 7") for text in texts])
    again = import_paths(store, [path], analyze=False)
    assert (again.imported, sorted(again.updated)) == ([], [1, 2])
    store.close()


def test_two_alike_rows_edited_each_keep_their_own_document(tmp_path: Path) -> None:
    """Each edited row goes to the document closest to its text, not to the newest one
    above the overlap threshold: the first row edited took the second row's document,
    and the two documents swapped texts on re-import."""
    texts = ["The ferry to Bergen leaves at noon from pier 4, the harbour office said.",
             "The ferry to Tromso leaves at noon from pier 4, the harbour office said."]
    path = tmp_path / "ferries.jsonl"

    def write(texts: list[str]) -> None:
        rows = [f'{{"title": "Ferries", "source": "S", "text": "{text}"}}' for text in texts]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    write(texts)
    store = Store(tmp_path / "library.sqlite")
    first, second = import_paths(store, [path], analyze=False).imported
    write([text.replace("at noon", "at one o'clock") for text in texts])
    import_paths(store, [path], analyze=False)
    assert "Bergen" in store.documents.document_text(first)
    assert "Tromso" in store.documents.document_text(second)
    store.close()
