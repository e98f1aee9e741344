"""A verb the parse made the subject of a cue names nobody (``quote_cue_speakers``).

The parse this answers comes from a real article (PolNeAR train: `It said that Trump
supports "Hillary-style healthcare" and the procedure sometimes called partial-birth
abortion.` read "supports" as the subject of "called", and "supports" became the
speaker). Our own sentence is parsed right, so the misread heads are set by hand on
the model's own parse. A participle used as a noun ("the accused told officers") is no
misread verb: it names the one who spoke.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Mention
from workbench.nlp.quotes import attach_speakers, find_quotes

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "The leaflet accused Hollis of hypocrisy. It said that Hollis backs "
    '"Ottawa-style rent control" and the scheme sometimes called a housing tax.'
)


#: (word, its head word, dependency) as the parse of the article had them: the verb of
#: the reported clause the subject of "called", the noun after "and" joined to the quote's.
MISREAD = (("backs", "called", "nsubj"), ("called", "said", "ccomp"), ("scheme", "control", "conj"))


def _misread(nlp: Language, changes: tuple[tuple[str, str, str], ...]) -> Doc:
    """The model's parse of ``TEXT`` (second sentence) with ``changes`` made."""
    parsed = nlp(TEXT)
    words = [t.text for t in parsed]
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    for word, head, dep in changes:
        at = words.index(word, 8)
        heads[at], deps[at] = words.index(head, 8), dep
    return Doc(
        nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed], heads=heads,
        deps=deps, pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        ents=[f"{'B' if t.ent_iob_ == 'B' else 'I'}-{t.ent_type_}" if t.ent_type_ else "O"
              for t in parsed],
    )


def test_a_verb_read_as_the_subject_of_a_cue_leaves_the_report_its_speaker(
    nlp: Language,
) -> None:
    doc = _misread(nlp, MISREAD)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, e.text) for e in doc.ents]
    (quote,) = [q for q in attach_speakers(find_quotes(doc), mentions, TEXT) if q.kind == "direct"]
    assert quote.speaker_text == "It"


#: (sentence, the speaker wanted): a participle used as a noun ("the accused") that the
#: tagger reads as a verb is a person who speaks, not a misread verb to climb past.
PARTICIPLE_NOUNS = (
    ("Police said the accused told officers he was \u201cjust trying to help\u201d when he "
     "entered the home.", "the accused"),
    ("Prosecutors said the accused wrote in a text message that the victim \u201chad it "
     "coming.\u201d", "the accused"),
    ("Doctors said the injured told them the bus was going \u201cway too fast\u201d before "
     "it flipped.", "the injured"),
    ("Medics said the wounded told them the gunman had shouted \u201cnobody leaves this "
     "room\u201d before he fired.", "the wounded"),
    ("Investigators said the arrested told them the money was \u201ca loan from a "
     "friend\u201d and nothing more.", "the arrested"),
)


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLE_NOUNS)
def test_a_participle_with_a_determiner_is_a_noun_that_speaks(
    nlp: Language, text: str, speaker: str
) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker
