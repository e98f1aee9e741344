"""Documents of a merge: matched by text, by version lineage, or added with their analysis.

Why lineage: two analysts may hold different versions of one article (one
updated it from the web). Their document is ours when the texts are equal
(content hash), or when either library keeps the other's text as an older
version (``document_versions``); their annotations are then re-anchored onto
our text (``merge_tables``), and those that find no place are reported as
orphans, never dropped. A document we do not have comes over whole: its
text, its older versions and the machine's mentions and quotes, so it reads
as it did in their library without a new extraction.
"""

from __future__ import annotations

from typing import Any

from workbench.store.merge_run import MergeRun, Row
from workbench.store.rows import dict_rows

_DOCUMENT_COPIED = (
    "content_hash", "title", "source", "author", "published", "url", "dateline", "text",
    "format", "origin_path", "external_id", "imported_at", "word_count", "analysis_version",
    "status", "version", "reliability_override", "edited_by",
)  # fmt: skip


def merge_document(run: MergeRun, theirs: Row) -> None:
    """Map their document to ours (re-anchoring later if the texts differ), or add it."""
    ours = _matching_document(run, theirs)
    if ours is None:
        _add_document(run, theirs)
        return
    run.map_id("documents", theirs["id"], ours["id"])
    run.same["documents"] += 1
    if ours["content_hash"] != theirs["content_hash"]:
        run.reanchor_from[theirs["id"]] = theirs["text"]
    else:
        _map_quotes(run, theirs["id"], ours["id"])


def _map_quotes(run: MergeRun, their_doc: int, our_doc: int) -> None:
    """Their quotes of a text we share are ours at the same span (claims made from quotes)."""
    ours: dict[tuple[int, int], int] = {}
    for quote_id, start, end in run.ours.execute(
        'SELECT id, start, "end" FROM quotes WHERE document_id = ? ORDER BY id', [our_doc]
    ):
        ours.setdefault((start, end), quote_id)
    for quote_id, start, end in run.theirs.execute(
        'SELECT id, start, "end" FROM quotes WHERE document_id = ?', [their_doc]
    ):
        if (start, end) in ours:
            run.map_id("quotes", quote_id, ours[start, end])


def _matching_document(run: MergeRun, theirs: Row) -> Row | None:
    """Ours with their text, else ours whose lineage meets theirs (either side's old versions)."""
    found = run.our_row("documents", "content_hash = ?", [theirs["content_hash"]])
    if found is not None:
        return found
    their_hashes = [theirs["content_hash"]] + [
        row[0]
        for row in run.theirs.execute(
            "SELECT content_hash FROM document_versions WHERE document_id = ?", [theirs["id"]]
        )
    ]
    for digest in their_hashes:
        found = run.our_row(
            "documents",
            "content_hash = ? OR id IN (SELECT document_id FROM document_versions"
            " WHERE content_hash = ?)",
            [digest, digest],
        )
        if found is not None:
            return found
    return None


def _add_document(run: MergeRun, theirs: Row) -> None:
    values = {column: theirs[column] for column in _DOCUMENT_COPIED}
    doc_id = run.rec.insert("documents", values)
    run.map_id("documents", theirs["id"], doc_id)
    run.added["documents"] += 1
    run.new_documents.append(doc_id)
    for version in _their(run, "document_versions", theirs["id"]):
        run.rec.insert("document_versions", {**_without_id(version), "document_id": doc_id})
    for quote in _their(run, "quotes", theirs["id"]):
        values = {**_without_id(quote), "document_id": doc_id}
        values["speaker_entity_id"] = entity_for(run, quote["speaker_entity_id"])
        run.map_id("quotes", quote["id"], run.rec.insert("quotes", values))
    for mention in _their(run, "mentions", theirs["id"]):
        values = {**_without_id(mention), "document_id": doc_id}
        values["entity_id"] = entity_for(run, mention["entity_id"])
        run.rec.insert("mentions", values)


def merge_document_grade(run: MergeRun, theirs: Row) -> Row | None:
    """Their own grade of a document we share: adopted if we have none, else maybe a conflict.

    Returns the conflict's facts (our row) when both graded it differently.
    """
    doc_id = run.our_id("documents", theirs["id"])
    grade = theirs["reliability_override"]
    if doc_id is None or grade is None:
        return None
    ours = run.our_row("documents", "id = ?", [doc_id])
    assert ours is not None
    if ours["reliability_override"] == grade:
        return None
    if ours["reliability_override"] is None:
        run.rec.update(
            "documents",
            {"id": doc_id},
            {"reliability_override": grade, "edited_by": theirs["edited_by"]},
        )
        run.added["document_grades"] += 1
        return None
    return ours


def entity_for(run: MergeRun, their_id: int | None) -> int | None:
    """Our entity with their entity's name and label, created when we have none."""
    if their_id is None:
        return None
    known = run.our_id("entities", their_id)
    if known is not None:
        return int(known)
    entity = run.theirs.execute(
        "SELECT name, label, notes, created_by, hidden FROM entities WHERE id = ?", [their_id]
    ).fetchone()
    if entity is None:  # checked away before the merge began; kept as a guard
        return None
    name, label, notes, created_by, hidden = entity
    ours = _our_entity(run, name, label)
    if ours is not None:
        entity_id = ours
    else:
        entity_id = run.rec.insert(
            "entities",
            {"name": name, "label": label, "notes": notes, "created_by": created_by,
             "hidden": hidden},
        )  # fmt: skip
        run.added["entities"] += 1
    run.map_id("entities", their_id, entity_id)
    return entity_id


def _our_entity(run: MergeRun, name: str, label: str) -> int | None:
    """Our entity for a name and label: the one our curation maps it to, else the same name.

    Why our rules first: an entity we merged away must not come back because
    their library still has it; their mentions join the entity we chose.
    """
    for table, column in (("entity_rules", "entity_id"), ("entities", "id")):
        found = run.ours.execute(
            f"SELECT {column} FROM {table} WHERE name = ? AND label = ?", [name, label]
        ).fetchone()
        if found is not None:
            return int(found[0])
    return None


def _their(run: MergeRun, table: str, doc_id: int) -> list[Row]:
    return dict_rows(
        run.theirs.execute(f'SELECT * FROM "{table}" WHERE document_id = ? ORDER BY id', [doc_id])
    )


def _without_id(row: Row) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != "id"}
