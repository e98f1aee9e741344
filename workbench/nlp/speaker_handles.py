"""Social-media handles as speakers ("tweeted @TorontoPolice", "@RepAOC wrote on X").

Why: news quotes posts by their account, and the small model reads a handle as a noun,
an interjection or nothing at all, never as a name: the speaker of `"...," tweeted
@TorontoPolice` was left empty and `The Toronto Police Service (@TorontoPolice)
tweeted` gave a speaker ending in a stray bracket. A handle is a speaker's name by
construction; the canonical speaker is the entity the text writes with it ("Toronto
Police Service (@TorontoPolice)"), else the handle itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_HANDLE = re.compile(r"@\w{1,30}")


def is_handle(token: Token) -> bool:
    """True for a token that is a whole account handle ("@TorontoPolice")."""
    return is_handle_text(token.text)


def is_handle_text(text: str) -> bool:
    """True for a whole account handle written as text."""
    return _HANDLE.fullmatch(text.strip()) is not None


def handle_next_to(cue: Token) -> Token | None:
    """A handle right before the cue ("@RepAOC wrote") or right after it ("tweeted
    @TorontoPolice"): the account that posted."""
    doc = cue.doc
    for i in (cue.i - 1, cue.i + 1):
        if 0 <= i < len(doc) and is_handle(doc[i]):
            return doc[i]
    return None


def handle_phrase(token: Token) -> tuple[int, int]:
    """Character span of the speaker a handle names: the name written before it in
    brackets ("The Toronto Police Service (@TorontoPolice)" -> the service's name, from
    its proper-noun run), else the handle."""
    doc = token.doc
    i = token.i - 1
    if i > 0 and doc[i].text == "(" and doc[i - 1].pos_ == "PROPN":
        end = i - 1
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return doc[start].idx, doc[end].idx + len(doc[end].text)
    return token.idx, token.idx + len(token.text)


def handle_name_end(text: str, handle: str) -> int | None:
    """Where the name ``text`` writes right before "(handle)" ends ("Toronto Police
    Service (@TorontoPolice)"), or None when the handle is never written so."""
    found = re.search(r"\S([ \t\u00a0]*)\(\s*" + re.escape(handle) + r"(?!\w)", text)
    return found.start() + 1 if found is not None else None
