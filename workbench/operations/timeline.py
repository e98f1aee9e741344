"""The timeline as the CLI, the exports and the view ask for it: gathered, then filtered.

Why filtering here and not in SQL: items get their dates in the core, after
the store has read them, and a date range or a story (the claims reachable
by links from one claim) is about those items. The view loads the library's
timeline once and applies ``filter_timeline`` as the analyst changes filters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.labels import existing_tag_path, label_key
from workbench.core.text import echoed
from workbench.core.time_spans import TimeSpan, parse_value
from workbench.core.timeline import ItemsCache, Timeline, build_timeline
from workbench.core.timeline_records import TimelineItem
from workbench.core.vocabulary import CLAIM_STATUSES

if TYPE_CHECKING:
    from workbench.store import Store


@dataclass(frozen=True)
class TimelineFilter:
    """What to keep: items naming an entity, under a tag, in a story, of a status, in a range.

    ``story`` is a set of claim ids (``story_of``); ``since``/``until`` are
    intervals and an item is kept when its own interval overlaps them.
    """

    entity_ids: frozenset[int] | None = None
    tag: str | None = None
    story: frozenset[int] | None = None
    status: str | None = None
    since: TimeSpan | None = None
    until: TimeSpan | None = None


def gather_timeline(store: Store, doc_ids: list[int] | None = None,
                    today: dt.date | None = None, cache: ItemsCache | None = None) -> Timeline:
    """Every item of the library (or of ``doc_ids``), dated ones in date order.

    ``cache`` (whole-library reads only) keeps each unchanged document's items
    from the last read: the view passes one, so a re-read after a change places
    only the documents that changed.
    """
    documents = store.timeline.timeline_documents(doc_ids)
    return build_timeline(documents, today or dt.date.today(),
                          cache if doc_ids is None else None)


class NotADate(ValueError):
    """A ``--from``/``--to`` bound that is not a date: the caller's usage, not the library's.

    Why its own class: the CLI calls it a usage error (exit 2), while a tag path
    that cannot be one (also a ValueError) is failed input (exit 1).
    """


def timeline_filter(store: Store, *, entity: str | None = None, tag: str | None = None,
                    story: int | None = None, status: str | None = None,
                    since: str | None = None, until: str | None = None) -> TimelineFilter:
    """A filter from what an analyst typed; names, tags, claims and dates are checked.

    Raises ``LookupError`` for an unknown entity, tag or claim, ``NotADate``
    for a bound that is not a date and ``ValueError`` for a bad status or tag path.
    """
    entity_ids = None
    if entity is not None:
        found = store.entities.find_entity_id(entity)
        if found is None:
            raise LookupError(f"no entity named {echoed(entity)}")
        entity_ids = frozenset({found})
    if tag is not None:
        store.tags.require_tag(tag)
    if status is not None and status not in CLAIM_STATUSES:
        raise ValueError(f"unknown claim status {status!r}; use {', '.join(CLAIM_STATUSES)}")
    return TimelineFilter(
        entity_ids=entity_ids, tag=tag,
        story=story_of(store, story) if story is not None else None, status=status,
        since=_date_bound(since, "--from"), until=_date_bound(until, "--to"),
    )


# A bound starts with a four-digit year (ASCII digits); the rest is read as a TIMEX3 value.
# Why not ``parse_value`` alone: it reads "201" as the 2010s and "19" as the 1900s, so a
# year typed short ("--from 201") filtered by decade without a word.
_BOUND_YEAR = re.compile(r"[0-9]{4}(?![0-9])")


def date_bounds(since: str | None, until: str | None) -> tuple[TimeSpan | None, TimeSpan | None]:
    """The ``--from``/``--to`` bounds read without a library; ``NotADate`` for a bad one.

    Why apart from ``timeline_filter``: the command line checks them before
    opening the library, so a typo is a usage error that makes nothing.
    """
    return _date_bound(since, "--from"), _date_bound(until, "--to")


def _date_bound(text: str | None, option: str) -> TimeSpan | None:
    if text is None:
        return None
    value = text.strip()
    span = parse_value(value) if _BOUND_YEAR.match(value) else None
    if span is None:
        raise NotADate(
            f"{option} {echoed(text)} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
            " (or a week, quarter or season: 2019-W05, 2019-Q1, 2019-SU)"
        )
    return span


ClaimLinks = dict[int, frozenset[int]]
"""Each linked claim's neighbours, either direction of the link."""


def story_of(store: Store, claim_id: int) -> frozenset[int]:
    """The claim and every claim reachable from it by links, either way (a "story")."""
    store.claims.get_claim(claim_id)  # LookupError for a claim that is not there
    return story_in(claim_links(store), claim_id)


def claim_links(store: Store) -> ClaimLinks:
    """Every link of the library as neighbours, read once.

    Why apart from ``story_of``: the view reads it once per library change and
    follows stories in memory, instead of re-reading every link on each
    filter change.
    """
    neighbours: dict[int, set[int]] = defaultdict(set)
    for link in store.claims.all_links():
        neighbours[link.from_annotation_id].add(link.to_annotation_id)
        neighbours[link.to_annotation_id].add(link.from_annotation_id)
    return {claim: frozenset(others) for claim, others in neighbours.items()}


def story_in(links: ClaimLinks, claim_id: int) -> frozenset[int]:
    """The claims reachable from ``claim_id`` through ``links`` (itself included)."""
    seen, frontier = {claim_id}, [claim_id]
    while frontier:
        current = frontier.pop()
        for other in links.get(current, frozenset()) - seen:
            seen.add(other)
            frontier.append(other)
    return frozenset(seen)


def filter_timeline(timeline: Timeline, wanted: TimelineFilter) -> Timeline:
    """The items ``wanted`` keeps; undated items are filtered by all but the dates."""
    if wanted == TimelineFilter():
        return timeline
    items = tuple(item for item in timeline.items if _keeps(wanted, item)
                  and _in_range(wanted, item))
    undated = tuple(item for item in timeline.undated if _keeps(wanted, item))
    return Timeline(items, undated)


def _keeps(wanted: TimelineFilter, item: TimelineItem) -> bool:
    if wanted.entity_ids is not None and not wanted.entity_ids & set(item.entity_ids):
        return False
    if wanted.tag is not None and not _under_tag(item.tags, wanted.tag):
        return False
    if wanted.story is not None and item.claim_id not in wanted.story:
        return False
    return wanted.status is None or item.status == wanted.status


def _under_tag(paths: Iterable[str], tag: str) -> bool:
    """A tag matches itself and the tags below it, ignoring case."""
    wanted = label_key(existing_tag_path(tag))
    keys = [label_key(path) for path in paths]
    return any(key == wanted or key.startswith(wanted + "/") for key in keys)


def _in_range(wanted: TimelineFilter, item: TimelineItem) -> bool:
    when = item.when
    if when is None:
        return False
    if wanted.since is not None and when.end <= wanted.since.start:
        return False
    return wanted.until is None or when.start < wanted.until.end


def entity_names(store: Store, items: Iterable[TimelineItem]) -> dict[int, str]:
    """Names of the entities the items name (for lanes and labels)."""
    ids = sorted({entity_id for item in items for entity_id in item.entity_ids})
    return {int(row["id"]): row["name"] for row in store.entities.entity_rows(ids)}

