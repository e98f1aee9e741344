"""``workbench check``'s ``tag_paths``: tag paths no command could have written.

Why: every tag the store makes has a canonical path (``existing_tag_path``: parts joined
by one slash, no blank or padded part, no line break), and the CLI finds a typed tag by
that canonical form. A path another program wrote ('', '/', 'a//b', a newline inside)
could then be neither renamed nor deleted ('a//b' was looked up as 'a/b'), and ``check``
said ok. A repair writes each one's canonical path (a blank one ``untitled-<id>``);
one whose canonical path another tag holds is merged into that tag as migration 0020
merges twins (``tag_keys.move_tag_uses``): a document or span carrying either carries
the kept one, and the undo log's steps that name the merged tag name the kept one.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from workbench.core.labels import existing_tag_path, label_key
from workbench.store.files.check_report import CheckResult
from workbench.store.tag_keys import move_tag_uses
from workbench.store.tag_twin_log import log_twins_as_kept


def malformed_tags(db: Database) -> list[tuple[int, str, str | None]]:
    """(id, path held, canonical path or None when it has no name) of each malformed tag.

    A path of the wrong type is the ``values`` check's, which runs first."""
    found = []
    for tag_id, path in db.conn.execute("SELECT id, path FROM tags ORDER BY id"):
        if not isinstance(path, str):
            continue
        try:
            canonical: str | None = existing_tag_path(path)
        except ValueError:
            canonical = None
        if canonical != path:
            found.append((int(tag_id), path, canonical))
    return found


def check_tag_paths(db: Database, result: CheckResult, repair: bool) -> None:
    """List each malformed tag path; repair writes its canonical path, merging twins."""
    bad = malformed_tags(db)
    result.problems = len(bad)
    if not (repair and bad):
        for tag_id, path, canonical in bad:
            should = "has no name" if canonical is None else f"should read {canonical!r}"
            result.note(f"tag {tag_id}: path {path!r} {should}")
        return
    merged: dict[int, int] = {}
    with db.atomic():
        raw = db.conn.cursor()
        old_keys = {int(i): str(k) for i, k in raw.execute("SELECT id, path_key FROM tags")}
        carried: set[tuple[str, int, int]] = set()
        for tag_id, path, canonical in bad:
            new = canonical if canonical is not None else _own_name(raw, tag_id)
            twin = raw.execute("SELECT id FROM tags WHERE path_key = ? AND id != ?",
                               [label_key(new), tag_id]).fetchone()
            if twin is None:
                raw.execute("UPDATE tags SET path = ?, path_key = ? WHERE id = ?",
                            [new, label_key(new), tag_id])
                result.note(f"tag {tag_id}: path {path!r} is now {new!r}")
                continue
            merged[tag_id] = int(twin[0])
            carried |= move_tag_uses(db, tag_id, int(twin[0]))
            raw.execute("DELETE FROM tags WHERE id = ?", [tag_id])
            result.note(f"tag {tag_id}: path {path!r} merged into tag {twin[0]}, {new!r}")
        log_twins_as_kept(db, merged, old_keys, carried)
    result.repaired = len(bad) - len(malformed_tags(db))


def _own_name(raw: sqlite3.Cursor, tag_id: int) -> str:
    """``untitled-<id>``, or ``untitled-<id> (2)``… when a tag holds that path already."""
    name, extra = f"untitled-{tag_id}", 1
    while raw.execute("SELECT 1 FROM tags WHERE path_key = ?", [label_key(name)]).fetchone():
        extra += 1
        name = f"untitled-{tag_id} ({extra})"
    return name
