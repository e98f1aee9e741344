"""A live theme switch must not re-measure every row of the Entities table.

Why: with every column ResizeToContents, Qt measured up to a thousand rows per
column on each style change (216,385 data() calls, 1.57 s CPU on a theme
switch in the walk). The columns are now sized from a sample at both ends of the list.
"""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention
from workbench.ui.entities.table_model import COLUMN_KEYS, EntityTableModel
from workbench.ui.entities.table_view import SAMPLE_ROWS
from workbench.ui.widgets.column_fit import end_rows

ENTITY_COUNT = 1500


def _many_entities(store) -> None:
    names = [f"Entity {number:04d}" for number in range(ENTITY_COUNT)]
    text = " ".join(names) + "."
    doc_id = store.documents.add_article(Article(title="Many", text=text)).documents_added[0]
    mentions, start = [], 0
    for name in names:
        mentions.append(Mention(start=start, end=start + len(name), text=name, label="ORG",
                                entity=name))
        start += len(name) + 1
    store.analysis.save_analysis(doc_id, Analysis(mentions=tuple(mentions)))


def test_a_theme_switch_reads_only_the_rows_it_shows_or_samples(qtbot, library, open_window,
                                                                 monkeypatch, settle) -> None:
    _many_entities(library)
    window = open_window(library)
    window.resize(1024, 640)
    window.actions["entities_view"].trigger()
    view = window.workspace.entities_view
    qtbot.waitUntil(view.isVisible)
    assert view.model.rowCount() == ENTITY_COUNT
    rows_read: set[int] = set()
    original = EntityTableModel.data

    def counting(self, index, role=0):
        rows_read.add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(EntityTableModel, "data", counting)
    window.theme.set_preference("dark")
    qtbot.wait(20)
    view.grab()  # the rows shown are painted in the new colours
    shown = set(range(40))  # a 640 px window shows < 40 rows
    sampled = set(end_rows(ENTITY_COUNT, SAMPLE_ROWS))  # what the column fitter measures
    assert rows_read, "the theme switch repaints the table"
    # painting and the fitter's sample, not measuring all 1,500 rows
    assert rows_read <= shown | sampled, sorted(rows_read - shown - sampled)[:10]



def test_a_count_column_the_analyst_dragged_keeps_its_width_when_the_list_reloads(
        qtbot, library, open_window) -> None:
    _many_entities(library)
    window = open_window(library)
    window.actions["entities_view"].trigger()
    view = window.workspace.entities_view
    qtbot.waitUntil(view.isVisible)
    header, docs = view.table.horizontalHeader(), COLUMN_KEYS.index("documents")
    fitted = header.sectionSize(docs)
    assert fitted < 120  # sized to "Docs" and one-digit counts, not stretched
    header.resizeSection(docs, 150)  # what a drag on the header does
    view.name_edit.setText("Entity 00")
    view.apply_filter()  # a reset of the model
    assert view.model.rowCount() == 100 and header.sectionSize(docs) == 150
