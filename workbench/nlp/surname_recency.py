"""Which of two people sharing a surname a bare surname names once the story moved on.

Why: ``resolution`` gives a short form fitting several full names to the one the text
talked about most, and on a tie to the one named first ("Ginger Baker" before "his
daughter Nettie Baker": "Baker" is Ginger). But news also names a second bearer far
from the first, in a passage of their own ("“…,” Makaeo Williams, 18, said" … two
thousand characters on … "City Councilman Jumaane Williams … blasted outsiders. “…,”
Williams fumed"): there the surname is the person named just before, as the passage
about the first one ended long ago (issue 15). A title written with the surname decides
first: "Mayor Bowes" is the bearer introduced as "Mayor John Bowes", however far back.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from workbench.nlp.names import previous_word

K = TypeVar("K", bound=Hashable)

#: How close before the surname the newly named bearer stands (about two sentences).
NEAR_CHARS = 400
#: How long ago every other bearer must have been last named (several paragraphs).
FAR_CHARS = 1500


def recent_bearer(tied: Sequence[K], last_seen: Mapping[K, int], start: int,
                  first_at: Mapping[K, int], text: str) -> K | None:
    """The one of ``tied`` (full names equally talked about) named within ``NEAR_CHARS``
    before ``start`` when every other was last named more than ``FAR_CHARS`` before it;
    else None (the caller keeps its own choice). A capitalised title right before the
    surname picks the one first named after that title (``first_at``: where each was
    first named in ``text``), or leaves the caller's choice."""
    title = previous_word(text, start) if text else ""
    if title[:1].isupper() and title.isalpha():
        same = [key for key in tied if key in first_at
                and title in text[max(0, first_at[key] - 40):first_at[key]].split()[-2:]]
        return same[0] if len(same) == 1 else None
    near = [key for key in tied if start - last_seen.get(key, -FAR_CHARS * 2) <= NEAR_CHARS]
    if len(near) != 1:
        return None
    others = [key for key in tied if key != near[0]]
    if not others or any(start - last_seen.get(key, start) <= FAR_CHARS for key in others):
        return None
    return near[0]
