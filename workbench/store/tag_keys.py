"""Migration 0018: tags keyed by Unicode case, the case variants a library holds merged.

Why a key column and not a collation: SQLite's NOCASE folds ASCII letters only
(``Economy`` and ``ECONOMY`` one tag, ``économie`` and ``ÉCONOMIE`` two), and a
custom collation or function in the schema would make the file unreadable to any
connection that has not registered it (the sqlite3 shell, a backup check). The
store writes ``tags.path_key`` beside every path (``rows.with_derived``), and a
unique index on it keeps one tag per key.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.store.rows import TAG_USES


def _under_kept(kept: dict[str, tuple[int, str]], path: str) -> str:
    """``path`` with its longest part that is a kept tag spelt as that tag.

    The longest, not the parent: a library can hold ``ÉCONOMIE/x/y`` without
    ``ÉCONOMIE/x`` (an undo refused below a parent whose undo was not), and left
    spelt so it was no longer below ``économie`` (``Tags._tags_under`` compares
    paths): renaming or deleting the parent left it behind.
    """
    parts = path.split("/")
    for cut in range(len(parts) - 1, 0, -1):
        ancestor = kept.get(label_key("/".join(parts[:cut])))
        if ancestor is not None:
            return "/".join([ancestor[1], *parts[cut:]])
    return path


def _planned(rows: list[tuple[int, str]]) -> tuple[dict[int, str], dict[int, int]]:
    """Each kept tag's path, spelt under its kept parents, and each merged tag's target.

    Parents first, then by id: the library's first spelling of a tag is kept, and a
    child written under another spelling of its parent (``ÉCONOMIE/x`` beside
    ``économie``) is spelt under the kept one, so the tree reads one way.
    """
    kept: dict[str, tuple[int, str]] = {}
    paths: dict[int, str] = {}
    merged: dict[int, int] = {}
    for tag_id, path in sorted(rows, key=lambda row: (row[1].count("/"), row[0])):
        path = _under_kept(kept, path)
        key = label_key(path)
        if key in kept:
            merged[tag_id] = kept[key][0]
        else:
            kept[key] = (tag_id, path)
            paths[tag_id] = path
    return paths, merged


def move_tag_uses(db: Database, source: int, target: int) -> set[tuple[str, int, int]]:
    """Put what carries ``source`` on ``target``: a document or span carrying both keeps one.

    Returns those (table, document or span, ``source``): their use was ``target``'s already.
    """
    carried = set()
    for table, owner in TAG_USES.items():
        db.execute(f"UPDATE OR IGNORE {table} SET tag_id = ? WHERE tag_id = ?", [target, source])
        carried |= {(table, int(row[0]), source) for row in
                    db.execute(f"SELECT {owner} FROM {table} WHERE tag_id = ?", [source])}
        db.execute(f"DELETE FROM {table} WHERE tag_id = ?", [source])
    return carried


def key_tags_by_unicode_case(db: Database) -> None:
    """Add ``tags.path_key`` (``label_key``), merge the tags it makes one, index it uniquely.

    Merged tags' documents and spans go to the kept tag (their uses unioned, nothing
    lost); the kept tag keeps its spelling and colour. Merged rows go before any path
    is respelt, so no respelt path meets a NOCASE twin still waiting to be merged.
    """
    db.execute("ALTER TABLE tags ADD COLUMN path_key TEXT")
    merge_tag_twins(db)
    db.execute("CREATE UNIQUE INDEX idx_tags_path_key ON tags(path_key)")


def merge_tag_twins(db: Database) -> tuple[dict[int, int], set[tuple[str, int, int]]]:
    """Write every tag's ``path_key`` by today's ``label_key``, merging the tags it makes one.

    Shared by 0018 and by 0020 (the dotted capital "İ" folded to "i"), which drops the
    unique index first and makes it again after: a re-key is the same merge. Returns each
    merged tag's kept one and the uses that were the kept tag's already (``move_tag_uses``),
    for 0020's rewrite of the undo log (``tag_twin_log``).
    """
    paths, merged = _planned([(int(i), str(p)) for i, p in db.execute("SELECT id, path FROM tags")])
    carried: set[tuple[str, int, int]] = set()
    for source, target in merged.items():
        carried |= move_tag_uses(db, source, target)
        db.execute("DELETE FROM tags WHERE id = ?", [source])
    for tag_id, path in paths.items():
        db.execute(
            "UPDATE tags SET path = ?, path_key = ? WHERE id = ?", [path, label_key(path), tag_id]
        )
    return merged, carried
