"""One name under two types ("Brexit" a PERSON and an ORG): found, merged cleanly, aliases sane."""

from __future__ import annotations

import pytest

from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store

TEXT_A = "Brexit dominated the week. Brexit talks stalled in London."
TEXT_B = "After Brexit, the pound fell."


@pytest.fixture
def namesakes(store: Store) -> tuple[Store, int, int]:
    """The model typed "Brexit" a PERSON in one document and an ORG in the other."""
    a = store.documents.add_article(Article(title="A", text=TEXT_A)).documents_added[0]
    b = store.documents.add_article(Article(title="B", text=TEXT_B)).documents_added[0]
    store.analysis.save_analysis(a, Analysis(mentions=(
        Mention(0, 6, "Brexit", "PERSON", "Brexit"),
        Mention(27, 33, "Brexit", "PERSON", "Brexit"))))
    start = TEXT_B.index("Brexit")
    store.analysis.save_analysis(b, Analysis(mentions=(
        Mention(start, start + 6, "Brexit", "ORG", "Brexit"),)))
    ids = sorted(e["id"] for e in store.entities.list_entities() if e["name"] == "Brexit")
    person, org = sorted(ids, key=lambda i: store.entities.get_entity(i)["label"] != "PERSON")
    return store, person, org


def test_one_name_under_two_types_is_a_duplicate_candidate(namesakes) -> None:
    """Pairs were looked for within one type only, so the two "Brexit" were never offered."""
    store, person, org = namesakes
    (pair,) = [p for p in store.entities.duplicate_entity_candidates()
               if {p["keep"]["id"], p["merge"]["id"]} == {person, org}]
    assert pair["keep"]["id"] == person  # more mentions
    assert pair["reason"] == "same name, different types (Organisation and Person)"
    store.entities.dismiss_duplicate(person, org)
    assert not [p for p in store.entities.duplicate_entity_candidates()
                if {p["keep"]["id"], p["merge"]["id"]} == {person, org}]


def test_merging_namesakes_adds_no_alias_equal_to_the_name(namesakes) -> None:
    """The merge listed "Brexit (also: Brexit)"."""
    store, person, org = namesakes
    store.entities.merge_entities(person, [org])
    assert store.entities.entity_aliases([person]).get(person, []) == []
    assert store.entities.find_entity_id("Brexit") == person


def test_renaming_back_leaves_only_the_other_name_as_alias(namesakes) -> None:
    store, person, _ = namesakes
    store.entities.rename_entity(person, "Brexit campaign")
    store.entities.rename_entity(person, "Brexit")
    assert store.entities.entity_aliases([person])[person] == ["Brexit campaign"]


def test_an_alias_equal_to_the_name_is_refused(namesakes) -> None:
    store, person, _ = namesakes
    with pytest.raises(ValueError, match="is the entity's name already"):
        store.entities.add_entity_alias(person, "  Brexit ")


def test_a_name_or_alias_longer_than_a_label_is_refused(namesakes) -> None:
    """Before: a 5,000-character alias or name was stored and filled menus and undo labels."""
    store, person, _ = namesakes
    with pytest.raises(ValueError, match="an alias is at most 500 characters"):
        store.entities.add_entity_alias(person, "a" * 5000)
    with pytest.raises(ValueError, match="an entity's name is at most 500 characters"):
        store.entities.rename_entity(person, "n" * 501)
    assert store.entities.entity_aliases([person]) == {}


def test_a_new_entity_named_longer_than_a_label_is_refused(namesakes) -> None:
    """Marking a selection as a new entity took a 5,000-character name whole."""
    store, _, _ = namesakes
    doc_id = store.documents.add_article(Article(title="C", text="Omsk froze.")).documents_added[0]
    entities_before = len(store.entities.list_entities())
    with pytest.raises(ValueError, match="an entity's name is at most 500 characters"):
        store.entities.create_entity_mention(doc_id, 0, 4, "O" * 5000, "GPE")
    assert len(store.entities.list_entities()) == entities_before
    store.entities.create_entity_mention(doc_id, 0, 4, "Omsk", "GPE")  # a label: taken


def test_a_new_entity_named_only_spaces_is_refused(namesakes) -> None:
    """The store took a blank name for a new entity (the window and CLI refuse one earlier)."""
    store, _, _ = namesakes
    doc_id = store.documents.add_article(Article(title="D", text="Omsk froze.")).documents_added[0]
    entities_before = len(store.entities.list_entities())
    with pytest.raises(ValueError, match="an entity's name cannot be blank"):
        store.entities.create_entity_mention(doc_id, 0, 4, " \t ", "GPE")
    assert len(store.entities.list_entities()) == entities_before
