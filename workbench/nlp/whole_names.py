"""One mention over a whole name in place of the pieces the model tagged inside it.

Why: several rules find a name the model cut into pieces or read partly ("[Matiu "Matt]
[Ratana]", "[Hawke]'s [Bay]"); each then drops every piece overlapping the whole name and
puts the name where its first piece stood, so the mentions keep their text order. One
function does that for all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.core.models import Mention


def in_place_of_pieces(
    mentions: Sequence[Mention], wholes: Sequence[Mention],
    other: Callable[[Mention], Mention] = lambda mention: mention,
) -> list[Mention]:
    """``mentions`` with each body mention overlapping one of ``wholes`` replaced by that
    whole name (once, where its first piece stood); the rest passed through ``other``."""
    found: list[Mention] = []
    placed: set[int] = set()
    for mention in mentions:
        inside = [index for index, whole in enumerate(wholes)
                  if mention.field == "text" and mention.start < whole.end
                  and whole.start < mention.end]
        if not inside:
            found.append(other(mention))
        for index in inside:
            if index not in placed:
                placed.add(index)
                found.append(wholes[index])
    return found
