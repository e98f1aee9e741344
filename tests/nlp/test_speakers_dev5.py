"""Speakers in business news, session 15: rules found on the fresh dev5 split (MEANTIME).

One sentence per rule, written for the test: the outlet that "quoted X as saying" only
reports X's words; a "who" clause the parser hung on the last noun of an apposition is
about the person the apposition describes; a quote carrying on after a post-posed
attribution stays its speaker's when the next sentence's verb reports a clause of its own;
a document released through a participle, or named as the means of an act ("resigned in a
letter"), is its issuer's; a speaker label before a colon ends in the speaker's name; an
unnamed source keeps the adjective phrase describing it. Extraction runs on the real small
English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_one_quoted_as_saying_speaks_not_the_outlet(nlp: Language) -> None:
    text = (
        '"We will not raise fares before the summer timetable starts," the Daily Mail '
        "quoted Hartley as saying on Friday."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Hartley"


def test_a_who_clause_on_an_employer_is_about_the_person(nlp: Language) -> None:
    text = (
        "A different view came from Laura Penn, a finance professor at Harvard Business "
        'School, who stated, "Big mergers rarely deliver what they promise to shareholders."'
    )
    (quote,) = direct(analyse(nlp, text))
    # the "who" is the speaker text, as in "X, who stated": it stands for the person
    assert (quote.speaker, quote.speaker_text) == ("Laura Penn", "who")


def test_a_quote_carries_on_past_a_next_sentence_that_reports_its_own_clause(
    nlp: Language,
) -> None:
    text = (
        '"We are working with the authorities to restore service quickly," said Jane '
        'Miller, a spokeswoman for the utility. "Customers should stay away from downed '
        'lines." Officials say the storm caused damage across the region.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Jane Miller", "Jane Miller"]


def test_a_statement_released_through_a_participle_is_the_clause_subjects(
    nlp: Language,
) -> None:
    text = (
        'Ruth Abbott, a town councillor, said she was "appalled", issuing a statement saying "This '
        'closure will cost the town hundreds of jobs and we will fight it."'
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "Ruth Abbott"


def test_a_letter_named_as_the_means_of_an_act_is_its_subjects(nlp: Language) -> None:
    text = (
        "Smith resigned in a letter to the board of directors stating, "
        '"I have decided that the time has come for new leadership at the company."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Smith"


def test_a_passive_verbs_letter_is_not_its_subjects(nlp: Language) -> None:
    text = 'He was named in a letter saying "the mayor broke the rules of the council."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text != "He"


def test_a_speaker_label_before_a_colon_ends_in_the_name(nlp: Language) -> None:
    text = (
        "The exchange was printed in full. Director of Regional Transport Planning Mark "
        'Ellison: "We cannot keep the line open past March without new money."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Mark Ellison"


def test_an_unnamed_source_keeps_the_phrase_describing_it(nlp: Language) -> None:
    text = (
        'A person familiar with the talks said "the merger will be announced next week."'
        ' Someone close to the chairman said "he has not made up his mind yet."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == [
        "A person familiar with the talks",
        "Someone close to the chairman",
    ]


def test_an_unnamed_source_keeps_its_phrase_before_the_aside_on_anonymity(
    nlp: Language,
) -> None:
    # The relative clause hangs on "talks", so the phrase's right edge ran past it.
    text = (
        '"The board has already voted," said a person familiar with the talks, who spoke on '
        "the condition of anonymity because the vote has not been announced."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "a person familiar with the talks"
