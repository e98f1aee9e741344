"""A person's middle initial and a list of organisations tell a name's kind (issue 15).

Hand-made mentions (as the small model tags them) go through the whole-document pass.
"""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_name_heads import middle_initial_name


def test_a_middle_initial_makes_a_person_the_model_called_a_company() -> None:
    text = ("Statues of the founders Harold Quist and Edwin T. Marlow were removed from "
            "the square on Sunday.")
    raw = [tag(text, "Harold Quist", "PERSON"), tag(text, "Edwin T. Marlow", "ORG")]
    assert entities(finalize_mentions(raw, text, ""))["Edwin T. Marlow"] == "PERSON"


def test_a_middle_initial_is_no_proof_beside_an_organisation_word() -> None:
    assert middle_initial_name(("Ulysses", "S.", "Grant"))
    assert middle_initial_name(("Mary", "J.", "O'Neill"))
    assert not middle_initial_name(("John", "F.", "Kennedy", "Center"))
    assert not middle_initial_name(("Harold", "T.", "Holdings"))
    assert not middle_initial_name(("Harold", "Quist"))
    assert not middle_initial_name(("US", "T.", "Bank"))


def test_a_one_word_person_between_outlets_is_an_outlet() -> None:
    text = "Newsweek, Dispatcho, The Ledger and Time Magazine all reported the remark."
    raw = [tag(text, "Newsweek", "ORG"), tag(text, "Dispatcho", "PERSON"),
           tag(text, "Ledger", "ORG"), tag(text, "Time Magazine", "ORG")]
    assert entities(finalize_mentions(raw, text, ""))["Dispatcho"] == "ORG"


def test_a_full_name_between_companies_stays_a_person() -> None:
    text = "Veltrix, Dana Okafor and Norvell were named in the lawsuit."
    raw = [tag(text, "Veltrix", "ORG"), tag(text, "Dana Okafor", "PERSON"),
           tag(text, "Norvell", "ORG")]
    assert entities(finalize_mentions(raw, text, ""))["Dana Okafor"] == "PERSON"


def test_a_one_word_person_after_one_company_only_stays_a_person() -> None:
    text = "Veltrix and Okafor disagreed, Okafor said on Monday."
    raw = [tag(text, "Veltrix", "ORG"), tag(text, "Okafor", "PERSON"),
           tag(text, "Okafor", "PERSON", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Okafor"] == "PERSON"
