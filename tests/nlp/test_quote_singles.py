"""Quotations in single marks, and the apostrophes that must not open or close one.

Sentences written for these tests, in the style of outlets that quote in single marks.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import analyse, direct, direct_texts
from workbench.nlp.quote_marks import find_marked_spans
from workbench.nlp.quote_singles import find_single_spans


def _singles(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_single_spans(text, find_marked_spans(text))]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("'We are monitoring the situation closely,' the spokesperson wrote in an email.",
         "'We are monitoring the situation closely,'"),
        ("Finance Minister Katrine Conroy said, \u2018We respect the right to strike, but a "
         "deal is within reach.\u2019", "\u2018We respect the right to strike, but a deal is "
         "within reach.\u2019"),
        ("The mayor said: 'We will rebuild every house on this street.'",
         "'We will rebuild every house on this street.'"),
    ],
)
def test_attributed_single_quotes_are_quotes(nlp: Language, text: str, quote: str) -> None:
    assert direct_texts(nlp, text) == [quote]


def test_a_single_quote_takes_its_speaker(nlp: Language) -> None:
    text = "'The budget is balanced and it is fair,' Mayor Lisa Grant said on Monday."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Lisa Grant"


@pytest.mark.parametrize(
    "text",
    [
        "The players' union said the owners' offer was an insult to every fan, the coach said.",
        "They beat 'em all season long, the players' coach said after the game.",
        "Rock 'n' roll was born in the '50s, the museum's guide said on the tour.",
        "Sanders said Clinton needs to 'get away from all of this personality stuff' now.",
    ],
)
def test_apostrophes_make_no_single_quote(text: str) -> None:
    assert _singles(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("He loves rock 'n' roll, and she said 'this is really great,' later.",
         "'this is really great,'"),
        ("They will beat 'em in the final, and he said 'we are ready for anything,' twice.",
         "'we are ready for anything,'"),
        ("Crews worked 'til dawn, and the mayor said 'we will open the road today,' again.",
         "'we will open the road today,'"),
        ("Back in the '90s, he said 'the town was full of factories then,' smiling.",
         "'the town was full of factories then,'"),
        ("Fans of rock \u2019n\u2019 roll said \u2018we want the old hall back,\u2019 loudly.",
         "\u2018we want the old hall back,\u2019"),
    ],
)
def test_an_elision_opens_no_quote_before_a_real_one(text: str, quote: str) -> None:
    assert _singles(text) == [quote]


def test_a_single_quote_nested_in_a_double_one_stays_part_of_it(nlp: Language) -> None:
    text = (
        "\"When he told me, 'I am leaving the party tomorrow,' I did not believe him,\" "
        "Smith said."
    )
    assert direct_texts(nlp, text) == [text[: text.index(" Smith")]]


def test_an_unattributed_single_quote_is_no_quote(nlp: Language) -> None:
    text = (
        "Residents on the street put up a sign: it read 'no more trucks on this road "
        "please' all week."
    )
    assert direct_texts(nlp, text) == []


def test_a_crosshead_in_single_marks_is_no_quote(nlp: Language) -> None:
    text = (
        '"These are strange days," said Peter Morgan, a lawyer.\n\n'
        "'Legend in the Coal Fields.'\n\nBankruptcy is like a chess game, he said."
    )
    assert direct_texts(nlp, text) == ['"These are strange days,"']


def test_singles_between_and_inside_several_double_quotes() -> None:
    text = (
        '"First one," she said. \'We will win the vote,\' he said. "Second one, with '
        "'we will win the vote,' inside it,\" she said. 'And we will not stop there,' he said."
    )
    assert _singles(text) == ["'We will win the vote,'", "'And we will not stop there,'"]


def test_indented_single_quoted_line_is_still_a_crosshead() -> None:
    text = "Body text here.\n  'Coal Is Not the Villain Here.' \t\nMore body text."
    assert _singles(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("'It was terrifying,' said Jo Marsh, who lives two doors down.",
         "'It was terrifying,'", "Jo Marsh"),
        ("Crews worked all night. \u2018Absolutely devastating,\u2019 the fire chief told "
         "reporters.", "\u2018Absolutely devastating,\u2019", "the fire chief"),
        ("\U0001f525 Update:\r\n'We're heartbroken,' the owner wrote on Facebook.\r\n",
         "'We're heartbroken,'", "the owner"),
    ],
)
def test_a_short_utterance_opening_its_sentence_is_a_quote(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    found = direct(analyse(nlp, text))
    assert [(q.text, q.speaker_text) for q in found] == [(quote, speaker)]
    assert text[found[0].start : found[0].end] == quote


@pytest.mark.parametrize(
    "text",
    [
        "Residents called the smell 'truly awful,' the councillor said.",
        "The band's 'Greatest Hits,' released in 1990, sold well.",
        "He still plays rock 'n' roll. 'Fair enough.'\nThe end.",
    ],
)
def test_a_short_single_quoted_bit_inside_a_sentence_is_no_quote(
    nlp: Language, text: str
) -> None:
    assert direct_texts(nlp, text) == []
