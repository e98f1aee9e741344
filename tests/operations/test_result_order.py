"""Results are saved in the order their documents were sent, whatever order they arrive in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workbench.core.models import Analysis, AnalysisItem, Article, Mention
from workbench.nlp.workers import AnalysisResult
from workbench.operations.analysis import analyze_pending
from workbench.operations.result_order import InSendingOrder
from workbench.store import Store


def test_the_buffer_hands_on_in_sending_order() -> None:
    buffer: InSendingOrder[str] = InSendingOrder([1, 2, 3, 4])
    assert buffer.arrived(3, "c") == []
    assert buffer.arrived(1, "a") == ["a"]
    assert buffer.arrived(9, "stray") == ["stray"]  # never sent: not held for ever
    assert buffer.arrived(2, "b") == ["b", "c"]
    assert buffer.rest() == []
    assert buffer.arrived(4, "d") == ["d"]


def test_what_waits_is_saved_when_the_run_is_cut_short() -> None:
    buffer: InSendingOrder[str] = InSendingOrder([1, 2, 3])
    buffer.arrived(3, "c")
    buffer.arrived(2, "b")
    assert buffer.rest() == ["b", "c"]


TEXT = "Harbourview said the deal was done."
LABELS = ("ORG", "ORG", "PERSON")
"""What the model calls the same name in three documents: the library leans ORG."""


def _labelled(item: AnalysisItem) -> AnalysisResult:
    label = LABELS[int(item.title[-1])]
    mention = Mention(0, 11, "Harbourview", label, "Harbourview")
    return AnalysisResult(item.document_id, Analysis(mentions=(mention,)))


def _saved_labels(arrival: str) -> list[str]:
    def extractor(items: list[AnalysisItem], _published: Mapping[int, str]) -> Iterable[object]:
        results = [_labelled(AnalysisItem(*item)) for item in items]
        return reversed(results) if arrival == "reversed" else results

    with Store(None) as store:
        for number in range(3):
            store.documents.add_article(Article(title=f"Doc {number}", text=f"{TEXT} ({number})"))
        analyze_pending(store, extractor=extractor)
        return [row["label"] for doc in store.documents.list_documents()
                for row in store.analysis.document_entities(doc["id"])]


def test_labels_learnt_during_a_run_do_not_depend_on_arrival_order() -> None:
    assert _saved_labels("reversed") == _saved_labels("in order") == ["ORG", "ORG", "ORG"]


def test_a_huge_documents_chunks_are_saved_after_the_whole_documents_sent_before_them(
    monkeypatch,
) -> None:
    from workbench.nlp import chunks
    from workbench.nlp.workers import ChunkResult
    from workbench.operations import analysis

    monkeypatch.setattr(chunks, "HUGE_DOCUMENT_CHARS", 300)
    monkeypatch.setattr(chunks, "HUGE_CHUNK_CHARS", 200)

    def chunks_first(whole, huge, *_args) -> list[object]:
        """The chunk (tagged PERSON) finishes before the two documents (tagged ORG)."""
        results: list[object] = []
        for document in huge:
            for start, end in sorted(document.to_send):
                at = document.text.index("Harbourview", start)
                mention = Mention(at, at + 11, "Harbourview", "PERSON", "Harbourview")
                results.append(ChunkResult(document.document_id, start, end,
                                           Analysis(mentions=(mention,) if at < end else ())))
        labels = iter(("ORG", "ORG"))
        for item in whole:
            mention = Mention(0, 11, "Harbourview", next(labels), "Harbourview")
            results.append(AnalysisResult(item.document_id, Analysis(mentions=(mention,))))
        return results

    monkeypatch.setattr(analysis, "extraction_results", chunks_first)
    with Store(None) as store:
        for number in range(2):
            store.documents.add_article(Article(title=f"Doc {number}", text=f"{TEXT} ({number})"))
        huge = store.documents.add_article(Article(title="Long", text="Harbourview said so. " * 20))
        analyze_pending(store)
        labels = {row["label"] for row in store.analysis.document_entities(huge.documents_added[0])}
    assert labels == {"ORG"}
