"""Read-only queries behind the Entities table and entity completers (for ``store.entities``).

Why apart from ``library``: the Entities view pages through entities the way
the library table pages through documents (ordered ids once, then rows by
primary key), but shares none of the document filters, tags or full-text
search.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.vocabulary import DATE_AND_NUMBER_LABELS
from workbench.store.rows import dict_rows, key_containing, name_or_alias_containing

ENTITY_SORT_KEYS = {
    "documents": "documents",
    "mentions": "mentions",
    "name": "name_order(e.name)",
    "label": "e.label",
}
DURATION_VALUE = "P[0-9XT]*"
"""A TIMEX3 duration or set value ('P5Y', 'PXY', 'PT3H') as a GLOB: 'PRESENT_REF' and
'PAST_REF' start with P too but are dates."""
RECURRENCE = ("(lower(e.name) GLOB 'every *' OR lower(e.name) GLOB 'each *' OR lower(e.name)"
              " IN ('daily', 'nightly', 'hourly', 'weekly', 'monthly', 'yearly', 'annually'))")
"""A recurrence ("every night", "annually"): TIMEX3 gives a set the period's value (P1D,
P1Y), yet it says how often, not how long, so it is no duration and stays a date."""
DURATION_OF = (f"(e.label IN ('DATE', 'TIME') AND NOT {RECURRENCE} AND"
               f" coalesce(2 * sum(m.value GLOB '{DURATION_VALUE}') > count(m.value), 0))")
"""1 when most of a date or time entity's valued mentions (``m``, grouped by entity) are
durations ("five years", "three weeks"), else 0.

Why a kind of its own: the analysis keeps durations as DATE (the TIMEX eval scores
them) and the timeline already leaves them out, but listed among the dates "five years"
stood beside "Monday" and "2019" as if it were a day. Most, not all: "the past year"
can be read as a year once and a span of a year elsewhere.
"""
IS_DURATION = f"(SELECT {DURATION_OF} FROM mentions m WHERE m.entity_id = e.id)"
ENTITY_COUNT_KEYS = {
    "documents": "(SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)",
    "mentions": "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)",
}


def entity_ids(
    db: Database,
    *,
    label: str | None = None,
    name: str | None = None,
    order_by: str = "documents",
    descending: bool = True,
    dates_and_numbers: bool | None = None,
    durations: bool | None = None,
) -> list[int]:
    """Ids of visible entities passing the filters, in display order (Entities view).

    ``dates_and_numbers``: True for dates, times, amounts and numbers only
    (``DATE_AND_NUMBER_LABELS``), False for names only (every other label).
    ``durations``: True for lengths of time only (``DURATION_OF``), False for all but them.

    Like ``store.library.library_ids``: one ordered scan, then ``entity_rows`` fetches a
    page by primary key, so 50,000 entities scroll without loading them all.
    """
    if order_by not in ENTITY_SORT_KEYS:
        raise ValueError(f"cannot sort entities by {order_by!r}")
    where, params = _entity_conditions(label, name, dates_and_numbers, durations)
    direction = "DESC" if descending else "ASC"
    counted = order_by in ("documents", "mentions")
    source, key = "entities e", ENTITY_SORT_KEYS[order_by]
    narrowed = label or (name or "").strip() or dates_and_numbers or durations  # names: most
    if order_by == "mentions" or (counted and narrowed):
        # Mentions, or a filtered few: count each through idx_mentions_entity rather
        # than grouping every mention of the library.
        key = ENTITY_COUNT_KEYS[order_by]
    elif counted:
        source += (
            " LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT"
            " document_id) AS documents FROM mentions GROUP BY entity_id) c"
            " ON c.entity_id = e.id"
        )
        key = f"coalesce(c.{order_by}, 0)"
    tie = "name_order(e.name) ASC" if counted else f"e.id {direction}"
    sql = f"SELECT e.id FROM {source} WHERE {where} ORDER BY {key} {direction}, {tie}"
    return [int(row[0]) for row in db.execute(sql, params)]


def entity_rows(db: Database, entity_ids: list[int]) -> list[dict[str, Any]]:
    """Rows for ``entity_ids`` in that order: name, type, documents, mentions, aliases, and
    ``duration`` (1 for a length of time, see ``DURATION_OF``)."""
    if not entity_ids:
        return []
    marks = ", ".join("?" for _ in entity_ids)
    cursor = db.execute(
        "SELECT e.id, e.name, e.label, e.hidden,"
        " (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,"
        " (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)"
        " AS documents,"
        f" {IS_DURATION} AS duration,"
        " (SELECT group_concat(alias, ' · ') FROM (SELECT alias FROM entity_aliases"
        "  WHERE entity_id = e.id ORDER BY alias)) AS aliases"
        f" FROM entities e WHERE e.id IN ({marks})",
        list(entity_ids),
    )
    found = {row["id"]: row for row in dict_rows(cursor)}
    return [found[i] for i in entity_ids if i in found]


def find_entities(db: Database, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Visible entities whose name starts with (then contains) ``text`` in any Unicode case
    (``label_key``), for completers."""
    if not text.strip():
        return []
    containing = key_containing(text)
    cursor = db.execute(
        "SELECT id, name, label FROM entities WHERE hidden = 0 AND name_key LIKE ? ESCAPE '\\'"
        " ORDER BY (name_key LIKE ? ESCAPE '\\') DESC, length(name), name LIMIT ?",
        [containing, containing[1:], limit],
    )
    return dict_rows(cursor)


def entity_document_counts(db: Database, entity_ids: list[int]) -> dict[int, int]:
    """How many documents mention each entity (for reader tooltips)."""
    if not entity_ids:
        return {}
    marks = ", ".join("?" for _ in entity_ids)
    cursor = db.execute(
        f"SELECT entity_id, count(DISTINCT document_id) FROM mentions"
        f" WHERE entity_id IN ({marks}) GROUP BY entity_id",
        list(entity_ids),
    )
    counts = {int(row[0]): int(row[1]) for row in cursor}
    return {entity_id: counts.get(entity_id, 0) for entity_id in entity_ids}


def _entity_conditions(label: str | None, name: str | None, dates_and_numbers: bool | None = None,
                       durations: bool | None = None) -> tuple[str, list[Any]]:
    """WHERE clause for the Entities view's type, kind and name (or alias) filters."""
    conditions, params = ["e.hidden = 0"], []
    if label:
        conditions.append("e.label = ?")
        params.append(label.upper())
    if dates_and_numbers is not None:
        marks = ", ".join("?" * len(DATE_AND_NUMBER_LABELS))
        conditions.append(f"e.label {'' if dates_and_numbers else 'NOT '}IN ({marks})")
        params += DATE_AND_NUMBER_LABELS
    if durations is not None:
        conditions.append(f"{'' if durations else 'NOT '}{IS_DURATION}")
    if name and name.strip():
        condition, named = name_or_alias_containing(name)
        conditions.append(condition)
        params += named
    return " AND ".join(conditions), params
