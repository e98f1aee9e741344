"""One analyst's work read out of the library for a bundle (``store.exchange.authored_work``).

Why rows by origin and not the JSON export's records: a bundle goes to a
colleague's library, where our row ids mean nothing; every piece of work is
named by its ``origin`` (kept by all its copies) and every document by its
content hash. A piece of work is *chosen* when the author wrote or last
edited it and it was made or touched since the given time: its own
timestamp, or an action of the undo log since then that wrote it (so rows
without a timestamp — tags on a passage, ratings — count when changed).
What a chosen row needs to make sense travels with it, signed by its own
author: a claim's annotation, both claims of a link, the claims an ACH
analysis rests on, and the documents (with their text) they are on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Any

from sqlite_utils import Database

from workbench.core.bundle_records import Work, WorkSelection
from workbench.store.edit_history import earlier_of
from workbench.store.exchange_bundle_analyses import chosen_analyses, public_analysis
from workbench.store.exchange_bundle_entities import curated_entities
from workbench.store.rows import dict_rows, grouped, ids_param, in_ids, without

Row = dict[str, Any]


@dataclass(frozen=True)
class _Chooser:
    """Whether a row is in the selection: its author or editor, and its time."""

    selection: WorkSelection
    touched: frozenset[str]

    @cached_property
    def touched_json(self) -> str:
        """The touched origins as one SQL parameter (``json_each``)."""
        return json.dumps(sorted(self.touched))

    def chosen(self, row: Row, *stamps: str | None) -> bool:
        author = self.selection.author_id
        if author is not None and author not in (row.get("author_id"), row.get("edited_by")):
            return False
        since = self.selection.since
        if since is None:
            return True
        return (
            any(stamp and stamp >= since for stamp in stamps) or row.get("origin") in self.touched
        )


def read_work(db: Database, selection: WorkSelection) -> Work:
    """The chosen work of this library, with what it needs (see the module's docstring)."""
    chooser = _Chooser(selection, _touched_since(db, selection.since))
    earlier = earlier_of(db.conn)
    parts = _chosen_parts(db, chooser)
    parts["entities"] = tuple(curated_entities(db, chooser.chosen, earlier))
    named = _attach_earlier(parts, earlier)
    return Work(authors=tuple(_authors(db, named)), **parts)


def _chosen_parts(db: Database, chooser: _Chooser) -> dict[str, tuple[Row, ...]]:
    """The chosen rows and what they rest on, by ``Work`` field (all but authors and entities)."""
    links = [link for link in _links(db, chooser) if chooser.chosen(link, link["created_at"])]
    needed = {end for link in links for end in (link["from_id"], link["to_id"])}
    analyses = chosen_analyses(db, partial(_recent, chooser), chooser.chosen)
    needed |= {e["annotation_id"] for a in analyses for e in a["evidence"]}
    annotations = _annotations(db, _annotations_to_read(db, chooser, needed))
    by_id = {row["id"]: row for row in annotations}
    wanted = {row["id"] for row in annotations if _annotation_chosen(row, chooser)} | needed
    document_tags = [row for row in _document_tags(db, chooser) if chooser.chosen(row)]
    sources = [row for row in _sources(db, chooser) if chooser.chosen(row, row["graded_at"])]
    chosen = [by_id[i] for i in sorted(wanted) if i in by_id]
    origin_of = {row["id"]: row["origin"] for row in annotations}
    doc_ids = {row["document_id"] for row in chosen} | {r["document_id"] for r in document_tags}
    doc_ids |= _graded_documents(db, chooser)
    paths = {t["path"] for a in chosen for t in a["tags"]} | {r["path"] for r in document_tags}
    return {
        "documents": tuple(_documents(db, doc_ids)),
        "tags": tuple(_tags(db, paths)),
        "annotations": tuple(_public_annotation(row) for row in chosen),
        "document_tags": tuple(without(row, "document_id") for row in document_tags),
        "links": tuple(_public_link(link, origin_of) for link in links),
        "sources": tuple(without(row, "id") for row in sources),
        "analyses": tuple(public_analysis(a, origin_of) for a in analyses),
    }


#: The parts whose rows (and the rows inside them) carry their earlier values; an entity,
#: named by label and name rather than origin, gets its own from ``curated_entities``.
_EDITED_PARTS = frozenset({"annotations", "links", "sources", "analyses", "tags"})


def _attach_earlier(parts: dict[str, tuple[Row, ...]], earlier: dict[str, Row]) -> set[str]:
    """Give each edited row its ``earlier`` values; return the author ids any row names.

    Why earlier values travel: the receiver's merge tells a value only we
    changed from one both changed by them (``store.merge_edits``). Why one
    walk: the authors a bundle lists are those its rows name (authors and
    editors), found in the same pass.
    """
    named: set[str] = set()
    for part, rows in parts.items():
        for row in _nested_rows(rows):
            if part in _EDITED_PARTS:
                found = earlier.get(row.get("origin"))  # type: ignore[arg-type]
                if found:
                    row["earlier"] = found
            named.update(row[k] for k in ("author_id", "edited_by") if row.get(k))
    return named


def _nested_rows(rows: Iterable[Row]) -> Iterator[Row]:
    """Every dict in ``rows`` and inside them; each is given before what it holds is read."""
    stack: list[Any] = list(rows)
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))


