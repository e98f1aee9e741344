"""Where each of the library's model entities belongs once every document is counted.

Why: ``LibraryLabels.apply`` settles a document by the ones saved before it, so an
import's first documents keep what they said alone, and a name saved under two labels
(or an acronym apart from its full name) is two entities on the Entities page. Read over
the whole library after an import, the same counts move those early entities too; an
entity the analyst curated never moves (the rows say which: ``curated``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workbench.nlp.library_labels import LibraryLabels


def settling_moves(rows: Iterable[Mapping[str, Any]], library: LibraryLabels | None = None
                   ) -> list[tuple[int, str, str]]:
    """(entity id, name, label) for each uncurated entity the library settles elsewhere.

    ``rows`` are entity rows as ``LibraryLabels.from_rows`` reads them, with ``id`` and
    ``curated``; an entity no document mentions any more has nothing to move. An
    analysis run passes the ``library`` it kept counting while it saved (counting the
    rows again would hold the writer's thread); without one the rows are counted.
    """
    rows = list(rows)
    if library is None:
        library = LibraryLabels.from_rows(rows)
    moves = []
    for row in rows:
        if row.get("curated") or not row.get("documents"):
            continue
        here = (str(row["name"]), str(row["label"]))
        settled = library.settled(*here)
        if settled != here:
            moves.append((int(row["id"]), *settled))
    return moves
