"""The MEANTIME entity scorer: what counts as a false positive, and how errors are sorted.

Why tested though the app does not ship it: these rules decide the entity F1 a helper
tunes on. MEANTIME typed mentions only in each article's opening sentences, so a name
later on must not count against a system, and an outer name the scorer leaves out for
its inner one ("Toulouse, France" for "France") must not make "Toulouse" a false
positive. The documents here are written for the test, not MEANTIME's.
"""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent / "eval"
sys.path[:0] = [str(EVAL)]

from entity_errors import classify  # noqa: E402
from eval_entities import gold_spans, score  # noqa: E402
from meantime import Document, GoldMention, annotated_only  # noqa: E402

TEXT = "Jets fly to Toulouse, France.\n\nMay 1\n\nLater, Ana Ruiz spoke."


def _doc(*mentions: tuple[str, str, str], annotated_end: int | None = None) -> Document:
    found = []
    for piece, label, kind in mentions:
        start = TEXT.index(piece)
        found.append(GoldMention(start, start + len(piece), piece, label, kind, True))
    return Document("1", "corpus_test", TEXT.split("\n", 1)[0], TEXT, TEXT.index("May"),
                    tuple(found), annotated_end)


def _span(piece: str, label: str) -> tuple[int, int, str]:
    start = TEXT.index(piece)
    return start, start + len(piece), label


def test_a_name_after_the_annotated_sentences_is_not_scored() -> None:
    doc = _doc(annotated_end=TEXT.index("Later"))
    predicted = [_span("Toulouse", "LOC"), _span("Ana Ruiz", "PER")]
    assert annotated_only(doc, predicted) == [_span("Toulouse", "LOC")]
    assert annotated_only(_doc(), predicted) == predicted


def test_a_city_inside_a_left_out_outer_place_is_not_a_false_positive() -> None:
    doc = _doc(("Toulouse, France", "LOC", "NAM"), ("France", "LOC", "NAM"))
    gold, others = gold_spans(doc, extended=False)
    assert gold == [_span("France", "LOC")]
    tallies = score(gold, others, [_span("Toulouse", "LOC"), _span("France", "LOC")],
                    lenient=False)
    assert (tallies["LOC"].right, tallies["LOC"].scored) == (1, 1)


def test_errors_are_sorted_by_kind() -> None:
    gold = [_span("Ana Ruiz", "PER"), _span("France", "LOC")]
    predicted = [_span("Ruiz", "PER"), _span("France", "ORG"), _span("Jets", "ORG")]
    kinds = {error.kind for error in classify(TEXT, gold, [], predicted,
                                              annotated_end=TEXT.index("Later"))}
    assert kinds == {"boundary: ours cut start", "label LOC->ORG", "spurious"}
    late = classify(TEXT, [], [], [_span("Ana Ruiz", "PER")], annotated_end=5)
    assert [error.kind for error in late] == ["spurious, unannotated"]


def test_both_scorings_run_each_document_once() -> None:
    from meantime import annotated_systems

    calls: list[str] = []

    def system(nlp: object, doc: Document) -> list[tuple[int, int, str]]:
        calls.append(doc.doc_id)
        return [_span("Toulouse", "LOC"), _span("Ana Ruiz", "PER")]

    doc = _doc(annotated_end=TEXT.index("Later"))
    sets = annotated_systems({"ours": system})
    assert len(sets["whole text"]["ours"](None, doc)) == 2
    assert sets["annotated sentences"]["ours"](None, doc) == [_span("Toulouse", "LOC")]
    assert calls == ["1"]
