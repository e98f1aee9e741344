"""Viewing every hostile fixture never loads a local file or a remote resource."""

from __future__ import annotations

import re

from tests.support import REPO
from workbench.operations.exporting import note_preview
from workbench.operations.importing import import_paths
from workbench.store import Store
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

HOSTILE = REPO / "tests" / "fixtures" / "hostile"


def test_every_importable_hostile_file_renders_without_loading_anything(qtbot,
                                                                         library: Store) -> None:
    report = import_paths(library, [HOSTILE], analyze=False)
    assert report.imported, "some hostile fixtures are importable text"
    pane = ReaderPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.show()
    for doc_id in report.imported:
        pane.show_document(doc_id)
        pane.view.grab()
        preview = note_preview(library, doc_id)
        assert "<img" not in preview and "<script" not in preview and " src=" not in preview
        hrefs = re.findall(r'href="([^"]*)"', preview)
        assert all(h.startswith(("http://", "https://", "mailto:", "#")) for h in hrefs), hrefs
    assert pane.view.blocked_resources == []
    plain = pane.view.toPlainText()
    assert plain  # the last document is shown as text
