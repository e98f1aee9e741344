"""Two documents compared side by side, for ``workbench compare`` and the Compare view.

Why one function: the CLI and the desktop app show the same record
(``core.comparison.Comparison``), read only from what the library stores —
each side's mentions and quotes, the analyst's links between their claims —
and from the claim-suggestion scorer for the sentence pairs
(``store.suggestions.sentence_pairs``). Nothing is parsed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.comparison import (
    ComparedDocument,
    Comparison,
    LinkedClaimPair,
    SideSpan,
    compared_entities,
    one_to_one,
    speaker_counts,
)
from workbench.core.vocabulary import STATUS_ANALYZED, STATUS_PENDING

if TYPE_CHECKING:
    from workbench.core.progress import Progress
    from workbench.core.records import Claim
    from workbench.store import Store


class SameDocument(ValueError):
    """A document compared with itself: nothing to set side by side (failed input)."""


def compare_documents(store: Store, a: int, b: int, progress: Progress | None = None
                      ) -> Comparison:
    """Compare documents ``a`` and ``b`` (ids). Raises LookupError for an unknown id and
    ``SameDocument`` when they are one document; ``progress`` counts the sentences asked
    for pairs (a cancel raises ``Cancelled``). A side not analysed has no entities to
    compare: none are listed (every one of the other's was "only in A"), and the
    comparison says so (``Comparison.not_analysed_text``); sentence pairs need no analysis."""
    if a == b:
        raise SameDocument(f"document {a} compared with itself")
    sides = [_side(store, doc_id) for doc_id in (a, b)]
    shared, only_a, only_b = (), (), ()  # a side not analysed: its entities are unknown
    if all(side.analysed for side in sides):
        shared, only_a, only_b = compared_entities(
            store.analysis.document_entities(a), store.analysis.document_entities(b),
            (store.documents.document_text(a), store.documents.document_text(b)))
    return Comparison(sides[0], sides[1], shared, only_a, only_b, _linked_claims(store, a, b),
                      one_to_one(store.suggestions.sentence_pairs(a, b, progress)))


def _side(store: Store, doc_id: int) -> ComparedDocument:
    document = store.documents.get_document(doc_id)
    if document is None:
        raise LookupError(f"no document with id {doc_id}")
    return ComparedDocument(doc_id, document["title"],
                            speaker_counts(store.analysis.document_quotes(doc_id)),
                            analysed=document["status"] == STATUS_ANALYZED,
                            pending=document["status"] == STATUS_PENDING)


def _linked_claims(store: Store, a: int, b: int) -> tuple[LinkedClaimPair, ...]:
    """The links between a claim of A and a claim of B, in A's reading order."""
    claims_b = {claim.id: claim for claim in store.claims.document_claims(b)}
    found = []
    for claim in store.claims.document_claims(a):
        for link in store.claims.claim_links(claim.id):
            other = claims_b.get(link.other_claim_id)
            if other is None:
                continue
            found.append(LinkedClaimPair(
                link.id, link.relation, link.reads, claim.id, other.id,
                _claim_span(claim), _claim_span(other)))
    return tuple(found)


def _claim_span(claim: Claim) -> SideSpan:
    """A claim's span; an orphaned claim's offsets are its old text's, so it has no place."""
    return SideSpan(claim.start, claim.end, claim.text,
                    orphaned=claim.anchor_status == "orphaned")
