"""Range reads for the paged reader: what starts in [start, end) of one document, and no more."""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention, Quote

TEXT = "Anna met Boris. " * 20 + "Anna called Carla."


def _document(store) -> int:
    doc_id = store.documents.add_article(Article(title="Anna and Boris", text=TEXT),
                                         analyze=False).documents_added[0]
    mentions = [Mention(0, 4, "Anna", "PERSON", "Anna", field="title")]
    for number in range(20):
        base = number * 16
        mentions += [Mention(base, base + 4, "Anna", "PERSON", "Anna"),
                     Mention(base + 9, base + 14, "Boris", "PERSON", "Boris")]
    carla = TEXT.index("Carla")
    mentions.append(Mention(carla, carla + 5, "Carla", "PERSON", "Carla"))
    quotes = [Quote(start=n * 16, end=n * 16 + 15, text=TEXT[n * 16:n * 16 + 15], kind="indirect")
              for n in range(0, 20, 5)]
    store.analysis.save_analysis(doc_id, Analysis(mentions=tuple(mentions), quotes=tuple(quotes)))
    return doc_id


def test_range_entities_give_title_mentions_and_body_mentions_starting_in_range(store):
    doc_id = _document(store)
    found = store.analysis.range_entities(doc_id, 32, 64)
    assert [(m["field"], m["start"]) for m in found] == [
        ("title", 0), ("text", 32), ("text", 41), ("text", 48), ("text", 57)]
    everything = store.analysis.document_entities(doc_id)
    assert store.analysis.range_entities(doc_id, 0, len(TEXT)) == everything


def test_range_quotes_annotations_and_claims_start_in_range(store):
    doc_id = _document(store)
    assert [q["start"] for q in store.analysis.range_quotes(doc_id, 80, 240)] == [80, 160]
    inside, _ = store.annotations.add_annotation(doc_id, 100, 110)
    store.annotations.add_annotation(doc_id, 10, 120)  # starts before the range
    claim, _ = store.claims.add_claim(doc_id, 200, 210)
    assert [a.id for a in store.annotations.document_annotations(doc_id, (96, 300))] == [
        inside, claim]
    assert [c.id for c in store.claims.document_claims(doc_id, (96, 300))] == [claim]
    assert store.claims.document_claims(doc_id, (0, 96)) == []


def test_first_mention_start_finds_the_body_mention(store):
    doc_id = _document(store)
    carla = store.entities.find_entity_id("Carla")
    anna = store.entities.find_entity_id("Anna")
    assert store.analysis.first_mention_start(doc_id, carla) == TEXT.index("Carla")
    assert store.analysis.first_mention_start(doc_id, anna) == 0
    assert store.analysis.first_mention_start(doc_id + 1, anna) is None


def test_document_head_cuts_the_text_and_keeps_every_other_column(store):
    doc_id = _document(store)
    head = store.documents.document_head(doc_id, 20)
    full = store.documents.get_document(doc_id)
    assert head == dict(full, text=TEXT[:20])
    assert list(head) == list(full)
    assert store.documents.document_head(doc_id + 99, 20) is None


def test_read_document_text_reads_on_its_own_connection(tmp_path):
    from workbench.store import Store, read_document_text

    text = "Émile 😀 said “ça va” — 中文. " * 50
    with Store(tmp_path / "library.sqlite") as library:
        doc_id = library.documents.add_article(Article(title="T", text=text),
                                               analyze=False).documents_added[0]
        stored = library.documents.document_text(doc_id)
        assert read_document_text(tmp_path / "library.sqlite", doc_id) == stored
        try:
            read_document_text(tmp_path / "library.sqlite", doc_id + 1)
        except LookupError:
            pass
        else:
            raise AssertionError("a missing document must raise LookupError")


def test_the_whole_text_reads_the_same_in_pieces_that_cut_characters(tmp_path):
    from workbench.store import Store, read_document_text

    text = "a😀é中 " * 200
    with Store(tmp_path / "library.sqlite") as library:
        doc_id = library.documents.add_article(Article(title="T", text=text),
                                               analyze=False).documents_added[0]
        stored = library.documents.document_text(doc_id)
        for piece in (1, 2, 3, 5, 7, 4096):
            assert read_document_text(tmp_path / "library.sqlite", doc_id, piece) == stored
        assert store_head(library, doc_id, 7) == stored[:7]


def store_head(library, doc_id: int, chars: int) -> str:
    """The head of a text whose characters take 1 to 4 bytes."""
    return str(library.documents.document_head(doc_id, chars)["text"])


def test_a_stopped_read_returns_nothing(tmp_path):
    from workbench.store import Store, read_document_text

    with Store(tmp_path / "library.sqlite") as library:
        doc_id = library.documents.add_article(Article(title="T", text="word " * 100),
                                               analyze=False).documents_added[0]
    asked = []

    def stop_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert read_document_text(tmp_path / "library.sqlite", doc_id, 10, stop_after_two) is None
    assert len(asked) == 3


def test_the_whole_text_and_a_span_window_read_pieces_of_one_size(tmp_path, monkeypatch):
    """One piece reader (``text_windows.decoded_pieces``) serves both, at ``WINDOW_PIECE``."""
    from workbench.store import Store, read_document_text, text_windows

    text = "a😀é中 " * 40
    with Store(tmp_path / "library.sqlite") as library:
        doc_id = library.documents.add_article(Article(title="T", text=text),
                                               analyze=False).documents_added[0]
        stored = library.documents.document_text(doc_id)
    monkeypatch.setattr(text_windows, "WINDOW_PIECE", 7)
    asked = []

    def never() -> bool:
        asked.append(1)
        return False

    assert read_document_text(tmp_path / "library.sqlite", doc_id, stop=never) == stored
    pieces = -(-len(stored.encode()) // 7)
    assert len(asked) == pieces + 1  # every piece, then the decoder's final flush
