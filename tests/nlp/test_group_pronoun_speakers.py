"""Group pronoun speakers (issue 15): "they"/"it" stand for the subject governing the
pronoun's clause when the parse shows one ("The White House has said it believes"),
and the canonical speaker follows that subject, never the nearest unrelated place or
organisation ("with what they call" after "a rally in Florida")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct, mention_of, pronoun_quote
from workbench.nlp.quotes import attach_speakers

if TYPE_CHECKING:
    from spacy.language import Language


def test_hinted_common_noun_is_kept_not_the_nearest_place() -> None:
    text = 'Florida passed the law. The campaign contrasts that with what they call "chaos".'
    quote = pronoun_quote(text, "they", "The campaign")
    [resolved] = attach_speakers([quote], [mention_of(text, "Florida", "GPE")], text)
    assert resolved.speaker == "The campaign"


def test_hinted_organisation_is_its_entity() -> None:
    text = 'The White House wrote to Ohio. Ohio replied. It said it believes "the bill is bad".'
    mentions = [mention_of(text, "White House", "ORG"), mention_of(text, "Ohio", "GPE")]
    quote = pronoun_quote(text, "it", "The White House")
    [resolved] = attach_speakers([quote], mentions, text)
    assert resolved.speaker == "White House"


def test_organisation_governing_it_speaks(nlp: Language) -> None:
    """ "which it called": the company that denied, not the agency named nearer."""
    text = (
        "Senators met in Chicago on Monday. Microsoft denied the story by Reuters, which "
        'it called "a fabrication from start to finish."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "it"
    assert quote.speaker == "Microsoft"


def test_collective_governing_what_they_call_speaks(nlp: Language) -> None:
    text = (
        "Hillary Clinton held a rally in Florida on Monday. Her campaign is seeking to "
        "contrast her approach with what they call Donald Trump's \u201cself-centered "
        "message.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "they"
    assert quote.speaker == "Her campaign"


def test_a_document_is_not_they(nlp: Language) -> None:
    """ "The statement noted they had said": a statement is "it", so "they" is not it."""
    text = (
        "The council members met in Geneva. The statement noted they had said they "
        "would act on \u201cany further violation of the treaty.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "they"
    assert quote.speaker is None


def test_sentence_opening_it_continues_the_main_subject_before(nlp: Language) -> None:
    """ "The city sent a letter. It says ...": the city, not the country named before."""
    text = (
        "Protesters gathered across America on Friday. The city sent a cease-and-desist "
        "letter on Thursday. It says \u201cthe campaign violated our trademark rules.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "It"
    assert quote.speaker == "The city"


def test_it_governed_by_it_continues_the_sentence_before(nlp: Language) -> None:
    text = (
        "Donald Trump's campaign is defending his tweets. It's denouncing what it calls "
        "\u201cthe single-biggest coordinated attack.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker is not None and quote.speaker.endswith("campaign")


def test_they_after_several_people_named_is_no_earlier_organisation() -> None:
    """ "They" after a sentence naming several ministers are the ministers: no one entity
    stands for them, and the pipeline company named before them did not speak."""
    text = (
        "The Nordgas pipeline would cross the strait. Ministers Anna Berg and Luis Prado "
        'met in Oslo. They said the deal is "null and void".'
    )
    mentions = [
        mention_of(text, "Nordgas", "ORG"),
        mention_of(text, "Anna Berg", "PERSON"),
        mention_of(text, "Luis Prado", "PERSON"),
    ]
    [resolved] = attach_speakers([pronoun_quote(text, "They")], mentions, text)
    assert resolved.speaker is None


def test_they_after_one_person_named_still_finds_the_organisation() -> None:
    text = (
        "The Nordgas company would build the pipe. Its head, Anna Berg, was in Oslo. "
        'They said the route is "final".'
    )
    mentions = [mention_of(text, "Nordgas", "ORG"), mention_of(text, "Anna Berg", "PERSON")]
    [resolved] = attach_speakers([pronoun_quote(text, "They")], mentions, text)
    assert resolved.speaker == "Nordgas"


def test_places_paired_by_a_dash_are_no_group_that_speaks() -> None:
    text = 'Ministers discussed Libya\u2013Turkey relations. They called the pact "void".'
    mentions = [mention_of(text, "Libya", "GPE"), mention_of(text, "Turkey", "GPE")]
    [resolved] = attach_speakers([pronoun_quote(text, "They")], mentions, text)
    assert resolved.speaker is None
