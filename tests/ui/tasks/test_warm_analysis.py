"""A small import from the window is analysed in the warm process, never in the GUI's own.

Untimed: the stall itself is measured by tests/benchmarks/bench_first_analysis.py.
These check the design that removes it: the model is loaded in the warm
process, documents come back analysed with per-document results, an analyst
action queued while the model loads is committed before the analysis ends,
and ``stop`` leaves no process behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.nlp import workers
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.settings import app_settings
from workbench.ui.tasks import warm_analysis
from workbench.ui.theme.manager import ThemeManager

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot, library) -> MainWindow:
    theme = ThemeManager()
    theme.set_preference("light")
    main = MainWindow(library, theme, app_settings(), analyze=True)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def warm() -> Iterator[None]:
    warm_analysis.start()
    yield
    warm_analysis.stop()


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"bridge_{number}.txt").write_text(
            f"Bridge vote {number}\n\n\"We will rebuild the bridge,\" Mayor Anna Smith said "
            f"in Boston on Tuesday. The council voted {number + 5} to 2.\n", encoding="utf-8")
    return folder


def test_a_small_import_is_analysed_in_the_warm_process_and_actions_go_first(
        qtbot, window, library, warm, tmp_path, monkeypatch) -> None:
    def not_here(*_args: object, **_options: object) -> None:
        raise AssertionError("a document was analysed in the GUI's process")

    monkeypatch.setattr(workers, "_safe_batch", not_here)  # the warm process has its own
    events: list[str] = []
    tagged: list[int] = []

    def tag_while_analysing() -> None:
        doc_id = library.documents.list_documents()[0]["id"]
        window.workspace.actions.run(
            "Tag", lambda store: store.tags.tag_document(doc_id, "Infrastructure"),
            on_done=lambda _changes: (events.append("tagged"), tagged.append(doc_id)))

    window.imports.analysis_started.connect(tag_while_analysing)
    window.imports.analysis_finished.connect(lambda _report: events.append("analysed"))
    with qtbot.waitSignal(window.imports.analysis_finished, timeout=120_000) as finished:
        window.import_paths([_articles(tmp_path / "in", 3)])
    report = finished.args[0]
    assert len(report.analyzed) == 3 and report.failed == []
    assert events == ["tagged", "analysed"]  # the tag did not wait for the model to load
    assert library.tags.document_tags(tagged[0]) == ["Infrastructure"]
    for doc_id in report.analyzed:
        speakers = [quote["speaker"] for quote in library.analysis.document_quotes(doc_id)]
        assert speakers == ["Anna Smith"]


def test_a_cancelled_analysis_leaves_the_rest_pending_and_the_next_one_finishes_it(
        qtbot, window, library, warm, tmp_path) -> None:
    def cancel_after_the_first_saved(done: int, _total: int, _current: str) -> None:
        if done > 0:
            window.cancel_work()

    window.imports.analysis_progressed.connect(cancel_after_the_first_saved)
    with qtbot.waitSignal(window.imports.analysis_finished, timeout=120_000) as finished:
        window.import_paths([_articles(tmp_path / "in", 20)])
    report = finished.args[0]
    pending = library.analysis.documents_needing_analysis()
    assert report.cancelled and report.failed == []
    assert 1 <= len(report.analyzed) < 20 and len(report.analyzed) + len(pending) == 20
    window.imports.analysis_progressed.disconnect(cancel_after_the_first_saved)
    with qtbot.waitSignal(window.imports.analysis_finished, timeout=120_000) as again:
        window.imports.analyze_pending()
    assert sorted(again.args[0].analyzed) == sorted(doc_id for doc_id, _, _ in pending)
    assert library.analysis.documents_needing_analysis() == []


def test_stop_ends_the_warm_process_and_a_later_start_makes_a_new_one() -> None:
    first = warm_analysis.start()
    assert warm_analysis.start() is first and warm_analysis.current() is first
    warm_analysis.stop()
    assert warm_analysis.current() is None
    assert list(workers.analyze_items([(1, "T", "Text.")], warm=first)) == []  # dropped
    second = warm_analysis.start()
    assert second is not first
    warm_analysis.stop()


def test_the_app_starts_the_warm_process_only_when_an_analysis_needs_it(monkeypatch) -> None:
    """Enabled (as run_app does), the first analysis starts it; otherwise analyses run here."""
    monkeypatch.setattr(warm_analysis._Session, "enabled", False)
    assert warm_analysis.for_analysis() is None and warm_analysis.current() is None
    warm_analysis.enable()
    try:
        started = warm_analysis.for_analysis()
        assert started is not None and warm_analysis.current() is started
        assert warm_analysis.for_analysis() is started  # one per session
    finally:
        warm_analysis.stop()
