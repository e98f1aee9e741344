"""Items arranged in lanes (by entity, tag or document), each lane sorted for culling.

Why sorted arrays: a frame must draw only what is on screen. A lane keeps its
items' start times sorted, and the longest interval it holds, so the items a
view can show are found with two bisections — however many the lane holds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from workbench.core.timeline_records import TimelineItem
from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.store import name_sort_key

GROUPINGS = (("entity", "Entity"), ("tag", "Tag"), ("document", "Document"))
MAX_LANES = 40
OTHER_LANE = "Other"
# What colours a mark: a claim's status, else the kind of item. Indexes into MARK_KEYS.
MARK_KEYS = (*(f"claim_{status}" for status in CLAIM_STATUSES),
             "quote", "highlight", "note", "sentence")
_MARK_INDEX = {key: index for index, key in enumerate(MARK_KEYS)}
# Painted in this order, the last on top: what the extractor found, then the analyst's
# highlights and notes, claims last. In key order the claims went first, and a quote or
# dated sentence of the same day covered the claim it holds.
_PAINTED_FIRST = ("sentence", "quote", "highlight", "note")
PAINT_RANK = tuple(_PAINTED_FIRST.index(key) if key in _PAINTED_FIRST
                   else len(_PAINTED_FIRST) + index for index, key in enumerate(MARK_KEYS))


def mark_key(item: TimelineItem) -> int:
    """The index in ``MARK_KEYS`` of the colour an item is drawn in."""
    key = f"claim_{item.status}" if item.kind == "claim" else item.kind
    return _MARK_INDEX.get(key, _MARK_INDEX["sentence"])


@dataclass
class Lane:
    """One row of the timeline: its name and its items by start time."""

    name: str
    items: list[TimelineItem] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    ends: list[float] = field(default_factory=list)
    longest: float = 0.0
    start_array: np.ndarray = field(default_factory=lambda: np.zeros(0))
    end_array: np.ndarray = field(default_factory=lambda: np.zeros(0))
    keys: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def visible_slice(self, first: float, last: float) -> slice:
        """The same as ``visible``, as a slice of the arrays (for vectorised painting)."""
        low = int(np.searchsorted(self.start_array, first - self.longest, side="left"))
        return slice(low, int(np.searchsorted(self.start_array, last, side="right")))

    def visible(self, first: float, last: float) -> range:
        """Indexes of the items that may overlap ``[first, last]`` (seconds)."""
        low = bisect_left(self.starts, first - self.longest)
        return range(low, bisect_right(self.starts, last))


def any_item_between(lanes: Sequence[Lane], first: float, last: float) -> bool:
    """Whether any lane (scrolled into view or not) has an item overlapping ``[first, last]``.

    The canvas asks only after a frame that drew no mark (to say the range is
    empty), so a busy frame pays nothing: two bisections per lane, then a look
    at the few candidates that start before the range and may end inside it.
    """
    for lane in lanes:
        window = lane.visible_slice(first, last)
        if window.start < window.stop and bool((lane.end_array[window] >= first).any()):
            return True
    return False


def item_times(item: TimelineItem) -> tuple[float, float]:
    """Start and end of a dated item in seconds (a timed item is a point)."""
    assert item.when is not None
    return item.when.seconds


def build_lanes(items: Sequence[TimelineItem], grouping: str,
                entity_names: Mapping[int, str]) -> list[Lane]:
    """Lanes for ``grouping`` (``entity``, ``tag`` or ``document``), busiest first.

    An item naming two entities (or carrying two tags) shows in both lanes;
    lanes past ``MAX_LANES`` are merged into "Other" so the view stays legible.
    Each item's times and colour are read once into arrays and a lane takes its
    slice of them by index (why: this runs on every open and filter change, on
    the UI thread, and per-item Python work over 10,000 items is what it cost).
    """
    grouped: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for key in _keys(item, grouping, entity_names):
            grouped[key].append(index)
    ranked = sorted(grouped.items(), key=lambda pair: (-len(pair[1]), name_sort_key(pair[0])))
    kept, rest = ranked[:MAX_LANES - 1], ranked[MAX_LANES - 1:]
    if len(rest) == 1:
        kept, rest = ranked, []
    columns = _Columns(items)
    lanes = [columns.lane(name, np.asarray(members, dtype=np.int64)) for name, members in kept]
    if rest:
        merged = np.unique(np.concatenate([np.asarray(m, dtype=np.int64) for _n, m in rest]))
        lanes.append(columns.lane(OTHER_LANE, merged))
    return lanes


def _keys(item: TimelineItem, grouping: str, entity_names: Mapping[int, str]) -> list[str]:
    if grouping == "document":
        return [f"{item.document_title} ({item.document_id})"]
    if grouping == "tag":
        return list(item.tags) or ["No tag"]
    names = [entity_names[e] for e in item.entity_ids if e in entity_names]
    return names or ["No entity"]


class _Columns:
    """Every item's start, end (seconds) and colour index, as arrays in the items' order."""

    def __init__(self, items: Sequence[TimelineItem]) -> None:
        self.items = items
        times = [item_times(item) for item in items]
        self.starts = np.array([t[0] for t in times], dtype=np.float64)
        self.ends = np.array([t[1] for t in times], dtype=np.float64)
        self.keys = np.fromiter((mark_key(item) for item in items), dtype=np.int64,
                                count=len(items))

    def lane(self, name: str, members: np.ndarray) -> Lane:
        """The lane of the items at ``members``, sorted by start (stable: ties keep order)."""
        order = members[np.argsort(self.starts[members], kind="stable")]
        lane = Lane(name, items=[self.items[i] for i in order.tolist()])
        lane.start_array, lane.end_array = self.starts[order], self.ends[order]
        lane.keys = self.keys[order]
        lane.starts, lane.ends = lane.start_array.tolist(), lane.end_array.tolist()
        lengths = lane.end_array - lane.start_array
        lane.longest = float(lengths.max()) if len(lengths) else 0.0
        return lane
