"""Cue words after a quote that the tagger did not read as verbs.

A quote is often closed by a short frame naming a document: `"...," the editorial read.`,
`"...," the document states,`. The small model tags such a "read" or "states" as a
noun (the plural of "state"), so no verb of saying is found and the quote keeps no
speaker. The frame is read here from the words alone: it is short, fixed and right
after the closing mark, which is why the parse is not needed to trust it. (The inverted
`"...," read the statement.` is left to the parse: there "read" is tagged a verb and the
statement's issuer is found from the sentence that released it.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.speaker_documents import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CharSpan = tuple[int, int]

#: Present and past forms of verbs of saying that close a quote after their subject.
#: Matched in lower case only: "the United States." ends on a name. The bare "state" is
#: left out: after an article it is far more often the noun (``_is_frame_verb`` takes it
#: after a plural subject only).
_FRAME_VERBS = frozenset(
    "read reads said says states stated note notes noted add adds added write writes "
    "wrote continue continues continued conclude concludes concluded warn warns warned".split()
)
#: Tags of a plural noun or name, the subject the bare verb "state" agrees with.
_PLURAL_TAGS = frozenset(("NNS", "NNPS"))
_OPENERS = frozenset("the a an its his her their this that one".split())
_FRAME_ENDS = frozenset(".,;!?")
#: Words between the opener and the cue: "the party's new statement read".
_MAX_MODIFIERS = 3


def misread_frame(region: Span) -> tuple[CharSpan, CharSpan] | None:
    """(cue, speaker) character spans of a frame right after a quote whose verb the
    tagger misread as a noun; else None. `the editorial read.`: an opener, up to three
    words, a frame verb not tagged as a verb, then the end of the clause. The words
    before the verb are the speaker. A region of under three tokens is never sliced: the
    empty one after a quote that ends its chunk would be cut into a span at the chunk's
    end, which spaCy builds by joining the whole chunk's text again."""
    if len(region) < 3:
        return None
    words = list(region[: _MAX_MODIFIERS + 3])
    if words[0].lower_ not in _OPENERS:
        return None
    for position in range(2, len(words)):
        cue = words[position]
        if _is_frame_verb(cue, words[position - 1]):
            if cue.pos_ in ("VERB", "AUX"):
                return None  # a verb the parse read: the usual rules attribute it
            head = words[position - 1]
            if not _can_name_speaker(head):
                return None
            return _span(cue, cue), _span(words[0], head)
        if cue.is_punct or cue.lower_ in _FRAME_VERBS:
            return None
    return None


def _is_frame_verb(cue: Token, before: Token) -> bool:
    """A frame verb that closes its clause, or the bare "state" after a plural noun
    (`the engineers state.`, `the authors state in the report`): a plural subject agrees
    with the verb, and the noun "state" after a plural noun is no phrase of news English
    ("the member states" is plural), so there it may go on with "in" and its document."""
    if cue.text in _FRAME_VERBS:
        return _closes_clause(cue)
    if cue.text != "state" or before.tag_ not in _PLURAL_TAGS:
        return False
    doc = cue.doc
    follows_in = cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "in"
    return _closes_clause(cue) or follows_in


def _can_name_speaker(token: Token) -> bool:
    """The last word before the cue heads the speaker: a noun, a name, or a document word
    the tagger made an adjective ("the editorial read")."""
    return token.pos_ in ("NOUN", "PROPN") or token.lower_ in DOCUMENT_NOUNS


def _closes_clause(token: Token) -> bool:
    """True when ``token`` ends its clause: punctuation or a line break follows it."""
    doc = token.doc
    if "\n" in token.whitespace_ or token.i + 1 >= len(doc):
        return True
    after = doc[token.i + 1]
    return after.text in _FRAME_ENDS or after.is_space


def _span(first: Token, last: Token) -> CharSpan:
    return first.idx, last.idx + len(last.text)
