"""The speaker set off by commas after a closing mark (``quote_set_off_speakers``).

The parse these rules answer comes from whole articles (PolNeAR train: `"The agents
involved are under a lot of pressure and are busting a-," an intelligence source, who was
not authorized to speak on the record, told Fox News.`); a short passage is parsed right,
so the misread parse is built by hand here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from workbench.nlp.quote_set_off_speakers import set_off_speaker

if TYPE_CHECKING:
    from spacy.language import Language

#: word, space after, head index, dependency, part of speech
_MISREAD = [
    ('"', False, 3, "punct", "PUNCT"),
    ("Crews", True, 3, "nsubj", "NOUN"),
    ("are", True, 3, "ROOT", "AUX"),
    ("exhausted", False, 3, "acomp", "ADJ"),
    (",", False, 3, "punct", "PUNCT"),
    ('"', True, 3, "punct", "PUNCT"),
    ("a", True, 8, "det", "DET"),
    ("fire", True, 8, "compound", "NOUN"),
    ("source", False, 3, "attr", "NOUN"),
    (",", True, 8, "punct", "PUNCT"),
    ("who", True, 12, "nsubj", "PRON"),
    ("was", True, 12, "aux", "AUX"),
    ("speaking", True, 8, "relcl", "VERB"),
    ("privately", False, 12, "advmod", "ADV"),
    (",", True, 15, "punct", "PUNCT"),
    ("told", True, 15, "ROOT", "VERB"),
    ("CBC", False, 15, "dobj", "PROPN"),
    (".", False, 15, "punct", "PUNCT"),
]


def _doc(nlp: Language, rows: list[tuple[str, bool, int, str, str]]) -> Doc:
    words, spaces, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    heads[2] = 2
    heads[15] = 15
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_a_source_set_off_by_commas_before_told_speaks(nlp: Language) -> None:
    """The parse made "source" the attribute of the quoted "are" and left "told" without
    a subject: the phrase between the closing mark and the cue is its speaker."""
    doc = _doc(nlp, _MISREAD)
    speaker = set_off_speaker(doc[15])
    assert speaker is not None and speaker.text == "source"


def test_a_phrase_without_its_own_clause_is_left_to_other_rules(nlp: Language) -> None:
    """No relative clause or apposition sets the phrase off: nothing for this rule."""
    rows = [*_MISREAD]
    rows[12] = ("speaking", True, 15, "advcl", "VERB")
    doc = _doc(nlp, rows)
    assert set_off_speaker(doc[15]) is None


def test_words_inside_the_quotation_are_no_set_off_phrase(nlp: Language) -> None:
    """A phrase must open right after the closing mark: a noun inside the quotation
    before its comma is not the speaker."""
    rows = [*_MISREAD]
    rows[5] = ("now", True, 3, "advmod", "ADV")
    doc = _doc(nlp, rows)
    assert set_off_speaker(doc[15]) is None
