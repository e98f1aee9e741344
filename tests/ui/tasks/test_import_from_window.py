"""Importing from the window: progress, summary with failures, cancel, drag and drop."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

import workbench.operations.importing as importing
from tests.support import write_article_folder
from workbench.core.models import Article
from workbench.nlp import workers
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.settings import app_settings
from workbench.ui.tasks import warm_analysis
from workbench.ui.theme.manager import ThemeManager


@pytest.fixture
def window(qtbot, library) -> MainWindow:
    theme = ThemeManager()
    theme.set_preference("light")
    main = MainWindow(library, theme, app_settings(), analyze=False)
    qtbot.addWidget(main)
    main.show()
    return main


def _wait_for_import(qtbot, window: MainWindow, start):
    with qtbot.waitSignal(window.imports.import_finished, timeout=20_000) as finished:
        start()
    return finished.args[0]


def test_importing_a_folder_reports_the_bad_file_and_imports_the_rest(qtbot, window, library,
                                                                    tmp_path) -> None:
    folder = write_article_folder(tmp_path / "incoming", 3)
    (folder / "corrupt.txt").write_bytes(os.urandom(512) + b"\x00" * 64)
    report = _wait_for_import(qtbot, window, lambda: window.import_paths([folder]))
    assert len(report.imported) == 3
    assert [Path(path).name for path, _ in report.failed] == ["corrupt.txt"]
    assert library.documents.count_documents() == 3
    summary = window.feedback.import_summary
    assert summary is not None and summary.isVisible()
    assert "Imported 3 documents" in summary.headline.text()
    assert "1 failed" in summary.headline.text()
    rows = summary.rows()
    assert rows[0][0].endswith("corrupt.txt") and rows[0][1].startswith("Failed: binary")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 3)
    assert window.count_label.text() == "3 documents"
    qtbot.waitUntil(lambda: window.reader.doc_id is not None)  # opened on the next loop turn
    summary.close()


def test_cancel_stops_an_import_and_leaves_the_library_consistent(qtbot, window, library,
                                                                 tmp_path, monkeypatch) -> None:
    folder = write_article_folder(tmp_path / "many", 80)
    real_read = importing.read_results

    def slow_read(path, **kwargs):
        time.sleep(0.02)
        return real_read(path, **kwargs)

    monkeypatch.setattr(importing, "read_results", slow_read)
    progressed = []

    def cancel_on_first_progress(done, total, current):
        progressed.append(done)
        if done >= 2:
            window.cancel_work()

    window.imports.import_progressed.connect(cancel_on_first_progress)
    report = _wait_for_import(qtbot, window, lambda: window.import_paths([folder]))
    assert report.cancelled
    assert 2 <= len(report.imported) < 80
    assert library.documents.count_documents() == len(report.imported)
    for doc_id in report.imported:
        document = library.documents.get_document(doc_id)
        assert document is not None and "a summit." in document["text"]
    assert library.library.count_search("summit") == len(report.imported)
    summary = window.feedback.import_summary
    assert summary is not None and "cancelled" in summary.headline.text()
    assert not window.work_progress.isVisible()
    window.feedback.import_summary.close()


def test_dropping_files_on_the_window_imports_them(qtbot, window, library, tmp_path) -> None:
    folder = write_article_folder(tmp_path / "dropped", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in sorted(folder.iterdir())])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    report = _wait_for_import(qtbot, window, lambda: window.dropEvent(event))
    assert len(report.imported) == 2 and library.documents.count_documents() == 2
    assert window.feedback.import_summary is None


def test_documents_light_up_when_analysis_is_saved(qtbot, window, library, make_document,
                                                   tmp_path) -> None:
    from workbench.core.models import Analysis, Mention

    window.imports.analyze = True

    def fake_analysis(store, progress):
        pending = store.analysis.documents_needing_analysis()
        progress.start(len(pending))
        for doc_id, _title, text in pending:
            start = text.index("summit")
            mention = Mention(start, start + 6, "summit", "ORG", "The Summit")
            progress.report_changes(
                store.analysis.save_analysis(doc_id, Analysis(mentions=(mention,)))
            )
            progress.step(str(doc_id))
        return None

    window.imports.analysis = fake_analysis
    folder = write_article_folder(tmp_path / "analysed", 2)
    with qtbot.waitSignal(window.imports.analysis_finished, timeout=20_000):
        window.import_paths([folder])
    qtbot.waitUntil(lambda: not window.library.model.refresh_pending)
    statuses = {window.library.model.row_data(row)["status"] for row in range(2)}
    assert statuses == {"analyzed"}
    qtbot.waitUntil(lambda: bool(window.reader.view.rendered and
                                 window.reader.view.rendered.mention_spans))
    assert window.inspector.entities.topLevelItemCount() == 1


def test_an_import_adds_its_sources_to_the_source_filter(qtbot, window, tmp_path) -> None:
    import json

    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"title": f"Wire story {n}", "source": "Wire Z",
                                          "text": f"The port reopened on day {n}."})
                              for n in range(3)), encoding="utf-8")
    combo = window.library.filter_bar.source_combo
    assert combo.findData("Wire Z") == -1
    _wait_for_import(qtbot, window, lambda: window.import_paths([feed]))
    qtbot.waitUntil(lambda: combo.findData("Wire Z") > 0)


def test_the_summary_keeps_every_reason_in_view_for_deep_paths(qtbot) -> None:
    """Sized to full paths, the File column pushed "What happened" out of the dialog."""
    from workbench.operations.importing import ImportReport
    from workbench.ui.tasks.import_views import ImportSummaryDialog

    folder = ("/home/analyst/Documents/Investigations/2024/Eastern Europe/"
              "Sources from the regional desk")
    report = ImportReport(imported=[1], failed=[
        (f"{folder}/scan-of-the-leaked-memo-page-1.pdf", "the PDF holds no text"),
        (f"{folder}/march/corrupt.docx", "not a Word document")])
    summary = ImportSummaryDialog(report)
    qtbot.addWidget(summary)
    summary.show()
    qtbot.waitExposed(summary)
    tree = summary.problems
    assert summary.rows() == [
        ("scan-of-the-leaked-memo-page-1.pdf", "Failed: the PDF holds no text"),
        ("march/corrupt.docx", "Failed: not a Word document")]
    assert summary.folder_label.text() == f"In {folder}"
    assert tree.topLevelItem(0).toolTip(0).find("/home/analyst/") >= 0  # the full path on hover
    reasons_start = tree.header().sectionViewportPosition(1)
    assert 0 < reasons_start <= tree.viewport().width() // 2
    assert reasons_start >= tree.sizeHintForColumn(0)  # the names fit whole


def test_the_analysis_strip_counts_in_percent_and_names_its_words(qtbot, window) -> None:
    """An analysis of 40 articles showed "Analysing 0 / 26461": its words, never named."""
    bar = window.work_progress.bar
    window.imports.analysis_started.emit()
    window.imports.analysis_progressed.emit(1204, 26461, "")
    assert bar.text() == "4%"
    assert bar.toolTip() == "1,204 of 26,461 words done"
    window.imports.import_started.emit("wikinews.csv")  # an import counts its files again
    window.imports.import_progressed.emit(3, 40, "a.txt")
    assert (bar.text(), bar.toolTip()) == ("3 / 40", "")


def test_the_analysis_strip_says_the_model_loads_until_the_first_words_are_done(
        qtbot, window) -> None:
    """The bar stood at "0%" for the seconds the language model took to load."""
    strip = window.work_progress
    window.imports.analysis_started.emit()
    window.imports.analysis_progressed.emit(0, 26461, "")  # the run counted its words
    assert strip.current.text() == "Loading the language model…"
    assert strip.bar.maximum() == 0  # busy, not 0%
    window.imports.analysis_progressed.emit(1204, 26461, "Penguin survey")
    assert (strip.bar.text(), strip.current.text()) == ("4%", "Penguin survey")


def test_the_analysis_strip_says_nothing_of_loading_once_the_model_is_warm(
        qtbot, window, monkeypatch) -> None:
    """Every analysis said "Loading the language model…", the model long loaded in the worker."""
    class WarmModel:
        model_loaded = True

    monkeypatch.setattr(warm_analysis._Session, "worker", WarmModel())  # noqa: SLF001
    strip = window.work_progress
    window.imports.analysis_started.emit()
    window.imports.analysis_progressed.emit(0, 26461, "")
    assert strip.current.text() != "Loading the language model…"
    assert strip.bar.text() == "0%"


def test_a_run_large_enough_for_a_fresh_pool_says_the_model_loads(
        qtbot, window, library, monkeypatch) -> None:
    """32 documents start a process pool that loads the model: the strip said "0%", no word."""
    class WarmModel:
        model_loaded = True

    monkeypatch.setattr(warm_analysis._Session, "worker", WarmModel())  # noqa: SLF001
    monkeypatch.setattr(workers, "default_workers", lambda: 2)
    for number in range(workers.POOL_MIN_BATCHES * workers.ANALYSIS_BATCH):
        library.documents.add_article(Article(title=f"Report {number}",
                                              text=f"The council met on day {number}."))
    strip = window.work_progress
    window.imports.analysis_started.emit()
    window.imports.analysis_progressed.emit(0, 26461, "")
    assert strip.current.text() == "Loading the language model…"
    assert strip.bar.maximum() == 0  # busy, not 0%
    monkeypatch.setattr(workers, "default_workers", lambda: 1)  # one core: warm process
    window.imports.analysis_started.emit()
    window.imports.analysis_progressed.emit(0, 26461, "")
    assert strip.bar.text() == "0%"



def test_an_import_that_folded_ach_ratings_opens_the_summary(window) -> None:
    """Nothing failed, but ratings of a repeated hypothesis were folded: the summary says so
    (it opened only for failures, duplicates and skipped files)."""
    report = importing.ImportReport(imported=[], analyses=1, ratings_folded=1)
    window.feedback.import_finished(report)
    summary = window.feedback.import_summary
    assert summary is not None and "folded into its first" in summary.headline.text()
    summary.close()
