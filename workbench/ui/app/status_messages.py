"""How long a status-bar message stays: one rule, from the time it takes to read.

Why one place: callers chose 6, 8, 10 or 15 s each, so a one-word confirmation
outstayed a long import summary that vanished half read. The time now follows
the message: a moment to notice it, then its characters at a reading pace.
A message naming a state that lasts (a failed search, analysis unavailable) is
shown without a time and stays until the next one replaces it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

NOTICE_MS = 4_000  # to look down at the status bar at all
READ_MS_PER_CHAR = 60  # ~17 characters a second, an unhurried reading pace
SHORTEST_MS, LONGEST_MS = 6_000, 15_000


def status_ms(message: str) -> int:
    """How long ``message`` stays in the status bar, in ms."""
    return max(SHORTEST_MS, min(LONGEST_MS, NOTICE_MS + READ_MS_PER_CHAR * len(message)))


def show_status(bar: QStatusBar, message: str) -> None:
    """Show ``message`` for as long as it takes to read (``status_ms``)."""
    bar.showMessage(message, status_ms(message))
