"""A post-posed frame with an apposed name, parsed as a noun phrase (``quote_reduced_frames``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_reduced_frames import reduced_relative_cue

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_exclaimed_quote_credits_the_apposed_name(nlp: Language) -> None:
    text = (
        "The debate continued. \u201cHe should be impeached!\u201d the leading Republican "
        "candidate, Marcus Hale, tweeted Sunday after the hearing."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Marcus Hale"
    assert quote.cue == "tweeted"


def test_a_question_credits_the_apposed_name(nlp: Language) -> None:
    text = (
        "The debate continued. \u201cIs the governor going to resign?\u201d the leading "
        "Republican candidate, Marcus Hale, asked on Sunday."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Marcus Hale"


def test_a_participle_on_the_phrase_is_no_frame(nlp: Language) -> None:
    doc = nlp("the letter signed by the mayor on Friday.")
    assert reduced_relative_cue(doc[:]) is None


def test_the_frame_must_open_the_region(nlp: Language) -> None:
    doc = nlp(
        "The debate continued. \u201cHe should be impeached!\u201d the leading Republican "
        "candidate, Marcus Hale, tweeted Sunday after the hearing."
    )
    start = next(t.i for t in doc if t.text == "\u201d") + 1
    verb = reduced_relative_cue(doc[start:])
    assert verb is not None and verb.text == "tweeted"
    assert reduced_relative_cue(doc[start + 1 :]) is None  # "leading ..." is no frame start


def test_a_frame_verb_tagged_a_participle_after_an_apposed_name(nlp: Language) -> None:
    text = (
        "It was a sharp reply. \u201cWill the mayor finally admit the plan failed? If she "
        "doesn't she should step down at once!\u201d the presumptive Green Party nominee, "
        "Laura Finch, tweeted Sunday after a flood on the east side."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Laura Finch"


def test_a_participle_tag_counts_only_after_an_apposed_name(nlp: Language) -> None:
    doc = nlp(
        "The debate continued. \u201cHe should be impeached!\u201d the leading Republican "
        "candidate, Marcus Hale, tweeted Sunday after the hearing."
    )
    start = next(t.i for t in doc if t.text == "\u201d") + 1
    verb = next(t for t in doc if t.text == "tweeted")
    verb.tag_ = "VBN"  # how the tagger reads it in some longer sentences
    assert reduced_relative_cue(doc[start:]) == verb
    doc[verb.i - 2].dep_ = "compound"  # no name apposed to the noun: a reduced relative
    assert reduced_relative_cue(doc[start:]) is None
