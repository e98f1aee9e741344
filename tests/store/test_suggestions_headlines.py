"""Short headline-style claims: the spellings a headline and a report do not share.

A headline writes "five weeks" where the report writes "five weeks" or "5 weeks", and
"the general's funeral" where the report names the general; FTS5 reads "general's"
as the phrase "general s", so the possessive asked as written found only itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.core.claim_terms import claim_terms, fold_accents, rarest_words
from workbench.core.models import Article
from workbench.store import Store

FILLER = [
    ("Harvest report", "Farmers in Iowa expect a record corn harvest this autumn after a wet "
     "spring. Prices for soybeans fell slightly on Monday. The general mood was calm."),
    ("Museum reopens", "The city museum reopened after renovation. Visitors queued for hours to "
     "see the new dinosaur hall, which took five years to build."),
    ("Rail strike", "Train drivers walked out over pay. Commuters faced long delays across the "
     "region on Thursday, and the union called further strikes."),
    ("Chess final", "The chess final went to a tiebreak. The champion kept her title after a "
     "long endgame that lasted well into the night."),
]  # fmt: skip
# Share the headlines' other words, more often, but not the number or the general.
RIVALS = [
    ("Ferry fares rise", "The ferry operator raised fares again. The ferry was halted by fog on "
     "Monday, and the old ferry will be sold."),
    ("Singer's funeral", "Fans attended the funeral of the singer. The funeral was broadcast "
     "live, and a crush at the gates was avoided at the funeral."),
]  # fmt: skip
FERRY = ("Ferry service halted", "The island ferry will not sail for five weeks while its "
         "engines are replaced, the operator said. Islanders must fly to the mainland.")
FUNERAL = ("Mourners crushed", "At least forty people died when crowds surged at the funeral of "
           "the general in his home town. The burial was postponed.")


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Store, dict[str, int]]]:
    store = Store(None)
    ids = {}
    for title, text in [*FILLER, *RIVALS, FERRY, FUNERAL]:
        changes = store.documents.add_article(Article(title, text), analyze=False)
        ids[title] = changes.documents_added[0]
    yield store, ids
    store.close()


def test_a_number_word_is_asked_for_in_both_spellings() -> None:
    terms = claim_terms("Ferry stops sailing for five weeks", lambda word: 2.0)
    assert {"five", "5"} <= set(rarest_words(terms))
    assert terms.numbers == frozenset({"5"})
    assert terms.terms["five"].spellings == frozenset({"five", "5"})


def test_digits_are_asked_for_in_words_too() -> None:
    """Before: "five" was asked as "5" too, but "40" never as "forty"."""
    terms = claim_terms("Crush at the funeral kills 40 mourners", lambda word: 2.0)
    assert {"40", "forty"} <= set(rarest_words(terms))
    assert terms.numbers == frozenset({"40"})
    assert terms.terms["40"].spellings == frozenset({"40", "forti"})


@pytest.mark.parametrize("claim", [
    "The jury convicted him on Nov. 12 of murder",
    "The ferry sank on 12 January off the coast",
    "The alarm sounded at 12:19 in the harbour",
    "The alarm sounded at 10: 12 PM in the harbour",
])  # fmt: skip
def test_a_day_or_a_clock_time_is_not_asked_for_in_words(claim: str) -> None:
    """Nobody writes "November twelve": asked for, "twelve" found reports of twelve of anything."""
    assert "twelve" not in rarest_words(claim_terms(claim, lambda word: 2.0))


def test_a_count_beside_a_month_like_word_is_asked_for_in_words() -> None:
    assert "forty" in rarest_words(claim_terms("Market 40 stalls burned", lambda word: 2.0))


def test_a_number_is_no_key_predicate() -> None:
    """"hundred" ends in -ed, and "100" is now spelled "hundred" too: neither is the verb."""
    assert claim_terms("Floods forced 100 families from homes", lambda word: 2.0
                       ).predicate == "forc"
    assert claim_terms("A hundred families evacuated", lambda word: 2.0
                       ).predicate == "evacu"


def test_a_term_is_looked_for_by_the_stems_of_its_surfaces() -> None:
    terms = claim_terms("Rebels shelled the port; shelling went on", lambda word: 2.0)
    assert terms.terms["shell"].surfaces == frozenset({"shelled", "shelling"})
    assert terms.terms["shell"].spellings == frozenset({"shell"})


def test_a_possessive_is_asked_for_as_its_word() -> None:
    terms = claim_terms("Dozens killed in crush at general's funeral", lambda word: 2.0)
    assert "general" in rarest_words(terms)
    assert not any("'" in word for word in rarest_words(terms))


@pytest.mark.parametrize(("headline", "title"), [
    ("Ferry halted for five weeks", FERRY[0]),
    ("Crush at general's funeral kills forty", FUNERAL[0]),
    ("Crush at general's funeral kills 40", FUNERAL[0]),
])  # fmt: skip
def test_a_headline_finds_the_report_whatever_its_spelling(
    library: tuple[Store, dict[str, int]], headline: str, title: str
) -> None:
    store, ids = library
    found = store.suggestions.suggest_for_statement(headline, limit=3)
    assert found, headline
    assert found[0].document_id == ids[title]


def test_a_name_typed_without_its_accents_is_found_as_the_report_writes_it() -> None:
    """Before: FTS5 found the report (it folds diacritics) but the claim's "Vazquez" was not
    one of its words, so the claim had one piece of evidence and went silent."""
    store = Store(None)
    for title, text in [*FILLER, ("New governor", "Wanda Vázquez took the oath of office on "
                                  "Wednesday in San Juan, hours after the court ruling.")]:
        store.documents.add_article(Article(title, text), analyze=False)
    found = store.suggestions.suggest_for_statement("Vazquez takes oath", limit=3)
    assert [s.title for s in found] == ["New governor"]
    assert "vázquez" in found[0].matched_words
    store.close()


def test_accents_fold_letter_for_letter() -> None:
    assert fold_accents("Rosselló, São Paulo") == "Rossello, Sao Paulo"
    assert len(fold_accents("İzmir Ærø Łódź")) == len("İzmir Ærø Łódź")
