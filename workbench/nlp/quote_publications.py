"""A piece of the press speaks for the publication that printed it.

`"For four days, Greece has surrendered itself to flames and anarchy," said an editorial
in the conservative daily Eleftheros Typos`: the speaker text is "an editorial", which
names no entity, but the words are the paper's; its canonical speaker is the publication
named right after "in". Only for the press's own genres (editorial, column, op-ed,
commentary, article): "a report in March" or "a statement in Spanish" name no publisher.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL
from workbench.core.models import Quote

_PRESS_PIECES = frozenset(("editorial", "editorials", "column", "op-ed", "commentary", "article"))
#: " in [the] [up to three lowercase words] Capitalised Name" right after the speaker text.
_IN_PUBLICATION = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
    rf"((?:{CAPITAL}[\w'\u2019.-]*)(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,4}})"
)


def publication_of(text: str, quote: Quote) -> str | None:
    """The publication an unnamed press piece (the speaker text) appeared in, or None."""
    if not quote.speaker_text or quote.speaker_end is None:
        return None
    words = quote.speaker_text.lower().split()
    if not words or words[-1] not in _PRESS_PIECES:
        return None
    found = _IN_PUBLICATION.match(text, quote.speaker_end)
    return found.group(1).rstrip(".") if found else None
