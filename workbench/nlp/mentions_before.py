"""The mentions before a point of the text, nearest first: the walk back speaker rules share.

Why one walk: the rules that read back from a speaker phrase to what it names (a
document's issuer or owner, the body or person a description stands for) each found
the mentions before it with their own bisect and loop. Walking back by index from the
point, with no slice, costs the passage read, not the document's length.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from workbench.core.models import Mention


def mentions_before(
    mentions: Sequence[Mention], at: int, *, within: int | None = None,
    window: int | None = None,
) -> Iterator[Mention]:
    """The mentions starting before ``at``, nearest first (``mentions`` sorted by start).

    ``within``: only those ending by ``at``, and the walk stops at the first ending
    more than ``within`` characters before it. ``window``: at most that many
    mentions before ``at`` are looked at, those skipped included.
    """
    index = bisect.bisect_left(mentions, at, key=lambda m: m.start)
    lowest = 0 if window is None else max(0, index - window)
    for before in range(index - 1, lowest - 1, -1):
        mention = mentions[before]
        if within is None:
            yield mention
        elif at - mention.end > within:
            return
        elif mention.end <= at:
            yield mention
