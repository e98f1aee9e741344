"""Speakers in mainstream news, session 17: rules found on the fresh dev7 split (ECB+).

Sentences written for the test, one per rule: an outlet credited at the end of a sentence
("..., The Valley Courier reported") passes a person's words on and does not speak them,
nor does a "he" in "he told ..., AFP reports" stand for the agency; a colon that closes a
reported clause ("told reporters that Ms Okafor had explained on Monday:") introduces the
words of that clause's person; quotes that point at one speaker mention share its reading
("added the doctor" for two quotes); an editorial "in" a named paper is the paper's words.
Extraction runs on the real small English model (fixture ``nlp``); the pure helpers are
also tested on hand-made quotes so their limits are pinned down without a parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Quote
from workbench.nlp.quote_publications import publication_of

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_outlet_credited_at_the_end_does_not_speak_a_named_persons_words(
    nlp: Language,
) -> None:
    text = (
        "The barn burned on Friday. Fire Chief Rosa Delgado said the department was "
        '"treating it as suspicious and as possible arson for now" but gave no details, '
        "The Valley Courier reported."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Rosa Delgado"]


def test_he_before_an_agency_credit_is_not_the_agency(nlp: Language) -> None:
    text = (
        "Prime Minister Tomas Berg rejected the plan. "
        '"We will not give up our ports. We have every right to trade," he told a '
        "delegation of ministers, AFP reports."
    )
    quotes = direct(analyse(nlp, text))
    assert quotes and all(q.speaker_text == "he" for q in quotes)
    assert all(q.speaker != "AFP" for q in quotes)


def test_a_colon_closing_a_reported_clause_introduces_its_persons_words(
    nlp: Language,
) -> None:
    text = (
        "The envoy told reporters that Amara Okafor had explained to the committee on "
        'Monday: "Everything is being done to keep the clinics open."'
    )
    quotes = direct(analyse(nlp, text))
    assert len(quotes) == 1
    assert quotes[0].speaker_text is not None and "Okafor" in quotes[0].speaker_text


def test_two_quotes_naming_one_role_mention_share_its_person(nlp: Language) -> None:
    text = (
        "A wall fell on a child in the town, said Lina Ortiz, a doctor at the clinic. "
        '"We have taken in around 40 people with injuries," added the doctor. "About 20 '
        'of them are badly hurt."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the doctor", "the doctor"]
    assert [q.speaker for q in quotes] == ["Lina Ortiz", "Lina Ortiz"]


def _editorial(text: str, speaker: str) -> Quote:
    start = text.index(speaker)
    return Quote(0, text.index(",") + 2, text[: text.index(",") + 2], "direct",
                 None, speaker, start, start + len(speaker))  # fmt: skip


def test_an_editorial_in_a_named_paper_speaks_for_the_paper() -> None:
    text = '"The city has lost its nerve," said an editorial in the liberal daily Le Matin.'
    assert publication_of(text, _editorial(text, "an editorial")) == "Le Matin"


def test_a_piece_in_a_month_or_a_language_names_no_publisher() -> None:
    text = '"The city has lost its nerve," said a report in March.'
    assert publication_of(text, _editorial(text, "a report")) is None
    text = '"The city has lost its nerve," said an article in english.'
    assert publication_of(text, _editorial(text, "an article")) is None


def test_a_colon_after_a_clause_about_a_thing_keeps_the_outer_speaker(nlp: Language) -> None:
    text = (
        'Mayor Helen Voss said the plan was simple: "We build the bridge first and the '
        'road after it."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Helen Voss"]


def test_a_colon_after_a_clause_that_reports_no_saying_keeps_the_reporter(
    nlp: Language,
) -> None:
    """`suggested Ms Okafor was from Nigeria: "..."`: Ms Okafor said nothing; the words
    after the colon are the premier's, which the clause only summed up (session 58)."""
    text = (
        "At a rally in Surrey, Poilievre wrongly suggested Amara Okafor was from Nigeria: "
        '"The minister, who happens to be, I am told, Nigerian, which is fine, has never run '
        'a hospital."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Poilievre"
