"""After a merge the library refills its source choices; the report re-reads only for merges."""

from __future__ import annotations

from pathlib import Path

from workbench.core.models import Article, Changes
from workbench.store import Store
from workbench.ui.dialogs.merge_report import MergeReportDialog

TEXT = "Moscow - Officials said sanctions were discussed. The weather was mild."


def test_a_merge_that_adds_documents_refills_the_source_filter(
    qtbot, library, make_document, open_window, settle, tmp_path: Path
) -> None:
    make_document(library, "Moscow", TEXT, source="Test Wire")
    theirs = tmp_path / "theirs.sqlite"
    with Store(theirs) as other:  # the same article (matched by its text) and one more
        other.documents.add_article(Article(title="Moscow", text=TEXT, source="Test Wire"),
                                    analyze=False)
        other.documents.add_article(
            Article(title="Kyiv", text="Kyiv - Talks resumed on Monday.", source="Other Wire"),
            analyze=False)
    window = open_window(library)
    combo = window.library.filter_bar.source_combo
    assert combo.findData("Other Wire") == -1
    applied: list[Changes] = []
    window.changes_applied.connect(applied.append)
    window.workspace.merging.merge(theirs)
    qtbot.waitUntil(lambda: bool(window.workspace.merging.dialogs), timeout=10_000)
    settle(window)
    (merged,) = [change for change in applied if change.note == "Merge theirs.sqlite"]
    kyiv = next(row["id"] for row in library.documents.list_documents() if row["title"] == "Kyiv")
    assert merged.documents_added == (kyiv,)  # what the library and the other views go by
    qtbot.waitUntil(lambda: combo.findData("Other Wire") >= 0, timeout=5000)
    window.close()


def test_the_report_rereads_conflicts_only_for_merges_and_resolutions(qtbot) -> None:
    reads: list[int] = []
    dialog = MergeReportDialog(None, lambda _i, _c: None, lambda: reads.append(1) or [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    reads.clear()
    for unrelated in (Changes(annotations=True, note="Highlight"),
                      Changes(documents_added=(3,)), Changes(claims=True, note="Undid Link")):
        dialog.on_changes(unrelated)
    assert reads == []
    dialog.on_changes(Changes(claims=True, conflicts=True, note="Merge bob.sqlite"))
    assert len(reads) == 1


def test_merges_resolutions_and_their_undo_say_they_concern_conflicts(tmp_path) -> None:
    """The store marks them (tables touched), so no view reads the action's wording."""
    from tests.store.merge_fixtures import build_pair
    from workbench.operations.merge import merge_file_changes, resolve_conflict
    from workbench.store import Store

    alice, bob = build_pair(tmp_path)
    store = Store(alice)
    report, written = merge_file_changes(store, bob)
    assert written.conflicts and report.conflicts
    assert resolve_conflict(store, report.conflicts[0].id, "theirs").conflicts
    undone = store.history.undo()
    assert undone is not None and undone.conflicts
    highlight = store.history.undo()  # the merge itself, undone
    assert highlight is not None and highlight.conflicts
    store.close()


def test_the_merge_dialogs_fit_a_small_window(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 500)  # smaller than the report's 900x640 both ways: both must fit
    window.show()
    from tests.ui.dialogs.test_merge_report import NOTE

    dialog = MergeReportDialog(None, lambda _i, _c: None, lambda: [NOTE], parent=window)
    qtbot.addWidget(dialog)
    assert dialog.height() < window.height() and dialog.width() < window.width()
    assert dialog.width() >= 520  # never squeezed below a usable size
