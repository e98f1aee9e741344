"""The parsed chunk as attribution reads it: clause bounds, quoted-token mask, results.

Split from ``quote_attribution`` so the rules there read apart from the bookkeeping
they share with ``quotes``, ``quote_indirect`` and ``quote_filters``: where a clause
starts and ends (sentences cut at line breaks) and which tokens lie inside quotes. Both
are read by token index (line ends from the token array, quoted tokens as index ranges),
never one ``Token`` object per token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.nlp.doc_words import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CharSpan = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """Where a quote's cue and speaker are (doc character spans) and how they were found."""

    cue: CharSpan | None = None
    speaker: CharSpan | None = None
    how: str = "none"


class QuoteContext:
    """The parsed chunk plus a per-token mask of which tokens lie inside quoted spans.

    ``doc.text`` and ``doc.sents`` are rebuilt by spaCy on every access, so the text (the
    doc's own, ``doc_text``) and the clause bounds are computed once; everything else asks
    this object. A clause's and a character span's ``Span`` are made once per chunk too:
    the attribution rules ask the same few again and again (200 articles asked 18,757
    clauses of 2,864 and 11,435 character spans of 3,811), and each ask made a new one.
    """

    def __init__(self, doc: Doc, spans: Sequence[CharSpan]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.spans = list(spans)
        self.inside = [False] * len(doc)
        for start, end in self.spans:
            tokens = doc.char_span(start, end, alignment_mode="expand")
            if tokens is not None:  # by index: no Token object per quoted token
                self.inside[tokens.start:tokens.end] = [True] * len(tokens)
        self.paragraph, self.clause_starts, self.clause_ends = _lines_and_clauses(doc)
        self._clauses: dict[int, Span] = {}
        self._covering: dict[CharSpan, Span | None] = {}

    def clause(self, token: Token) -> Span:
        """The token's sentence cut at line breaks: the parser sometimes runs a sentence
        on into the next paragraph, and attribution never crosses one."""
        start = self.clause_starts[token.i]
        clause = self._clauses.get(start)
        if clause is None:
            clause = self._clauses[start] = self.doc[start:self.clause_ends[token.i]]
        return clause

    def tokens(self, span: CharSpan) -> Span | None:
        """The tokens covering ``span`` (expanded to token boundaries)."""
        key = (span[0], span[1])
        if key not in self._covering:
            self._covering[key] = self.doc.char_span(key[0], key[1], alignment_mode="expand")
        return self._covering[key]

    def cue_token(self, attribution: Attribution) -> Token | None:
        """The first token of ``attribution``'s cue, or None when it has none: the rules
        that correct an attribution after the fact all start from its verb of saying."""
        tokens = self.tokens(attribution.cue) if attribution.cue else None
        return tokens[0] if tokens is not None and len(tokens) else None

    def outside(self, token: Token) -> bool:
        """True for a token that is not part of any quoted span."""
        return not self.inside[token.i]

    def token_before(self, index: int) -> Token | None:
        """The last token before token ``index`` that is not whitespace, or None.

        Why one place: the rules that read what introduces a quotation ("said:", a dash,
        "called") all look at the word right before its opening mark, across the space
        and line-break tokens spaCy makes of doubled spaces and paragraph breaks.
        """
        i = index - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None


def _paragraph_ids(doc: Doc) -> list[int]:
    """Number the lines of the chunk; a whitespace token holding a newline ends one (-1)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    return _line_ids(doc_text(doc), doc.to_array([IDX, LENGTH, IS_SPACE])).tolist()


def _line_ids(text: str, rows: Any) -> Any:
    """The line numbers of ``_paragraph_ids`` as an array, from the token array's offset,
    length and whitespace columns.

    Read with no ``Token`` objects (making one per token was most of this pass's time),
    and only the whitespace tokens' text is read: a token's own trailing whitespace is one
    space or none (spaCy makes any other whitespace a token), so only those tokens end a
    line. A token's number is the count of line ends before it."""
    import numpy

    ends = numpy.zeros(len(rows), dtype=numpy.int64)
    for i in numpy.flatnonzero(rows[:, 2]).tolist():
        start = int(rows[i, 0])
        if "\n" in text[start : start + int(rows[i, 1])]:
            ends[i] = 1
    ids = numpy.cumsum(ends)
    ids[ends == 1] = -1
    return ids


def _lines_and_clauses(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Every token's line number (``_paragraph_ids``) and the first and end token of its
    clause: its sentence cut where the line number changes (a line end's -1 included).

    Both from one token array: the clauses from its sentence starts, not from walking
    every token of ``doc.sents`` in Python (that walk and a ``to_array`` call of its own
    were this pass's cost)."""
    import numpy
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    rows = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START])
    count = len(rows)
    if not count:
        return [], [], []
    ids = _line_ids(doc_text(doc), rows)
    cut = numpy.zeros(count + 1, dtype=bool)
    cut[0] = cut[count] = True
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        cut[[sent.start for sent in doc.sents]] = True  # raises as doc.sents does
    else:
        cut[:count] |= rows[:, 3] == 1
    cut[1:count] |= ids[1:] != ids[:-1]
    firsts = numpy.flatnonzero(cut)
    clause = numpy.cumsum(cut[:count]) - 1
    return ids.tolist(), firsts[:-1][clause].tolist(), firsts[1:][clause].tolist()
