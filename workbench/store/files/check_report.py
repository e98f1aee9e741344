"""What ``workbench check`` reports: each check's problems, repairs and examples.

Why apart from ``integrity``: the checks live in two modules (``integrity``
and ``span_checks``) and both fill these results.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MAX_DETAILS = 20


@dataclass
class CheckResult:
    """One check: how many problems it found, how many it repaired, and examples."""

    name: str
    problems: int = 0
    repaired: int = 0
    details: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def unresolved(self) -> int:
        """Problems still there after this run."""
        return max(0, self.problems - self.repaired)

    def note(self, message: str) -> None:
        """Keep an example for the report (the first MAX_DETAILS only)."""
        if len(self.details) < MAX_DETAILS:
            self.details.append(message)


@dataclass
class CheckReport:
    """Every check's result, plus the backup taken before a repair."""

    checks: list[CheckResult]
    repair: bool = False
    backup: Path | None = None
    backup_note: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing is left to fix."""
        return all(check.unresolved == 0 for check in self.checks)

    @property
    def problems(self) -> int:
        """Problems found by all checks."""
        return sum(check.problems for check in self.checks)

    def result(self, name: str) -> CheckResult:
        """The result of the check called ``name``."""
        return next(check for check in self.checks if check.name == name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (``workbench check --json``)."""
        return {
            "ok": self.ok,
            "repair": self.repair,
            "backup": str(self.backup) if self.backup else None,
            "backup_note": self.backup_note,
            "seconds": round(self.seconds, 3),
            "checks": [
                _check_dict(check)
                for check in self.checks
            ],
        }


def _check_dict(check: CheckResult) -> dict[str, Any]:
    return {**asdict(check), "unresolved": check.unresolved, "seconds": round(check.seconds, 4)}
