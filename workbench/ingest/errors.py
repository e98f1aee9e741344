"""Errors raised by the import readers, each carrying a one-line human reason."""

from __future__ import annotations

from workbench.core.text import shorten

MAX_REASON_CHARS = 300


def one_line(message: object) -> str:
    """Squash any message to one short line so callers can print ``path: reason`` safely."""
    return shorten(str(message), MAX_REASON_CHARS)


class IngestError(Exception):
    """A file that cannot be imported; ``str(e)`` is a one-line human reason."""

    def __init__(self, reason: object) -> None:
        super().__init__(one_line(reason))

    @property
    def reason(self) -> str:
        """Return the one-line reason (same as ``str(self)``)."""
        return str(self)


class RecordError(IngestError):
    """One bad record of a multi-article file; the other records still import.

    ``str(e)`` reads ``"line 7: invalid JSON"``, so callers print ``f"{path}: {e}"``
    to get ``"file.jsonl: line 7: invalid JSON"``; ``unit`` names what is counted
    (from 1): a JSONL/CSV ``line``, a JSON array's or a feed's ``item``, a
    mailbox's ``message``.
    """

    def __init__(self, line: int, reason: object, unit: str = "line") -> None:
        self.line = line
        self.detail = one_line(reason)
        super().__init__(f"{unit} {line}: {self.detail}")


class WorkbenchExportError(IngestError):
    """A workbench JSON export: not an article file, it is imported by another path."""
