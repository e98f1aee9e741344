"""The picture check after a live theme switch: started light, switched to dark, then grabbed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from workbench.ui.app.screenshot_tour import build_demo_library, take_tour


def test_a_live_switched_screen_is_saved_in_the_theme_switched_to(qtbot, tmp_path: Path) -> None:
    library = tmp_path / "demo.sqlite"
    seed = build_demo_library(library, analyze=False)
    written = take_tour(library, seed, tmp_path / "shots", sizes={"small": (1024, 640)},
                        themes=("dark",), screens=("claims", "batch_search"), live_switch=True)
    assert [p.name for p in written] == ["claims-small-dark-live.png",
                                         "batch_search-small-dark-live.png"]
    claims = QImage(str(written[0]))
    assert claims.pixelColor(600, 400).lightness() < 100  # switched from light to dark
    batch = QImage(str(written[1]))
    assert batch.pixelColor(batch.width() // 2, batch.height() - 4).lightness() < 100
