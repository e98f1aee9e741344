"""Two analysts' libraries built from the shipped seed articles, for merge tests.

A shared starting library (two Navalny articles, a claim and a note) is
copied to Alice and Bob; each then works alone: overlapping work (the same
tag on the same document, made independently), conflicting work (the shared
claim's status, the shared note's text, the source's grade) and work only
one of them did (Alice's Kipchoge article imported first, Bob's imported after
another article, so ids differ between the libraries). ``work_of`` reads a
library's analyst work by origin and natural values, never by id, so two
libraries can be compared after merges.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.support import REPO
from workbench.core.authorship import Author
from workbench.ingest import read_articles
from workbench.store import Store

SEEDS = REPO / "seeds" / "wikinews"
NAVALNY = (
    SEEDS / "navalny" / "001_navalny-airlifted-to-germany.md",
    SEEDS / "navalny" / "002_germany-says-navalny-poisoned-novichok.md",
)
KIPCHOGE = SEEDS / "other" / "001_kipchoge-marathon-under-two-hours.md"
THUNBERG = SEEDS / "other" / "003_greta-thunberg-time-person-of-year.md"
ALICE = Author("a" * 32, "Alice")
BOB = Author("b" * 32, "Bob")


def import_seed(store: Store, path: Path) -> int:
    """Import one seed article without extraction; return its document id."""
    changes = store.documents.add_article(read_articles(path)[0], analyze=False)
    return (changes.documents_added or (changes.duplicate_of,))[0]  # type: ignore[return-value]


def span_of(store: Store, doc_id: int, phrase: str) -> tuple[int, int]:
    """The first occurrence of ``phrase`` in a document."""
    text = store.documents.document_text(doc_id)
    start = text.index(phrase)
    return start, start + len(phrase)


def build_shared(path: Path) -> None:
    """The library both analysts start from: two articles, one claim, one note."""
    with Store(path, author=ALICE) as store:
        first, second = (import_seed(store, seed) for seed in NAVALNY)
        claim, _ = store.claims.add_claim(first, *span_of(store, first, "Navalny"))
        store.annotations.add_annotation(
            second, *span_of(store, second, "Novichok"), note_md="poison"
        )
        store.tags.tag_document(first, "russia")


def build_pair(folder: Path) -> tuple[Path, Path]:
    """Alice's and Bob's libraries after a day of separate work."""
    shared = folder / "shared.sqlite"
    build_shared(shared)
    alice, bob = folder / "alice.sqlite", folder / "bob.sqlite"
    shutil.copy(shared, alice)
    shutil.copy(shared, bob)
    with Store(alice, author=ALICE) as store:
        _alice_works(store)
    with Store(bob, author=BOB) as store:
        _bob_works(store)
    return alice, bob


def _shared_ids(store: Store) -> tuple[int, int, int, int]:
    first, second = 1, 2
    claim = store.claims.list_claims()[0].id
    note = next(a for a in store.annotations.document_annotations(second) if a.note_md)
    return first, second, claim, note.id


def _alice_works(store: Store) -> None:
    first, second, claim, note = _shared_ids(store)
    store.claims.set_claim_status(claim, "corroborated")
    store.annotations.edit_note(note, "poison, says the German government")
    store.tags.tag_document(second, "poisoning")
    kipchoge = import_seed(store, KIPCHOGE)
    runner, _ = store.annotations.add_annotation(
        kipchoge, *span_of(store, kipchoge, "Kipchoge"), note_md="runner"
    )
    store.tags.tag_annotation(runner, "sport/athletics")
    other, _ = store.claims.add_claim(second, *span_of(store, second, "Germany"))
    store.claims.link_claims(claim, other, "supports")
    store.grades.grade_source("Wikinews", "B")


def _bob_works(store: Store) -> None:
    first, second, claim, note = _shared_ids(store)
    store.claims.set_claim_status(claim, "disputed")
    store.annotations.edit_note(note, "poison: Novichok, per the lab")
    store.tags.tag_document(second, "poisoning")
    import_seed(store, THUNBERG)
    kipchoge = import_seed(store, KIPCHOGE)
    store.annotations.add_annotation(kipchoge, *span_of(store, kipchoge, "marathon"))
    store.grades.grade_source("Wikinews", "C")
    store.ach.create_analysis("Who poisoned Navalny?", ["The state", "Someone else"])


def work_of(store: Store) -> dict[str, Any]:
    """A library's documents and analyst work, keyed by what survives a merge (never by id)."""
    db = store.db
    rows = {
        "documents": "SELECT content_hash, title FROM documents",
        "annotations": 'SELECT a.origin, d.content_hash, a.kind, a.start, a."end", a.exact,'
        " a.status, a.author_id FROM annotations a JOIN documents d ON d.id = a.document_id",
        "claims": "SELECT origin, statement, author_id FROM claims",
        "status_history": "SELECT origin, status, author_id FROM claim_status_history",
        "links": "SELECT l.origin, f.origin, t.origin, l.relation FROM links l"
        " JOIN annotations f ON f.id = l.from_annotation_id"
        " JOIN annotations t ON t.id = l.to_annotation_id",
        "tags": "SELECT lower(path) FROM tags",
        "passage_tags": "SELECT a.origin, lower(t.path) FROM span_tags x"
        " JOIN annotations a ON a.id = x.annotation_id JOIN tags t ON t.id = x.tag_id",
        "document_tags": "SELECT d.content_hash, lower(t.path) FROM document_tags x"
        " JOIN documents d ON d.id = x.document_id JOIN tags t ON t.id = x.tag_id",
        "sources": "SELECT lower(name) FROM sources",
        "ach": "SELECT origin, question FROM ach_analyses",
        "hypotheses": "SELECT origin, text FROM ach_hypotheses",
    }
    return {name: sorted(map(tuple, db.execute(sql).fetchall())) for name, sql in rows.items()}


def counts_of(store: Store) -> dict[str, int]:
    """Rows per table, to show nothing changed (or nothing was duplicated)."""
    tables = [
        row[0]
        for row in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            " AND name NOT LIKE 'sqlite_%' AND name <> 'undo_log' ORDER BY name"
        )
    ]
    counts = {t: store.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    # The ids an undone action's rows held stay reserved for its redo (``rows.keep_id_taken``):
    # the history's bookkeeping, like undo_log, not the library's content.
    counts["library_meta"] = store.db.execute(
        "SELECT count(*) FROM library_meta WHERE key NOT LIKE 'id_floor:%'").fetchone()[0]
    return counts
