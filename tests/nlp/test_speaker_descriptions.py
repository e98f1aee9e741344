"""Canonical speakers of definite descriptions (issue 15, session 7): written sentences.

"the board" is the organisation named earlier whose name ends in "Board"; "the
34-year-old" the person written with that age. The speaker text stays the phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Mention
from workbench.nlp.speaker_descriptions import described_entity

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_board_is_the_board_named_before(nlp: Language) -> None:
    text = (
        "The Toronto District School Board said it was reviewing the policy. "
        '"Our priority is student safety," the board said.'
    )
    (quote,) = direct(analyse(nlp, text, {"The Toronto District School Board": "TDSB"}))
    assert quote.speaker_text == "the board"
    assert quote.speaker == "TDSB"


def test_person_named_by_age_is_the_person_written_with_it(nlp: Language) -> None:
    text = (
        "Maria Lopez, 34, and her neighbour Tom Reid, 61, watched the fire from the street. "
        '"It was terrifying," the 61-year-old said.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the 61-year-old"
    assert quote.speaker == "Tom Reid"


def _mention(text: str, surface: str, label: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, surface)


def test_age_written_before_the_name_counts_and_other_ages_do_not() -> None:
    text = "Police arrested 19-year-old Kevin Tran. Later the 19-year-old said"
    mentions = [_mention(text, "Kevin Tran", "PERSON")]
    found = described_entity("the 19-year-old", text.index("the 19"), mentions, text)
    assert found is not None and found.entity == "Kevin Tran"
    assert described_entity("the 20-year-old", text.index("the 19"), mentions, text) is None


def test_description_without_a_matching_name_has_no_entity() -> None:
    text = "Acme Corp. cut jobs. Later the board said"
    mentions = [_mention(text, "Acme Corp.", "ORG")]
    assert described_entity("the board", text.index("the board"), mentions, text) is None
    # A noun for any business is the business just named (session 12, speaker_descriptions).
    found = described_entity("the company", text.index("the board"), mentions, text)
    assert found is not None and found.entity == "Acme Corp."
    assert described_entity("a board", text.index("the board"), mentions, text) is None


def test_agency_named_after_a_country_is_not_the_country(nlp: Language) -> None:
    text = 'Environment Canada issued a warning on Monday. "Heavy rain is expected," it said.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Environment Canada"
    (quote,) = direct(analyse(nlp, '"Heavy rain is expected," Environment Canada said.'))
    assert quote.speaker_text == "Environment Canada"
    assert quote.speaker == "Environment Canada"


def test_a_place_naming_whose_people_speak_is_not_they() -> None:
    from workbench.nlp.pronoun_fit import can_speak_as_group

    text = "Toronto police were called. Toronto has said it will act."
    police = _mention(text, "Toronto", "GPE")
    city = Mention(28, 35, "Toronto", "GPE", "Toronto")
    assert not can_speak_as_group(police, text)
    assert can_speak_as_group(city, text)


def test_an_age_written_only_in_the_description_is_the_one_person_named() -> None:
    """A feature gives the age only in "the 62-year-old": the one person its passage
    names, never when two are named or the one named has another age."""
    text = "Wayne Fortier has driven a cab in Montreal for 30 years. Later the 62-year-old said"
    at = text.index("the 62")
    mentions = [_mention(text, "Wayne Fortier", "PERSON")]
    found = described_entity("the 62-year-old", at, mentions, text)
    assert found is not None and found.entity == "Wayne Fortier"
    two = "Wayne Fortier drove Ana Lima home. Later the 62-year-old said"
    mentions = [_mention(two, "Wayne Fortier", "PERSON"), _mention(two, "Ana Lima", "PERSON")]
    assert described_entity("the 62-year-old", two.index("the 62"), mentions, two) is None
    aged = "Wayne Fortier, 40, drove home. Later the 62-year-old said"
    mentions = [_mention(aged, "Wayne Fortier", "PERSON")]
    assert described_entity("the 62-year-old", aged.index("the 62"), mentions, aged) is None


def _mention(text: str, name: str, label: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, name)


def test_the_union_is_a_labour_body_named_without_the_word_union() -> None:
    text = (
        'The Prairie Teachers Federation turned down the deal. "It ignores class sizes," '
        "the union said."
    )
    federation = _mention(text, "Prairie Teachers Federation", "ORG")
    start = text.index("the union")
    assert described_entity("the union", start, [federation], text) == federation


def test_the_union_is_no_body_of_another_kind() -> None:
    text = 'Apex Foods turned down the deal. "It ignores our costs," the union said.'
    company = _mention(text, "Apex Foods", "ORG")
    assert described_entity("the union", text.index("the union"), [company], text) is None


def test_the_company_is_a_business_name_the_model_read_as_a_person() -> None:
    text = (
        'The landlord, Ashford Properties, rejected the claim. "Repairs were made within a '
        'week," the company said.'
    )
    landlord = _mention(text, "Ashford Properties", "PERSON")
    start = text.index("the company")
    assert described_entity("the company", start, [landlord], text) == landlord
    named = text.replace("Ashford Properties", "Ashford Peters")
    person = _mention(named, "Ashford Peters", "PERSON")
    assert described_entity("the company", start, [person], named) is None


def test_the_union_and_the_company_in_a_passage(nlp: Language) -> None:
    text = (
        "Harbour Nurses Federation members rejected the offer from Ashford Properties. "
        '"Wards are understaffed," the union said.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the union"
    assert quote.speaker == "Harbour Nurses Federation"
