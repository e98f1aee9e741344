"""The person named at the end of a role phrase that follows a post-posed cue.

Why apart from ``speaker_surface`` (names next to a cue, read one token at a time): in
`"...," said study co-author and research fellow Martin How.` the speaker is the whole
phrase after the cue, roles first and the name last, and the parser splits it into
several subjects of "said" when a hyphenated role word ("co-author", "vice-president")
breaks into three tokens: "co" became the subject and the speaker read "study co". The
kind, stated generally: after a verb of saying that follows the closing mark, a run of
role words that ends, at the clause's end, in one person's name is spoken by that person;
no role word before the name is a speaker of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.speaker_surface import closes_quote
from workbench.nlp.verb_subjects import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Longest role phrase read after the cue, in tokens ("study co - author and Royal
#: Society University Research Fellow Martin How" is 13).
_MAX_RUN = 16
#: Parts of speech a role phrase is made of ("lead author and professor of biology"). No
#: determiner: "the mayor and councillor Jane Smith" are two people, the mayor unnamed.
_ROLE_POS = frozenset(("NOUN", "PROPN", "ADJ", "CCONJ", "NUM"))
#: Words that may join a role phrase's parts besides its nouns ("professor of biology").
_JOINERS = frozenset(("of", "-", "&"))


def person_ending_role_run(cue: Token, head: Token | None) -> Token | None:
    """The last token of the one person's name that ends the role run right after a
    post-posed finite ``cue``, when the parse's subject ``head`` is no person of its
    own (a piece of a role word, or nothing); else None."""
    if head is not None and (head.ent_type_ == "PERSON" or head.i < cue.i):
        return None
    doc = cue.doc
    if cue.tag_ not in FINITE_TAGS or not closes_quote(doc, cue.i):
        return None
    run = _role_run(cue)
    if not run or run[-1].ent_type_ != "PERSON":
        return None
    starts = [t for t in run if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    if len(starts) != 1 or run[0].ent_type_ == "PERSON":
        return None  # a bare name is read elsewhere; two names are two people
    if head is not None and head not in run:
        return None
    return run[-1]


def _role_run(cue: Token) -> list[Token]:
    """The tokens from right after ``cue`` up to the clause's end (punctuation other than
    a hyphen, a line break, or the end of the document), when every one is a role
    phrase's word; else an empty list."""
    doc = cue.doc
    run: list[Token] = []
    for token in doc[cue.i + 1 : cue.i + 1 + _MAX_RUN]:
        if token.is_punct and token.text not in _JOINERS or token.is_space:
            return run
        role_word = token.pos_ in _ROLE_POS or token.lower_ in _JOINERS
        if not role_word and token.ent_type_ != "PERSON":  # a name read as "how" is one
            return []
        run.append(token)
        if "\n" in token.whitespace_:
            return run
    return run if cue.i + 1 + len(run) >= len(doc) else []
