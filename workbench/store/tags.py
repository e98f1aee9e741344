"""Hierarchical tags ("topic/sanctions") on documents and annotated spans (``store.tags``)."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.labels import existing_tag_path, label_key, normalize_tag_path
from workbench.core.models import Changes
from workbench.core.records import Tag
from workbench.core.text import echoed
from workbench.core.vocabulary import HEX_COLOR, TAG_COLORS
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named, document_named, short_name
from workbench.store.library import TAG_BELOW_SQL
from workbench.store.rows import TAG_USES, dict_rows, like_literal

# Tag ``c`` is ``t`` or below it: keys starting "key/" sort from "key/" to before "key0"
# ("/" and "0" are neighbours), a range the unique index on ``path_key`` reads.
_SUBTREE_OF_T = (
    "c.path_key = t.path_key OR (c.path_key >= t.path_key || '/'"
    " AND c.path_key < t.path_key || '0')"
)


def _stored_tag(db: Database, path: str) -> tuple[int, str] | None:
    """The id and stored spelling of the tag at ``path`` (compared by ``label_key``), or None."""
    row = db.execute("SELECT id, path FROM tags WHERE path_key = ?", [label_key(path)]).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _tag_id(db: Database, path: str) -> int | None:
    found = _stored_tag(db, path)
    return found[0] if found else None


def _deepest_stored(db: Database, path: str) -> tuple[int, int | None, str]:
    """How many leading parts of ``path`` are stored tags, the deepest one's id, and
    ``path`` with those parts spelt as the library spells them.

    Looked up from the whole path upwards, one query per level, so tagging
    with an existing tag costs one lookup and a new ``a/b/c`` three.
    """
    parts = path.split("/")
    for cut in range(len(parts), 0, -1):
        stored = _stored_tag(db, "/".join(parts[:cut]))
        if stored is not None:
            return cut, stored[0], "/".join([stored[1], *parts[cut:]])
    return 0, None, path


def spelt_as_stored(db: Database, path: str) -> str:
    """``path`` with its longest existing part spelt as the library spells it.

    Paths compare without case (``label_key``), so tagging ``POLITICS/asia`` under an
    existing ``politics`` must store ``politics/asia``: a child spelt unlike
    its parent showed as two trees in the tag list and in Obsidian's notes.
    """
    return _deepest_stored(db, path)[2]


def find_tag(db: Database, path: str) -> tuple[int | None, str]:
    """The id of the tag at ``path`` (None if there is none) and ``path`` spelt as stored."""
    stored, tag_id, spelt = _deepest_stored(db, path)
    return (tag_id if stored == path.count("/") + 1 else None), spelt


def ensure_tag(rec: Recorder, path: str, color: str | None = None) -> int:
    """Return the id of the tag at ``path``, creating it and its missing parents if needed.

    Only the new leaf takes ``color``; new parents take the palette's next colour.
    """
    stored, tag_id, path = _deepest_stored(rec.db, normalize_tag_path(path))
    parts = path.split("/")
    count = int(rec.db.execute("SELECT count(*) FROM tags").fetchone()[0])  # one more a level
    for cut in range(stored + 1, len(parts) + 1):
        palette = TAG_COLORS[count % len(TAG_COLORS)]
        leaf_color = color if cut == len(parts) else None
        tag_id = rec.insert("tags", {"path": "/".join(parts[:cut]), "color": leaf_color or palette})
        count += 1
    assert tag_id is not None  # a path has at least one part
    return tag_id


def respell_below(rec: Recorder, old: str, new: str) -> None:
    """Spell the tags below ``old`` below ``new``, a spelling of it in other letter case.

    Why: keeping their ``POLITICS`` in a merge's tag-name conflict left our
    ``politics/asia`` below it, one tree spelt two ways. Found by key and cut by
    parts, not by ``old``'s letters: resolving the parent's conflict first may have
    respelt them already (``STRASSE/bau/x`` is ``Straße/bau/x`` when ``STRASSE/bau``
    becomes ``Straße/Bau``), and the spellings can differ in length.
    """
    key = label_key(old)
    rows = rec.db.execute(
        f"SELECT id, path FROM tags WHERE {TAG_BELOW_SQL}", [key, key]
    ).fetchall()
    depth = old.count("/") + 1
    for tag_id, path in rows:
        rec.update("tags", {"id": tag_id}, {"path": "/".join([new, *path.split("/")[depth:]])})


def _move_uses(rec: Recorder, source_id: int, target_id: int) -> None:
    """Put every document and span tagged ``source_id`` under ``target_id`` instead."""
    for table, owner in TAG_USES.items():
        rows = rec.db.execute(
            f"SELECT {owner} FROM {table} WHERE tag_id = ?", [source_id]
        ).fetchall()
        for (owner_id,) in rows:
            rec.delete(table, {owner: owner_id, "tag_id": source_id})
            if rec.fetch(table, {owner: owner_id, "tag_id": target_id}) is None:
                rec.insert(table, {owner: owner_id, "tag_id": target_id})


class Tags:
    """Tag documents and spans; rename, merge, recolour and delete tags."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def require_tag(self, path: str) -> int:
        """Id of an existing tag; LookupError if there is none."""
        tag_id = _tag_id(self.db, existing_tag_path(path))
        if tag_id is None:
            raise LookupError(f"no tag {echoed(path)}")
        return tag_id

    def spelling(self, path: str) -> str:
        """How the library spells ``path`` (a tag typed in another case is the same tag)."""
        return spelt_as_stored(self.db, existing_tag_path(path))

    def tag_document(self, doc_id: int, path: str) -> Changes:
        """Attach a tag (created if new) to a document."""

        def action(rec: Recorder) -> None:
            tag_id = ensure_tag(rec, path)
            if rec.fetch("document_tags", {"document_id": doc_id, "tag_id": tag_id}) is None:
                rec.insert("document_tags", {"document_id": doc_id, "tag_id": tag_id})

        return self.history.record_action(
            f"Tag document{document_named(self.db, doc_id)} with {short_name(path)}", action
        )[1]

    def untag_document(self, doc_id: int, path: str) -> Changes:
        """Remove a tag from a document (the tag itself stays); LookupError if it is not there."""
        key = {"document_id": doc_id, "tag_id": self.require_tag(path)}
        if self._missing("document_tags", key):
            raise LookupError(f"document {doc_id} is not tagged {echoed(existing_tag_path(path))}")
        return self.history.record_action(
            f"Remove tag {short_name(path)} from{document_named(self.db, doc_id)}",
            lambda rec: rec.delete("document_tags", key),
        )[1]

    def tag_annotation(self, annotation_id: int, path: str) -> Changes:
        """Attach a tag to an annotated span (highlight, note or claim)."""

        def action(rec: Recorder) -> None:
            tag_id = ensure_tag(rec, path)
            key = {"annotation_id": annotation_id, "tag_id": tag_id}
            if rec.fetch("span_tags", key) is None:
                rec.insert("span_tags", key)

        return self.history.record_action(
            f"Tag span{annotation_named(self.db, annotation_id)} with {short_name(path)}", action
        )[1]

    def untag_annotation(self, annotation_id: int, path: str) -> Changes:
        """Remove a tag from an annotated span; LookupError if the span does not carry it."""
        key = {"annotation_id": annotation_id, "tag_id": self.require_tag(path)}
        if self._missing("annotations", {"id": annotation_id}):
            raise LookupError(f"no annotation with id {annotation_id}")
        if self._missing("span_tags", key):
            raise LookupError(
                f"annotation {annotation_id} is not tagged {echoed(existing_tag_path(path))}"
            )
        return self.history.record_action(
            f"Remove tag {short_name(path)} from{annotation_named(self.db, annotation_id)}",
            lambda rec: rec.delete("span_tags", key),
        )[1]

    def recolor_tag(self, path: str, color: str) -> Changes:
        """Give a tag a new colour (#rrggbb)."""
        if not HEX_COLOR.fullmatch(color):
            raise ValueError(f"not a colour: {color!r} (use #rrggbb)")
        tag_id = self.require_tag(path)
        return self.history.record_action(
            f"Recolour {short_name(path)}",
            lambda rec: rec.update("tags", {"id": tag_id}, {"color": color}),
        )[1]

    def rename_tag(self, old: str, new: str) -> Changes:
        """Rename a tag and every tag below it (``topic`` → ``theme`` moves ``topic/x`` too).

        The new path's parents are created as tagging creates them, so
        ``a`` → ``x/y`` leaves ``x`` above ``x/y``; undo removes them again.
        """
        old, new = self.spelling(old), normalize_tag_path(new)
        self.require_tag(old)
        if "/" in new:  # under an existing parent: its spelling, not the one typed
            parent, leaf = new.rsplit("/", 1)
            new = f"{spelt_as_stored(self.db, parent)}/{leaf}"
        if new == old:
            raise ValueError(f"tag {old!r} is already called that")
        subtree = self._tags_under(old)
        for tag_id, path in subtree:
            clash = _tag_id(self.db, new + path[len(old) :])
            if clash is not None and clash != tag_id:
                raise ValueError(f"tag {new + path[len(old) :]!r} exists already; merge instead")

        def action(rec: Recorder) -> None:
            for tag_id, path in subtree:
                rec.update("tags", {"id": tag_id}, {"path": new + path[len(old) :]})
            if "/" in new:
                ensure_tag(rec, new.rsplit("/", 1)[0])

        label = f"Rename tag {short_name(old)} to {short_name(new)}"
        return self.history.record_action(label, action)[1]

    def merge_tags(self, source: str, target: str) -> Changes:
        """Move every use of ``source`` onto the existing ``target``, then delete ``source``.

        Tags below ``source`` move below ``target`` (merging with any already
        there), so no tag is left without its parent. A ``target`` that is not a tag
        is refused: merging into it was a rename that lost the tag's colour, and a typo
        for an existing tag (``sanctoins``) silently made a new one (attack round 15).
        """
        source, target = self.spelling(source), normalize_tag_path(target)
        self.require_tag(source)
        target = spelt_as_stored(self.db, target)
        if label_key(target) == label_key(source):
            raise ValueError(f"cannot merge tag {source!r} into itself")
        if label_key(target).startswith(label_key(source) + "/"):
            raise ValueError(f"cannot merge tag {source!r} into {target!r}, which is below it")
        if _tag_id(self.db, target) is None:
            raise LookupError(
                f"no tag {echoed(target)} to merge {echoed(source)} into;"
                " renaming the tag gives it that name"
            )
        subtree = sorted(self._tags_under(source), key=lambda tag: tag[1].count("/"))

        def action(rec: Recorder) -> None:
            ensure_tag(rec, target)
            for tag_id, path in subtree:
                destination = target + path[len(source) :]
                existing = _tag_id(rec.db, destination)
                if existing is None:
                    rec.update("tags", {"id": tag_id}, {"path": destination})
                    continue
                _move_uses(rec, tag_id, existing)
                rec.delete("tags", {"id": tag_id})

        label = f"Merge tag {short_name(source)} into {short_name(target)}"
        return self.history.record_action(label, action)[1]

    def delete_tag(self, path: str) -> Changes:
        """Delete a tag, the tags below it and their uses; never documents or annotations."""
        path = self.spelling(path)
        self.require_tag(path)

        def action(rec: Recorder) -> None:
            for tag_id, _ in self._tags_under(path):
                rec.delete_where("document_tags", "tag_id = ?", [tag_id])
                rec.delete_where("span_tags", "tag_id = ?", [tag_id])
                rec.delete("tags", {"id": tag_id})

        return self.history.record_action(f"Delete tag {short_name(path)}", action)[1]

    def list_tags(self) -> list[Tag]:
        """Every tag with its colour and how many documents and passages carry it or a tag below it.

        Why a parent counts its children's documents (each once): "iran" read 0
        documents in the Tag Manager and ``workbench tags`` while filtering the library
        by it found the three tagged "iran/sanctions". One query, so both say the same.
        Passages (highlights, notes, claims) are counted the same way, each once: an
        analyst who tagged 40 passages "iran/sanctions" saw 0 on "iran".
        """
        cursor = self.db.execute(
            "SELECT t.id, t.path, t.color, t.origin, t.author_id,"
            " (SELECT count(DISTINCT d.document_id) FROM document_tags d WHERE d.tag_id IN"
            f" (SELECT c.id FROM tags c WHERE {_SUBTREE_OF_T})) AS documents,"
            " (SELECT count(DISTINCT s.annotation_id) FROM span_tags s WHERE s.tag_id IN"
            f" (SELECT c.id FROM tags c WHERE {_SUBTREE_OF_T})) AS spans"
            " FROM tags t ORDER BY name_order(t.path)"
        )
        return [Tag.from_row(row) for row in dict_rows(cursor)]

    def document_tags(self, doc_id: int) -> list[str]:
        """Tag paths on one document, sorted."""
        rows = self.db.execute(
            "SELECT t.path FROM document_tags d JOIN tags t ON t.id = d.tag_id"
            " WHERE d.document_id = ? ORDER BY name_order(t.path)",
            [doc_id],
        )
        return [r[0] for r in rows]

    def document_tag_marks(self, doc_id: int) -> list[tuple[str, str | None, str | None]]:
        """(path, origin, author id) of each tag on one document, sorted by path."""
        rows = self.db.execute(
            "SELECT t.path, d.origin, d.author_id FROM document_tags d JOIN tags t"
            " ON t.id = d.tag_id WHERE d.document_id = ? ORDER BY name_order(t.path)",
            [doc_id],
        )
        return [(path, origin, author_id) for path, origin, author_id in rows]

    def _missing(self, table: str, key: dict[str, int]) -> bool:
        where = " AND ".join(f"{column} = ?" for column in key)
        sql = f"SELECT 1 FROM {table} WHERE {where}"
        return self.db.execute(sql, list(key.values())).fetchone() is None

    def _tags_under(self, path: str) -> list[tuple[int, str]]:
        rows = self.db.execute(
            "SELECT id, path FROM tags WHERE path = ? OR path LIKE ? ESCAPE '\\'",
            [path, like_literal(path) + "/%"],
        )
        return [(int(r[0]), r[1]) for r in rows]
