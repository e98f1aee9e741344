"""The import summary's words: each skipped file said once, the headline true for every kind."""

from __future__ import annotations

from workbench.ingest.folders import LINK_BROKEN, LINK_NOT_FOLLOWED, SAVED_PAGE_FILES
from workbench.operations.importing import ImportReport
from workbench.ui.tasks.import_views import ImportSummaryDialog, summary_line


def test_skipped_files_are_said_once_and_not_called_links_or_pipes(qtbot) -> None:
    """A saved page's helper folder is neither: the headline said "(links, pipes)", and
    each row "Skipped: …, skipped"."""
    saved = SAVED_PAGE_FILES.format(page="Budget.html")
    report = ImportReport(skipped=[("/news/Budget_files", saved), ("/news/old.txt", LINK_BROKEN),
                                   ("/news/passwd.txt", LINK_NOT_FOLLOWED)], files_seen=3)
    assert summary_line(report).endswith(", 3 skipped")
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Budget_files"].startswith("Skipped: the images, scripts and frames")
    assert rows["old.txt"] == "Skipped: symbolic link to a missing file"
    assert rows["passwd.txt"] == "Skipped: symbolic link, not followed"
    assert all(text.lower().count("skipped") == 1 for text in rows.values())


def test_a_dropped_date_is_named_in_the_headline_and_a_row(qtbot) -> None:
    """The window said nothing when a file's date ("1e+300") was no date and left out."""
    report = ImportReport(imported=[4], undated=[("/news/feed.json", 4, "1e+300")], files_seen=1)
    assert summary_line(report).endswith(", 1 without its date (not a date)")
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [
        ("feed.json", "Document 4 imported without its date: '1e+300' is not a date")]


def test_a_reader_warning_is_named_in_the_headline_and_a_row(qtbot) -> None:
    """A Markdown file's front matter that was no YAML was left out without a word."""
    warning = "front matter left out: not a list of keys and values"
    report = ImportReport(imported=[4], warnings=[("/news/note.md", 4, warning)], files_seen=1)
    assert summary_line(report).endswith(", 1 document with a warning")
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [("note.md", f"Document 4 imported, {warning}")]


def test_the_close_button_has_the_focus_not_the_first_row(qtbot) -> None:
    """The list took the focus on open: its first row showed a focus frame nobody asked for."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    report = ImportReport(imported=[1], failed=[("/news/a.pdf", "not a PDF file")],
                          duplicates=[("/news/b.txt", "Storm", 4)], files_seen=3)
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    buttons = dialog.findChild(QDialogButtonBox)
    assert QApplication.focusWidget() is buttons.button(QDialogButtonBox.StandardButton.Close)
    assert not dialog.problems.hasFocus()


LONG_REASON = ("not a workbench export: documents[0].entities[3] has start 120 after its end 98, "
               "and documents[2].quotes[1] names a speaker entity that the export does not list")


def test_a_long_reason_wraps_in_its_row_and_copy_details_has_it_whole(qtbot) -> None:
    """One elided line cut a long reason ("…documents[0].enti…") and nothing could copy it."""
    from PySide6.QtGui import QGuiApplication

    report = ImportReport(failed=[("/news/deep/folder/export.json", LONG_REASON)],
                          problems={"/news/deep/folder/export.json": ["first problem"]},
                          duplicates=[("/news/b.txt", "Storm", 4)], files_seen=2)
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    dialog.resize(640, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.problems
    tree.doItemsLayout()
    failed, duplicate = (tree.visualItemRect(tree.topLevelItem(n)) for n in range(2))
    line = tree.fontMetrics().lineSpacing()
    assert failed.height() >= 2 * line > duplicate.height() - 6  # the long one wraps
    assert dialog.copy_button.isVisible()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "/news/deep/folder/export.json" in copied
    assert f"Failed: {LONG_REASON}" in copied and "first problem" in copied


def test_the_terminal_and_the_window_count_an_import_in_the_same_words(capsys) -> None:
    """`workbench import` said "0 already present" where the status bar said "0 already in
    the library" for the same import."""
    from workbench.commands.library import _print_import_report

    report = ImportReport(imported=[1, 2], duplicates=[("/news/a.txt", "A", 3)], files_seen=3)
    _print_import_report(report)
    printed = capsys.readouterr().err.strip().splitlines()[-1]
    window = summary_line(report)
    assert set(window.lower().split(", ")) <= set(printed.lower().split(", ")), (printed, window)


def test_an_analysis_that_failed_nothing_says_no_failures() -> None:
    """The status bar read "Analysed 35 documents, 0 failed" where the terminal said
    "analysed 35 documents"; a failure is still counted."""
    from types import SimpleNamespace

    from workbench.ui.app.work_feedback import analysis_line

    assert analysis_line(SimpleNamespace(analyzed=[1] * 35, failed=[])) == "Analysed 35 documents"
    assert analysis_line(SimpleNamespace(analyzed=[1, 2], failed=[(3, "boom")])) == (
        "Analysed 2 documents, 1 failed")
    assert analysis_line(SimpleNamespace(analyzed=[], failed=[])) == ""  # nothing was waiting


def test_an_import_of_files_already_in_the_library_keeps_its_line_in_the_status_bar(
        qtbot, library, open_window, tmp_path) -> None:
    """Importing a CSV a second time: the status bar said "Analysed 0 documents" at once,
    over "Imported 0 documents, 35 already in the library, 0 failed"."""
    from types import SimpleNamespace

    window = open_window(library)
    report = ImportReport(duplicates=[("/news/a.csv", "A", 1)], files_seen=1)
    window.feedback.import_finished(report)
    window.feedback.analysis_finished(SimpleNamespace(analyzed=[], failed=[]))
    assert window.statusBar().currentMessage() == summary_line(report)
    if window.feedback.import_summary is not None:
        window.feedback.import_summary.close()
