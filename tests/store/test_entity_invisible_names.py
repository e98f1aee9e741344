"""An entity's name or alias typed with invisible characters is the name without them.

Attack run 18: ``entity rename 6 $'Bill Nelson\\u200b'`` passed the check for a namesake
and made a second "Bill Nelson" beside entity 2, and marking a span as
``Bill Nelson\\u200b`` made a new entity instead of a mention of the known one.
"""

from __future__ import annotations

import pytest

from workbench.core.labels import checked_label
from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store

TEXT = ("Senator Bill Nelson told reporters in Orlando that the launch would go ahead. "
        "Ahmed Ali, a NASA engineer, said the crew was ready.")
HIDDEN = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200e", "\u202e"]


@pytest.fixture
def named(store: Store) -> tuple[Store, int, int, int]:
    """A document naming two people, each the model's entity."""
    doc = store.documents.add_article(Article(title="Launch", text=TEXT)).documents_added[0]
    mentions = tuple(Mention(TEXT.index(name), TEXT.index(name) + len(name), name, "PERSON",
                             name) for name in ("Bill Nelson", "Ahmed Ali"))
    store.analysis.save_analysis(doc, Analysis(mentions=mentions))
    nelson = store.entities.find_entity_id("Bill Nelson")
    ali = store.entities.find_entity_id("Ahmed Ali")
    return store, doc, nelson, ali


@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_rename_to_a_namesake_with_a_hidden_character_is_refused(named, hidden: str) -> None:
    store, _doc, nelson, ali = named
    with pytest.raises(ValueError, match=f"is entity {nelson} already"):
        store.entities.rename_entity(ali, f"Bill{hidden} Nelson{hidden}")


@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_renamed_entity_is_named_without_the_hidden_characters(named, hidden: str) -> None:
    store, _doc, _nelson, ali = named
    store.entities.rename_entity(ali, f"Ahmed{hidden} A. Ali{hidden}")
    assert store.entities.get_entity(ali)["name"] == "Ahmed A. Ali"


@pytest.mark.parametrize("hidden", HIDDEN)
def test_an_alias_is_kept_without_the_hidden_characters(named, hidden: str) -> None:
    store, _doc, nelson, _ali = named
    with pytest.raises(ValueError, match="is the entity's name already"):
        store.entities.add_entity_alias(nelson, f"Bill Nelson{hidden}")
    store.entities.add_entity_alias(nelson, f"{hidden}Senator Nelson")
    assert store.entities.entity_aliases([nelson])[nelson] == ["Senator Nelson"]


def test_a_span_marked_as_a_known_name_with_a_hidden_character_joins_that_entity(
        named) -> None:
    store, doc, nelson, _ali = named
    start = TEXT.index("Senator")
    _mention, _changes = store.entities.create_entity_mention(
        doc, start, start + len("Senator"), "Bill Nelson\u200b", "PERSON")
    assert [e["id"] for e in store.entities.list_entities()
            if "Nelson" in e["name"]] == [nelson]


def test_zero_width_joiners_stay_in_a_name() -> None:
    """Emoji and Indic and Persian spellings need them, as in tags."""
    assert checked_label("می\u200cخواهم", "a name") == "می\u200cخواهم"
    assert checked_label("\u200b\u00ad Nelson", "a name") == "Nelson"
    with pytest.raises(ValueError, match="cannot be blank"):
        checked_label("\u200b\u2060", "a name")
