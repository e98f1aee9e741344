"""A live switch paints what a fresh start in that theme paints, and installs no new stylesheet.

Why: a switch now installs only the palette and re-polishes each widget once
(``theme.manager.repolish_widgets``) instead of setting the whole stylesheet
again; any colour the stylesheet resolved at polish time and did not resolve
again would show as a difference between the two pictures. The Claims dock is
open: its tag filter, sized to its contents on first show, kept the width of an
empty box until a switch measured it again (the row moved 3 px).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.compare_support import add_reports


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4)
    return rows[:, :image.width()] & 0xFFFFFF


def _window(library, open_window, theme: str, doc: int):
    window = open_window(library, theme)
    window.resize(1024, 640)
    window.open_document(doc)
    window.workspace.show_dock("claims_view")
    _settle()
    return window


def _differing(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return int(np.count_nonzero(_pixels(first) != _pixels(second)))


def test_light_dark_light_looks_like_a_fresh_start_in_each(library, open_window) -> None:
    doc, _, _ = add_reports(library)
    body = library.documents.document_text(doc)
    start = body.index("Heavy rain")
    library.claims.add_claim(doc, start, body.index(".", start))
    fresh = {}
    for theme in ("dark", "light"):
        window = _window(library, open_window, theme, doc)
        fresh[theme] = window.grab().toImage()
        window.close()
    window = _window(library, open_window, "light", doc)
    sheet = QApplication.instance().styleSheet()
    for theme in ("dark", "light"):
        window.set_theme(theme)
        _settle()
        assert _differing(window.grab().toImage(), fresh[theme]) == 0, theme
    assert QApplication.instance().styleSheet() == sheet  # one stylesheet for both themes


def test_the_stylesheet_names_no_colour_of_its_own() -> None:
    """Every colour comes from the palette: a literal one would not follow a switch."""
    from workbench.ui.theme.manager import render_stylesheet

    sheet = render_stylesheet()
    assert "#" not in sheet.replace("QTextBrowser#", "").replace("QFrame#", "").replace(
        "QLabel#", "").replace("QToolButton#", "").replace("QScrollArea#", "").replace(
        "QTabWidget#", "")
    assert "$" not in sheet
