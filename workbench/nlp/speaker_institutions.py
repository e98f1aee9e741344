"""A public body cited by its bare noun ("police said", "The army said") as the speaker.

News English cites a state's standing institutions without naming them: "police said",
"the military said in a statement". No entity is written, so the name search and the
descriptions (``speaker_descriptions``: "the commission" for the body named in full
earlier) find nothing, and the reader showed no speaker at all. The noun itself is the
body's name in such a report, as an annotator writes it: "police", "army". Only the
bodies a country keeps (never "the company" or "the group", which stand for a named
one) and only the bare noun with at most its article: "a police officer" is a person.
The same noun after the place or nation it serves ("Toronto police said", "the Israeli
military said") is that place's body, named as written without its article.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL

#: Standing public bodies a report cites by their noun alone.
INSTITUTION_NOUNS = frozenset(
    """
    police army military navy coastguard government prosecution
    """.split()
) | frozenset(("air force", "coast guard", "fire service", "fire department"))

_BARE = re.compile(r"(?:the\s+)?([a-z]+(?:\s[a-z]+)?)", re.IGNORECASE)

#: One to three capitalised words of a place or nation before the body's noun; never an
#: article ("A Toronto police officer" is a person, its phrase cut short no body).
_PLACED = re.compile(
    rf"(?:[Tt]he\s+)?((?!An?\s)(?:{CAPITAL}[\w.'\u2019-]*\s+){{1,3}}([a-z]+(?:\s[a-z]+)?))"
)


def institution_speaker(phrase: str) -> str | None:
    """The institution a speaker phrase names by its bare noun ("The army" → "army") or
    by the place it serves and its noun ("Toronto police" → "Toronto police"), else None."""
    phrase = phrase.strip()
    found = _BARE.fullmatch(phrase)
    if found is not None:
        noun = found.group(1).lower()
        if noun in INSTITUTION_NOUNS:
            return noun
    placed = _PLACED.fullmatch(phrase)
    if placed is not None and placed.group(2) in INSTITUTION_NOUNS:
        return " ".join(placed.group(1).split())
    return None
