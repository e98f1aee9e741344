"""The About dialog's tables are ruled softly in either theme (round 4, item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette, QTextFrameFormat, QTextTable

from workbench.ui.dialogs.standard import AboutDialog
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.safe_browser import SafeTextBrowser


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_about_tables_have_one_thin_rule_near_the_page_colour(qtbot, theme) -> None:
    ThemeManager().set_preference(theme)
    about = AboutDialog()
    qtbot.addWidget(about)
    tables = [(browser, frame) for browser in about.findChildren(SafeTextBrowser)
              for frame in browser.document().rootFrame().childFrames()
              if isinstance(frame, QTextTable)]
    assert tables, "the sample articles' credits are a table"
    for browser, table in tables:
        table_format = table.format()
        assert table_format.borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid
        assert table_format.borderCollapse()
        base = browser.palette().color(QPalette.ColorRole.Base)
        rule = table_format.borderBrush().color()
        text = browser.palette().color(QPalette.ColorRole.Text)
        contrast = abs(text.lightness() - base.lightness())
        assert abs(rule.lightness() - base.lightness()) < contrast / 3
        assert rule != base
