"""``workbench check`` names library names told apart only by invisible characters.

Attack run 18: "Bill Nelson" and "Bill Nelson" with a zero-width space, made before hidden
characters were left out of new names, stayed two entities and ``check`` said ok.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.labels import label_key
from workbench.store import Store, check_library


def _entity(store: Store, name: str, label: str = "PERSON") -> int:
    cursor = store.db.execute(
        "INSERT INTO entities (name, name_key, label) VALUES (?, ?, ?)",
        [name, label_key(name), label])
    return int(cursor.lastrowid)


def _author(store: Store, author_id: str, name: str) -> None:
    store.db.execute("INSERT INTO authors (id, name, first_seen) VALUES (?, ?, ?)",
                     [author_id * 32, name, "2026-01-05T09:00:00+00:00"])


def test_entities_read_alike_are_reported_with_the_merge_that_joins_them(
        library_path: Path) -> None:
    store = Store(library_path)
    kept = _entity(store, "Bill Nelson")
    twin = _entity(store, "Bill Nelson\u200b")
    _entity(store, "Ahmed \u200dKhan")
    _entity(store, "Ahmed Khan", "ORG")  # another label: another entity, rightly
    _entity(store, "Lina Park")
    result = check_library(store).result("name_twins")
    assert result.problems == 1
    [detail] = result.details
    assert "'Bill Nelson\\u200b'" in detail
    assert f"workbench entity merge {kept} {twin}" in detail


def test_authors_read_alike_are_reported(library_path: Path) -> None:
    store = Store(library_path)
    _author(store, "a", "Dana Whitfield")
    _author(store, "b", "Dana\u2060 Whitfield")
    _author(store, "c", "Dana Whitford")
    report = check_library(store)
    assert report.result("name_twins").problems == 1
    assert not report.ok


def test_a_library_without_such_names_passes(library_path: Path) -> None:
    store = Store(library_path)
    _entity(store, "Team 👨\u200d👩\u200d👧 Park")
    _entity(store, "Lina Park")
    assert check_library(store).result("name_twins").problems == 0
