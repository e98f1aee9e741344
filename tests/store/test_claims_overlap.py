"""A claim inside a detected quote is its speaker's; a second claim on a passage is refused."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import ClaimOverlap, Store

QUOTE = "sanctions are coming soon and nobody will escape them"
TEXT = f'Miller said "{QUOTE}" to reporters. Kim met Putin in the spring.'


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def add_quote(store: Store, doc_id: int, speaker_text: str | None) -> int:
    start, end = span(QUOTE)
    with store.db.conn:
        cursor = store.db.execute(
            'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_text)'
            " VALUES (?, ?, ?, ?, 'direct', ?)",
            [doc_id, start, end, QUOTE, speaker_text],
        )
    return int(cursor.lastrowid)


@pytest.fixture
def doc(store: Store) -> int:
    result = store.documents.add_article(Article(title="Alpha", text=TEXT), analyze=False)
    return int(result.documents_added[0])


def test_a_claim_inside_a_quote_takes_its_speaker(store: Store, doc: int) -> None:
    quote_id = add_quote(store, doc, "Miller")
    claim_id, _ = store.claims.add_claim(doc, *span("nobody will escape them"))
    claim = store.claims.get_claim(claim_id)
    assert claim.claimant == "Miller" and claim.quote_id == quote_id


def test_a_given_claimant_wins_over_the_quote_speaker(store: Store, doc: int) -> None:
    add_quote(store, doc, "Miller")
    claim_id, _ = store.claims.add_claim(doc, *span("coming soon"), claimant_text="Analyst")
    assert store.claims.get_claim(claim_id).claimant == "Analyst"


def test_a_claim_outside_any_quote_has_no_claimant(store: Store, doc: int) -> None:
    add_quote(store, doc, "Miller")
    claim_id, _ = store.claims.add_claim(doc, *span("Kim met Putin"))
    claim = store.claims.get_claim(claim_id)
    assert claim.claimant is None and claim.quote_id is None


def test_a_claim_reaching_past_the_quote_is_not_the_speakers(store: Store, doc: int) -> None:
    add_quote(store, doc, "Miller")
    claim_id, _ = store.claims.add_claim(doc, *span("escape them\" to reporters"))
    assert store.claims.get_claim(claim_id).claimant is None


def test_an_overlapping_claim_is_refused_with_the_claim_named(store: Store, doc: int) -> None:
    first, _ = store.claims.add_claim(doc, *span("Kim met Putin"))
    before = store.db.execute("SELECT count(*) FROM claims").fetchone()[0]
    with pytest.raises(ClaimOverlap, match=rf"overlaps claim {first} \(“Kim met Putin”\)"):
        store.claims.add_claim(doc, *span("Putin in the spring"))
    assert store.db.execute("SELECT count(*) FROM claims").fetchone()[0] == before
    assert store.claims.overlapping_claims(doc, *span("met")) == [first]


def test_allow_overlap_marks_the_second_claim(store: Store, doc: int) -> None:
    first, _ = store.claims.add_claim(doc, *span("Kim met Putin"))
    second, _ = store.claims.add_claim(doc, *span("Kim met Putin"), allow_overlap=True)
    assert second != first and len(store.claims.document_claims(doc)) == 2


def test_touching_claims_do_not_overlap(store: Store, doc: int) -> None:
    store.claims.add_claim(doc, *span("Kim met"))
    start, end = span("Kim met")
    store.claims.add_claim(doc, end, end + len(" Putin"))
    assert len(store.claims.document_claims(doc)) == 2


def test_a_quote_already_claimed_is_refused_unless_allowed(store: Store, doc: int) -> None:
    quote_id = add_quote(store, doc, "Miller")
    store.claims.claim_from_quote(quote_id)
    with pytest.raises(ClaimOverlap):
        store.claims.claim_from_quote(quote_id)
    store.claims.claim_from_quote(quote_id, allow_overlap=True)
    assert len(store.claims.document_claims(doc)) == 2


def test_a_quote_claimed_with_claimant_and_status_is_one_undo_step(
    store: Store, doc: int
) -> None:
    quote_id = add_quote(store, doc, "Miller")
    claim_id, _ = store.claims.claim_from_quote(
        quote_id, claimant_text="Someone", status="disputed"
    )
    claim = store.claims.get_claim(claim_id)
    assert (claim.claimant, claim.status, claim.quote_id) == ("Someone", "disputed", quote_id)
    store.history.undo()
    assert store.claims.document_claims(doc) == []


def test_a_refused_status_leaves_no_claim_from_the_quote(store: Store, doc: int) -> None:
    quote_id = add_quote(store, doc, "Miller")
    with pytest.raises(ValueError, match="status"):
        store.claims.claim_from_quote(quote_id, status="maybe")
    assert store.claims.document_claims(doc) == []


def test_get_link_reads_one_stored_link_or_names_the_missing_one(store: Store, doc: int) -> None:
    first, _ = store.claims.add_claim(doc, *span("Kim met"))
    second, _ = store.claims.add_claim(doc, *span("Putin in"))
    link_id, _ = store.claims.link_claims(first, second, "contradicts", note="why")
    assert store.claims.get_link(link_id) == store.claims.all_links()[0]
    with pytest.raises(LookupError, match=f"no link with id {link_id + 1}"):
        store.claims.get_link(link_id + 1)


@pytest.mark.parametrize(("typed", "kept"), [("", None), ("  \u200b ", None), (" why ", "why")])
def test_a_link_note_that_says_nothing_is_no_note(
    store: Store, doc: int, typed: str, kept: str | None
) -> None:
    """Before: ``link --note ''`` stored "" (and '  ' spaces) where the window stored None,
    so one link without a note exported as "note": "" and another as null."""
    first, _ = store.claims.add_claim(doc, *span("Kim met Putin"))
    second, _ = store.claims.add_claim(doc, *span("to reporters"))
    link_id, _ = store.claims.link_claims(first, second, "supports", note=typed)
    (link,) = [link for link in store.claims.get_claim(first).links if link.id == link_id]
    assert link.note == kept
