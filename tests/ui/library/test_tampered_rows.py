"""The library table on a file another program edited: wrong-typed values shown as missing.

A BLOB publication date and a NULL title (the table's declaration rewritten) reached the
table's date and title cells as ``bytes`` and ``None``; every row is shown, those cells blank.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from workbench.core.models import Article
from workbench.store import Store
from workbench.ui.library.model import COLUMN_INDEX
from workbench.ui.library.pane import LibraryPane
from workbench.ui.theme.manager import ThemeManager

LOOSENED = ("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql,"
            " 'title TEXT NOT NULL', 'title') WHERE name = 'documents';"
            " PRAGMA writable_schema = OFF;")


def test_every_row_is_shown_with_the_bad_cells_blank(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    store = Store(path)
    for number in (1, 2, 3):
        store.documents.add_article(Article(f"Report {number}", f"The bridge closed. {number}",
                                            published=f"2024-03-0{number}"), analyze=False)
    store.close()
    for script in (LOOSENED, "UPDATE documents SET published = x'00ff' WHERE id = 1;"
                             " UPDATE documents SET title = NULL WHERE id = 2"):
        with closing(sqlite3.connect(path)) as conn:
            conn.executescript(script)
    store = Store(path)
    try:
        pane = LibraryPane(store, ThemeManager())
        qtbot.addWidget(pane)
        model = pane.model
        qtbot.waitUntil(lambda: model.rowCount() == 3)  # the date-ordered query failed: none
        cells = {model.index(row, COLUMN_INDEX["title"]).data():
                 model.index(row, COLUMN_INDEX["published"]).data()
                 for row in range(model.rowCount())}
        assert cells == {"Report 3": "2024-03-03", "–": "2024-03-02", "Report 1": "–"}
    finally:
        store.close()
