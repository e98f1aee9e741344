"""A dateline's town read as the subject of the first sentence's verb of saying.

Why: a story filed from a town opens "SMALLVILLE, Ontario — Police said "…"", and the
parser makes the capitalised town the subject of "said" with the real subject, after
the dash, in apposition to it, so the town was read as the speaker (issue 15). A
dateline is never a speaker: the subject is the phrase after its dash, or nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.doc_words import doc_text
from workbench.nlp.entity_datelines import dateline_tail, opens_dateline_at

if TYPE_CHECKING:
    from spacy.tokens import Token


def opens_dateline(subject: Token) -> bool:
    """True when ``subject`` is a town opening its line in capitals before a dateline's
    region, agency or dash ("VIENNA, Austria (Reuters) -", "NAIROBI —"); an acronym
    before a dash that is no town ("NATO — the alliance — said") still speaks."""
    if not subject.text.isupper():  # most subjects: no need to read the text at all
        return False
    first = min((t for t in subject.lefts if t.dep_ == "compound"), default=subject,
                key=lambda t: t.i)
    end = subject.idx + len(subject.text)
    return opens_dateline_at(doc_text(subject.doc), first.idx, end)


def past_dateline(subject: Token) -> Token | None:
    """The subject itself, or for a dateline's town the noun set after its dash in
    apposition ("— Police said" → Police); None when the dateline stands alone."""
    if not opens_dateline(subject):
        return subject
    tail = dateline_tail(doc_text(subject.doc), subject.idx + len(subject.text)) or 0
    after = [c for c in subject.children if c.dep_ == "appos" and c.idx >= tail]
    return after[0] if after else None
