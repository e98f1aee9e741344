"""Start a new sentence after every blank line (a paragraph break).

Why: the parser does not always end a sentence at a paragraph break, most often
right after a closing quotation mark (`…we will win.”` / blank line / `Smith, who…`):
the two paragraphs become one sentence, the second paragraph's subject hangs off the
first one's verb and its quote cue finds the wrong speaker. In news copy a paragraph
break always ends a sentence, so this component says so before the parser runs (the
parser keeps boundaries set before it). A quotation running over paragraphs is no
exception: each of its paragraphs ends a sentence and the next reopens the mark.

Only a blank line counts. A single line break is left to the parser: imported plain
text is often hard-wrapped mid-sentence, and a headline or dateline on its own line
ends at a single break the parser already handles. Import turns every run of blank
lines into one (``core.text.normalize_text``); a blank line holding spaces counts too.

A dateline opening the paragraph ("WASHINGTON (AP) —") is kept in one sentence with
the prose after it: told that a sentence starts at "WASHINGTON", the parser ended
sentences again at "(" and ")" and the dash, cutting the first sentence's subject off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.abbreviations import add_first_component

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

PARAGRAPH_COMPONENT = "paragraph_sentences"
#: The most words a dateline's place and agency hold before the dash ("ST. PAUL, Minn. (AP)").
DATELINE_TOKENS = 10
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_DATELINE_PUNCTUATION = frozenset({",", "(", ")", "."})


def add_paragraph_sentences(nlp: Language) -> Language:
    """Add the component before the parser (after the title rule); returns ``nlp``,
    calling it twice changes nothing more."""
    return add_first_component(nlp, PARAGRAPH_COMPONENT, mark_paragraph_sentences)


def mark_paragraph_sentences(doc: Doc) -> Doc:
    """Make the first word after each blank line start a sentence.

    The whitespace tokens are read in one array (``IS_SPACE``), so a Token is made only
    for each of them and the word after a blank line, not for every word of the text."""
    spaces = doc.to_array("IS_SPACE")
    for index in spaces[:-1].nonzero()[0].tolist():  # a whitespace token with one after it
        if not spaces[index + 1] and is_paragraph_break(doc[index]):
            doc[index + 1].is_sent_start = True
            _keep_dateline_whole(doc, index + 1)
    return doc


def _keep_dateline_whole(doc: Doc, start: int) -> None:
    """No sentence starts inside a dateline opening the paragraph at ``start``, nor
    right after its dash: "WASHINGTON (AP) — The Senate voted" is one sentence."""
    dash = dateline_dash(doc, start)
    if dash is None:
        return
    for token in doc[start + 1 : min(dash + 2, len(doc))]:
        token.is_sent_start = False


def dateline_dash(doc: Doc, start: int) -> int | None:
    """The index of the dash ending a dateline that opens at ``start``, else None.

    A dateline is capitalised words (a place, a state, an agency in brackets) with
    commas, brackets and abbreviation stops between them, then a dash, then a capital.
    """
    for token in doc[start + 1 : start + DATELINE_TOKENS + 1]:
        if token.text in DATELINE_DASHES:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            opens_prose = after is not None and (after.text[:1].isupper() or after.is_quote)
            return token.i if opens_prose and doc[start].text[:1].isupper() else None
        if not _is_dateline_word(token):
            return None
    return None


def _is_dateline_word(token: Token) -> bool:
    """A capitalised word ("KYIV", "Minn.") or the punctuation between dateline words."""
    return token.text in _DATELINE_PUNCTUATION or token.text[:1].isupper()


def is_paragraph_break(token: Token) -> bool:
    """True for a whitespace token holding a blank line (two line breaks or more)."""
    return token.is_space and token.text.count("\n") >= 2
