"""Read a workbench JSON export file: check all of it, then hand back its records.

Why all of it before anything is written: an export brings rows that point
to each other (entities, tags, claims, links), so a file is imported whole or
not at all, and every problem is named at once with its JSON path. Writing
the records is ``store.exchange``'s job; this module never sees a library.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.core.labels import normalize_tag_path
from workbench.core.records import ExportContents
from workbench.core.vocabulary import (
    ANNOTATION_KINDS,
    ANNOTATION_STATUSES,
    CLAIM_STATUSES,
    DOCUMENT_STATUSES,
    RELATIONS,
)
from workbench.ingest.decoding import read_limited_bytes
from workbench.ingest.json_file import EXPORT_FORMAT, JSON_MAX_BYTES, parse_json
from workbench.ingest.workbench_json import InvalidExport, Vocabulary, check_header, validate_export

SUPPORTED_VERSION = 1
EXPORT_VOCABULARY = Vocabulary(
    document_statuses=DOCUMENT_STATUSES,
    annotation_kinds=ANNOTATION_KINDS,
    annotation_statuses=ANNOTATION_STATUSES,
    claim_statuses=CLAIM_STATUSES,
    relations=RELATIONS,
    tag_path=normalize_tag_path,
)


def load_export(path: str | Path) -> ExportContents:
    """Read and check the export at ``path``; ``IngestError`` (``InvalidExport``) if unsound."""
    loaded = parse_json(read_limited_bytes(Path(path), JSON_MAX_BYTES, "JSON"))
    check_header(loaded, EXPORT_FORMAT, SUPPORTED_VERSION)
    problems = validate_export(loaded, EXPORT_VOCABULARY)
    if problems:
        raise InvalidExport(problems)
    documents = _dicts(loaded.get("documents"))
    return ExportContents(
        documents=tuple(documents),
        entities=tuple(_dicts(loaded.get("entities"))),
        tags=tuple(_dicts(loaded.get("tags"))),
        links=tuple(_dicts(loaded.get("links")) or _links_from_claims(documents)),
        sources=tuple(_dicts(loaded.get("sources"))),
        analyses=tuple(_dicts(loaded.get("ach"))),
        authors=tuple(_dicts(loaded.get("authors"))),
    )


def _links_from_claims(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Links as read from each claim, for exports that lack the top-level list."""
    links = []
    for document in documents:
        for claim in _dicts(document.get("claims")):
            for link in _dicts(claim.get("links")):
                if link.get("direction") == "outgoing":
                    links.append(
                        {
                            "from_annotation_id": claim.get("id"),
                            "to_annotation_id": link.get("other_claim_id"),
                            "relation": link.get("relation"),
                            "note": link.get("note"),
                        }
                    )
    return links


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list field (anything else in a hostile file is ignored)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
