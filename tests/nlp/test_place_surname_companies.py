"""A place after an untagged capitalised word is a person's surname only when nothing says
company, and a hyphenated surname stays whole (issue 15 review). Passages written for
these tests."""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def _people(found: set[tuple[str, str, str]]) -> set[str]:
    return {entity for _, entity, kind in found if kind == "PERSON"}


@pytest.mark.parametrize("suffix", ["GmbH", "AG", "Inc.", "Ltd."])
def test_a_place_before_a_company_suffix_is_no_surname(suffix: str) -> None:
    text = (f"Managing Director at Vostok Nordland {suffix} Karl Brenner said the deal was "
            "done. Vostok later sold the unit.")
    raw = [tag(text, "Nordland", "GPE"), tag(text, "Karl Brenner", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert _people(found) == {"Karl Brenner"}


def test_a_word_the_model_reads_as_a_company_is_no_given_name() -> None:
    text = ("Kestrel Ostmark opened a depot on Monday. Kestrel said sales rose, and the "
            "depot will hire 40 people.")
    raw = [tag(text, "Ostmark", "GPE"), tag(text, "Kestrel", "ORG", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert _people(found) == set()
    assert ("Kestrel", "Kestrel", "ORG") in found


@pytest.mark.parametrize("tagged", [["Nkoana"], ["Nkoana", "Mashabane"]])
def test_a_hyphenated_surname_read_as_a_place_stays_whole(tagged: list[str]) -> None:
    text = ("Foreign Minister Maite Nkoana-Mashabane said the talks would resume in May. "
            "Nkoana-Mashabane left for Geneva.")
    raw = [tag(text, word, "GPE") for word in tagged]
    found = body(finalize_mentions(raw, text, ""))
    assert _people(found) == {"Maite Nkoana-Mashabane"}
    assert all(entity != "Maite Nkoana" for _, entity, _ in found)
