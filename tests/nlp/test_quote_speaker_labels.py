"""A short quoted label inside the subject of a cue is the writer's word for the speaker,
not speech: `this CNN "reporter" has revealed`, `as the "autopsy" recommended`. The cue
it found is said by the subject, not of the quoted words, so it is no evidence they were
said. The same phrase as the cue's object (`He called her a "reporter"`) stays a quote.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.nlp.quote_support import direct_texts
from workbench.nlp.quote_clauses import QuoteContext
from workbench.nlp.quote_labels import is_speaker_label


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'This is not the first time the union "negotiator" has revealed his bias.',
            id="label-on-the-subject",
        ),
        pytest.param(
            'The party changed its rules, as the "autopsy" had recommended.',
            id="document-subject",
        ),
        pytest.param(
            'Hundreds of self-styled "patriots" demanded a recount on Monday.',
            id="group-subject",
        ),
        pytest.param(
            'The "whistleblower" told investigators about the payments.', id="opens-the-sentence"
        ),
    ],
)
def test_a_short_label_in_the_cues_subject_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            'The mayor called the union negotiator a "liar" on Monday.', '"liar"', id="object"
        ),
        pytest.param('"Never," the "negotiator" said.', '"Never,"', id="own-sentence-quote"),
        pytest.param(
            'The senator told reporters the plan was "dead on arrival" in the House.',
            '"dead on arrival"',
            id="reported-clause",
        ),
    ],
)
def test_a_phrase_the_cue_says_stays_a_quote(nlp: Language, text: str, quote: str) -> None:
    assert direct_texts(nlp, text) == [quote]



def test_a_phrase_after_an_inverted_cue_stays_a_quote(nlp: Language) -> None:
    text = 'It was, said Sen. Dana Ortiz, D-Ore., the agency\'s "final insult."'
    assert direct_texts(nlp, text) == ['"final insult."']


def test_a_quote_the_parse_hangs_on_the_name_after_it_stays_a_quote(nlp: Language) -> None:
    text = 'The board met twice. "It\'s unanimous," councilmember Dana Reyes said of the vote.'
    assert direct_texts(nlp, text) == ['"It\'s unanimous,"']


#: `It said Lee supports "Paris zoning" called sprawl.` as the model misreads such a
#: sentence in a longer passage: "supports" made the subject of the naming verb "called".
_MISREAD = [
    ("It", True, 1, "nsubj", "PRON"),
    ("said", True, 1, "ROOT", "VERB"),
    ("Lee", True, 3, "nsubj", "PROPN"),
    ("supports", True, 8, "nsubj", "VERB"),
    ('"', False, 6, "punct", "PUNCT"),
    ("Paris", True, 6, "compound", "PROPN"),
    ("zoning", False, 3, "dobj", "NOUN"),
    ('"', True, 6, "punct", "PUNCT"),
    ("called", True, 1, "ccomp", "VERB"),
    ("sprawl", False, 8, "dobj", "NOUN"),
    (".", False, 1, "punct", "PUNCT"),
]


def _label_in_subject(nlp: Language, subject_pos: str) -> bool:
    rows = [r if r[0] != "supports" else (*r[:4], subject_pos) for r in _MISREAD]
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
    )
    start = doc.text.index('"')
    span = (start, doc.text.index('"', start + 1) + 1)
    return is_speaker_label(QuoteContext(doc, [span]), span, doc[8])


def test_a_subject_headed_by_a_verb_is_a_misread_clause_not_a_speaker(nlp: Language) -> None:
    assert not _label_in_subject(nlp, "VERB")
    assert _label_in_subject(nlp, "NOUN")
