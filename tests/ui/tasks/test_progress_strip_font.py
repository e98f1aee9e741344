"""The progress strip's bar and file name grow with the font, so a 2x font cuts neither."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from workbench.ui.tasks.import_views import WorkProgressWidget


def test_default_font_keeps_the_default_widths(qtbot):
    strip = WorkProgressWidget()
    qtbot.addWidget(strip)
    assert strip.bar.width() == 180 or strip.bar.minimumWidth() == 180
    assert strip.current.maximumWidth() == 260


def test_a_double_font_widens_the_bar_and_the_file_name(qtbot):
    strip = WorkProgressWidget()
    qtbot.addWidget(strip)
    font = strip.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    strip.setFont(font)
    metrics = QFontMetrics(font)
    assert strip.bar.minimumWidth() >= metrics.horizontalAdvance("12,345 / 67,890") + 20
    strip.start("Importing")
    name = "reports-2024-annual.txt"
    strip.update_progress(3, 40, name)
    assert strip.current.text() == name  # whole, not "…nnual.txt"
