"""Full names read as organisations, made people by a person's noun before them (issue 15)."""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_name_shaped_people import name_shaped_people


def test_a_person_s_noun_before_a_full_name_makes_it_a_person_and_its_surname_joins() -> None:
    text = ("Harbour charity spokesperson Mirela Duvnjak said the ship had left. Duvnjak "
            "said a second ship would follow.")
    raw = [tag(text, "Mirela Duvnjak", "ORG"), tag(text, "Duvnjak", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Mirela Duvnjak": "PERSON"}


def test_a_company_s_noun_an_organisation_s_word_or_a_lone_org_stays() -> None:
    """A company's noun, an organisation's word, a name joined to a person's by "and"
    (often a company the model read as a person: "Best Buy and Radio Shack") or no
    context at all leaves the model's label."""
    text = ("The retailer Hollis Brandt cut prices. The union Fairway Press and Vera Lindqvist "
            "met. Kestrel Vale Group and Ann Pike agreed. Dorn Vollmer rose.")
    raw = [tag(text, "Hollis Brandt", "ORG"), tag(text, "Fairway Press", "ORG"),
           tag(text, "Vera Lindqvist", "PERSON"), tag(text, "Kestrel Vale Group", "ORG"),
           tag(text, "Ann Pike", "PERSON"), tag(text, "Dorn Vollmer", "ORG")]
    text += " Sales at Tarn Hollow and Ann Pike rose."
    raw.append(tag(text, "Tarn Hollow", "ORG"))
    assert [m.label for m in name_shaped_people(raw, text)] == [
        "ORG", "ORG", "PERSON", "ORG", "PERSON", "ORG", "ORG"]


def test_a_full_name_with_letters_beyond_latin_1_is_a_person_too() -> None:
    """ "Łukasz Żak", "Şebnem Korur": the name words read capitals and small letters of
    every Latin block, not Latin-1's alone."""
    for name in ("Łukasz Żak", "Şebnem Korur", "Carlotta Łęcka"):
        text = f"The agency spokesperson {name} said the talks would resume."
        (read,) = name_shaped_people([tag(text, name, "ORG")], text)
        assert read.label == "PERSON", name


def test_a_job_word_opening_a_name_read_as_an_organisation_is_cut_too() -> None:
    """Stop 56: "[Cashier Jean Tremblay] ORG said ... Tremblay said" became a person named
    "Cashier Jean Tremblay": the job word cut for the model's people was kept here."""
    text = ('The event drew hundreds. Cashier Jean Tremblay said it went well. "We are '
            'happy," Tremblay said.')
    raw = [tag(text, "Cashier Jean Tremblay", "ORG"), tag(text, "Tremblay", "PERSON", 1)]
    read = name_shaped_people(raw, text)[0]
    assert (read.label, read.entity) == ("PERSON", "Jean Tremblay")
