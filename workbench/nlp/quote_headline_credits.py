"""A headline that credits a quotation to a name ("Cecile Richards: 'I'm Sick Of ...'").

The body of such an article often opens on a bare quoted paragraph with no cue: the
speaker fallback (``quote_context.previous_subject``) read the sentence before it, which
is the headline, and took its quoted "I" (the subject of a verb of saying in the quoted
headline, "Telling Us What To Do") or found nobody. The one who speaks is the name
before the colon, as the headline says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.doc_words import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: A crediting name is at most this many words ("Elizabeth Warren", "Sen. Ted Cruz").
_NAME_WORDS = 4
_OPENING_MARKS = frozenset(("\u2018", "'", '"', "\u201c", "``", "`"))


def headline_credit(previous: Span) -> Token | None:
    """The last word of the name when ``previous`` (the sentence before a bare quoted
    paragraph) ends the document's first line and that line reads ``Name: 'quote'``.

    The parser may cut the line at the colon, so the line is read from the start of the
    document rather than from ``previous``."""
    doc = previous.doc
    if len(previous) == 0 or "\n" in doc_text(doc)[: previous[-1].idx]:
        return None  # the text before, not its tokens joined (a Token of each word)
    colon = next((t for t in doc[: previous[-1].i] if t.text == ":"), None)
    if colon is None or not 0 < colon.i <= _NAME_WORDS or colon.i + 1 >= len(doc):
        return None
    if doc[colon.i + 1].text not in _OPENING_MARKS:
        return None
    name = doc[: colon.i]
    if not all(t.pos_ == "PROPN" or t.text == "." for t in name):
        return None
    return name[-1] if name[-1].pos_ == "PROPN" else None
