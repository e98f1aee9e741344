"""The speaker set off by commas between a closing mark and its verb of saying.

Why: US and Canadian news credit unnamed sources this way: `"...," an intelligence
source, who was not authorized to speak on the record, told Fox News.` The parser often
reads the phrase after the closing mark as part of the quoted sentence (the attribute of
its "are") and leaves "told" without a subject; with no name next to the cue nobody was
found. A noun phrase that opens the words right after the closing mark (a comma at most
between), carries its own relative clause or apposition, and ends, with one comma, right
before the cue is the cue's post-posed subject however it was attached.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.speaker_surface import closes_quote

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How far back from the cue the phrase may start (a relative clause is a dozen words).
_WINDOW = 40
#: A phrase opening with these is a noun phrase ("an official", "one witness", "two men").
_OPENERS = frozenset(("DET", "NUM", "ADJ", "NOUN", "PROPN"))
#: What sets a phrase off: a relative clause, an apposition or a participle after the head.
_SET_OFF = frozenset(("relcl", "appos", "acl"))


def set_off_speaker(cue: Token) -> Token | None:
    """The head of the phrase between the closing mark and ``cue`` when a comma sets it
    off before the cue (`"...," a source, who ..., told CBC`); None otherwise."""
    doc = cue.doc
    comma = cue.i - 1
    while comma > 0 and doc[comma].is_space:
        comma -= 1
    if comma <= 0 or doc[comma].text != ",":
        return None
    for token in doc[max(0, cue.i - _WINDOW) : comma]:
        if token.pos_ not in ("NOUN", "PROPN") or token.right_edge.i != comma - 1:
            continue
        opener = token.left_edge
        if opener.pos_ not in _OPENERS or not closes_quote(doc, opener.i):
            continue
        if any(child.dep_ in _SET_OFF and child.i > token.i for child in token.children):
            return token
    return None
