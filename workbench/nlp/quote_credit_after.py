"""A quotation standing alone, credited by the sentence after it: "So says X", "That was
the assessment of X", "Those were the words of X", "X said those words", "X made the
remarks" (or by such a frame after a dash in its own sentence: `"..." — that was the
promise from X`).

Why: feature and wire copy open a story or a paragraph with the quote and name its
speaker in the next sentence, often the next paragraph, through a frame with no verb of
saying of its own: `"It's the worst flood since 1974." / That was the assessment of Reeve
Glen Harper, who ...`, or one naming the quote itself as its subject: `"..." That quote
from Commissioner Thomas Krebs appeared on the front page ...`. The quote's own sentence
names nobody, and the fallbacks look back (the previous sentence's subject), so such a
quote had no speaker or the wrong one.
Only a quote that is its whole sentence, and only these frames opening the very next
sentence: the name right after the frame speaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_context import speaks
from workbench.nlp.speaker_descriptions import BUSINESS_NOUNS
from workbench.nlp.speaker_phrases import name_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns for what a person said or thought, in "That was the ___ of X".
_SAYING_NOUNS = (
    "words?|assessment|verdict|view|message|warning|advice|reaction|take|opinion|"
    "conclusion|prediction|plea|promise|pledge|vow|answer|response|diagnosis|summary|"
    "description|explanation|reasoning|thinking|outlook|feeling|sentiment"
)
#: Nouns for the quoted words themselves, in "That quote from X appeared ...".
_QUOTE_NOUNS = "quote|quotation|remark|comment|line|quip|words"
#: "So says X" / "Or so says X"; "That was the blunt assessment of X" / "Such is the
#: view from X".
_FRAME = re.compile(
    r"(?:(?:Or\s+)?(?:So|Thus)\s+(?:says|said)\s+"
    r"|(?:That|This|Those|These|Such)\s+(?:is|was|are|were)\s+(?:the\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{_SAYING_NOUNS})\s+(?:of|from)\s+"
    rf"|(?:That|This|Those|These)\s+(?:[a-z-]+\s+)?(?:{_QUOTE_NOUNS}),?\s+(?:from|by)\s+)"
)
#: Between a quote that ends its sentence and the next sentence: a stop outside the
#: marks, spaces, one paragraph break.
_SENTENCE_GAP = re.compile(r"[.]?[ \t\u00a0]*(?:\n[ \t\u00a0]*){0,2}")
#: The quote ends its sentence: a stop, "!" or "?" before its closing marks (or after).
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019]*[.]?$")
#: What follows the name in `Denise Arcand said those words again`, `Jane Philpott made
#: the announcement in a letter` (a verb of making with the saying as its object) or
#: `Trump's remarks came during a rally` (the saying owned by the name, as subject).
_WORDS_SAID = re.compile(
    r"\s+(?:(?:said|repeated|spoke|uttered|wrote|shouted|whispered)\s+(?:those|these|the)"
    r"\s+(?:very\s+)?words\b"
    r"|(?:made|delivered|offered|issued)\s+(?:the|those|these|his|her|their)\s+"
    r"(?:[a-z-]+\s+)?(?:remarks?|comments?|announcement|statement|prediction|promise|"
    r"pledge|vow|plea|warning|admission|confession)\b)"
    r"|['\u2019]s\s+(?:[a-z-]+\s+)?(?:remarks?|comments?|words|statement|prediction|"
    r"promise|pledge|vow|plea|warning|admission)\s+(?:came|come|were|was|echoed|drew|"
    r"sparked|prompted)\b"
)
#: A person's name starts within this many words after the frame, past a titled body.
_TITLED_WORDS = 5
#: Entities that can be the speaker the frame names.
_NAME_LABELS = frozenset(("PERSON", "ORG"))
#: A dash right after the closing mark, in the quote's own sentence: `"…" — that was`.
_DASH = re.compile(r",?[ \t\u00a0]*(?:[\u2014\u2013\u2015]|--)[ \t\u00a0]*")
#: The same frames after a dash, where they open in lower case.
_FRAME_AFTER_DASH = re.compile(_FRAME.pattern, re.I)


def credited_after(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """The speaker a crediting frame opening the next sentence names, for a quote that is
    its whole sentence; None otherwise."""
    sentence = ctx.clause(quote[0])
    if any(not (t.is_punct or t.is_space) for t in ctx.doc[sentence.start : quote.start]):
        return None
    quote_end = quote[-1].idx + len(quote[-1])
    dash = _DASH.match(ctx.text, quote_end)
    if dash is not None:
        return _credited_after_dash(ctx, dash.end())
    if not _ENDS_SENTENCE.search(ctx.text[quote[0].idx : quote_end]):
        return None
    gap = _SENTENCE_GAP.match(ctx.text, quote_end)
    if gap is None:
        return None
    following = _token_at(ctx, gap.end())
    if following is None or not ctx.outside(following):
        return None
    frame = _FRAME.match(ctx.text, following.idx)
    if frame is None:
        return _said_those_words(ctx, following)
    head = _named_head(ctx, frame.end())
    return Attribution(None, name_phrase(head), "after") if head is not None else None


def _credited_after_dash(ctx: QuoteContext, start: int) -> Attribution | None:
    """The speaker a crediting frame names right after a dash that follows the quote in
    its own sentence: `"We will rebuild here" — that was the promise from Mayor X as she
    toured the block`. Why: the dash joins the frame to the quote, so it opens in lower
    case and no stop comes between; the frame is the same, and so is its speaker."""
    following = _token_at(ctx, start)
    if following is None or not ctx.outside(following):
        return None
    frame = _FRAME_AFTER_DASH.match(ctx.text, following.idx)
    if frame is None:
        return None
    head = _named_head(ctx, frame.end())
    return Attribution(None, name_phrase(head), "after") if head is not None else None


def _said_those_words(ctx: QuoteContext, first: Token) -> Attribution | None:
    """`"We lost everything." / Denise Arcand said those words again ...`: a name opening
    the next sentence whose verb of saying takes "those words" as its object, or whose
    verb of making takes the saying (`"..." / Philpott made the announcement in a letter
    posted on Twitter.`), or whose saying is the next sentence's subject (`Trump's
    remarks came during a rally`): wire copy names the speaker so after a quote
    standing alone."""
    if first.ent_type_ not in _NAME_LABELS:
        return None
    span = name_phrase(first)
    if span[0] != first.idx or _WORDS_SAID.match(ctx.text, span[1]) is None:
        return None
    return Attribution(None, span, "after")


def _named_head(ctx: QuoteContext, start: int) -> Token | None:
    """The head of the phrase right after the frame: a person named within its first five
    words past capitalised ones only (a titled body), else a named entity starting within
    its first three (past a title: "Reeve Glen Harper"), else the noun the phrase is built
    on when it can speak ("a farmer who ...", "the company"; never "the view from the
    summit", "the message of the film")."""
    first = _token_at(ctx, start)
    if first is None:
        return None
    person = next(
        (t for t in ctx.doc[first.i : first.i + _TITLED_WORDS] if t.ent_type_ == "PERSON"), None
    )  # past a body in a title: "Alabama Securities Commissioner Thomas Krebs"
    if person is not None and not all(t.text[:1].isupper() for t in ctx.doc[first.i : person.i]):
        person = None  # "the jury in John Hartley's trial": the jury's, not the defendant's
    for token in [person] if person is not None else ctx.doc[first.i : first.i + 3]:
        if token.ent_type_ in _NAME_LABELS and ctx.outside(token):
            end = token.i + 1
            while end < len(ctx.doc) and ctx.doc[end].ent_iob_ == "I":
                end += 1
            return ctx.doc[token.i : end].root
    chunk = next((c for c in ctx.doc[first.i : first.i + 1].noun_chunks), None)
    if chunk is None:
        chunk = next((c for c in ctx.clause(first).noun_chunks if c.start <= first.i < c.end), None)
    if chunk is None:
        return None
    root = chunk.root
    if speaks(root) or root.lemma_.lower() in BUSINESS_NOUNS or _who_follows(chunk):
        return root
    return None


def _token_at(ctx: QuoteContext, char: int) -> Token | None:
    """The token over character ``char``, or None past the text's end."""
    found = ctx.tokens((char, char + 1))
    return found[0] if found is not None and len(found) else None


def _who_follows(chunk: Span) -> bool:
    """A "who" right after the phrase (past a comma) makes its noun a person's ("a farmer
    who ...")."""
    after = [t for t in chunk.doc[chunk.end : chunk.end + 2] if not t.is_punct]
    return bool(after) and after[0].lower_ == "who"
