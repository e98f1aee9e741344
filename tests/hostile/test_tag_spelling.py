"""A tag typed in another letter case is the library's tag, spelt the library's way (attack run 22).

Tag paths compare without ASCII case, but a new child was stored as typed:
``tag 1 POLITICS/asia`` under an existing ``politics`` made ``POLITICS/asia``,
so the tag list, the claims filter and exported notes showed one tree spelt
two ways, and the command said it tagged ``POLITICS/asia``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.json_imports import import_workbench_export
from tests.support import run_cli as run
from workbench.core.merge_records import KEEP_THEIRS
from workbench.core.models import Article
from workbench.store import Store


def tag_paths(store: Store) -> list[str]:
    return [tag.path for tag in store.tags.list_tags()]


def one_document(store: Store) -> Store:
    store.documents.add_article(Article("T", "Some text."), analyze=False)
    store.tags.tag_document(1, "politics")
    return store


def test_a_new_child_takes_its_existing_parents_spelling(store: Store) -> None:
    one_document(store).tags.tag_document(1, "POLITICS/Asia/japan")
    assert tag_paths(store) == ["politics", "politics/Asia", "politics/Asia/japan"]
    store.tags.tag_document(1, "Politics/ASIA/korea")
    assert "politics/Asia/korea" in tag_paths(store)


def test_rename_and_merge_below_an_existing_parent_take_its_spelling(store: Store) -> None:
    one_document(store).tags.tag_document(1, "eu")
    store.tags.rename_tag("eu", "POLITICS/EU")
    assert tag_paths(store) == ["politics", "politics/EU"]
    store.tags.tag_document(1, "asia")
    store.tags.tag_document(1, "politics/Asia")
    store.tags.merge_tags("asia", "POLITICS/ASIA")
    assert tag_paths(store) == ["politics", "politics/Asia", "politics/EU"]


def test_a_case_only_rename_still_renames(store: Store) -> None:
    one_document(store).tags.rename_tag("politics", "Politics")
    assert tag_paths(store) == ["Politics"]


def test_the_command_names_the_tag_as_the_library_spells_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "library.sqlite"
    one_document(Store(db)).close()
    assert run(db, "tag", "1", "POLITICS/eu", "--json") == 0
    assert json.loads(capsys.readouterr().out)["tag"] == "politics/eu"
    assert run(db, "untag", "1", "Politics/EU") == 0
    assert capsys.readouterr().out == "Removed tag politics/eu from document 1 'T'.\n"
    assert run(db, "tags", "rename", "POLITICS", "Policy", "--quiet") == 0
    assert capsys.readouterr().out == "Policy\n"


def test_a_json_import_puts_its_tags_under_the_librarys_spelling(tmp_path: Path) -> None:
    theirs = Store(tmp_path / "theirs.sqlite")
    theirs.documents.add_article(Article("U", "Other text."), analyze=False)
    theirs.tags.tag_document(1, "POLITICS/Asia")
    export = tmp_path / "theirs.json"
    assert run(tmp_path / "theirs.sqlite", "export", "--format", "json", "--out", str(export)) == 0
    theirs.close()
    ours = one_document(Store(tmp_path / "ours.sqlite"))
    import_workbench_export(ours, export)
    assert tag_paths(ours) == ["politics", "politics/Asia"]
    ours.close()


def test_a_merge_spells_their_tags_under_ours_and_keeping_theirs_respells_ours(
    tmp_path: Path,
) -> None:
    theirs = Store(tmp_path / "theirs.sqlite")
    theirs.documents.add_article(Article("U", "Other text."), analyze=False)
    theirs.tags.tag_document(1, "POLITICS/Asia")
    theirs.close()
    ours = one_document(Store(tmp_path / "ours.sqlite"))
    ours.tags.tag_document(1, "politics/eu")
    ours.merge.merge_library(tmp_path / "theirs.sqlite")
    assert tag_paths(ours) == ["politics", "politics/Asia", "politics/eu"]
    (conflict,) = ours.merge.open_conflicts()
    ours.merge.resolve_conflict(conflict.id, KEEP_THEIRS)
    assert tag_paths(ours) == ["POLITICS", "POLITICS/Asia", "POLITICS/eu"]
    ours.history.undo()
    assert tag_paths(ours) == ["politics", "politics/Asia", "politics/eu"]
    ours.close()
