"""Two speakers the parse hides behind a misread frame: a participle of saying hung on
the frame after an earlier quote, and a claim noun whose "that" opens the quote.

Why apart from ``quote_cue_speakers``: both read a few tokens around the quote rather
than the cue's subject, and both answer only where the parse went wrong in one known
way, so they stay small and are asked before the general readings.

* `Comey cannot say that "from his perspective," Lewandowski added, saying it should be
  "up to the prosecutor."`: the parser makes "Lewandowski added" a clause reported by
  "say", so the participle "saying" climbs to the reporter (Comey). A verb of saying
  whose subject opens the words right after a closing quotation mark is a frame, never a
  reported clause: its subject is the one adding, and saying.
* `Trump stood by his comment Monday that "Islam hates us," refusing to acknowledge ...`:
  the parser hangs the quoted clause on "stood" instead of the noun, so the first cue
  found is the participle after it (whose subject is the next clause's). A claim noun
  owned by someone ("his comment", "Smith's claim") right before the "that" opening the
  quotation is its cue, and its owner its speaker.
* `Maher stated that the report "wasn't good." Adding, "Now, ..."`: a sentence opened by
  a participle of saying has no subject of its own; it goes on from the sentence before,
  whose subject adds the words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.cues import is_claim_noun, is_speech_cue
from workbench.nlp.quote_reporters import person_subject
from workbench.nlp.verb_subjects import nearest_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from workbench.nlp.quote_clauses import QuoteContext

#: Dependencies of a participle that adds to its head verb ("..., saying", "adding").
_PARTICIPLE_DEPS = ("advcl", "xcomp", "conj")
#: Marks that only close a quotation.
_CLOSING = "\u201d\u00bb"
#: Words a claim noun may have between it and its "that" ("his comment Monday that").
_NOUN_GAP = 3


def framing_subject(cue: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The subject of the frame a participle of saying hangs on, when that frame follows
    a closing quotation mark (`"...," Jones added, saying`); None otherwise."""
    if cue.tag_ != "VBG" or cue.dep_ not in _PARTICIPLE_DEPS or cue.head is cue:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    frame = cue.head
    if frame.i > cue.i or not is_speech_cue(frame):
        return None
    subject = nearest_subject(frame, usable)
    if subject is None or subject.i > frame.i:
        return None
    return subject if _after_closing_mark(subject.left_edge) else None


def _after_closing_mark(first: Token) -> bool:
    """True when a closing quotation mark, with at most a comma after it, ends right
    before ``first`` (`"...," Jones`, `"..." Jones`): never an opening mark ("“")."""
    doc = first.doc
    i = first.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1:
        return False
    mark = doc[i].text
    return mark[-1:] in _CLOSING or (mark in ('"', "''") and doc[i].whitespace_ != "")


def owned_claim_before(ctx: QuoteContext, quote: Span) -> Token | None:
    """The claim noun owned by someone ("his comment", "Smith's remark") right before the
    "that" opening ``quote``, outside every quotation; None otherwise."""
    doc = ctx.doc
    that = quote.start - 1
    if that < 1 or doc[that].lower_ != "that" or not ctx.outside(doc[that]):
        return None
    for i in range(that - 1, max(-1, that - 1 - _NOUN_GAP), -1):
        token = doc[i]
        if not ctx.outside(token) or token.is_punct:
            return None
        if is_claim_noun(token):
            return token
    return None


def opening_participle_speaker(ctx: QuoteContext, cue: Token) -> Token | None:
    """The person subject of the sentence before, for a participle of saying with no
    subject that opens its own sentence (`Adding, "..."`, `Adding that "..."`); None
    otherwise, and when words of its own follow it: "Adding to the woes, "..." chants rang
    out" and "Adding insult to injury" make something worse, they report no one."""
    if cue.tag_ != "VBG" or not is_speech_cue(cue):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = ctx.doc
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.is_quote or after.lower_ == "that"):
        return None
    start = ctx.clause(cue).start
    if any(not (t.is_punct or t.is_space) for t in doc[start : cue.i]):
        return None
    while start > 0 and doc[start - 1].is_space:
        start -= 1
    if start == 0:
        return None
    head = person_subject(ctx.clause(doc[start - 1]))
    return head if head is not None and ctx.outside(head) else None
