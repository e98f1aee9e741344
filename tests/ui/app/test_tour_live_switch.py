"""The picture check after a live theme switch: started light, switched to dark, then grabbed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from workbench.ui.app.screenshot_tour import take_tour

TEXT = ("Washington - The State Department said on Wednesday that it would impose further "
        "sanctions on Russia and North Korea if they agreed new arms deals.")


def test_a_live_switched_screen_is_saved_in_the_theme_switched_to(
        qtbot, library, make_document, tmp_path: Path) -> None:
    doc = make_document(library, "Sanctions not ruled out", TEXT)
    library.claims.add_claim(doc, TEXT.index("it would"), len(TEXT) - 1)
    written = take_tour(library.path, doc, tmp_path / "shots", sizes={"small": (1024, 640)},
                        themes=("dark",), screens=("batch_search",), live_switch=True)
    assert [p.name for p in written] == ["batch_search-small-dark-live.png"]
    batch = QImage(str(written[0]))
    assert batch.pixelColor(batch.width() // 2, batch.height() - 4).lightness() < 100  # dark
