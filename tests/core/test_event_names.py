"""A document's names are whole names: runs of capitalised words, never a lone title word."""

from __future__ import annotations

from workbench.core.claim_feedback import context_names
from workbench.core.claim_terms import claim_terms
from workbench.core.event_names import full_name, name_counts, written_names


def weight(word: str) -> float:
    return 3.0


def test_a_run_counts_with_its_endings_never_with_its_opening_title_word() -> None:
    counts = name_counts("He met Prime Minister Boris Johnson and the Supreme Court on Monday. "
                         "Mr Johnson's aides and Lady Hale spoke. The Bank of England waited.")
    assert counts["boris johnson"] == 1 and counts["johnson"] == 2  # "Johnson's" is Johnson
    assert counts["supreme court"] == 1 and counts["court"] == 1
    assert counts["hale"] == 1 and counts["bank of england"] == 1
    for never in ("prime", "supreme", "mr johnson", "lady hale", "monday", "of england",
                  "bank", "mr"):
        assert never not in counts


def test_a_name_is_written_only_where_a_run_holds_it_whole() -> None:
    written = written_names("Iran's Supreme Leader met Iraq's Prime Minister Adel Abdul Mahdi.")
    assert {"supreme leader", "prime minister", "abdul mahdi", "supreme", "prime"} <= written
    assert "supreme court" not in written and "boris johnson" not in written


def test_a_name_is_asked_for_in_full_once() -> None:
    known = {"johnson": 9.0, "boris johnson": 3.0, "minister boris johnson": 2.0, "hale": 1.0}
    assert full_name("johnson", known) == "boris johnson"
    assert full_name("minister boris johnson", known) == "boris johnson"
    assert full_name("hale", known) == "hale"
    terms = claim_terms("Queen Elizabeth II suspended parliament.", weight)
    counts = name_counts("The Queen acted. Prime Minister Boris Johnson asked her, and the "
                         "Supreme Court heard Gina Miller. Johnson and Miller spoke to the Court.")
    # "court" and "miller", written twice, lead, asked for as the full names they end.
    assert context_names(counts, terms, weight) == ["supreme court", "gina miller",
                                                    "boris johnson"]


def test_a_month_or_weekday_ends_a_name_but_is_none_alone() -> None:
    counts = name_counts("The talks stalled when Prime Minister Theresa May left in May.")
    assert counts["theresa may"] == 1 and counts["may"] == 0


def test_a_long_run_counts_for_its_short_endings_unless_it_is_a_headline() -> None:
    counts = name_counts("Rates were held by European Central Bank President Mario Draghi "
                         "on Thursday.")
    assert counts["mario draghi"] == 1 and counts["draghi"] == 1
    headline = name_counts("Queen Suspends Parliament At Request Of Prime Minister Boris Johnson\n"
                           "The order was signed.")
    assert headline["boris johnson"] == 0


def test_a_name_of_the_claims_own_words_and_a_stopword_is_not_asked_for() -> None:
    terms = claim_terms("The Bank of England raised interest rates.", weight)
    counts = name_counts("Officials at the Bank of England met. The Bank of England voted.")
    assert "bank of england" not in context_names(counts, terms, weight)


def test_a_name_opening_with_an_accented_capital_is_a_name() -> None:
    """"Éric Girard" and "Åsa Romson" were read from their second word only (``[A-Z]``)."""
    counts = name_counts("Quebec met Éric Girard on Monday. Later Åsa Romson and Łukasz Żak spoke.")
    assert counts["éric girard"] == 1 and counts["åsa romson"] == 1
    assert counts["łukasz żak"] == 1
