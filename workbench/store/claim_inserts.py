"""The rows a new claim is written as, and what a claim's status and claimant may hold.

Why apart from ``claims``: the claim part records every analyst action on claims and
links; writing a claim's annotation, claim and first history rows is one step that
accepting a suggestion (``suggestions``) takes too, inside its own action, and the
checks on a status or a claimant are shared by adding and editing.
"""

from __future__ import annotations

from workbench.core.anchoring import TextWindow
from workbench.core.vocabulary import CLAIM_STATUSES, DEFAULT_CLAIM_STATUS
from workbench.store.annotations import insert_annotation
from workbench.store.history import Recorder
from workbench.store.rows import now_iso
from workbench.store.versions_spans import derived_statement


def insert_claim(  # noqa: PLR0913 - the span, then one keyword per field of a claim
    rec: Recorder,
    doc_id: int,
    start: int,
    end: int,
    *,
    claimant_entity_id: int | None = None,
    claimant_text: str | None = None,
    status: str = DEFAULT_CLAIM_STATUS,
    quote_id: int | None = None,
    note_md: str = "",
    window: TextWindow | None = None,
) -> int:
    """Insert the annotation, claim and first history rows of a claim (inside an action).

    ``window``: the span's window of the text when the caller has read it already.
    """
    claim_id = insert_annotation(rec, doc_id, start, end, "claim", note_md, window=window)
    # The annotation has just read the span: take it from its row, not the document again.
    exact = rec.db.execute("SELECT exact FROM annotations WHERE id = ?", [claim_id]).fetchone()
    span_text = str(exact[0])
    rec.insert(
        "claims",
        {
            "annotation_id": claim_id,
            "claimant_entity_id": claimant_entity_id,
            "claimant_text": claimant_text,
            "quote_id": quote_id,
            "status": status,
            "statement": derived_statement(span_text),
        },
    )
    rec.insert(
        "claim_status_history",
        {
            "annotation_id": claim_id,
            "status": status,
            "changed_at": now_iso(),
            "note": "created",
        },
    )
    return claim_id


def check_status(status: str) -> None:
    if status not in CLAIM_STATUSES:
        raise ValueError(f"unknown status {status!r}; use {', '.join(CLAIM_STATUSES)}")


# Most characters a claimant's name may have.
CLAIMANT_MAX_CHARS = 300


def check_claimant(text: str | None) -> None:
    """A claimant is a name: a pasted article in the claimant field is refused.

    Why: any length was stored, and the claim list, the timeline and every export
    then carried a claimant of a hundred thousand characters on one line.
    """
    if text is not None and len(text) > CLAIMANT_MAX_CHARS:
        raise ValueError(f"a claimant's name has at most {CLAIMANT_MAX_CHARS} characters"
                         f" (this one has {len(text):,})")
