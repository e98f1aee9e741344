"""A speaker span is always a name-like span of the text, outside its own quotation.

Imported text is untrusted: a doubled space after a speaker, emoji and invisible
format characters (zero-width space, byte-order mark, direction marks) beside the
words, closing marks glued to a name with no space. The parse makes tokens of all
of them, and a speaker phrase grown from tokens must not carry them along: an
analyst cannot click an invisible speaker, and a speaker inside the quote it speaks
is no attribution at all, whatever the kind of quote (direct or indirect).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from workbench.core.models import Quote
from workbench.nlp.pipeline import analyze_document


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    quotes = list(analyze_document("Title", text, nlp).quotes)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is None:
            assert quote.speaker_text is None
            continue
        speaker = text[quote.speaker_start : quote.speaker_end]
        assert speaker == quote.speaker_text
        assert any(c.isalpha() for c in speaker), speaker
        assert speaker == speaker.strip().strip("\u200b\u200f\ufeff\u202e"), speaker
        assert quote.speaker_end <= quote.start or quote.speaker_start >= quote.end, quote
    return quotes


def test_unnamed_source_before_a_doubled_space_ends_at_its_last_word(nlp: Language) -> None:
    text = 'Someone close to the chairman  said "there is no way at all."'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Someone close to the chairman"


@pytest.mark.parametrize(
    "text",
    [
        'Reuters \U0001f600 quoted \U0001f600 Ann Cole \U0001f600 as saying \U0001f600 "We win."',
        '\U0001f600\U0001f600: "We will fly."',
        "\u00ab he )\u00bb\ufeff told \u2013, as saying  quoted : \u202e \U0001f600A person",
        "\u201cWe will win the vote,\u201d 5 added.",  # a bare number is nobody's name
    ],
)
def test_no_speaker_without_a_letter(nlp: Language, text: str) -> None:
    quotes_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "We will win. says Secretary of the Air Force James Roche\u201dCarl Bialik in a "
        "statement stating [ as saying (-:\u201d according to ( - Carl Bialik[",
        "\u00ab he )\u00bb\ufeff told \u2013, as saying  quoted : \u202e \U0001f600A person",
        # an indirect statement whose reported clause ends on a stray mark the parse
        # grows the speaker phrase from ('\u2039 minister')
        " rock'n'roll he told reporters \u00bb \uff02 Ms. Jones \u2014 \u2039 minister told he "
        "\u201cSmith",
    ],
)
def test_speaker_never_overlaps_its_own_quote(nlp: Language, text: str) -> None:
    quotes_of(nlp, text)


def test_invisible_characters_stay_off_the_speakers_edges(nlp: Language) -> None:
    text = 'Ann\u200bCole\u200b said\u200b: \u200b"We will\u200b win." - Carl\u200b Bialik: "ok."'
    quotes_of(nlp, text)


def test_speaker_grown_into_an_indirect_statement_is_cut_back_to_the_name(
    nlp: Language,
) -> None:
    text = (
        "According to a new report by Politico, Democratic party insiders are trying "
        "to mobilize black Florida voters."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "indirect"
    assert quote.speaker_text == "Politico"
