"""Which side of a merge changed a value, from both libraries' earlier values.

Why: a row both libraries hold with different values is only a conflict when
both analysts changed it after the copies split. Each library keeps the
values it replaced (``edit_history``, written by the ``Recorder``), so:

- their value is one we replaced, and every value they replaced we replaced
  too (they saw nothing we did not): we changed it since, keep ours;
- ours is one they replaced, and every value we replaced they replaced too:
  they changed it since, take theirs (an undoable update of the merge);
- anything else (each changed it apart from the other) is a conflict the
  analyst resolves.

Values, not a sequence of edits, are compared: a copy that went X -> Y -> X
after the other copied Y is ahead (it replaced everything the other did), and
the other takes X back on its next merge, so both copies end the same.
Claim statuses answer the same question from their status history. After the
tables are merged, their earlier values join ours, so a value either library
replaced stays known as replaced when we merge with a third copy.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.core.edit_tracking import DELETED, TRACKED_EDITS
from workbench.store.edit_history import row_origin
from workbench.store.merge_run import MergeRun

Row = dict[str, Any]
OURS, THEIRS = "ours", "theirs"


def side_ahead(run: MergeRun, table: str, column: str, ours: Row, theirs: Row) -> str | None:
    """ "ours", "theirs" (the side that changed ``column`` since the copies split) or None."""
    if (table, column) == ("claims", "status"):
        return _status_ahead(run, ours, theirs)
    if column not in TRACKED_EDITS.get(table, ()):
        return None
    our_origin, their_origin = row_origin(table, ours), row_origin(table, theirs)
    we_replaced = run.our_earlier.get((table, str(our_origin), column), set())
    they_replaced = run.their_earlier.get((table, str(their_origin), column), set())
    if json.dumps(theirs[column]) in we_replaced and they_replaced <= we_replaced:
        return OURS
    if json.dumps(ours[column]) in they_replaced and we_replaced <= they_replaced:
        return THEIRS
    return None


def _status_ahead(run: MergeRun, ours: Row, theirs: Row) -> str | None:
    """The claim-status side ahead: one side's status steps all in the other's history."""
    sql = "SELECT origin FROM claim_status_history WHERE annotation_id = ?"
    mine = {row[0] for row in run.ours.execute(sql, [ours["annotation_id"]])}
    their = {row[0] for row in run.theirs.execute(sql, [theirs["annotation_id"]])}
    if their < mine:
        return OURS
    if mine < their:
        return THEIRS
    return None  # both changed it (or neither: an earlier resolution), so the analyst decides


def adopt_their_history(run: MergeRun) -> None:
    """Their earlier values and tombstones become ours (those we lack), inside the merge.

    Only for rows that are (or were) in our library: a history of work we
    never received means nothing here.
    """
    known = _our_row_names(run)
    for (table, origin, field), values in sorted(run.their_earlier.items()):
        if (table, origin) not in known or field == DELETED:
            continue
        for value in sorted(values - run.our_earlier.get((table, origin, field), set())):
            run.rec.keep_earlier(table, origin, field, value)


def _our_row_names(run: MergeRun) -> set[tuple[str, str]]:
    """(table, origin) of every row of ours a history could name, and of our tombstones."""
    names = {(table, origin) for (table, origin, _field) in run.our_earlier}
    for table in {table for (table, _origin, _field) in run.their_earlier}:
        if table == "entities":
            rows = run.ours.execute("SELECT 'entity:' || label || ':' || name FROM entities")
        else:
            rows = run.ours.execute(f'SELECT origin FROM "{table}" WHERE origin IS NOT NULL')
        names.update((table, row[0]) for row in rows)
    return names
