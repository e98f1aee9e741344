"""Light → dark → light with an analysed document open and the map, timeline and Compare open.

Every colour must follow a live switch: each view is grabbed after each switch,
the dark pictures must hold no flat area of a light-only colour (a stale
tint), and back in light each view must look as it did before the switches
(the claim map's legend drew its keys twice until Qt deleted the old ones).
Grabbed after ``processEvents`` only, as the screenshot tour does, so what Qt
has not deleted yet still shows.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.compare_support import add_reports
from workbench.ui.compare.view import CompareWindow
from workbench.ui.theme.palette import bundled_palette

LIVE_SWITCH = ("dark", "light")
MIN_STALE_AREA = 40  # px of one light-only colour in a dark picture: a tint left behind


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _colours(theme: str) -> set[str]:
    """Every flat colour the palette gives ``theme``: window, entities, quotes, analyst marks."""
    palette = bundled_palette()
    colours = set(palette.ui(theme).values()) | set(palette.quote(theme).values())
    colours |= {value for value in palette.analyst(theme).values() if value.startswith("#")}
    for label in palette.entity_labels():
        pair = palette.entity(label, theme)
        colours |= {pair.background, pair.foreground}
    return {colour.upper() for colour in colours}


def _light_only() -> set[str]:
    return _colours("light") - _colours("dark")


def _pixels(image: QImage) -> np.ndarray:
    """The picture's pixels as 0xRRGGBB numbers, one row per line."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4)
    return rows[:, :image.width()] & 0xFFFFFF


def _counts(image: QImage) -> Counter[str]:
    values, counts = np.unique(_pixels(image), return_counts=True)
    return Counter({f"#{int(value):06X}": int(count)
                    for value, count in zip(values, counts, strict=True)})


def _open(qtbot, library, open_window):
    a, b, _ = add_reports(library)
    body = library.documents.document_text(a)
    first = body.index("Heavy rain")
    claim, _ = library.claims.add_claim(a, first, body.index(".", first))
    other_start = body.index("The Kelston Fire")
    other, _ = library.claims.add_claim(a, other_start, body.index(".", other_start),
                                        status="disputed")
    library.claims.link_claims(claim, other, "elaborates")
    highlight = body.index("engineers had inspected")
    library.annotations.add_annotation(a, highlight, highlight + 23, note_md="**Check** piers")
    window = open_window(library, "light")
    window.resize(1440, 900)
    window.open_document(a)
    workspace = window.workspace
    docks = {key: workspace.show_dock(key) for key in ("claim_map", "timeline")}
    workspace.compare_documents((a, b))
    compared = window.findChildren(CompareWindow)[-1]
    qtbot.waitUntil(lambda: compared.content is not None)
    compared.resize(1100, 700)
    return window, docks, compared


def _grab(window, docks, compared) -> dict[str, QImage]:
    """Each view as it shows now (the tabbed docks raised in turn)."""
    _settle()
    pictures = {"reader": window.reader.grab().toImage(),
                "inspector": window.inspector.grab().toImage(),
                "compare": compared.grab().toImage()}
    for key, dock in docks.items():
        dock.raise_()
        _settle()
        widget: QWidget = dock.widget()
        pictures[key] = widget.grab().toImage()
    return pictures


def test_every_view_follows_a_live_switch_and_comes_back_unchanged(
        qtbot, library, open_window) -> None:
    window, docks, compared = _open(qtbot, library, open_window)
    before = _grab(window, docks, compared)
    light_only = _light_only()
    after: dict[str, QImage] = {}
    for theme in LIVE_SWITCH:
        window.set_theme(theme)
        after = _grab(window, docks, compared)
        if theme == "dark":
            for name, picture in after.items():
                stale = {colour: count for colour, count in _counts(picture).items()
                         if colour in light_only and count >= MIN_STALE_AREA}
                assert not stale, (name, stale)
                assert picture.pixelColor(2, picture.height() - 3).lightness() < 100, name
    for name, picture in before.items():
        assert picture.size() == after[name].size(), name
        changed = int(np.count_nonzero(_pixels(picture) != _pixels(after[name])))
        assert changed == 0, (name, changed)
    compared.close()
