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


def write_rows(path: Path, title: str, texts: list[str]) -> None:
    """PATH as a JSON Lines file of one row per text, all with one title and source."""
    rows = [f'{{"title": "{title}", "source": "S", "text": "{text}"}}' for text in texts]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_rows_of_one_file_are_never_versions_of_each_other(tmp_path: Path) -> None:
    """Attack run 22: alike rows of one file with one title and source were read as new
    versions of the row before (3,000 rows became one document with 2,999 versions);
    importing the file again with a row edited still makes that row's new version."""
    texts = ["Flight AB100 to Oslo is delayed by 20 minutes at gate 5, the airport said.",
             "Flight AB101 to Oslo is delayed by 20 minutes at gate 5, the airport said.",
             "Strikes closed the harbour in Rotterdam for a second day on Friday morning."]
    path = tmp_path / "alerts.jsonl"
    write_rows(path, "Alerts", texts)
    store = Store(tmp_path / "library.sqlite")
    assert len(import_paths(store, [path], analyze=False).imported) == 3
    texts[2] = texts[2].replace("Friday morning", "Friday, unions said")
    write_rows(path, "Alerts", texts)
    again = import_paths(store, [path], analyze=False)
    assert (again.imported, again.updated, len(again.duplicates)) == ([], [3], 2)
    store.close()


@pytest.mark.parametrize(("texts", "old", "new"), [
    (["Flight AB100 to Oslo is delayed by 20 minutes at gate 5, the airport said.",
      "Flight AB101 to Oslo is delayed by 20 minutes at gate 5, the airport said."],
     "gate 5", "gate 7"),
    (["The ferry to Bergen leaves at noon from pier 4, the harbour office said.",
      "The ferry to Tromso leaves at noon from pier 4, the harbour office said."],
     "at noon", "at one o'clock"),
])
def test_two_alike_rows_edited_each_give_their_own_document_one_version(
    tmp_path: Path, texts: list[str], old: str, new: str
) -> None:
    """Each edited row goes to the document closest to its text, not to the newest one above
    the overlap threshold: a document one row just updated was taken as the next row's previous
    version too (one document got two versions, the other none), and the first row edited took
    the second row's document, so the two documents swapped texts on re-import."""
    path = tmp_path / "rows.jsonl"
    write_rows(path, "Rows", texts)
    store = Store(tmp_path / "library.sqlite")
    first, second = import_paths(store, [path], analyze=False).imported
    write_rows(path, "Rows", [text.replace(old, new) for text in texts])
    again = import_paths(store, [path], analyze=False)
    assert (again.imported, sorted(again.updated)) == ([], [first, second])
    assert texts[0].replace(old, new) in store.documents.document_text(first)
    assert texts[1].replace(old, new) in store.documents.document_text(second)
    store.close()
