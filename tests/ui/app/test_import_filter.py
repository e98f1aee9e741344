"""File → Import Files… offers every kind of file import can read."""

from __future__ import annotations

import re

from workbench.ingest.readers import SUPPORTED_SUFFIXES
from workbench.ui.app.file_choosers import IMPORT_FILTER


def test_the_import_chooser_lists_every_readable_suffix() -> None:
    offered = set(re.findall(r"\*(\.\w+)", IMPORT_FILTER))
    missing = set(SUPPORTED_SUFFIXES) - offered - {".text"}
    assert not missing, f"Import Files… hides {sorted(missing)}"
    assert {".eml", ".mbox", ".rss", ".atom", ".json"} <= offered
