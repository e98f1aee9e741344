"""Migration 0020's tag twins in the undo log: logged steps rewritten onto the tag kept.

Why: 0020 merges "istanbul" into "İstanbul" (the first spelling), moving every use, but
the undo log still named the twin. Undoing "Tag document with istanbul" was refused ("the
tags table changed") and dropped, and redoing one undone before the migration made the
twin again, which clashed with the kept tag's key. Rewritten, a step reads as it would
have in a library that always keyed them as one:

- the twin's row made or deleted by a step is dropped from it (the kept tag, older,
  stands for it: undoing "Tag with istanbul" leaves "İstanbul" in the library);
- a use of the twin (a document's or a span's tag) is a use of the kept tag, unless the
  migration found the document or span carrying both, or a step still to redo would add
  one it carries now: that use was the kept tag's already, and the step adds or removes
  nothing there;
- a step that renamed or recoloured the twin is left as it was: which tag it changed
  has no answer once they are one, so its undo is refused, said so, as before.

A twin deleted before the migration (its step undone, or the tag deleted) is found by
the key the log wrote for it: its old key differs from the kept tag's old key, and the
key of today is the same. A tag whose key did not change ("economy" deleted, "Economy"
made later) is never taken for a twin.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.store.rows import TAG_USES

#: (use table, document or span id, twin id) of the uses the migration found on the kept tag too
Carried = set[tuple[str, int, int]]


def log_twins_as_kept(db: Database, merged: dict[int, int], old_keys: dict[int, str],
                      carried: Carried) -> None:
    """Rewrite the undo log's steps that name a merged twin onto the tag kept.

    ``merged``: twin id -> kept id; ``old_keys``: each tag's key before the re-key;
    ``carried``: (table, owner, twin id) of the uses dropped as the kept tag's already.
    """
    rows = db.execute("SELECT id, undone, ops FROM undo_log ORDER BY id").fetchall()
    steps = [(int(i), json.loads(ops)) for i, _undone, ops in rows]
    twins = {**_gone_twins(db, steps, old_keys), **merged}
    if not twins:
        return
    in_use = {(table, int(owner), int(tag)) for table, column in TAG_USES.items()
              for owner, tag in db.execute(f"SELECT {column}, tag_id FROM {table}")}
    rewritten = []
    for (step_id, ops), (_id, undone, _ops) in zip(steps, rows, strict=True):
        # a step to redo adding a use carried now adds nothing
        already = carried | (in_use if undone else set())
        kept_ops = [op for op in (_rewritten(op, twins, already) for op in ops)
                    if op is not None]
        if kept_ops != ops:
            rewritten.append((json.dumps(kept_ops), step_id))
    db.conn.executemany("UPDATE undo_log SET ops = ? WHERE id = ?", rewritten)


def _gone_twins(db: Database, steps: list[tuple[int, list[Any]]],
                old_keys: dict[int, str]) -> dict[int, int]:
    """Tags the log names that are gone now, whose key 0020 made a present tag's."""
    present = {label_key(str(path)): int(tag_id) for tag_id, path in
               db.execute("SELECT id, path FROM tags").fetchall()}
    found: dict[int, int] = {}
    for _step_id, ops in steps:
        for table, before, after in ops:
            image = after or before
            if table != "tags" or image is None or image["id"] in old_keys:
                continue
            kept = present.get(label_key(str(image["path"])))
            old = image.get("path_key")
            if kept is not None and old is not None and old != old_keys.get(kept):
                found[int(image["id"])] = kept
    return found


def _rewritten(op: list[Any], twins: dict[int, int], carried: Carried) -> list[Any] | None:
    """One logged op as the kept tag's, or None when the kept tag stands for it."""
    table, before, after = op
    image = after or before
    if image is None:
        return op
    if table == "tags":
        made_or_deleted = before is None or after is None
        return None if made_or_deleted and image["id"] in twins else op
    if table not in TAG_USES or image["tag_id"] not in twins:
        return op
    owner, kept = image[TAG_USES[table]], twins[image["tag_id"]]
    if (table, owner, image["tag_id"]) in carried or (
            before is None and (table, owner, kept) in carried):
        return None
    return [table, *({**row, "tag_id": kept} if row else None for row in (before, after))]
