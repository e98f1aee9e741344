"""Kinds of speaker error found in news passages written for issue 15 (session 52).

A common-noun speaker whose name is a preposition's complement ("a lawyer for Barlow")
speaks for itself, not as Barlow (``speaker_names.names_whom_it_serves``); an occupation
opening a sentence before a full name the model read as an organisation ("Skipper Bill
Tremayne") is a person named without it, so a later "he" finds him
(``speaker_name_shaped_orgs``); an acronym in brackets right after a name is that name's
even when its letters are not the initials ("United Nations Children's Fund (UNICEF)",
``canonical_links``). Sentences written for these tests; mentions built by hand, as the
model would tag them.
"""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import tag
from workbench.core.models import Mention, Quote
from workbench.nlp.canonical_links import CanonicalLinks
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.speaker_name_shaped_orgs import people_read_as_organisations
from workbench.nlp.speaker_names import names_whom_it_serves


def quote_by(text: str, speaker: str, quoted: str) -> Quote:
    """A direct quote ``quoted`` whose speaker span is the last ``speaker`` in ``text``."""
    start = text.index(quoted)
    at = text.rindex(speaker)
    return Quote(
        start, start + len(quoted), quoted, speaker_text=speaker,
        speaker_start=at, speaker_end=at + len(speaker),
    )


def person(text: str, surface: str, entity: str, nth: int = 0) -> Mention:
    """A PERSON mention of the ``nth`` ``surface`` resolved to ``entity``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface, "PERSON", entity)


@pytest.mark.parametrize(
    "phrase",
    ["a lawyer for Barlow", "A lawyer for Barlow", "a friend of Barlow",
     "a lawyer representing Barlow", "a former colleague of Barlow"],
)
def test_a_person_named_after_a_preposition_does_not_speak(phrase: str) -> None:
    text = f'Tom Barlow, 32, is accused of fraud. "My client is innocent," {phrase} said.'
    mentions = [person(text, "Tom Barlow", "Tom Barlow"),
                person(text, "Barlow", "Tom Barlow", nth=1)]
    (resolved,) = resolve_speakers([quote_by(text, phrase, '"My client is innocent,"')],
                                   mentions, text)
    assert resolved.speaker is None


@pytest.mark.parametrize(
    "phrase",
    ["The Secretary of State Antony Blinken", "the head of NASA, Bill Nelson",
     "Minister for Finance Jane Roe", "Sen. Moreno", "the spokeswoman, Ingrid Salo"],
)
def test_a_title_or_a_name_set_off_by_a_comma_is_still_the_speakers_name(phrase: str) -> None:
    assert not names_whom_it_serves(phrase)


def test_an_occupation_opening_a_sentence_before_a_full_name_is_a_persons() -> None:
    text = ("Skipper Bill Tremayne said the boats were staying in harbour. "
            "'We're not going out in that,' he said.")
    mention = tag(text, "Skipper Bill Tremayne", "ORG")
    (read,) = people_read_as_organisations([mention], text)
    assert (read.label, read.entity) == ("PERSON", "Bill Tremayne")


@pytest.mark.parametrize("firm", ["Goldman Sachs Asia", "Walter Reed Medical",
                                  "Christopher Ward London"])
def test_a_firm_opened_by_a_name_ending_like_a_job_stays_a_firm(firm: str) -> None:
    """Only a job word opens a person's name: "Goldman", "Walter", "Christopher" end like
    one ("-man", "-er") but are names, and the firm keeps its label and its whole name."""
    text = f'{firm} said profits rose in the quarter. "We are pleased," it said.'
    mention = tag(text, firm, "ORG")
    (read,) = people_read_as_organisations([mention], text)
    assert (read.label, read.entity) == ("ORG", firm)


def test_a_firm_the_text_also_names_mid_sentence_stays_a_firm() -> None:
    text = ("Porter Airlines Canada cut 40 flights. Shares of Porter Airlines Canada fell. "
            '"We regret the delays," the airline said.')
    mention = tag(text, "Porter Airlines Canada", "ORG")
    assert [m.label for m in people_read_as_organisations([mention], text)] == ["ORG"]


def test_an_acronym_in_brackets_speaks_as_the_name_it_follows() -> None:
    text = ("The United Nations Children's Fund (UNICEF) appealed for help. "
            '"Children are paying the price," UNICEF said.')
    links = CanonicalLinks([tag(text, "The United Nations Children's Fund", "ORG")], text)
    assert links.link("UNICEF", "UNICEF") == "United Nations Children's Fund"


def test_an_acronym_in_brackets_whose_letters_the_name_lacks_stays_as_written() -> None:
    text = 'Harlan Steel (NYSE) fell. "Demand is weak," NYSE said.'
    links = CanonicalLinks([tag(text, "Harlan Steel", "ORG")], text)
    assert links.link("NYSE", "NYSE") == "NYSE"



@pytest.mark.parametrize("job", ["Bartender", "Caregiver", "Trader", "Medic", "Lineman",
                                 "Spokeswoman", "Librarian", "Volunteer"])
def test_a_common_job_opening_a_full_name_read_as_a_firm_is_a_person(job: str) -> None:
    text = (f"{job} Sione Tupou said the harbour was closed on Monday. "
            "Tupou added that boats would wait.")
    mention = tag(text, f"{job} Sione Tupou", "ORG")
    (read,) = people_read_as_organisations([mention], text)
    assert (read.label, read.entity) == ("PERSON", "Sione Tupou")
