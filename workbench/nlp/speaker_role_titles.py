"""The role a speaker phrase or a person mention's title gives ("the prime minister of
Tunisia", "Youssef Chahed, the Prime Minister of Tunisia,", "President Trump").

Why apart from ``speaker_names`` (names the model did not tag, and names that point at
someone else): reading a title and the place it is of is its own concern, shared by
``speaker_roles`` (which person holds the role), ``entity_appositions`` and the quote
resolution; a name rule never needs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.nlp.names import is_honorific, previous_word

if TYPE_CHECKING:
    from workbench.core.models import Mention

_WORD_ONLY = re.compile(r"\w+")
#: "Vice President Joe Biden" is not "the president".
_OTHER_ROLE = frozenset(("vice", "deputy", "assistant", "associate", "former"))
_MAX_ROLE_WORDS = 3
_APPOSITION_CHARS = 80
_DETERMINERS = frozenset("the a an his her their its".split())
#: A phrase ending in a comma right before a name, from the clause boundary before it.
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:^|[,;:\n(\u2014]|[.!?][ \u00a0])[ \u00a0]*([^,;:\n(\u2014]+?),[ \u00a0]+$"
)


@dataclass(frozen=True)
class Role:
    """A role a speaker phrase names: "the prime minister of Tunisia" -> minister, tunisia."""

    title: str
    place: str | None = None


def _role(words: list[str]) -> Role | None:
    """The role in lowercased words "[the] [qualifiers] <title> [of <place>]", else None.

    The title is the last word before "of"; a qualifier that makes it another role
    ("vice", "former") stays part of it, as ``title_before`` keeps it.
    """
    if words[:1] in (["the"], ["a"]):
        words = words[1:]
    of = words.index("of") if "of" in words else len(words)
    head, place = words[:of], words[of + 1 :]
    if not 1 <= len(head) <= _MAX_ROLE_WORDS or not is_honorific(head[-1]):
        return None
    title = head[-1]
    if len(head) > 1 and head[-2] in _OTHER_ROLE:
        title = f"{head[-2]} {title}"
    return Role(title, place[-1] if place else None)


def titled_role(text: str) -> Role | None:
    """The role of a definite role speaker ("the president", "the prime minister of
    Tunisia"), else None (a name, an indefinite "a spokesman", a common noun)."""
    words = _WORD_ONLY.findall(text.lower())
    if len(words) < 2 or words[0] != "the":
        return None
    return _role(words)


#: Where a role given after a name turns to the body it serves: " for ", " at ".
_SERVED_BODY = re.compile(r"\s+(?:for|at)\s+")


def title_after(text: str, mention: Mention) -> Role | None:
    """The role given in apposition right after a person mention ("Youssef Chahed, the
    Prime Minister of Tunisia, signed"), else None. A role "for" or "at" a body ends
    before it ("X, spokesman for Sudan's armed forces,"): the body is whom the role
    serves, and its last word ("forces") is no title."""
    after = text[mention.end : mention.end + _APPOSITION_CHARS]
    if not after.startswith(","):
        return None
    segment = re.split(r"[,;.\n(]", after[1:], maxsplit=1)[0]
    segment = _SERVED_BODY.split(segment, maxsplit=1)[0]
    words = _WORD_ONLY.findall(segment.lower())
    return _role(words) if words else None


def title_in_apposition(text: str, mention: Mention) -> Role | None:
    """The role given in apposition right before a person mention ("The minister,
    Chrystia Freeland, said", "met the union's president, Lana Payne,"), else None. Only
    a determined phrase ("the", "a", a possessive) of a few words counts: "In Ottawa,
    Freeland said" gives no role."""
    before = text[max(0, mention.start - _APPOSITION_CHARS) : mention.start]
    match = _ROLE_BEFORE_COMMA.search(before)
    if match is None:
        return None
    words = _WORD_ONLY.findall(match.group(1).lower())
    opens = [i for i, word in enumerate(words)
             if word in _DETERMINERS or words[i + 1 : i + 2] == ["s"]]  # fmt: skip
    if not opens or len(words) - opens[-1] > _MAX_ROLE_WORDS + 2:
        return None
    return _role(words[opens[-1] :])


def title_before(text: str, mention: Mention) -> str | None:
    """The title a person mention carries: its own first word ("President Trump") or the
    word just before it ("Pope Francis" tagged as "Francis"), lowercased."""
    first = mention.text.split()[0] if mention.text.split() else ""
    if is_honorific(first) and len(mention.text.split()) > 1:
        return first.rstrip(".").lower()
    before = previous_word(text, mention.start)
    if not is_honorific(before):
        return None
    title = before.rstrip(".").lower()
    qualifier = previous_word(text, mention.start - len(before) - 1).lower()
    return f"{qualifier} {title}" if qualifier in _OTHER_ROLE else title
