"""A colon that closes a reported clause introduces the words of that clause's person.

`the Israeli ambassador told this website that Ms Livni had explained to the EU peace
delegation on Monday: "Everything is being done ..."`: the parse hangs the quote on the
outer "told", so the ambassador would speak; but the colon ends the clause "Ms Livni had
explained ...", and what follows it is what she explained. The same holds for "X said
that Smith wrote in his letter: "..."". Only when that reported clause runs right up to
the colon and its subject is a named person: "X said the plan was simple: "..."" keeps X
(a plan speaks nothing), and so does a clause that reports no saying of its own: in
"he suggested Curiel was from Mexico: "The judge, who happens to be ..."" what follows
the colon is what he suggested, in his words. The small model often tags an unknown
surname as a place ("Amara Okafor", "Ms Okafor" read as GPE), so a proper name of two
words or more that is not an organisation counts too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import cue_text, is_speech_cue
from workbench.nlp.doc_words import is_misread_surname
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speakers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLACE_OR_NONE = frozenset(("", "GPE"))


def reported_person_at_colon(
    ctx: QuoteContext, quote: Span, attribution: Attribution
) -> Attribution | None:
    """The attribution to the person of the reported clause a colon before ``quote``
    closes, when the found cue is the verb of saying that reports that clause."""
    colon = ctx.token_before(quote.start)
    cue = ctx.cue_token(attribution)
    if colon is None or colon.text != ":" or cue is None or not is_speech_cue(cue):
        return None
    for clause in cue.children:
        if clause.dep_ != "ccomp" or not cue.i < clause.i < colon.i:
            continue
        if clause.right_edge.i != colon.i - 1 or not is_speech_cue(clause):
            continue
        subject = subject_of(clause, ctx.outside)
        if subject is not None and _person_like(subject):
            return Attribution(cue_text(clause), speaker_phrase(subject), attribution.how)
    return None


def _person_like(subject: Token) -> bool:
    """A PERSON, a surname the model misread, or a proper name of two or more words (a
    given name or title before it) tagged as a place or not at all."""
    if subject.ent_type_ == "PERSON" or is_misread_surname(subject):
        return True
    if subject.pos_ != "PROPN" or subject.ent_type_ not in _PLACE_OR_NONE:
        return False
    return any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in subject.children)
