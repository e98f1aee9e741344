"""The aliases and entities an analysis writes: each of a document's surface forms once, its
names looked up together."""

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


def test_a_documents_names_are_looked_up_together_and_an_analysts_rule_wins(
        store: Store) -> None:
    text = "Ann Lee met Bo Ek and Cy Ho in Oslo."
    doc_id = store.documents.add_article(Article(title="t", text=text),
                                         analyze=False).documents_added[0]
    names = [("Ann Lee", "PERSON"), ("Bo Ek", "PERSON"), ("Cy Ho", "PERSON"), ("Oslo", "GPE")]
    mentions = tuple(Mention(text.index(name), text.index(name) + len(name), name, label, name)
                     for name, label in names)
    known = store.db.execute("INSERT INTO entities (name, label, name_key) VALUES"
                             " ('Bo Ek', 'PERSON', 'bo ek')").lastrowid
    chosen = store.db.execute("INSERT INTO entities (name, label, name_key) VALUES"
                              " ('Cyrus Ho', 'PERSON', 'cyrus ho')").lastrowid
    store.db.execute("INSERT INTO entities (name, label, name_key) VALUES"
                     " ('Cy Ho', 'PERSON', 'cy ho')")
    store.db.execute("INSERT INTO entity_rules (name, label, entity_id) VALUES"
                     " ('Cy Ho', 'PERSON', ?)", [chosen])
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.analysis.save_analysis(doc_id, Analysis(mentions=mentions))
    store.db.conn.set_trace_callback(None)
    reads = [s for s in statements if s.startswith("SELECT") and
             ("FROM entities" in s or "FROM entity_rules" in s)]
    assert len([s for s in reads if "entity_rules" in s]) == 1
    assert len([s for s in reads if "FROM entities WHERE name" in s]) == 1
    stored = dict(store.db.execute("SELECT m.text, m.entity_id FROM mentions m"
                                   " WHERE m.document_id = ?", [doc_id]).fetchall())
    assert stored["Bo Ek"] == known and stored["Cy Ho"] == chosen
    made = {name: int(i) for i, name in store.db.execute("SELECT id, name FROM entities")}
    assert made["Oslo"] > made["Ann Lee"] > made["Cy Ho"]  # new ones made in the text's order
