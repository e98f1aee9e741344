"""An entity page's documents find their first mentions in one query, whatever their number.

Why: the page listed up to 200 documents and asked for each one's first
mention in turn, 200 statements on the writer's lane at each click.
"""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store

NAME = "Jordan"


def _doc(store: Store, number: int, text: str, starts: list[int], title_too: bool = False) -> int:
    doc_id = store.documents.add_article(  # a number of its own: the same text is one document
        Article(title=f"{NAME} {number}", text=f"{text} ({number})", format="text",
                published=f"2024-01-{number + 1:02d}"), analyze=False).documents_added[0]
    mentions = [Mention(start=s, end=s + len(NAME), text=NAME, label="PERSON", entity=NAME)
                for s in starts]
    if title_too:
        mentions.append(Mention(start=0, end=len(NAME), text=NAME, label="PERSON", entity=NAME,
                                field="title"))
    store.analysis.save_analysis(doc_id, Analysis(mentions=tuple(mentions)))
    return doc_id


def _mention_reads(statements: list[str]) -> list[str]:
    return [s for s in statements if "FROM mentions" in s and "field = 'text'" in s]


def test_every_document_gets_the_snippet_of_its_first_body_mention_in_one_query(
        store: Store) -> None:
    text = f"Earlier words. Then {NAME} spoke, and later {NAME} spoke again."
    first, second = text.index(NAME), text.rindex(NAME)
    docs = [_doc(store, n, text, [second, first], title_too=n == 0) for n in range(12)]
    entity_id = store.entities.find_entity_id(NAME)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        rows = store.entities.entity_documents(entity_id)
    finally:
        store.db.conn.set_trace_callback(None)
    assert sorted(r["id"] for r in rows) == sorted(docs)
    assert len(_mention_reads(statements)) == 1, _mention_reads(statements)
    for row in rows:
        start, end = row["snippet_mark"]
        assert row["snippet"][start:end] == NAME
        assert "Then" in row["snippet"][:start]  # the first mention, not the later one


def test_a_document_naming_the_entity_only_in_its_title_has_no_snippet(store: Store) -> None:
    titled = store.documents.add_article(Article(title=f"{NAME} wins", text="Nothing here.",
                                                 format="text"), analyze=False).documents_added[0]
    store.analysis.save_analysis(titled, Analysis(mentions=(
        Mention(start=0, end=len(NAME), text=NAME, label="PERSON", entity=NAME,
                field="title"),)))
    body = _doc(store, 1, f"{NAME} spoke.", [0])
    rows = {r["id"]: r for r in store.entities.entity_documents(
        store.entities.find_entity_id(NAME))}
    assert rows[titled]["snippet"] == "" and rows[titled]["snippet_mark"] is None
    assert rows[body]["snippet_mark"] == [0, len(NAME)]
