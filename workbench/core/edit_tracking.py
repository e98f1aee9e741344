"""Which edited-in-place values keep their earlier values, shared by the store and bundles.

Why in core: the store keeps the earlier values (``edit_history``), a bundle
carries them (``wb:earlier``) and ingest checks them; all three must agree on
which fields those are. They are plain values both copies of a row can hold,
so an earlier value tells a merge which side changed since the copies split;
references (a claimant, the entity a name is merged into) are ids that differ
between libraries and stay outside.
"""

from __future__ import annotations

#: table -> the columns whose earlier values are kept
TRACKED_EDITS: dict[str, tuple[str, ...]] = {
    "annotations": ("note_md", "color"),
    "claims": ("statement", "credibility"),
    "links": ("note",),
    "tags": ("color",),
    "sources": ("reliability",),
    "ach_analyses": ("question",),
    "ach_hypotheses": ("text",),
    "ach_ratings": ("rating",),
    "entities": ("notes", "hidden"),
}
#: every tracked column name (what a bundle's ``wb:earlier`` may name)
TRACKED_FIELDS: frozenset[str] = frozenset(c for cs in TRACKED_EDITS.values() for c in cs)
#: The ``field`` of an ``edit_history`` row that records a deletion (a tombstone).
DELETED = "(deleted)"
#: At most this many earlier values per field travel in a bundle (the latest ones).
MAX_EARLIER = 50
