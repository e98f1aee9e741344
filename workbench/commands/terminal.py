"""Terminal helpers for commands: a progress bar on stderr, and error printing."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from workbench.core.progress import Progress


class TerminalProgress(Progress):
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        super().__init__()
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last_draw = 0.0

    def _notify(self) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw < 0.1 and self.done < self.total:
            return
        self._last_draw = now
        width = 24
        filled = int(width * self.done / self.total) if self.total else 0
        current = self.current[-40:]
        bar = "#" * filled + "." * (width - filled)
        line = f"\r{self.label} [{bar}] {self.done}/{self.total} {current}"
        self.stream.write(line[:120].ljust(120))
        self.stream.flush()

    def finish(self) -> None:
        """End the bar's line so later output starts cleanly."""
        if self.enabled:
            self.stream.write("\r" + " " * 120 + "\r")
            self.stream.flush()


def error(message: str) -> None:
    """Print one error line on stderr (never a traceback)."""
    print(f"workbench: {message}", file=sys.stderr)
