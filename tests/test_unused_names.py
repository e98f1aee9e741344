"""No function, class or constant in workbench/ that the app itself never names (dead code).

Why a test: a refactor that moves the last caller elsewhere leaves the old
helper behind, and a reader then maintains two versions of one rule. A name
counts as used when it appears once more in workbench/ (a call, an import, a
string such as a Qt slot name) or in the files that build and start the app
(pyproject.toml, Makefile, the installer spec). Uses in tests do not count:
a helper only a test calls is dead code the test keeps alive (tests call the
app's own functions instead). Nor does a listing in ``__all__``: it names a
module's exports, it does not use them. Qt overrides (camelCase) and dunders
are called by their frameworks.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_FILES = ("pyproject.toml", "Makefile", "build_installer.spec")
_DEFINITION = re.compile(
    r"^\s*(?:async\s+)?def\s+(\w+)|^\s*class\s+(\w+)|^([A-Z_][A-Z0-9_]+)\s*[:=]", re.M
)
_EXPORTS = re.compile(r"^__all__\s*\+?=\s*[\[(].*?[\])]", re.M | re.S)
_WORD = re.compile(r"\b\w+\b")
#: Unused by the app today in files other helpers of this session own; their owners remove them.
#: Empty now: a name goes here only while its owner is still at work on it.
OWNED_ELSEWHERE: frozenset[str] = frozenset()


def _words(paths: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        counts.update(_WORD.findall(_EXPORTS.sub("", path.read_text(encoding="utf-8"))))
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


def test_every_definition_is_named_somewhere_else_in_the_app() -> None:
    sources = sorted((ROOT / "workbench").rglob("*.py"))
    builds = [ROOT / name for name in BUILD_FILES if (ROOT / name).exists()]
    assert unused_names(sources, builds) == []


def test_the_finder_reports_a_helper_only_tests_or_exports_name_and_spares_the_rest(
    tmp_path: Path,
) -> None:
    package = tmp_path / "package"
    package.mkdir()
    module = package / "module.py"
    module.write_text(
        '__all__ = ["View", "exported_only"]\n'
        "LIMIT = 3\nTHRESHOLD = 0.5\n\n\nclass View:\n    def paintEvent(self, event):\n"
        "        return used()\n\n\ndef used():\n    return LIMIT\n\n\n"
        "def forgotten_helper():\n    return 1\n\n\ndef tested_only():\n    return 2\n\n\n"
        "def exported_only():\n    return 3\n"
    )
    caller = package / "caller.py"
    caller.write_text("from package.module import View\n")
    (tmp_path / "test_module.py").write_text("from package.module import tested_only\n")
    assert unused_names([module, caller], []) == [
        "package/module.py:3: THRESHOLD", "package/module.py:13: forgotten_helper",
        "package/module.py:17: tested_only", "package/module.py:21: exported_only"]
