"""Which documents an export covers: all, the named ones, and/or those carrying a tag."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.vocabulary import normalize_tag_path
from workbench.store import Store


def select_documents(
    store: Store, refs: Sequence[str | int] | None = None, tag: str | None = None
) -> list[int]:
    """Document ids in library order; a tag matches itself and the tags below it.

    A document carries a tag when the document is tagged or any of its passages
    is. Raises ``DocumentNotFound`` for a bad DOC and ``LookupError`` for an
    unknown tag, so a typo never exports an empty folder silently.
    """
    if refs:
        wanted = {store.documents.resolve_document(ref) for ref in refs}
        ids = [row["id"] for row in store.documents.list_documents(ids=sorted(wanted))]
    else:
        ids = [row["id"] for row in store.documents.list_documents()]
    if tag is None:
        return ids
    store.tags.require_tag(tag)
    path = normalize_tag_path(tag).casefold()
    return [doc_id for doc_id in ids if _carries(store, doc_id, path)]


def _carries(store: Store, doc_id: int, path: str) -> bool:
    paths = list(store.tags.document_tags(doc_id))
    paths += [t for a in store.annotations.document_annotations(doc_id) for t in a["tags"]]
    return any(p.casefold() == path or p.casefold().startswith(path + "/") for p in paths)
