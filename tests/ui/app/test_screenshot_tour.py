"""The picture check's machinery: a demo library from the samples and screens saved as PNGs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from workbench.store import Store
from workbench.ui.app.screenshot import render_window
from workbench.ui.app.screenshot_tour import (
    COMPARED_TOPIC,
    NOTE,
    REPORTED,
    _screens,
    build_demo_library,
    take_tour,
)
from workbench.ui.compare.view import CompareWindow
from workbench.ui.inspector.suggestions_panel import LOOKING


def test_the_tour_builds_a_demo_library_and_saves_each_screen(qtbot, tmp_path: Path) -> None:
    library = tmp_path / "demo.sqlite"
    seed = build_demo_library(library, analyze=False)
    store = Store(library)
    try:
        assert store.documents.get_document(seed)["origin_path"].endswith(".txt")
        notes = [a.note_md for a in store.annotations.document_annotations(seed)]
        assert NOTE in notes and len(store.claims.document_claims(seed)) == 2
    finally:
        store.close()
    written = take_tour(library, seed, tmp_path / "shots", sizes={"small": (1024, 640)},
                        themes=("dark",), screens=("reader", "export", "grade", "no_document"))
    assert [p.name for p in written] == ["reader-small-dark.png", "export-small-dark.png",
                                         "grade-small-dark.png", "no_document-small-dark.png"]
    reader = QImage(str(written[0]))
    assert (reader.width(), reader.height()) == (1024, 640)
    assert reader.pixelColor(600, 400).lightness() < 100  # the dark theme was applied


def test_the_tour_shows_the_suggestions_tab_with_and_without_matches(qtbot, tmp_path: Path) -> None:
    """The Suggestions tab had no screen: one for a claim other samples report, one for
    the seed's claim (its "No likely matches" state), each answered before the grab."""
    library = tmp_path / "demo.sqlite"
    seed = build_demo_library(library, analyze=False)
    store = Store(library)
    try:
        [reporting] = [row["id"] for row in store.documents.list_documents()
                       if REPORTED in store.documents.document_text(row["id"])]
        [reported] = [claim.id for claim in store.claims.document_claims(reporting)]
        seed_claim = min(claim.id for claim in store.claims.document_claims(seed))
        for name, claim in (("suggestions", reported), ("no_suggestions", seed_claim)):
            with tempfile.TemporaryDirectory() as settings:
                window = render_window(store, seed, (1024, 640), "light", Path(settings))
                qtbot.addWidget(window)
                assert _screens(window, seed)[name]() is window
                panel = window.workspace.suggestions
                assert window.inspector.currentWidget() is panel, name
                assert panel.claim_id == claim, name
                assert panel.status_label.text() != LOOKING, "grabbed before the answer"
                window.close()
    finally:
        store.close()


def test_the_tour_shows_the_compare_window_over_two_reports_of_one_event(
        qtbot, tmp_path: Path) -> None:
    library = tmp_path / "demo.sqlite"
    seed = build_demo_library(library, analyze=False)
    store = Store(library)
    try:
        with tempfile.TemporaryDirectory() as settings:
            window = render_window(store, seed, (1024, 640), "light", Path(settings))
            qtbot.addWidget(window)
            compared = _screens(window, seed)["compare"]()
            assert isinstance(compared, CompareWindow)
            assert compared.content is not None, "grabbed before the comparison was read"
            topic = [row["id"] for row in store.documents.list_documents()
                     if COMPARED_TOPIC in store.documents.get_document(row["id"])["origin_path"]]
            assert set(compared.documents) <= set(topic) and len(set(compared.documents)) == 2
            assert compared.texts[0].toPlainText() and compared.texts[1].toPlainText()
            compared.close()
    finally:
        store.close()
