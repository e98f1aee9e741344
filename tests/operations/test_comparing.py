"""Two documents compared: shared and own entities, linked claims, sentence pairs, speakers."""

from __future__ import annotations

import pytest

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.operations.comparing import SameDocument, compare_documents
from workbench.store import Store

# Two reports of one (invented) event, written for this test, and an unrelated third.
REPORT_A = (
    "Floods close the Marrow Bridge\n\n"
    "Heavy rain flooded the Marrow Bridge in Kelston on Tuesday, forcing the city council "
    "to close it to traffic. Mayor Irene Dobbs said the bridge would stay shut until "
    "engineers had inspected its piers. \"We will not take risks with people's lives,\" "
    "Dobbs said. The Kelston Fire Service rescued four drivers from their cars.\n"
)
REPORT_B = (
    "Kelston bridge shut after flooding\n\n"
    "The city council closed the Marrow Bridge in Kelston on Tuesday after heavy rain "
    "flooded the road. The Kelston Fire Service said its crews had rescued four drivers "
    "from cars caught in the water. Engineers will inspect the piers before the bridge "
    "reopens, a council spokesman, Tom Reyes, said. Traders in Hallam Street counted the "
    "cost of the lost custom.\n"
)
UNRELATED = (
    "Chess club wins cup\n\n"
    "The Brenford chess club won the county cup on Saturday, its captain Ada Venn said.\n"
)
NAMES = {
    "Marrow Bridge": "FAC", "Kelston Fire Service": "ORG", "Kelston": "GPE",
    "Irene Dobbs": "PERSON", "Dobbs": "PERSON", "Tom Reyes": "PERSON",
    "Hallam Street": "FAC", "Brenford": "GPE", "Ada Venn": "PERSON", "Tuesday": "DATE",
}
CANONICAL = {"Dobbs": "Irene Dobbs"}


def _mentions(text: str) -> tuple[Mention, ...]:
    """Each listed name where it is written, longest names first, never overlapping."""
    taken: list[tuple[int, int]] = []
    found = []
    for name in sorted(NAMES, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and e > start for s, e in taken):
                taken.append((start, end))
                found.append(Mention(start, end, name, NAMES[name], CANONICAL.get(name, name)))
            start = text.find(name, end)
    return tuple(sorted(found, key=lambda m: m.start))


def _add(store: Store, title: str, text: str, quotes: tuple[Quote, ...] = ()) -> int:
    (doc_id,) = store.documents.add_article(Article(title, text), analyze=False).documents_added
    body = store.documents.document_text(doc_id)
    store.analysis.save_analysis(doc_id, Analysis(_mentions(body), quotes))
    return doc_id


def _quote(text: str, words: str, speaker: str | None, speaker_text: str) -> Quote:
    start = text.find(words)
    return Quote(start, start + len(words), words, speaker=speaker, speaker_text=speaker_text)


@pytest.fixture
def reports(store: Store) -> tuple[Store, int, int, int]:
    body_a = REPORT_A.split("\n\n", 1)[1]
    body_b = REPORT_B.split("\n\n", 1)[1]
    a = _add(store, "Floods close the Marrow Bridge", body_a, (
        _quote(body_a, "We will not take risks with people's lives,", "Irene Dobbs", "Dobbs"),
        _quote(body_a, "the bridge would stay shut", "Irene Dobbs", "Mayor Irene Dobbs")))
    b = _add(store, "Kelston bridge shut after flooding", body_b, (
        _quote(body_b, "Engineers will inspect the piers", "Tom Reyes", "Tom Reyes"),
        _quote(body_b, "its crews had rescued", None, "The Kelston Fire Service")))
    other = _add(store, "Chess club wins cup", UNRELATED.split("\n\n", 1)[1])
    return store, a, b, other


def test_shared_entities_are_canonical_and_counted_per_side(
        reports: tuple[Store, int, int, int]) -> None:
    store, a, b, _ = reports
    comparison = compare_documents(store, a, b)
    shared = {e.name: (e.count_a, e.count_b) for e in comparison.shared}
    assert shared == {"Marrow Bridge": (1, 1), "Kelston": (1, 1),
                      "Kelston Fire Service": (1, 1)}
    assert [e.name for e in comparison.only_a] == ["Irene Dobbs"]
    assert comparison.only_a[0].count_a == 2  # "Irene Dobbs" and "Dobbs": one person
    assert {e.name for e in comparison.only_b} == {"Tom Reyes", "Hallam Street"}
    assert all(e.label != "DATE" for e in comparison.shared)  # a day is no one


