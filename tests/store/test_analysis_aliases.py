"""The aliases an analysis writes: each of a document's surface forms once."""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store

TEXT = "Lee spoke. Lee left. Ms Lee returned and Lee said so."


def test_a_name_written_again_asks_for_its_alias_once(store: Store) -> None:
    doc_id = store.documents.add_article(Article(title="Lee", text=TEXT),
                                         analyze=False).documents_added[0]
    mentions = tuple(Mention(start, start + len(surface), surface, "PERSON", "Ann Lee")
                     for surface in ("Lee", "Ms Lee")
                     for start in range(len(TEXT)) if TEXT.startswith(surface, start)
                     and (surface == "Ms Lee" or TEXT[start - 3:start] != "Ms "))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.analysis.save_analysis(doc_id, Analysis(mentions=mentions))
    store.db.conn.set_trace_callback(None)
    alias_writes = [s for s in statements if "INTO \"entity_aliases\"" in s
                    or "INTO entity_aliases" in s]
    assert len(alias_writes) == 2  # "Lee" three times, "Ms Lee" once
    assert sorted(r[0] for r in store.db.execute("SELECT alias FROM entity_aliases")) == [
        "Lee", "Ms Lee"]
