"""The picture check's machinery: a demo library from the samples and screens saved as PNGs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from workbench.store import Store
from workbench.ui.app.screenshot_tour import NOTE, build_demo_library, take_tour


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
