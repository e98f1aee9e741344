"""What a merge of another analyst's library reports: added, same, and conflicts.

Why records of their own: the CLI (`workbench merge`, text and `--json`), the
merge dialog and the docs all show the same report, and a conflict is kept in
the library until the analyst resolves it ("keep mine", "keep theirs", "keep
both"), so it needs an id and both sides with their authors. A merge never
resolves a conflict by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.core.text import plural

#: How a conflict can be resolved; a conflict lists the ones that make sense for its kind.
KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"
KEEP_BOTH = "both"
MERGE_CHOICES: tuple[str, ...] = (KEEP_MINE, KEEP_THEIRS, KEEP_BOTH)


@dataclass(frozen=True)
class MergeConflict:
    """One piece of work both libraries hold with different values (same origin)."""

    id: int
    kind: str  # e.g. "claim status", "note", "entity", "grade", "rating"
    subject: str  # what it is about, in words ('claim "The bridge ..." in "Title"')
    mine: str  # our value, as shown to the analyst
    theirs: str  # their value
    mine_author: str | None = None
    theirs_author: str | None = None
    document_id: int | None = None
    choices: tuple[str, ...] = MERGE_CHOICES
    resolution: str | None = None  # None while open, else one of ``choices``

    def as_json(self) -> dict[str, Any]:
        """The conflict as `merge --json` prints it (keys documented in docs/collaboration.md)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "mine": {"value": self.mine, "author": self.mine_author},
            "theirs": {"value": self.theirs, "author": self.theirs_author},
            "document_id": self.document_id,
            "choices": list(self.choices),
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class MergeReport:
    """What one merge did: counts per kind of work added and already present, and its conflicts."""

    source: str  # the merged file's name, as the analyst chose it
    merge_id: int | None = None  # None when nothing was written
    added: Mapping[str, int] = field(default_factory=dict)
    same: Mapping[str, int] = field(default_factory=dict)
    conflicts: tuple[MergeConflict, ...] = ()
    #: their annotations that found no place in our version of a document, in words
    orphans: tuple[str, ...] = ()
    #: their work on work we deleted (a status change, a tag, a rating), kept out, in words
    left_out: tuple[str, ...] = ()
    #: their work past what the library takes (a 13th hypothesis), kept out, in words
    refused: tuple[str, ...] = ()
    #: the ratings of those refused hypotheses, kept out with them (each line names its own)
    refused_ratings: int = 0

    def refused_heading(self) -> str:
        """The line over the refused items, as the CLI and the Merge Report dialog word it."""
        return f"{plural(len(self.refused), 'item')} of theirs past what the library takes," \
            " left out:"

    @property
    def changed_anything(self) -> bool:
        """Whether the merge wrote anything (a second merge of the same file does not)."""
        return any(self.added.values()) or bool(self.conflicts)

    def as_json(self) -> dict[str, Any]:
        """The report as `merge --json` prints it: added, same, conflicts (and orphans)."""
        return {
            "id": self.merge_id,
            "source": self.source,
            "added": dict(self.added),
            "same": dict(self.same),
            "conflicts": [conflict.as_json() for conflict in self.conflicts],
            "orphans": list(self.orphans),
            "left_out": list(self.left_out),
            "refused": list(self.refused),
            "refused_ratings": self.refused_ratings,
        }
