"""Claims (annotations with a claimant and a verification status) and typed links.

``store.claims``, the one door to them: this part records the analyst's
actions on claims and links; the queries behind its reads are in
``claim_reads.py`` and ``claim_links.py``. The vocabulary (statuses, relations
and how links read both ways) lives in ``workbench.core.vocabulary``.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.models import Changes
from workbench.core.records import Claim, ClaimLink, Link, StatusChange
from workbench.core.vocabulary import DEFAULT_CLAIM_STATUS, RELATIONS
from workbench.store.claim_inserts import check_claimant, check_status, insert_claim
from workbench.store.claim_links import (
    claim_links,
    existing_link,
    insert_link,
    link_refusal,
    link_rows,
)
from workbench.store.claim_reads import (
    claim_filter,
    claim_rows,
    claims_of,
    get_claim,
    status_history,
)
from workbench.store.claim_spans import enclosing_quote, overlapping_claims, refuse_overlap
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named, window_named
from workbench.store.rows import now_iso
from workbench.store.text_windows import document_window


class Claims:
    """Mark claims, change their status and claimant, and link them across documents."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def add_claim(  # noqa: PLR0913 - the span, then one keyword per field of a claim
        self,
        doc_id: int,
        start: int,
        end: int,
        *,
        claimant_entity_id: int | None = None,
        claimant_text: str | None = None,
        status: str = DEFAULT_CLAIM_STATUS,
        quote_id: int | None = None,
        note_md: str = "",
        allow_overlap: bool = False,
    ) -> tuple[int, Changes]:
        """Mark ``text[start:end]`` as a claim; return the claim id (its annotation id).

        Without a claimant, a span inside a detected quote is that quote's
        speaker's claim (and remembers the quote). A span that overlaps a claim
        already marked raises ClaimOverlap unless ``allow_overlap``: two claims
        on one passage are usually a double click, and only the analyst knows.
        """
        check_status(status)
        check_claimant(claimant_text)
        if not allow_overlap:
            refuse_overlap(self.db, doc_id, start, end)
        if claimant_entity_id is None and not claimant_text:
            quote = enclosing_quote(self.db, doc_id, start, end)
            if quote is not None and quote.has_speaker:
                claimant_entity_id, claimant_text = quote.speaker_entity_id, quote.speaker_text
                quote_id = quote.quote_id if quote_id is None else quote_id
        window = document_window(self.db, doc_id, start, end)  # read once: selectors and label

        def action(rec: Recorder) -> int:
            return insert_claim(
                rec,
                doc_id,
                start,
                end,
                claimant_entity_id=claimant_entity_id,
                claimant_text=claimant_text,
                status=status,
                quote_id=quote_id,
                note_md=note_md,
                window=window,
            )

        label = f"Mark claim{window_named(window, start, end)}"
        return self.history.record_action(label, action)

    def overlapping_claims(self, doc_id: int, start: int, end: int) -> list[int]:
        """Ids of the document's claims that share a character with ``[start, end)``."""
        return [claim_id for claim_id, _ in overlapping_claims(self.db, doc_id, start, end)]

    def claim_from_quote(
        self,
        quote_id: int,
        *,
        claimant_entity_id: int | None = None,
        claimant_text: str | None = None,
        status: str = DEFAULT_CLAIM_STATUS,
        allow_overlap: bool = False,
    ) -> tuple[int, Changes]:
        """Turn a detected quote or indirect statement into a claim, as one undo step.

        Its speaker is the claimant unless one is given. Claimant and status are
        arguments, not follow-up calls, so one undo removes the whole claim and a
        refused status leaves no half-made claim behind.
        """
        row = self.db.execute(
            'SELECT document_id, start, "end", speaker_entity_id, speaker_text FROM quotes'
            " WHERE id = ?",
            [quote_id],
        ).fetchone()
        if row is None:
            raise LookupError(f"no quote with id {quote_id}")
        doc_id, start, end, speaker_id, speaker_text = row
        if claimant_entity_id is None and not claimant_text:
            claimant_entity_id, claimant_text = speaker_id, speaker_text
        return self.add_claim(
            doc_id,
            start,
            end,
            claimant_entity_id=claimant_entity_id,
            claimant_text=claimant_text,
            status=status,
            quote_id=quote_id,
            allow_overlap=allow_overlap,
        )

    def set_claim_status(self, claim_id: int, status: str, note: str | None = None) -> Changes:
        """Change a claim's status and record the change in its history.

        The status it has already, with no note, writes nothing and records no undo step: a
        second "disputed" added a history line "disputed" with no note and an undo step that
        undid nothing the analyst could see (README run, stop 53); with a note it is kept, the
        note being news.
        """
        check_status(status)
        unchanged = self.get_claim(claim_id).status == status and not (note or "").strip()

        def action(rec: Recorder) -> None:
            if unchanged:
                return
            rec.update("claims", {"annotation_id": claim_id}, {"status": status})
            rec.insert(
                "claim_status_history",
                {
                    "annotation_id": claim_id,
                    "status": status,
                    "changed_at": now_iso(),
                    "note": note,
                },
            )

        label = f"Mark claim{annotation_named(self.db, claim_id)} as {status}"
        return self.history.record_action(label, action)[1]

    def set_claimant(
        self, claim_id: int, entity_id: int | None, text: str | None = None
    ) -> Changes:
        """Attribute a claim to another entity (or to free text when ``entity_id`` is None)."""
        check_claimant(text)
        self.get_claim(claim_id)
        values = {"claimant_entity_id": entity_id, "claimant_text": text}
        return self.history.record_action(
            f"Change claimant{annotation_named(self.db, claim_id)}",
            lambda rec: rec.update("claims", {"annotation_id": claim_id}, values)
        )[1]

    def link_claims(
        self, from_id: int, to_id: int, relation: str, note: str | None = None
    ) -> tuple[int, Changes]:
        """Link two claims; ``same`` and ``contradicts`` read both ways, so no reverse duplicate.

        The very link again (same relation, and the same note or none) is that link: nothing
        is written and no undo step recorded (the ``Changes`` touch nothing), in the reader
        and the CLI alike; a different note, or the opposite relation, is refused."""
        if relation not in RELATIONS:
            raise ValueError(f"unknown relation {relation!r}; use {', '.join(RELATIONS)}")
        self.get_claim(from_id)  # first: a highlight's id is "no claim", not a link to itself
        self.get_claim(to_id)
        if from_id == to_id:
            raise ValueError("a claim cannot be linked to itself")
        held = existing_link(self.db, from_id, to_id, relation)
        if held is not None and note in (None, self.get_link(held).note):
            return held, Changes()
        refusal = link_refusal(self.db, from_id, to_id, relation)
        if refusal is not None:
            raise ValueError(refusal)
        return self.history.record_action(
            f"Link claims{annotation_named(self.db, from_id)} ({relation})",
            lambda rec: insert_link(rec, from_id, to_id, relation, note),
        )

    def unlink(self, link_id: int) -> Changes:
        """Remove one link."""
        row = self.db.execute(
            "SELECT from_annotation_id FROM links WHERE id = ?", [link_id]
        ).fetchone()
        if row is None:
            raise LookupError(f"no link with id {link_id}")
        return self.history.record_action(
            f"Remove link{annotation_named(self.db, row[0])}",
            lambda rec: rec.delete("links", {"id": link_id}),
        )[1]

    def get_claim(self, claim_id: int) -> Claim:
        """One claim with its annotation fields, claimant name, tags and links."""
        return Claim.from_row(get_claim(self.db, claim_id))

    def list_claims(
        self,
        *,
        status: str | None = None,
        claimant: str | None = None,
        tag: str | None = None,
        document_id: int | None = None,
    ) -> list[Claim]:
        """Claims across the library, filtered; newest documents first, then reading order."""
        condition, params = claim_filter(self.db, status=status, claimant=claimant, tag=tag,
                                         document_id=document_id)
        return claims_of(claim_rows(self.db, condition, params))

    def document_claims(self, doc_id: int,
                        starting_in: tuple[int, int] | None = None) -> list[Claim]:
        """Claims of one document in reading order (``starting_in``: those starting there)."""
        if starting_in is None:
            return claims_of(claim_rows(self.db, "a.document_id = ?", [doc_id]))
        return claims_of(claim_rows(self.db, "a.document_id = ? AND a.start >= ? AND a.start < ?",
                                    [doc_id, *starting_in]))

    def claim_history(self, claim_id: int) -> list[StatusChange]:
        """Status changes of a claim, oldest first."""
        return status_history(self.db, claim_id)

    def claim_links(self, claim_id: int) -> list[ClaimLink]:
        """Links of a claim as read from it: relation, direction, the other claim and document."""
        return [ClaimLink(**link) for link in claim_links(self.db, claim_id)]

    def all_links(self) -> list[Link]:
        """Every link in the library, by id."""
        return link_rows(self.db)

    def get_link(self, link_id: int) -> Link:
        """One stored link, as the JSON export writes it (LookupError if there is none)."""
        links = link_rows(self.db, "id = ?", [link_id])
        if not links:
            raise LookupError(f"no link with id {link_id}")
        return links[0]