def test_sentences_reporting_the_same_thing_are_paired(
        reports: tuple[Store, int, int, int]) -> None:
    store, a, b, _ = reports
    comparison = compare_documents(store, a, b)
    pairs = {(p.span_a.text[:20], p.span_b.text[:20]) for p in comparison.sentence_pairs}
    assert ("Heavy rain flooded t", "The city council clo") in pairs
    assert ("The Kelston Fire Ser", "The Kelston Fire Ser") in pairs
    text_a = store.documents.document_text(a)
    text_b = store.documents.document_text(b)
    for pair in comparison.sentence_pairs:
        assert text_a[pair.span_a.start:pair.span_a.end] == pair.span_a.text
        assert text_b[pair.span_b.start:pair.span_b.end] == pair.span_b.text
        assert pair.score > 0
    assert not any("Hallam" in p.span_b.text for p in comparison.sentence_pairs)


def test_pairs_read_the_same_either_way_round(reports: tuple[Store, int, int, int]) -> None:
    store, a, b, _ = reports
    forward = compare_documents(store, a, b).sentence_pairs
    backward = compare_documents(store, b, a).sentence_pairs
    assert {(p.span_a.start, p.span_b.start) for p in forward} == {
        (p.span_b.start, p.span_a.start) for p in backward}


def test_unrelated_documents_share_no_sentence(reports: tuple[Store, int, int, int]) -> None:
    store, a, _, other = reports
    comparison = compare_documents(store, a, other)
    assert comparison.sentence_pairs == () and comparison.shared == ()


def test_speakers_per_side(reports: tuple[Store, int, int, int]) -> None:
    store, a, b, _ = reports
    comparison = compare_documents(store, a, b)
    assert [(s.name, s.quotes) for s in comparison.a.speakers] == [("Irene Dobbs", 2)]
    assert {(s.name, s.entity_id is None) for s in comparison.b.speakers} == {
        ("Tom Reyes", False), ("The Kelston Fire Service", True)}


def test_linked_claims_between_the_two(reports: tuple[Store, int, int, int]) -> None:
    store, a, b, other = reports
    text_a, text_b = store.documents.document_text(a), store.documents.document_text(b)
    rescued_a = text_a.find("The Kelston Fire Service rescued")
    rescued_b = text_b.find("The Kelston Fire Service said")
    claim_a, _ = store.claims.add_claim(a, rescued_a, text_a.find(".", rescued_a))
    claim_b, _ = store.claims.add_claim(b, rescued_b, text_b.find(".", rescued_b))
    claim_other, _ = store.claims.add_claim(other, 0, 10)
    store.claims.link_claims(claim_b, claim_a, "supports")
    store.claims.link_claims(claim_a, claim_other, "same")
    (linked,) = compare_documents(store, a, b).linked_claims
    assert (linked.claim_a, linked.claim_b, linked.relation) == (claim_a, claim_b, "supports")
    assert linked.span_a.text.startswith("The Kelston Fire Service rescued")
    assert linked.reads != "supports"  # worded from A's claim, the link's target
    assert compare_documents(store, b, a).linked_claims[0].reads == "supports"


def test_unknown_or_same_document_refused(reports: tuple[Store, int, int, int]) -> None:
    store, a, _, _ = reports
    with pytest.raises(LookupError):
        compare_documents(store, a, 9999)
    with pytest.raises(SameDocument):
        compare_documents(store, a, a)


def test_record_as_json_keys(reports: tuple[Store, int, int, int]) -> None:
    store, a, b, _ = reports
    record = compare_documents(store, a, b).as_dict()
    assert list(record) == ["a", "b", "shared_entities", "only_a", "only_b",
                            "linked_claims", "sentence_pairs"]
    assert record["a"]["id"] == a and record["b"]["title"].startswith("Kelston")
