"""The status line when analysis cannot run reads as one sentence.

Why: a first start that lost its analysis process said "… while the future was running or
pending.; documents stay pending": the process pool's message ends with a stop of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from workbench.ui.app.work_feedback import WorkFeedback
from workbench.ui.tasks.import_views import WorkProgressWidget


def test_a_failure_message_ending_with_a_stop_reads_as_one_sentence(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    progress = WorkProgressWidget(window)
    feedback = WorkFeedback(window, progress, library=None)  # type: ignore[arg-type]
    feedback.analysis_failed("A process in the process pool was terminated abruptly.")
    assert window.statusBar().currentMessage() == (
        "Analysis unavailable: A process in the process pool was terminated abruptly;"
        " documents stay pending")
