"""An import of a workbench JSON export that brings ACH analyses says so and refreshes the dock."""

from __future__ import annotations

from pathlib import Path

from workbench.cli import main
from workbench.core.models import Article
from workbench.operations.importing import import_paths
from workbench.store import Store
from workbench.ui.tasks.import_views import summary_line


def test_an_import_that_brings_analyses_tells_the_ach_dock_and_the_status_bar(
    tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite"
    with Store(db) as store:
        store.documents.add_article(Article(title="Bridge", text="The bridge will reopen."))
        store.documents.add_article(Article(title="Other", text="Nobody said a thing."))
        store.ach.create_analysis("Will it reopen?", ["Yes", "No"])
    exported = tmp_path / "export.json"
    assert main(["--db", str(db), "export", "--format", "json", "--out", str(exported)]) == 0
    heard = []
    with Store(tmp_path / "other.sqlite") as other:
        report = import_paths(other, [exported], analyze=False, on_change=heard.append)
    assert report.analyses == 1 and any(changes.ach for changes in heard)
    assert summary_line(report).startswith("Imported 2 documents, 1 ACH analysis, 0 already")


def test_the_status_line_names_marks_a_new_version_orphaned() -> None:
    """It said "(annotations re-anchored)" even when none found a place."""
    from workbench.operations.importing import ImportReport

    report = ImportReport(updated=[3], orphaned=[7, 8])
    assert "1 updated to a new version, 2 annotations lost their place" in (
        summary_line(report))
    assert "re-anchored" in summary_line(ImportReport(updated=[3]))


def test_the_summary_says_which_ach_ratings_were_skipped_or_folded(qtbot) -> None:
    """The CLI said them on stderr; the app's summary left them out."""
    from workbench.operations.importing import ImportReport
    from workbench.ui.tasks.import_views import ImportSummaryDialog

    report = ImportReport(imported=[1], analyses=1, analysis_parts_skipped=2, ratings_folded=1)
    line = summary_line(report)
    assert "2 evidence rows or ratings skipped (a claim not in the file" in line
    assert "1 rating of a repeated hypothesis folded into its first" in line
    one = summary_line(ImportReport(imported=[1], analyses=1, analysis_parts_skipped=1))
    assert "1 evidence row or rating skipped" in one and "folded" not in one
    assert "ACH:" not in summary_line(ImportReport(imported=[1], analyses=1))
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == line
