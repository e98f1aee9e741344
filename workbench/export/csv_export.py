"""CSV tables of entities, mentions, quotes, claims, links (and the timeline), for spreadsheets.

Files are UTF-8 without a byte-order mark, with a header row and RFC 4180
quoting. Any text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets a leading ``'``: spreadsheets would otherwise run it as a
formula (CSV injection), and article text is not trusted. A cell's direction
controls are closed at its end (``balanced_bidi``): in a text editor a CSV row is
one line, and an override left open in a title reversed the cells after it.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from workbench.core.authorship import MACHINE_LABEL, display_name
from workbench.core.vocabulary import CREDIBILITY_WORDING, RELIABILITY_WORDING, grade_code
from workbench.export.escaping import balanced_bidi
from workbench.export.export_folder import ExportFolder
from workbench.export.json_export import orphaned_ids

Record = dict[str, Any]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TABLES = ("entities.csv", "mentions.csv", "quotes.csv", "claims.csv", "links.csv")


def safe_cell(value: Any) -> str | int | float:
    """A cell value that no spreadsheet evaluates: numbers as they are, risky text quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value
    text = balanced_bidi(value if isinstance(value, str) else str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """One CSV document (header first) with every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue()


def csv_tables(export: Record) -> dict[str, str]:
    """Every table of a JSON export object (``library_record``), by file name."""
    documents = export["documents"]
    return {
        "entities.csv": _entities(export["entities"], documents),
        "mentions.csv": _mentions(documents),
        "quotes.csv": _quotes(documents),
        "claims.csv": _claims(documents),
        "links.csv": _links(export.get("links", []), _author_names(export)),
    }


def _author_names(export: Record) -> dict[str, str]:
    return {author["id"]: author["name"] for author in export.get("authors", [])}


def write_csv_tables(
    export: Record, folder: str | Path, extra: Mapping[str, str] | None = None,
    *, overwrite: bool = False, library_id: str | None = None,
) -> list[Path]:
    """Write the tables (and ``extra`` ones, by name) into ``folder``; return their paths.

    Each file is written atomically; a file there that no export wrote is
    never replaced unless ``overwrite`` (``ExportFolder``). ``library_id``
    names the exporting library in the folder's manifest: the tables carry no
    library id of their own, so without it a second library's CSV export
    replaced the first's without a word (attack run 19).
    """
    out = ExportFolder(Path(folder), "CSV export", overwrite=overwrite, library_id=library_id)
    tables = csv_tables(export) | dict(extra or {})
    out.claim(tables, heads={name: text.partition("\n")[0].rstrip("\r")
                             for name, text in tables.items()})
    try:
        return [out.write(name, text) for name, text in tables.items()]
    finally:
        out.settle()


def _entities(entities: list[Record], documents: list[Record]) -> str:
    mentions: Counter[int] = Counter()
    in_documents: Counter[int] = Counter()
    for document in documents:
        ids = [m["entity_id"] for m in document["entities"]]
        mentions.update(ids)
        in_documents.update(set(ids))
    header = ("entity_id", "name", "label", "aliases", "documents", "mentions")
    rows = (
        (
            e["id"],
            e["name"],
            e["label"],
            "; ".join(e["aliases"]),
            in_documents[e["id"]],
            mentions[e["id"]],
        )
        for e in entities
    )
    return csv_text(header, rows)


def _mentions(documents: list[Record]) -> str:
    header: tuple[str, ...] = ("document_id", "document_title", "entity_id", "entity", "label")
    header += ("text", "field")
    header += ("start", "end", "source", "creator")
    rows = (
        (d["id"], d["title"], m["entity_id"], m["entity"], m["label"], m["text"], m["field"])
        + (m["start"], m["end"], m["source"], _mention_creator(m))
        for d in documents
        for m in d["entities"]
    )
    return csv_text(header, rows)


def _quotes(documents: list[Record]) -> str:
    header: tuple[str, ...] = ("quote_id", "document_id", "document_title", "speaker")
    header += ("speaker_text", "kind")
    header += ("cue", "start", "end", "text", "creator")
    rows = (
        (q["id"], d["id"], d["title"], q["speaker"], q["speaker_text"], q["kind"])
        + (q["cue"], q["start"], q["end"], q["text"], MACHINE_LABEL)
        for d in documents
        for q in d["quotes"]
    )
    return csv_text(header, rows)


def _claims(documents: list[Record]) -> str:
    header: tuple[str, ...] = ("claim_id", "document_id", "document_title", "status")
    header += ("claimant", "statement")
    header += ("text", "start", "end", "tags", "links", "note")
    header += ("reliability", "credibility", "grade", "author", "edited_by")
    rows = (
        (c["id"], d["id"], d["title"], c["status"], c["claimant"], c["statement"])
        + (c["text"], *place, "; ".join(c["tags"]), _link_summary(c), c["note"])
        + _grade_cells(d.get("reliability"), c.get("credibility"))
        + (display_name(c.get("author_name")), c.get("editor_name"))
        for d in documents
        for c, place in _placed_claims(d)
    )
    return csv_text(header, rows)


def _placed_claims(document: Record) -> Iterator[tuple[Record, tuple[Any, Any]]]:
    """Each claim with its start and end, empty for an orphan: its stored offsets count
    into an earlier version of the text and would name other words in the current one."""
    orphaned = orphaned_ids(document)  # once per document, not a scan per claim
    for claim in document["claims"]:
        yield claim, (None, None) if claim["id"] in orphaned else (claim["start"], claim["end"])


def _grade_cells(reliability: Any, credibility: Any) -> tuple[Any, Any, str]:
    """The claim's reliability (its document's), credibility and "B2"; empty when ungraded."""
    reliability = reliability if reliability in RELIABILITY_WORDING else None
    credibility = credibility if credibility in CREDIBILITY_WORDING else None
    return reliability, credibility, grade_code(reliability, credibility)


def _link_summary(claim: Record) -> str:
    """``contradicts 15; supported by 20`` as read from the claim."""
    return "; ".join(f"{link['reads']} {link['other_claim_id']}" for link in claim["links"])


def _mention_creator(mention: Record) -> str:
    """Who found a mention: the extractor, or (``source`` "analyst") an analyst's curation."""
    return "analyst" if mention.get("source") == "analyst" else MACHINE_LABEL


def _links(links: list[Record], names: dict[str, str]) -> str:
    header = ("link_id", "from_claim_id", "to_claim_id", "relation", "note", "created_at")
    header += ("author",)
    rows = (
        (
            link["id"],
            link["from_annotation_id"],
            link["to_annotation_id"],
            link["relation"],
            link["note"],
            link["created_at"],
            display_name(names.get(link.get("author_id") or "")),
        )
        for link in links
    )
    return csv_text(header, rows)
