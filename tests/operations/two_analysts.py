"""A library where two analysts worked on the same articles, for bundle and merge-input tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from workbench.core.authorship import Author
from workbench.core.bundle_records import WorkSelection
from workbench.core.models import Article
from workbench.export.bundle import bundle_record, dumps_bundle
from workbench.store import Store

ANA = Author("a" * 32, "Ana Analyst")
BEN = Author("b" * 32, "Ben")
OLD = "2020-01-01T00:00:00+00:00"
TEXT_ONE = "Ministers met on Monday in Paris. The bridge was closed by police on Sunday."
TEXT_TWO = "Police said the bridge stayed open. Ministers did not meet in Paris."


@dataclass
class TwoAnalysts:
    """The library and the ids a test needs: Ana's old work, Ben's recent work on it."""

    store: Store
    docs: list[int]
    ana_note: int  # Ana's note, made long ago
    ana_claim: int  # Ana's claim, made long ago; Ben disputed it recently
    ben_claim: int  # Ben's claim, linked to Ana's
    ana_recent: int  # Ana's highlight, made recently


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def build(store: Store) -> TwoAnalysts:
    """Ana annotates two articles (then her work is dated 2020), Ben and Ana add to it now."""
    store.authors.act_as(ANA)
    docs = [
        store.documents.add_article(Article(title=t, text=x, source="Wire")).documents_added[0]
        for t, x in (("Meeting", TEXT_ONE), ("Denial", TEXT_TWO))
    ]
    note, _ = store.annotations.add_annotation(
        docs[0], *span(TEXT_ONE, "Ministers met"), note_md="Which ministers?", tags=("people/min",)
    )
    claim, _ = store.claims.add_claim(
        docs[0], *span(TEXT_ONE, "The bridge was closed by police"), claimant_text="police"
    )
    store.tags.tag_document(docs[0], "topic/bridge")
    store.grades.grade_claim(claim, 3)
    _age_everything(store)
    store.authors.act_as(BEN)
    with store.db.conn:  # an entity the analysis would have found
        police = store.db.execute(
            "INSERT INTO entities (name, name_key, label)"
            " VALUES ('City Police', 'city police', 'ORG')"
        ).lastrowid
    ben_claim, _ = store.claims.add_claim(
        docs[1], *span(TEXT_TWO, "the bridge stayed open"), claimant_entity_id=police
    )
    store.claims.set_claim_status(claim, "disputed", note="Ben: denied next day")
    store.claims.link_claims(ben_claim, claim, "contradicts", note="open vs closed")
    store.grades.grade_source("Wire", "C")
    store.ach.create_analysis("Was the bridge closed?", ["Closed", "Open"])
    analysis_id = store.ach.list_analyses()[0].id
    store.ach.add_evidence(analysis_id, claim)
    analysis = store.ach.get_analysis(analysis_id)
    store.ach.rate(analysis.evidence[0].id, analysis.hypotheses[0].id, "C")
    store.authors.act_as(ANA)
    recent, _ = store.annotations.add_annotation(docs[1], *span(TEXT_TWO, "Ministers did not"))
    return TwoAnalysts(store, docs, note, claim, ben_claim, recent)


def _age_everything(store: Store) -> None:
    """Date every row and action so far in 2020 (a test's way to have old work)."""
    with store.db.conn:
        store.db.execute("UPDATE annotations SET created_at = ?, updated_at = ?", [OLD, OLD])
        store.db.execute("UPDATE claim_status_history SET changed_at = ?", [OLD])
        store.db.execute("UPDATE undo_log SET created_at = ?", [OLD])


def bundle_data(store: Store, selection: WorkSelection | None = None) -> dict[str, Any]:
    """The bundle of ``selection`` (all work when None) as parsed JSON."""
    work = store.exchange.authored_work(selection or WorkSelection())
    return json.loads(dumps_bundle(bundle_record(work, {}, "2026-01-01T00:00:00+00:00")))
