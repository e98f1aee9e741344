"""Direct quotes, indirect statements and speakers on sentences written for each pattern.

Extraction runs on the real small English model (session fixture ``nlp``); speaker
resolution is also tested on hand-made mentions so its rules are pinned down without
a parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct, mention_of
from workbench.core.models import Mention, Quote
from workbench.core.text import normalize_text
from workbench.nlp.quote_marks import find_marked_spans
from workbench.nlp.quotes import attach_speakers, find_quotes

if TYPE_CHECKING:
    from spacy.language import Language

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_3d486de69af5284c.txt"
ALIASES = {"Miller": "Matthew Miller", "Lavrov": "Sergey Lavrov"}


def indirect(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker_text", "cue"),
    [
        pytest.param(
            'Miller said, "We will act soon."',
            '"We will act soon."',
            "Miller",
            "said",
            id="speaker-before",
        ),
        pytest.param(
            '"We will act soon," Miller said.',
            '"We will act soon,"',
            "Miller",
            "said",
            id="speaker-after",
        ),
        pytest.param(
            '"We will act soon," said Matthew Miller.',
            '"We will act soon,"',
            "Matthew Miller",
            "said",
            id="inverted",
        ),
        pytest.param(
            '"We will act soon", Miller, the spokesperson, said.',
            '"We will act soon"',
            "Miller",
            "said",
            id="apposition-between",
        ),
        pytest.param(
            "\u201cWe will act soon,\u201d Miller told reporters.",
            "\u201cWe will act soon,\u201d",
            "Miller",
            "told",
            id="curly",
        ),
        pytest.param(
            'State Department spokesperson Matthew Miller said: "We will act soon."',
            '"We will act soon."',
            "Matthew Miller",
            "said",
            id="title-phrase",
        ),
        pytest.param(
            '"Sanctions are coming for the brokers," Miller warned on Tuesday.',
            '"Sanctions are coming for the brokers,"',
            "Miller",
            "warned",
            id="warned",
        ),
        pytest.param(
            '"We are watching every shipment," Miller tweeted.',
            '"We are watching every shipment,"',
            "Miller",
            "tweeted",
            id="tweeted",
        ),
        pytest.param(
            'According to Miller, "the talks collapsed after midnight."',
            '"the talks collapsed after midnight."',
            "Miller",
            "According to",
            id="according-to",
        ),
        pytest.param(
            "\"He told me 'no deal' twice,\" Miller said.",
            "\"He told me 'no deal' twice,\"",
            "Miller",
            "said",
            id="nested-single",
        ),
        pytest.param(
            '"Why would we stop now?" Miller asked reporters.',
            '"Why would we stop now?"',
            "Miller",
            "asked",
            id="question-then-speaker",
        ),
        pytest.param(
            "\u201cHe promotes ignorance and hate.\u201d \u2015 Esther Tapia",
            "\u201cHe promotes ignorance and hate.\u201d",
            "Esther Tapia",
            None,
            id="dash-signature",
        ),
        pytest.param(
            'Trump called the senator a "nasty guy" on Tuesday.',
            '"nasty guy"',
            "Trump",
            "called",
            id="short-partial-quote",
        ),
    ],
)
def test_direct_quote_patterns(
    nlp: Language, text: str, quote: str, speaker_text: str, cue: str | None
) -> None:
    [found] = direct(analyse(nlp, text, ALIASES))
    assert found.text == quote
    assert text[found.start : found.end] == quote
    assert found.speaker_text == speaker_text
    assert found.cue == cue
    assert text[found.speaker_start : found.speaker_end] == speaker_text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Miller spoke to reporters on Tuesday. ", id="previous-sentence"),
        pytest.param("Miller said:\n\n", id="colon-paragraph"),
    ],
)
def test_speaker_from_neighbouring_sentence(nlp: Language, text: str) -> None:
    text += '"We have already taken measures against the brokers."'
    [found] = direct(analyse(nlp, text, ALIASES))
    assert found.speaker == "Matthew Miller"
    assert found.speaker_text == "Miller"


def test_quote_split_by_attribution_is_one_group(nlp: Language) -> None:
    text = '"We have taken measures," Miller said. "And we will take more if needed."'
    first, second = direct(analyse(nlp, text, ALIASES))
    assert first.text == '"We have taken measures,"'
    assert second.text == '"And we will take more if needed."'
    assert first.group is not None and first.group == second.group
    assert first.speaker == second.speaker == "Matthew Miller"


def test_quote_over_paragraphs_is_one_span(nlp: Language) -> None:
    text = (
        '"We have taken a series of measures against the brokers.\n\n'
        '"We are prepared to take further measures," Miller said.'
    )
    (quote,) = direct(analyse(nlp, text, ALIASES))  # one quotation, one span
    assert quote.text == text[: text.index(" Miller")]
    assert quote.group is None and quote.speaker == "Matthew Miller"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The so-called "peace plan" collapsed on Monday.', id="so-called"),
        pytest.param('The "reform" package stalled in committee.', id="scare-word"),
        pytest.param('Pence appeared on CNN\'s "State of the Union" on Sunday.', id="title"),
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp: Language, text: str) -> None:
    assert direct(analyse(nlp, text, ALIASES)) == []


def test_unbalanced_mark_does_not_swallow_the_document(nlp: Language) -> None:
    text = (
        'The memo said "nothing here is closed and it goes on and on for a while\n\n'
        "A new paragraph about other things follows.\n\n"
        '"We will respond," Miller said.'
    )
    quotes = direct(analyse(nlp, text, ALIASES))
    assert all("\n\n" not in q.text for q in quotes)
    assert quotes[-1].text == '"We will respond,"'
    assert quotes[-1].speaker == "Matthew Miller"


def test_marked_spans_never_cross_a_blank_line_unclosed() -> None:
    text = 'Start " stray mark\n\n' + "filler text. " * 500 + '\n\nEnd "quoted words here" end.'
    spans = find_marked_spans(text)
    assert all("\n\n" not in text[s.start : s.end] for s in spans)
    assert text[spans[-1].start : spans[-1].end] == '"quoted words here"'


def test_pronoun_speaker_resolves_to_previous_person(nlp: Language) -> None:
    text = 'Matthew Miller met reporters on Tuesday. "We are ready to act," he said.'
    [found] = direct(analyse(nlp, text, ALIASES))
    assert found.speaker_text == "he"
    assert found.speaker == "Matthew Miller"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        pytest.param(
            "Miller also emphasized that any arms pact could breach UN resolutions.",
            "any arms pact could breach UN resolutions",
            "Matthew Miller",
            "emphasized",
            id="emphasized-that",
        ),
        pytest.param(
            "Lavrov indicated that the situation had evolved since the sanctions.",
            "the situation had evolved since the sanctions",
            "Sergey Lavrov",
            "indicated",
            id="indicated-that",
        ),
        pytest.param(
            "Miller said the sanctions would stay in place for years.",
            "the sanctions would stay in place for years",
            "Matthew Miller",
            "said",
            id="said-without-that",
        ),
        pytest.param(
            "According to Miller, the train crossed the border at dawn.",
            "the train crossed the border at dawn",
            "Matthew Miller",
            "According to",
            id="according-to",
        ),
        pytest.param(
            "Jeon Ha-kyu disclosed that Kim Jong Un entered Russia by private train.",
            "Kim Jong Un entered Russia by private train",
            "Jeon Ha-kyu",
            "disclosed",
            id="disclosed-that",
        ),
    ],
)
def test_indirect_speech(nlp: Language, text: str, content: str, speaker: str, cue: str) -> None:
    [found] = indirect(analyse(nlp, text, ALIASES))
    assert found.text == content == text[found.start : found.end]
    assert found.speaker == speaker
    assert found.cue == cue


def seed_body() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text[text.index("Washington - On Wednesday") :]


def test_seed_direct_quotes_are_millers(nlp: Language) -> None:
    quotes = direct(analyse(nlp, seed_body(), ALIASES))
    assert [q.text[:22] for q in quotes] == ['"We have already taken', '"When we witness what ']
    assert {q.speaker for q in quotes} == {"Matthew Miller"}
    assert all(q.text.endswith('"') for q in quotes)


@pytest.mark.parametrize(
    ("opening", "speaker", "speaker_text"),
    [
        ("any arms pact between the two nations", "Matthew Miller", "Miller"),
        ("it was likely that Kim Jong Un entered Russia", "Jeon Ha-kyu", "Jeon Ha-kyu"),
        ("the presence of a significant number", "Jeon Ha-kyu", "He"),
        ("the situation had evolved", "Sergey Lavrov", "Sergey Lavrov"),
    ],
)
def test_seed_indirect_statements(
    nlp: Language, opening: str, speaker: str, speaker_text: str
) -> None:
    found = indirect(analyse(nlp, seed_body(), ALIASES))
    statements = [q for q in found if q.text.startswith(opening)]
    assert [(q.speaker, q.speaker_text) for q in statements] == [(speaker, speaker_text)]


def test_offsets_stay_code_point_exact_after_emoji_and_crlf(nlp: Language) -> None:
    raw = "Intro \U0001f600 line one.\r\nSecond \u00e9\u0301 line \U0001f1fa\U0001f1f8.\r\n\r\n"
    prefix = normalize_text(raw) + "\n\n"
    chunk = '"We will act soon," Miller said.'
    full = "TITLE \U0001f4f0\n\n" + prefix + chunk
    offset = full.index(chunk)
    quotes = find_quotes(nlp(chunk), offset)
    mentions = [Mention(offset + 20, offset + 26, "Miller", "PERSON", "Matthew Miller")]
    [found] = attach_speakers(quotes, mentions, full)
    assert full[found.start : found.end] == found.text == '"We will act soon,"'
    assert full[found.speaker_start : found.speaker_end] == "Miller"
    assert found.speaker == "Matthew Miller"
    whole = direct(find_quotes(nlp(full)))
    assert [(q.start, q.end) for q in whole] == [(found.start, found.end)]


def quote_at(text: str, spoken: str, speaker: str) -> Quote:
    """A quote of ``spoken`` whose speaker span is the last ``speaker`` before it."""
    start = text.index(spoken)
    s_start = text.rindex(speaker, 0, start)
    return Quote(
        start,
        start + len(spoken),
        spoken,
        speaker_text=speaker,
        speaker_start=s_start,
        speaker_end=s_start + len(speaker),
    )


def test_attach_speakers_rules_without_a_parser() -> None:
    text = (
        'Kim Jong Un arrived. Jeon Ha-kyu said "train". He added "troops". '
        'The ministry said "no". They added "maybe". An aide said "nobody".'
    )
    quotes = [
        quote_at(text, '"train"', "Jeon Ha-kyu"),
        quote_at(text, '"troops"', "He"),
        quote_at(text, '"no"', "The ministry"),
        quote_at(text, '"maybe"', "They"),
        quote_at(text, '"nobody"', "An aide"),
    ]
    mentions = [
        mention_of(text, "Kim Jong Un", "PERSON", "Kim Jong Un"),
        mention_of(text, "Jeon Ha-kyu", "PERSON", "Jeon Ha-kyu"),
        mention_of(text, "The ministry", "ORG", "Ministry of National Defense"),
    ]
    resolved = attach_speakers(quotes, mentions, text)
    assert [q.speaker for q in resolved] == [
        "Jeon Ha-kyu",
        "Jeon Ha-kyu",
        "Ministry of National Defense",
        "Ministry of National Defense",
        None,
    ]
    assert resolved[-1].speaker_text == "An aide"
    assert [q.text for q in resolved] == [q.text for q in quotes]


def test_pronoun_prefers_previous_sentence_subject_over_nearest_name() -> None:
    text = "Jeon Ha-kyu said that Kim Jong Un came by train. He noted the troops."
    he = text.index("He noted")
    quotes = [Quote(he + 9, len(text) - 1, "the troops", "indirect", None, "He", he, he + 2)]
    mentions = [
        mention_of(text, "Jeon Ha-kyu", "PERSON", "Jeon Ha-kyu"),
        mention_of(text, "Kim Jong Un", "PERSON", "Kim Jong Un"),
    ]
    [resolved] = attach_speakers(quotes, mentions, text)
    assert resolved.speaker == "Jeon Ha-kyu"


def test_she_skips_a_man_named_with_mr() -> None:
    text = "Mr. Trump spoke after Ms. Clinton. She said it was over."
    she = text.index("She")
    quotes = [Quote(she + 9, len(text) - 1, "it was over", "indirect", None, "She", she, she + 3)]
    mentions = [
        mention_of(text, "Clinton", "PERSON", "Hillary Clinton"),
        mention_of(text, "Trump", "PERSON", "Donald Trump"),
    ]
    [resolved] = attach_speakers(quotes, mentions, text)
    assert resolved.speaker == "Hillary Clinton"
