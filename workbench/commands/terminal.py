"""Terminal helpers for commands: a progress bar on stderr, error printing, escaped output."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from workbench.core.progress import Progress
from workbench.core.text import printable


class TerminalProgress(Progress):
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        super().__init__()
        self.label = printable(label, keep="")
        # The bar draws with "\r", which the escaping stream would show as text.
        self.stream = unescaped(stream or sys.stderr)
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
        current = printable(self.current, keep="")[-40:]
        bar = "#" * filled + "." * (width - filled)
        line = f"\r{self.label} [{bar}] {self.done}/{self.total} {current}"
        self.stream.write(encodable(line[:120].ljust(120), self.stream))
        self.stream.flush()

    def finish(self) -> None:
        """End the bar's line so later output starts cleanly."""
        if self.enabled:
            self.stream.write("\r" + " " * 120 + "\r")
            self.stream.flush()


def error(message: str) -> None:
    """Print one error line on stderr (never a traceback); even a newline in it is escaped."""
    print(f"workbench: {printable(message, keep='')}", file=sys.stderr)


class EscapingStream:
    """A text stream that shows control characters as ``\\uXXXX`` before they reach the terminal.

    Why: every command prints text that came from outside (file names,
    titles, tags, quotes, entity names); escaping at the stream catches all
    of it, including output added later. Newlines and tabs pass. What the
    stream's encoding cannot hold (an emoji on an ASCII or Latin-1 terminal)
    becomes a replacement character: the output degrades, the command never fails.
    """

    def __init__(self, stream: TextIO) -> None:
        self.unescaped = stream

    def write(self, text: str) -> int:
        self.unescaped.write(encodable(printable(text), self.unescaped))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unescaped, name)


def encodable(text: str, stream: TextIO) -> str:
    """``text`` with every character ``stream``'s encoding cannot write replaced (``?``).

    Why: ``PYTHONIOENCODING=ascii``, a Latin-1 terminal or a C locale without
    UTF-8 give stdout an encoding narrower than the titles and quotes printed
    to it, and a strict stream raises UnicodeEncodeError mid-listing. JSON
    output stays valid: ``?`` is an ordinary character in a string.
    """
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return text  # an in-memory stream holds any text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, "replace").decode(encoding)
    except LookupError:
        return text  # an encoding Python does not know: leave it to the stream
    return text


def unescaped(stream: TextIO) -> TextIO:
    """The stream under an ``EscapingStream`` (for output that escapes its own text)."""
    return stream.unescaped if isinstance(stream, EscapingStream) else stream


@contextmanager
def escaped_output() -> Iterator[None]:
    """Route ``sys.stdout`` and ``sys.stderr`` through ``EscapingStream`` while a command runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout = EscapingStream(unescaped(sys.stdout))  # type: ignore[assignment]
    sys.stderr = EscapingStream(unescaped(sys.stderr))  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
