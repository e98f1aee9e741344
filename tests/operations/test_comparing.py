"""Two documents compared: shared and own entities, linked claims, sentence pairs, speakers."""

from __future__ import annotations

import pytest

from tests.compare_support import add_report, add_reports
from workbench.core.progress import Cancelled, Progress
from workbench.operations.comparing import SameDocument, compare_documents
from workbench.store import Store


@pytest.fixture
def reports(store: Store) -> tuple[Store, int, int, int]:
    return (store, *add_reports(store))


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


def test_progress_counts_the_sentences_asked_and_a_cancel_stops(
        reports: tuple[Store, int, int, int]) -> None:
    store, a, b, _ = reports
    progress = Progress()
    compare_documents(store, a, b, progress)
    assert progress.total == progress.done == 4  # A's four sentences (B has five)
    stopping = Progress()
    stopping.cancel()
    with pytest.raises(Cancelled):
        compare_documents(store, a, b, stopping)


def test_datelines_of_two_days_are_no_pair(store: Store) -> None:
    """A month and a year are two pieces of evidence, yet two datelines report nothing."""
    a = add_report(store, "Bridge reopens", "Saturday, January 5, 2019\n\nThe Marrow Bridge in "
                   "Kelston reopened to traffic after repairs to its piers.\n")
    b = add_report(store, "Chess cup", "Monday, January 7, 2019\n\nThe Brenford chess club won "
                   "the county cup, its captain Ada Venn said.\n")
    assert compare_documents(store, a, b).sentence_pairs == ()


def test_a_name_the_other_side_writes_unmarked_is_shared_not_its_own() -> None:
    """Found comparing two Wikinews reports: "COVID-19" was listed only in A beside a B
    that writes it twice, where B's analysis had not marked it (a name being defined)."""
    from workbench.core.comparison import compared_entities

    def mention(entity_id: int, name: str, label: str) -> dict[str, object]:
        return {"entity_id": entity_id, "entity": name, "label": label}

    mentions_a = [mention(1, "COVID-19", "EVENT"), mention(1, "COVID-19", "EVENT"),
                  mention(2, "May", "PERSON"), mention(3, "WHO", "ORG")]
    mentions_b = [mention(4, "Wuhan", "GPE")]
    texts = ("COVID-19 spread, May said, and WHO agreed.",
             'In Wuhan, "COVID-19" replaced 2019-nCoV in May; WHO named COVID-19s none.')
    shared, only_a, only_b = compared_entities(mentions_a, mentions_b, texts)
    assert [(e.name, e.count_a, e.count_b) for e in shared] == [("COVID-19", 2, 1)]
    assert {e.name for e in only_a} == {"May", "WHO"}  # a month, and too short a name
    assert [e.name for e in only_b] == ["Wuhan"]  # A never writes it
    assert compared_entities(mentions_a, mentions_b)[0] == ()  # mentions alone, as before


def test_a_name_inside_another_entity_mention_of_the_other_side_is_not_shared() -> None:
    """Reviewer: A's "Jordan" (the country) counted as shared wherever B wrote "Michael
    Jordan", though B's analysis tagged that text as another entity."""
    from workbench.core.comparison import compared_entities

    text_b = "Michael Jordan scored. Later, Jordan's king spoke in Jordan."
    mentions_a = [{"entity_id": 1, "entity": "Jordan", "label": "GPE",
                   "field": "text", "start": 0, "end": 6}]
    mentions_b = [{"entity_id": 2, "entity": "Michael Jordan", "label": "PERSON",
                   "field": "text", "start": 0, "end": 14},
                  {"entity_id": 2, "entity": "Michael Jordan", "label": "PERSON",
                   "field": "title", "start": 30, "end": 36}]  # a title's offsets: not the body
    shared, _, _ = compared_entities(mentions_a, mentions_b, ("Jordan is a country.", text_b))
    assert [(e.name, e.count_a, e.count_b) for e in shared] == [("Jordan", 1, 2)]


def test_written_names_finds_what_the_scan_found() -> None:
    """``WordRuns.written`` finds the spans the per-name regex scan found (names of several
    words, dots, a possessive, a name inside a longer word left out)."""
    import re

    from workbench.core.word_runs import WordRuns

    text = ("U.S. troops and the U.S.A. met Michael  Jordan, Michael Jordan's team, "
            "Jordanian and MJordan; COVID-19s, COVID-19 and the aa aa aa of St. Louis.")
    runs = WordRuns(text)
    for name in ("U.S.", "Michael Jordan", "Jordan", "COVID-19", "aa aa", "St. Louis", "Louis."):
        scan = [m.span() for m in re.finditer(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", text)]
        assert runs.written(name) == scan, name


def test_an_orphan_is_worded_once_for_the_cli_and_the_window() -> None:
    """Reviewer: " (orphaned…)" was built in commands/compare.py and ui/compare apart."""
    from workbench.core.comparison import ORPHANED, SideSpan

    assert SideSpan(0, 4, "gone", orphaned=True).orphaned_note == f" ({ORPHANED})"
    assert SideSpan(0, 4, "here").orphaned_note == ""


def test_a_queued_side_and_an_unanalysed_one_are_worded_apart() -> None:
    from workbench.core.comparison import ComparedDocument, Comparison

    waiting = ComparedDocument(1, "One", (), analysed=False, pending=True)
    never = ComparedDocument(2, "Two", (), analysed=False)
    comparison = Comparison(waiting, never, (), (), (), (), ())
    assert comparison.to_analyse() == (never,)
    assert comparison.not_analysed_text() == (
        "A is still being analysed: entities and quotes are compared once it is done; "
        "B is not analysed: entities and quotes are not compared")


def test_a_pair_needs_a_shared_word_or_number_besides_names(store: Store) -> None:
    """ "WHO declared a pandemic" beside "WHO named the disease": the body and the city both
    name opened the gate, and two different events were shown as one report."""
    from workbench.core.models import Analysis, Article, Mention

    names = {"World Health Organization": "ORG", "Geneva": "GPE", "Wednesday": "DATE"}

    def add(title: str, text: str) -> int:
        (doc_id,) = store.documents.add_article(Article(title, text),
                                                analyze=False).documents_added
        body = store.documents.document_text(doc_id)
        mentions = sorted((Mention(body.find(n), body.find(n) + len(n), n, label, n)
                           for n, label in names.items() if n in body),
                          key=lambda m: m.start)
        store.analysis.save_analysis(doc_id, Analysis(tuple(mentions)))
        return doc_id

    a = add("Pandemic", "In Geneva, the World Health Organization declared a pandemic on "
            "Wednesday.")
    named = add("Disease", "The World Health Organization in Geneva named the disease.")
    declared = add("Declared", "The World Health Organization in Geneva declared the outbreak "
                   "a pandemic.")
    assert compare_documents(store, a, named).sentence_pairs == ()
    (pair,) = compare_documents(store, a, declared).sentence_pairs
    assert pair.shared_names == ("Geneva", "World Health Organization")