def _touched_since(db: Database, since: str | None) -> frozenset[str]:
    """Origins of the rows that actions since ``since`` (not undone) wrote or changed."""
    if since is None:
        return frozenset()
    cursor = db.execute("SELECT ops FROM undo_log WHERE undone = 0 AND created_at >= ?", [since])
    touched: set[str] = set()
    for (ops,) in cursor.fetchall():
        for table, _before, after in json.loads(ops):
            if isinstance(after, dict) and isinstance(after.get("origin"), str):
                touched.add(after["origin"])
            elif table == "documents" and isinstance(after, dict):  # no origin: by id
                touched.add(f"document:{after.get('id')}")
            elif table == "entities" and isinstance(after, dict):  # no origin: by name
                touched.add(f"entity:{after.get('label')}:{after.get('name')}")
    return frozenset(touched)


def _recent(chooser: _Chooser, origin: str, *stamps: str) -> tuple[str, list[Any]]:
    """SQL keeping the rows the chooser may take by time: a stamp since, or touched since.

    Why in SQL: a bundle since a date should read what changed since, not the
    whole library. It only leaves out rows the chooser would refuse (the
    chooser still decides, by author and time); without a date it keeps all.
    """
    since = chooser.selection.since
    if since is None:
        return "1", []
    terms = [f"{stamp} >= ?" for stamp in stamps]
    terms.append(f"{origin} IN (SELECT value FROM json_each(?))")
    return "(" + " OR ".join(terms) + ")", [*([since] * len(stamps)), chooser.touched_json]


def _annotations_to_read(db: Database, chooser: _Chooser, needed: set[int]) -> set[int] | None:
    """The annotations the bundle may choose or needs (None: all, when no date limits it).

    One made, changed or touched since the date itself, by a passage tag, its
    claim or a step of the claim's history (the times ``_annotation_chosen``
    weighs), and the ones chosen links and analyses rest on (``needed``).
    """
    if chooser.selection.since is None:
        return None
    own, own_params = _recent(chooser, "origin", "created_at", "updated_at")
    tagged, tagged_params = _recent(chooser, "origin")
    steps, steps_params = _recent(chooser, "origin", "changed_at")
    rows = db.execute(
        f"SELECT id FROM annotations WHERE {own}"
        f" UNION SELECT annotation_id FROM span_tags WHERE {tagged}"
        f" UNION SELECT annotation_id FROM claims WHERE {tagged}"
        f" UNION SELECT annotation_id FROM claim_status_history WHERE {steps}",
        [*own_params, *tagged_params, *tagged_params, *steps_params],
    )
    return {int(row[0]) for row in rows} | needed


def _graded_documents(db: Database, chooser: _Chooser) -> set[int]:
    """Documents whose own reliability grade the chosen author set (since the time)."""
    rows = dict_rows(
        db.execute(
            "SELECT id, edited_by FROM documents WHERE reliability_override IS NOT NULL"
        )
    )
    return {
        row["id"]
        for row in rows
        if chooser.chosen({"edited_by": row["edited_by"], "origin": f"document:{row['id']}"})
    }


def _annotations(db: Database, ids: set[int] | None) -> list[Row]:
    """The annotations ``ids`` (None: all) with their passage tags, claim and its history."""
    params = [] if ids is None else [ids_param(ids)]

    def only(column: str) -> str:
        return "1" if ids is None else in_ids(column)

    rows = dict_rows(db.execute(
        "SELECT a.*, d.content_hash AS document FROM annotations a"
        f" JOIN documents d ON d.id = a.document_id WHERE {only('a.id')} ORDER BY a.id", params))
    claims = {row["annotation_id"]: row for row in dict_rows(db.execute(
        "SELECT c.*, e.name AS entity_name, e.label AS entity_label FROM claims c"
        f" LEFT JOIN entities e ON e.id = c.claimant_entity_id WHERE {only('c.annotation_id')}",
        params))}
    history = grouped(dict_rows(db.execute(
        f"SELECT * FROM claim_status_history WHERE {only('annotation_id')} ORDER BY id",
        params)), "annotation_id")
    span_tags = grouped(dict_rows(db.execute(
        "SELECT s.annotation_id, s.origin, s.author_id, t.path FROM span_tags s"
        f" JOIN tags t ON t.id = s.tag_id WHERE {only('s.annotation_id')} ORDER BY t.path",
        params)), "annotation_id")  # fmt: skip
    for row in rows:
        row["tags"] = span_tags.get(row["id"], [])
        claim = claims.get(row["id"])
        if claim is not None:
            claim["history"] = history.get(row["id"], [])
        row["claim"] = claim
    return rows


