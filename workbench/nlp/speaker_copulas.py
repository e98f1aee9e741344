"""A subject joined to a quotation by a verb of being only is what the words describe.

Why: in `Nvidia's CEO spoke to BusinessWeek. ATI is "basically throwing in the towel"`
the parse makes "ATI" the subject of the quoted clause, and the clause-subject fallback
(``quote_context.clause_subject``) took it for the speaker. "Is" says nothing: the
quotation is someone's description of ATI, so the clause names no speaker and the
quote keeps the voice of its passage. A verb of saying, or any other word of the
writer's own between the subject and the mark ("ATI is said to be", "ATI called it"),
keeps the subject as speaker; only forms of "be" and adverbs may stand there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Words that may stand beside "is" without making it more than a link ("is now", "is not").
_LINK_POS = frozenset(("ADV", "PART", "PUNCT", "SPACE"))


def described_by_quote(subject: Token, quote: Span) -> bool:
    """True when only a form of "be" (with adverbs) stands between ``subject``'s phrase
    and the opening mark of ``quote``: the quotation says what the subject is."""
    doc = subject.doc
    between = doc[subject.right_edge.i + 1 : quote.start]
    if not 0 < len(between) <= 4 or subject.i >= quote.start:  # noqa: PLR2004 - "is now not"
        return False
    links = [t for t in between if t.lemma_ == "be"]
    return bool(links) and all(t.lemma_ == "be" or t.pos_ in _LINK_POS for t in between)
