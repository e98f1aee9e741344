"""No function, class or constant in workbench/ that nothing names (dead code, vulture-like).

Why a test: a refactor that moves the last caller elsewhere leaves the old
helper behind, and a reader then maintains two versions of one rule. A name
counts as used when it appears once more anywhere in workbench/ or tests/ (a
call, an import, a string such as a Qt slot name) or in the build files.
Qt overrides (camelCase) and dunders are called by their frameworks.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_DEFINITION = re.compile(
    r"^\s*(?:async\s+)?def\s+(\w+)|^\s*class\s+(\w+)|^([A-Z_][A-Z0-9_]+)\s*[:=]", re.M
)
_WORD = re.compile(r"\b\w+\b")
#: Unused today in files other helpers of this session own; their owners remove them.
OWNED_ELSEWHERE = frozenset({
    "ELLIPSIS",  # commands/output.py
    "PRECISIONS",  # core/time_spans.py
    "day_value",  # core/time_values.py
    "UNDATED_KINDS",  # core/timeline_records.py
    "conflicts_of",  # store/merge.py
    "_color_of",  # ui/timeline/canvas.py
})


def _words(paths: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        counts.update(_WORD.findall(path.read_text(encoding="utf-8")))
    return counts


def _framework_called(name: str) -> bool:
    dunder = name.startswith("__") and name.endswith("__")
    camel = name[0].islower() and any(c.isupper() for c in name)
    return dunder or camel


def unused_names(sources: list[Path], others: list[Path]) -> list[str]:
    """``path:line: name`` for every definition in ``sources`` named nowhere else."""
    counts = _words(sources) + _words(others)
    found = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for match in _DEFINITION.finditer(text):
            name = next(group for group in match.groups() if group)
            if counts[name] <= 1 and not _framework_called(name) and name not in OWNED_ELSEWHERE:
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(path.parents[1])}:{line}: {name}")
    return found


def test_every_definition_is_named_somewhere_else() -> None:
    sources = sorted((ROOT / "workbench").rglob("*.py"))
    others = [*sorted((ROOT / "tests").rglob("*.py")),
              *(ROOT / name for name in ("pyproject.toml", "Makefile", "build_installer.spec")
                if (ROOT / name).exists())]
    assert unused_names(sources, others) == []


def test_the_finder_reports_a_helper_nobody_calls_and_spares_the_rest(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    module = package / "module.py"
    module.write_text(
        "LIMIT = 3\nTHRESHOLD = 0.5\n\n\nclass View:\n    def paintEvent(self, event):\n"
        "        return used()\n\n\ndef used():\n    return LIMIT\n\n\n"
        "def forgotten_helper():\n    return 1\n\n\ndef tested_only():\n    return 2\n"
    )
    test = tmp_path / "test_module.py"
    test.write_text("from package.module import View, tested_only\n")
    assert unused_names([module], [test]) == [
        "package/module.py:2: THRESHOLD", "package/module.py:12: forgotten_helper"]
