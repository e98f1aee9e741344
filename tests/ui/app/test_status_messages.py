"""Status-bar messages stay as long as they take to read, by one rule in one place.

Callers chose 6, 8, 10 or 15 s each: a one-word confirmation outstayed a long
import summary, which vanished half read.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QStatusBar

import workbench.ui
from workbench.ui.app.status_messages import LONGEST_MS, SHORTEST_MS, show_status, status_ms

SUMMARY = ("Imported 40 documents, 3 already in the library, 1 failed, 2 updated to a new "
           "version (annotations re-anchored), 4 skipped")


def test_a_longer_message_stays_longer_within_bounds() -> None:
    assert status_ms("Done: Highlight “sanctions”") == SHORTEST_MS
    assert SHORTEST_MS < status_ms(SUMMARY) < LONGEST_MS
    assert status_ms(SUMMARY) > status_ms("Analysed 40 documents, 0 failed")
    assert status_ms("Link not opened (only http/https): " + "x" * 500) == LONGEST_MS


def test_show_status_shows_the_message(qtbot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    show_status(bar, SUMMARY)
    assert bar.currentMessage() == SUMMARY


def test_no_caller_chooses_its_own_duration() -> None:
    """Every timed message goes through ``show_status``; an untimed one names a state."""
    timed = re.compile(r"showMessage\([^()]*(\([^()]*\)[^()]*)*,\s*[\w.]+\s*\)", re.S)
    root = Path(workbench.ui.__file__).parent
    offenders = [str(path.relative_to(root)) for path in root.rglob("*.py")
                 if path.name != "status_messages.py" and timed.search(path.read_text())]
    assert offenders == []
