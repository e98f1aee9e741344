"""The letters an organisation's name may be written as (issue 15, Canadian bodies): a name
with lowercase words, a hyphenated word, and a local body known by its kind's letters."""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.nlp.acronym_letters import acronym_forms, stands_for
from workbench.nlp.resolution import resolve


def test_a_name_with_lowercase_words_is_spelt_in_capitals() -> None:
    assert stands_for("SQP", ("Société", "québécoise", "du", "patrimoine"))
    assert stands_for("OQF", ("Office", "québécois", "de", "la", "forêt"))


def test_each_part_of_a_hyphenated_word_gives_a_letter() -> None:
    assert stands_for("FIRA", ("Federal-Indigenous", "Relations", "Agency"))
    assert stands_for("FRA", ("Federal-Indigenous", "Relations", "Agency"))


def test_a_local_body_is_known_by_its_kinds_letters_from_three_up() -> None:
    name = ("Kugluktuk", "Fishers", "and", "Trappers", "Association")
    assert stands_for("FTA", name)
    assert stands_for("KFTA", name)
    assert "BC" not in acronym_forms(("University", "of", "British", "Columbia"))
    assert not stands_for("BC", ("University", "of", "British", "Columbia"))


def test_a_name_spelling_an_acronym_whole_takes_it_before_one_without_its_opening_word() -> None:
    """ "an economist at the Canadian Imperial Bank of Commerce ... The Insurance Bureau
    of Canada said ... of the IBC": the bureau spells IBC whole; the bank only once its
    opening word is dropped, a reading left for texts where no name spells it."""
    text = ("Lena Moreau, an economist at the Canadian Imperial Bank of Commerce, said the "
            "floods would slow growth. The Insurance Bureau of Canada said insured damage "
            'topped $1 billion. "This is the costliest storm," said Ravi Dhillon of the IBC.')
    names = ("Canadian Imperial Bank of Commerce", "Insurance Bureau of Canada", "IBC")
    mentions = [tag(text, name, "ORG") for name in names]
    assert {m.text: m.entity for m in resolve(mentions, text)}["IBC"] == (
        "Insurance Bureau of Canada")
    text = "The Kugluktuk Fishers and Trappers Association met. The FTA voted."
    mentions = [tag(text, "Kugluktuk Fishers and Trappers Association", "ORG"),
                tag(text, "FTA", "ORG")]
    assert resolve(mentions, text)[1].entity == "Kugluktuk Fishers and Trappers Association"


def test_an_acronym_another_body_owns_is_no_reading_without_a_names_opening_place() -> None:
    """ "The UN's HRC": the text gives HRC to the UN, so the Ontario Human Rights
    Commission, HRC only without "Ontario", is not it; its own place's ("Iqaluit's HTO")
    still is."""
    text = ("Amira Haddad filed a complaint with the Ontario Human Rights Commission in "
            "March. The UN's HRC criticized Canada's housing record the same week. "
            '"The HRC has been clear for years," Haddad said.')
    mentions = [tag(text, "Ontario Human Rights Commission", "ORG"), tag(text, "HRC", "ORG"),
                tag(text, "HRC", "ORG", 1)]
    assert [m.entity for m in resolve(mentions, text)[1:]] == ["HRC", "HRC"]
    text = "The Iqaluit Hunters and Trappers Organization met. Iqaluit's HTO voted no."
    mentions = [tag(text, "Iqaluit Hunters and Trappers Organization", "ORG"),
                tag(text, "HTO", "ORG")]
    assert resolve(mentions, text)[1].entity == "Iqaluit Hunters and Trappers Organization"
