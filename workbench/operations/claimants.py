"""Who makes a claim, from the name an analyst typed: one rule for the CLI and the window.

Why one function: the command line kept "Jane  Doe" as typed (only the ends
trimmed) while the window collapsed the inner spaces first, so one typed name
was stored two ways and linked to its entity from one front end only.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.labels import typed_name
from workbench.core.text import has_visible_character

#: Looks a collapsed name up: the entity id it stands for, else None.
EntityFinder = Callable[[str], int | None]


def claimant_of(name: str | None, find: EntityFinder) -> tuple[int | None, str | None]:
    """``(entity id, None)`` for a name ``find`` knows, else ``(None, name)``; blank: no claimant.

    The name is trimmed and its inner runs of spaces collapsed before ``find``
    sees it, so "Jane  Doe" finds the entity "Jane Doe", or is kept as "Jane Doe".
    A name of zero-width characters only is blank too: it was stored as a claimant
    no one could see; and they are left out of any other name (``typed_name``), so
    "Jane Doe" with a zero-width space finds Jane Doe.
    """
    text = typed_name(name or "")
    if not has_visible_character(text):  # zero-width characters alone name no one
        return None, None
    entity_id = find(text)
    return (entity_id, None) if entity_id is not None else (None, text)
