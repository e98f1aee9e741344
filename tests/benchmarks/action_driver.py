"""The analyst in the action-latency benchmark: timed highlights, claims and undos.

Why a module of its own: ``bench_action_latency.py`` sets up the window and
the import and reports; this part acts (selects a span in the reader and
triggers a window action, as the menu does) and decides when each action is
committed and shown. See that script's docstring for the method.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GAP_MS = (250, 500)
# Each undo reverts the action just before it, so the seed article carries at most one
# annotation: every action costs the window the same all run long (with hundreds of
# highlights piling up, each reload rebuilt hundreds of note cards and that cost,
# not the writer, dominated).
CYCLE = ("highlight", "undo", "mark_claim", "undo")
VISIBLE_TIMEOUT_S = 10


@dataclass
class Action:
    """One analyst action: what, when, and how long until it was committed and shown."""

    kind: str
    phase: str
    span: tuple[int, int]  # the row that shows it (for undo: the undone claim's span)
    present: bool  # whether that row must exist afterwards (False for undo)
    submitted: float
    at_s: float
    signal_ms: float | None = None
    visible_ms: float | None = None
    note: str = ""
    failed: str = ""


class ActionDriver:
    """Submits analyst actions on a timer and times each until committed and shown."""

    def __init__(self, window: Any, db: Path, seed_id: int, rng: random.Random) -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.seed_id = seed_id
        self.rng = rng
        self.read = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        text = window.reader.view.content.document["text"]
        self.words = [match.span() for match in re.finditer(r"\w+", text)]
        self.submitted = 0
        self.created: dict[tuple[int, int], int] = {}  # span → order of highlights and claims
        self.pending: deque[Action] = deque()
        self.done: list[Action] = []
        self.phase, self.phase_started, self.remaining = "idle", 0.0, 0
        self.reopened = 0
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        window.changes_applied.connect(self._on_changes)
        window.workspace.actions.action_failed.connect(self._on_failed)

    # -- submitting ----------------------------------------------------------------

    def start(self, phase: str, limit: int = 10**9) -> None:
        """Submit actions every 250–500 ms until ``stop`` (or ``limit`` actions)."""
        self.phase, self.phase_started, self.remaining = phase, time.perf_counter(), limit
        self.timer.start(self.rng.randint(*GAP_MS))

    def stop(self) -> None:
        """Submit no more actions (those pending are still timed)."""
        self.timer.stop()
        self.remaining = 0

    def take(self) -> list[Action]:
        """The finished actions so far, forgetting them."""
        done, self.done = self.done, []
        return done

    def _tick(self) -> None:
        self.submit(CYCLE[self.submitted % len(CYCLE)])
        self.remaining -= 1
        if self.remaining > 0:
            self.timer.start(self.rng.randint(*GAP_MS))

    def submit(self, kind: str) -> None:
        """Select a fresh span (not for undo) and trigger the window action ``kind``.

        An undo's span is the action it reverts: done when that row is gone.
        """
        window = self.window
        if window.reader.doc_id != self.seed_id:
            self.reopened += 1
            window.open_document(self.seed_id)
        if kind == "undo":
            span, present = list(self.created)[-1], False
        else:
            span, present = self._next_span(), True
            window.reader.view.show_store_span(*span)
            if window.reader.view.selected_span() != span:
                raise RuntimeError(f"could not select {span} in the reader")
        now = time.perf_counter()
        if present:
            self.created[span] = len(self.created)
        self.pending.append(Action(kind, self._phase_now(), span, present, now,
                                   now - self.phase_started))
        self.submitted += 1
        window.workspace.trigger(kind)

    def _next_span(self) -> tuple[int, int]:
        """A span no earlier action used: word i through word i+j, j growing per pass."""
        first, extra = self.submitted % len(self.words), self.submitted // len(self.words)
        last = min(first + extra, len(self.words) - 1)
        return self.words[first][0], self.words[last][1]

    def _phase_now(self) -> str:
        imports = self.window.imports
        if self.phase == "idle" or imports is None:
            return self.phase
        if getattr(imports, "current", None) is not None:
            return "import"
        if getattr(imports, "analysis_task", None) is not None:
            return "analysis"
        return "between tasks"

    # -- timing --------------------------------------------------------------------

    def _on_changes(self, changes: Any) -> None:
        if not changes.is_analyst_action or not self.pending:
            return
        action = self.pending.popleft()
        action.signal_ms = (time.perf_counter() - action.submitted) * 1000
        action.note = changes.note
        self._check_visible(action)

    def _on_failed(self, label: str, message: str) -> None:
        if self.pending:
            action = self.pending.popleft()
            action.failed = f"{label}: {message}"
            self.done.append(action)

    def _row_exists(self, span: tuple[int, int]) -> bool:
        found = self.read.execute(
            'SELECT count(*) FROM annotations WHERE document_id = ? AND start = ? AND "end" = ?',
            [self.seed_id, *span]).fetchone()[0]
        return bool(found)

    def _visible(self, action: Action) -> bool:
        """Whether the read connection's snapshot already includes ``action``'s commit.

        Why more than the row: when actions queue behind a long task, the undo
        right behind a highlight or claim may commit before that action's
        signal is handled, so its row is gone again. An undo reverts (and
        the next action deletes) only history entries, and every highlight or
        claim leaves its own entry until the next one is made, so the snapshot
        includes this action's commit exactly when its row is there or the
        history holds the entry of this or a later highlight or claim. An
        undo is visible once its action's row is gone (that action's commit
        was seen first: signals arrive in commit order).
        """
        if not action.present:
            return not self._row_exists(action.span)
        return self._row_exists(action.span) or self._latest_entry() >= self.created[action.span]

    def _latest_entry(self) -> int:
        """Order of the latest highlight or claim whose history entry the snapshot holds."""
        latest = -1
        for (ops,) in self.read.execute("SELECT ops FROM undo_log"):
            for table, _before, after in json.loads(ops):
                if table == "annotations" and after is not None:
                    span = (after["start"], after["end"])
                    latest = max(latest, self.created.get(span, -1))
        return latest

    def _check_visible(self, action: Action) -> None:
        """Done when the read connection sees the action's result; else poll each ms."""
        from PySide6.QtCore import QTimer

        elapsed = (time.perf_counter() - action.submitted) * 1000
        if self._visible(action):
            action.visible_ms = elapsed
            self.done.append(action)
        elif elapsed > VISIBLE_TIMEOUT_S * 1000:
            action.failed = "never visible to a separate read connection"
            self.done.append(action)
        else:
            QTimer.singleShot(1, lambda: self._check_visible(action))
