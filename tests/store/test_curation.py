"""Entity curation through the Store: merge, rename, alias, hide, move; it outlives re-analysis."""

from __future__ import annotations

from typing import Any

import pytest

from workbench.core.models import Analysis, Article, Changes, Mention, Quote
from workbench.store import Store

TEXT_A = 'Kim Jong-un arrived. "We will cooperate," Kim Jong-un said. Reuters reported it.'
TEXT_B = 'Kim Jong Un left. "The talks went well," Kim said. Moscow agreed.'


def mention(text: str, part: str, label: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Mention(start, start + len(part), part, label, entity)


def analysis_a() -> Analysis:
    quote_start = TEXT_A.index('"We')
    quote = Quote(
        quote_start,
        TEXT_A.index('," Kim') + 2,
        '"We will cooperate,"',
        "direct",
        "Kim Jong-un",
        "Kim Jong-un",
        None,
        None,
        "said",
    )
    return Analysis(
        mentions=(
            mention(TEXT_A, "Kim Jong-un", "PERSON", "Kim Jong-un"),
            mention(TEXT_A, "Kim Jong-un", "PERSON", "Kim Jong-un", 1),
            mention(TEXT_A, "Reuters", "PERSON", "Reuters"),
        ),
        quotes=(quote,),
    )


def analysis_b() -> Analysis:
    quote_start = TEXT_B.index('"The')
    quote = Quote(
        quote_start,
        TEXT_B.index('," Kim') + 2,
        '"The talks went well,"',
        "direct",
        "Kim Jong Un",
        "Kim",
        None,
        None,
        "said",
    )
    return Analysis(
        mentions=(
            mention(TEXT_B, "Kim Jong Un", "PERSON", "Kim Jong Un"),
            mention(TEXT_B, "Kim", "PERSON", "Kim Jong Un", 1),
            mention(TEXT_B, "Moscow", "GPE", "Moscow"),
        ),
        quotes=(quote,),
    )


@pytest.fixture
def library(store: Store) -> tuple[Store, int, int]:
    a = store.documents.add_article(Article(title="A", text=TEXT_A)).documents_added[0]
    b = store.documents.add_article(Article(title="B", text=TEXT_B)).documents_added[0]
    store.analysis.save_analysis(a, analysis_a())
    store.analysis.save_analysis(b, analysis_b())
    return store, a, b


def entity_tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = [
        "entities",
        "entity_aliases",
        "mentions",
        "quotes",
        "entity_rules",
        "mention_overrides",
    ]
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_merge_puts_both_surface_forms_and_quotes_under_one_entity(
    library: tuple[Store, int, int],
) -> None:
    store, a, b = library
    dash = store.entities.find_entity_id("Kim Jong-un")
    space = store.entities.find_entity_id("Kim Jong Un")
    assert dash and space and dash != space
    store.entities.merge_entities(space, [dash])
    assert store.entities.find_entity_id("Kim Jong-un") == space
    quotes = store.analysis.list_quotes(speaker="Kim Jong Un")
    assert {q["document_id"] for q in quotes} == {a, b}
    (row,) = [e for e in store.entities.list_entities() if e["id"] == space]
    assert row["documents"] == 2 and row["mentions"] == 4
    assert "Kim Jong-un" in row["aliases"]


def test_undo_of_merge_restores_both_entities_and_mentions_exactly(
    library: tuple[Store, int, int],
) -> None:
    store, _, _ = library
    before = entity_tables(store)
    store.entities.merge_entities(
        store.entities.find_entity_id("Kim Jong Un") or 0,
        [store.entities.find_entity_id("Kim Jong-un") or 0],
    )
    store.history.undo()
    assert entity_tables(store) == before
    store.history.redo()
    store.history.undo()
    assert entity_tables(store) == before


def test_curation_survives_reanalysis(library: tuple[Store, int, int]) -> None:
    store, a, b = library
    kim = store.entities.find_entity_id("Kim Jong Un") or 0
    store.entities.merge_entities(kim, [store.entities.find_entity_id("Kim Jong-un") or 0])
    store.entities.rename_entity(kim, "Kim Jong-un (DPRK)")
    reuters = store.entities.find_entity_id("Reuters") or 0
    store.entities.relabel_entity(reuters, "ORG")
    store.analysis.save_analysis(a, analysis_a())
    store.analysis.save_analysis(b, analysis_b())
    names = {(m["entity"], m["label"]) for m in store.analysis.document_entities(a)}
    assert names == {("Kim Jong-un (DPRK)", "PERSON"), ("Reuters", "ORG")}
    assert {m["entity"] for m in store.analysis.document_entities(b)} >= {"Kim Jong-un (DPRK)"}
    assert store.analysis.document_quotes(a)[0]["speaker"] == "Kim Jong-un (DPRK)"


def test_hidden_false_positive_stays_hidden_after_reimport(library: tuple[Store, int, int]) -> None:
    store, a, _ = library
    moscow = store.entities.find_entity_id("Moscow") or 0
    store.entities.set_entity_hidden(moscow)
    new = store.documents.add_article(Article(title="C", text="Moscow again.")).documents_added[0]
    store.analysis.save_analysis(
        new, Analysis(mentions=(Mention(0, 6, "Moscow", "GPE", "Moscow"),))
    )
    assert store.analysis.document_entities(new) == []
    assert all(e["name"] != "Moscow" for e in store.entities.list_entities())
    assert store.entities.find_entity_id("Moscow", include_hidden=True) == moscow


def test_moved_and_hidden_mentions_are_remembered_by_span(library: tuple[Store, int, int]) -> None:
    store, a, _ = library
    reuters = next(m for m in store.analysis.document_entities(a) if m["text"] == "Reuters")
    store.entities.create_entity_mention(a, 0, 3, "Kim", "PERSON")
    target_id = store.entities.find_entity_id("Kim") or 0
    store.entities.move_mention(reuters["id"], target_id)
    store.analysis.save_analysis(a, analysis_a())
    moved = [m for m in store.analysis.document_entities(a) if m["text"] == "Reuters"]
    assert moved[0]["entity_id"] == target_id
    store.entities.hide_mention(moved[0]["id"])
    store.analysis.save_analysis(a, analysis_a())
    assert all(m["text"] != "Reuters" for m in store.analysis.document_entities(a))


def test_analyst_mention_survives_and_wins_over_model_overlap(
    library: tuple[Store, int, int],
) -> None:
    store, a, _ = library
    store.entities.create_entity_mention(a, 0, 3, "Kim Jong-un", "PERSON")
    store.analysis.save_analysis(a, analysis_a())
    first = [m for m in store.analysis.document_entities(a) if m["start"] == 0]
    assert [(m["text"], m["source"]) for m in first] == [("Kim", "analyst")]


def test_duplicate_candidates_find_spelling_variants_and_short_forms(
    library: tuple[Store, int, int],
) -> None:
    store, a, _ = library
    store.analysis.save_analysis(
        a,
        Analysis(
            mentions=(
                *analysis_a().mentions,
                Mention(0, 3, "Kim", "PERSON", "Jong"),
            )
        ),
    )
    pairs = store.entities.duplicate_entity_candidates()
    names = {frozenset((p["keep"]["name"], p["merge"]["name"])) for p in pairs}
    assert frozenset({"Kim Jong-un", "Kim Jong Un"}) in names
    first = pairs[0]
    store.entities.dismiss_duplicate(first["keep"]["id"], first["merge"]["id"])
    assert all(
        {p["keep"]["id"], p["merge"]["id"]} != {first["keep"]["id"], first["merge"]["id"]}
        for p in store.entities.duplicate_entity_candidates()
    )


def test_rename_to_existing_name_asks_for_merge(library: tuple[Store, int, int]) -> None:
    store, _, _ = library
    with pytest.raises(ValueError, match="merge it: workbench entity merge"):
        store.entities.rename_entity(
            store.entities.find_entity_id("Kim Jong-un") or 0, "Kim Jong Un"
        )


def test_rename_to_an_existing_name_in_other_case_names_it_and_the_merge(
    library: tuple[Store, int, int],
) -> None:
    store = library[0]
    hyphen = store.entities.find_entity_id("Kim Jong-un") or 0
    spaced = store.entities.find_entity_id("Kim Jong Un") or 0
    with pytest.raises(ValueError) as refused:
        store.entities.rename_entity(hyphen, "kim  jong UN")
    assert str(refused.value) == (
        f"'Kim Jong Un' (PERSON) is entity {spaced} already; to make entity {hyphen} that one, "
        f"merge it: workbench entity merge {spaced} {hyphen}"
    )
    assert store.entities.get_entity(hyphen)["name"] == "Kim Jong-un"
    store.entities.rename_entity(spaced, "KIM JONG UN")  # its own name, recased: allowed
    assert store.entities.get_entity(spaced)["name"] == "KIM JONG UN"


def test_moving_or_hiding_a_missing_mention_is_refused(library: tuple[Store, int, int]) -> None:
    store = library[0]
    with pytest.raises(LookupError, match="no mention with id 999999"):
        store.entities.move_mention(999999, 1)
    with pytest.raises(LookupError, match="no mention with id 999999"):
        store.entities.hide_mention(999999)


def test_marking_a_span_again_adds_no_second_mention(library: tuple[Store, int, int]) -> None:
    """Before: ``entity create`` on a span the model had found, or run twice, stored two or
    three mentions of one span (counted as more mentions; the model's stayed until re-analysis).
    The model's overlapping mention gives way at once, as re-analysis would; undo brings it back.
    """
    store, a, _ = library
    store.analysis.save_analysis(a, analysis_a())
    reuters = next(m for m in store.analysis.document_entities(a) if m["text"] == "Reuters")
    start, end = reuters["start"], reuters["end"]
    store.entities.create_entity_mention(a, start, end, "Reuters", "ORG")
    at_span = [m for m in store.analysis.document_entities(a) if m["start"] == start]
    assert [(m["text"], m["label"], m["source"]) for m in at_span] == [
        ("Reuters", "ORG", "analyst")]
    with pytest.raises(ValueError, match="'Reuters' is already marked as Reuters"):
        store.entities.create_entity_mention(a, start, end, "Reuters", "ORG")
    store.history.undo()
    at_span = [m for m in store.analysis.document_entities(a) if m["start"] == start]
    assert [(m["label"], m["source"]) for m in at_span] == [("PERSON", "model")]


def test_a_mention_is_never_given_to_a_hidden_entity(library: tuple[Store, int, int]) -> None:
    """Before: moving a mention to a hidden entity (by id), or marking a span with a hidden
    entity's name and type, said it was done and the mention vanished with the entity."""
    store, a, _ = library
    store.analysis.save_analysis(a, analysis_a())
    reuters = next(m for m in store.analysis.document_entities(a) if m["text"] == "Reuters")
    kim = next(m for m in store.analysis.document_entities(a) if m["text"] == "Kim Jong-un")
    store.entities.set_entity_hidden(kim["entity_id"])
    hidden = r"\('Kim Jong-un', PERSON\) is hidden as a false positive"
    with pytest.raises(ValueError, match=hidden):
        store.entities.move_mention(reuters["id"], kim["entity_id"])
    with pytest.raises(ValueError, match="is hidden as a false positive"):
        store.entities.create_entity_mention(a, reuters["start"], reuters["end"],
                                             "Kim Jong-un", "PERSON")
    still = [m for m in store.analysis.document_entities(a) if m["text"] == "Reuters"]
    assert [(m["entity_id"], m["source"]) for m in still] == [(reuters["entity_id"], "model")]


def test_moving_a_mention_to_its_own_entity_is_refused(library: tuple[Store, int, int]) -> None:
    """Before: it said "Moved mention …" and left an undo step that changed nothing."""
    store, a, _ = library
    store.analysis.save_analysis(a, analysis_a())
    reuters = next(m for m in store.analysis.document_entities(a) if m["text"] == "Reuters")
    before = store.history.undo_labels()
    with pytest.raises(ValueError, match="'Reuters' is already a mention of 'Reuters'"):
        store.entities.move_mention(reuters["id"], reuters["entity_id"])
    assert store.history.undo_labels() == before


def test_renaming_an_entity_to_its_own_name_records_nothing(
    library: tuple[Store, int, int],
) -> None:
    """It put an "Undo Rename 'X' to 'X'" step on the stack that undid nothing, and made
    the name an alias of itself for a moment."""
    store = library[0]
    kim = store.entities.find_entity_id("Kim Jong-un") or 0
    before = store.history.undo_labels()
    assert store.entities.rename_entity(kim, "  Kim   Jong-un ") == Changes()
    assert store.history.undo_labels() == before
    assert store.entities.get_entity(kim)["name"] == "Kim Jong-un"
