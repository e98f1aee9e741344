"""Scare quotes inside reported speech are not stand-alone quotations (issue 15).

A one-word quoted fragment that is a constituent of the clause a cue reports is the
reporter's paraphrase with a highlighted word; a whole utterance, or a fragment the
speaker is said to have said on its own, stays a quotation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import direct_texts


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The minister said the new dam would "flood" the valley.', id="cue-before"),
        pytest.param('The new dam would "flood," the minister said.', id="marks-on-the-cue"),
        pytest.param('Ms. Lee said the delay was "intolerable." She left.', id="stop-inside"),
        pytest.param('She told reporters that the talks were "productive" this week.', id="told"),
    ],
)
def test_one_word_inside_a_reported_clause_is_a_scare_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_whole_exclamation_inside_a_reported_clause_stays_a_quote(nlp: Language) -> None:
    text = 'The spokesman said the banner on the bridge read "Enough!" that morning.'
    assert direct_texts(nlp, text) == ['"Enough!"']


def test_one_word_said_on_its_own_stays_a_quote(nlp: Language) -> None:
    assert direct_texts(nlp, '"No," the senator said when asked about the deal.') == ['"No,"']


def test_two_word_fragment_of_a_reported_clause_stays_a_quote(nlp: Language) -> None:
    text = 'He said the senator was a "nasty guy" and left the stage.'
    assert direct_texts(nlp, text) == ['"nasty guy"']


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param('He said "No."', '"No."', id="said-whole-word"),
        pytest.param('The minister said: "Never."', '"Never."', id="colon"),
        pytest.param('She replied "Absolutely."', '"Absolutely."', id="replied"),
        pytest.param('"Unworkable," Mr. Diaz said of the plan.', '"Unworkable,"', id="own-sig"),
    ],
)
def test_a_one_word_utterance_is_never_a_scare_quote(nlp: Language, text: str, quote: str) -> None:
    assert direct_texts(nlp, text) == [quote]


def test_one_word_fragment_joins_the_quoted_phrase_beside_it(nlp: Language) -> None:
    text = 'Mr. Diaz said he was "troubled" and "deeply saddened" by the verdict.'
    assert direct_texts(nlp, text) == ['"troubled" and "deeply saddened"']


def test_one_word_fragments_side_by_side_stay_scare_quotes(nlp: Language) -> None:
    text = (
        "The mayor questioned the choice. He said the \"phony\" and \"nasty\" councillor "
        "attacked him during the debates and blasted his record."
    )
    assert direct_texts(nlp, text) == []


def test_scare_quote_stays_inside_the_indirect_statement(nlp: Language) -> None:
    from workbench.nlp.quotes import find_quotes

    text = "The inspector said the wiring was \"dangerous.\" The owners disagreed."
    quotes = find_quotes(nlp(text))
    assert [(q.kind, q.text) for q in quotes] == [("indirect", 'the wiring was "dangerous."')]


@pytest.mark.parametrize(
    "text",
    [
        'Lee later served as the premier\u2019s "sherpa," or envoy, at the summit, Doyle said.',
        'Voters who register as "undeclared," the clerk said, may pick either ballot.',
        'More than 200 staff worked full time as part of a "launch team" \U0001f680, the '
        "company said.",
    ],
)
def test_a_role_after_as_on_a_verb_of_holding_one_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_a_label_after_as_on_a_verb_that_labels_is_still_a_quote(nlp: Language) -> None:
    text = 'The senator dismissed the report as "absurd nonsense" on Monday.'
    assert direct_texts(nlp, text) == ['"absurd nonsense"']


@pytest.mark.parametrize(
    "text",
    [
        'Most of the files were marked at the "top secret" level, the inspector said.',
        'According to the senator, the "supermax" prison would hold 90 inmates.',
        "The board said parents joined the \u201copt-out\u201d movement \U0001f4da this spring.",
    ],
)
def test_a_short_label_in_front_of_its_noun_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The audit called it an "inaccurate and incomplete" response, the minister said.',
            '"inaccurate and incomplete"',
        ),
        ('He said he had an "Oh, no!" moment and left.', '"Oh, no!"'),
    ],
)
def test_longer_wording_or_an_utterance_before_a_noun_is_still_a_quote(
    nlp: Language, text: str, quoted: str
) -> None:
    assert direct_texts(nlp, text) == [quoted]