def _annotation_chosen(row: Row, chooser: _Chooser) -> bool:
    if chooser.chosen(row, row["created_at"], row["updated_at"]):
        return True
    if any(chooser.chosen(tag, row["updated_at"]) for tag in row["tags"]):
        return True
    claim = row["claim"]
    if claim is None:
        return False
    steps = claim["history"]
    latest = max((step["changed_at"] for step in steps), default=None)
    if chooser.chosen(claim, row["updated_at"], latest):
        return True
    return any(chooser.chosen(step, step["changed_at"]) for step in steps)


def _document_tags(db: Database, chooser: _Chooser) -> list[Row]:
    """The documents' tags the chooser may take, with the document's hash and the tag's path."""
    where, params = _recent(chooser, "x.origin")
    return dict_rows(
        db.execute(
            "SELECT x.document_id, x.origin, x.author_id, d.content_hash AS document, t.path"
            " FROM document_tags x JOIN documents d ON d.id = x.document_id"
            f" JOIN tags t ON t.id = x.tag_id WHERE {where} ORDER BY x.document_id, t.path",
            params,
        )
    )


def _documents(db: Database, doc_ids: Iterable[int]) -> list[Row]:
    """The documents the work is on, with their text and the hashes of earlier versions."""
    ids = json.dumps(sorted(doc_ids))
    documents = dict_rows(
        db.execute(
            "SELECT id, content_hash, title, source, published, url, text,"
            " reliability_override AS reliability, edited_by FROM documents"
            " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [ids],
        )
    )
    lineage = grouped(dict_rows(db.execute(
        "SELECT document_id, content_hash FROM document_versions"
        f" WHERE {in_ids('document_id')} ORDER BY version", [ids])), "document_id")  # fmt: skip
    for document in documents:
        document["lineage"] = [v["content_hash"] for v in lineage.get(document.pop("id"), [])]
    return documents


def _tags(db: Database, paths: set[str]) -> list[Row]:
    """The tag rows for ``paths`` and every tag above them, parents first."""
    wanted = {"/".join(p.split("/")[: i + 1]) for p in paths for i in range(p.count("/") + 1)}
    rows = _rows(db, "tags", "path")
    return [without(row, "id") for row in rows if row["path"] in wanted]


def _authors(db: Database, named: set[str]) -> list[Row]:
    """The authors (id, name) among ``named``, by name (read alone, not the whole table)."""
    return dict_rows(db.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT value FROM json_each(?))"
        " ORDER BY name, id", [json.dumps(sorted(named))]))  # fmt: skip


def _public_annotation(row: Row) -> Row:
    """An annotation as the bundle names it: by origin, on a document by content hash."""
    public = without(row, "id", "document_id")
    public["note"] = public.pop("note_md")
    public["tags"] = [without(tag, "annotation_id") for tag in row["tags"]]
    claim = row["claim"]
    if claim is not None:
        public["claim"] = {
            "origin": claim["origin"],
            "author_id": claim["author_id"],
            "edited_by": claim["edited_by"],
            "status": claim["status"],
            "statement": claim["statement"],
            "credibility": claim["credibility"],
            "claimant": claim["claimant_text"],
            "claimant_entity": (
                {"name": claim["entity_name"], "label": claim["entity_label"]}
                if claim["entity_name"] is not None
                else None
            ),
            "history": [without(s, "id", "annotation_id") for s in claim["history"]],
        }
    return public


def _public_link(link: Row, origin_of: dict[int, str]) -> Row:
    public = without(link, "id", "from_id", "to_id")
    return {**public, "from": origin_of[link["from_id"]], "to": origin_of[link["to_id"]]}


def _links(db: Database, chooser: _Chooser) -> list[Row]:
    """The links the chooser may take, their ends renamed (no caller mistakes them for origins)."""
    where, params = _recent(chooser, "origin", "created_at")
    rows = dict_rows(db.execute(
        "SELECT *, from_annotation_id AS from_id, to_annotation_id AS to_id FROM links"
        f" WHERE {where} ORDER BY id", params))  # fmt: skip
    return [without(row, "from_annotation_id", "to_annotation_id") for row in rows]


def _sources(db: Database, chooser: _Chooser) -> list[Row]:
    """The source grades the chooser may take."""
    where, params = _recent(chooser, "origin", "graded_at")
    return dict_rows(db.execute(f"SELECT * FROM sources WHERE {where} ORDER BY rowid", params))


def _rows(db: Database, table: str, order: str = "rowid") -> list[Row]:
    return dict_rows(db.execute(f'SELECT * FROM "{table}" ORDER BY "{order}"'))


