"""The read-time guard of quote and mention texts costs only the statements that read them.

Why: every statement naming ``quotes`` or ``mentions`` got a Python row factory (attack run
13), so a clean library's reads of 100k mention rows cost about half as much again even
when they read no text ("SELECT start, label FROM mentions").
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.models import Article
from workbench.store import Store


def test_only_statements_reading_a_guarded_text_get_a_row_factory(tmp_path: Path) -> None:
    store = Store(tmp_path / "library.sqlite")
    try:
        store.documents.add_article(Article("Bridge", "Anna Berg closed the bridge."),
                                    analyze=False)
        db = store.db
        assert db.execute('SELECT start, "end" FROM mentions').row_factory is None
        assert db.execute("SELECT count(*) FROM quotes").row_factory is None
        assert db.execute("SELECT text FROM mentions").row_factory is not None
        assert db.execute("SELECT q.text AS said FROM quotes q").row_factory is not None
    finally:
        store.close()
