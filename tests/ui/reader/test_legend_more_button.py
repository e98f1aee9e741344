"""The legend's "+N" button shows what the one-line chip layout left out, told by the layout.

Why it matters: the layout already counts the chips it leaves out as it
arranges them; measuring them again for the button was a second copy of the
count (and a second layout pass per arrangement).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from workbench.ui.reader.legend import LegendBar
from workbench.ui.theme.manager import ThemeManager

MANY_LABELS = Counter({"PERSON": 9, "GPE": 8, "ORG": 7, "DATE": 6, "NORP": 5, "LOC": 4,
                       "EVENT": 3, "MONEY": 2})


def _legend(qtbot, width: int) -> LegendBar:
    legend = LegendBar(ThemeManager())
    qtbot.addWidget(legend)
    legend.set_labels(MANY_LABELS, Counter({"direct": 2}), ["bridge"])
    legend.resize(width, 40)
    legend.show()
    QApplication.processEvents()
    return legend


def _visible_in(area: QRect, geometry: QRect) -> bool:
    return not geometry.isEmpty() and area.contains(geometry)


def _off_the_legend(legend: LegendBar) -> int:
    """How many legend entries an analyst cannot see: empty, or outside the chips' area."""
    area = legend.chips.rect()
    entries = (legend._flow.itemAt(n).geometry() for n in range(legend._flow.count()))
    return sum(not _visible_in(area, geometry) for geometry in entries)


def test_the_more_button_counts_the_chips_the_one_line_legend_leaves_out(qtbot) -> None:
    legend = _legend(qtbot, 300)
    left_out = _off_the_legend(legend)
    assert left_out > 0 and left_out == legend._flow.overflow
    assert legend.more_button.isVisible() and legend.more_button.text() == f"+{left_out}"
    assert str(left_out) in legend.more_button.toolTip()
    # A screen reader says what the button does, not "+3" (the count in words, as the tip).
    assert legend.more_button.accessibleName() == legend.more_button.toolTip()
    assert legend.more_button.accessibleName().startswith("Show ")
    legend.more_button.click()
    QApplication.processEvents()
    assert legend.expanded and legend._flow.overflow == 0
    assert legend.more_button.text() == "Less" and legend.more_button.isVisible()
    assert legend.more_button.accessibleName() == "Show the legend on one line"


def test_a_wide_legend_has_no_more_button(qtbot) -> None:
    legend = _legend(qtbot, 3000)
    assert _off_the_legend(legend) == 0 and not legend.more_button.isVisible()


def test_an_arrangement_tells_the_button_its_count(qtbot) -> None:
    legend = _legend(qtbot, 1200)
    before = legend.more_button.text()
    legend._flow.setGeometry(QRect(0, 0, 200, 30))  # the layout arranges a narrower line
    assert legend.more_button.text() == f"+{legend._flow.overflow}" != before
    assert legend._flow.overflow == _off_the_legend(legend)  # no separate measuring to drift


def test_new_labels_unfolding_and_resizing_keep_the_button_in_step(qtbot) -> None:
    legend = _legend(qtbot, 300)
    legend.set_labels(MANY_LABELS + Counter({"LAW": 1}), Counter({"direct": 2}), ["bridge"])
    QApplication.processEvents()
    assert legend.more_button.text() == f"+{legend._flow.overflow}"
    legend.set_expanded(True)
    QApplication.processEvents()
    assert legend.more_button.text() == "Less" and legend._flow.overflow == 0
    legend.set_expanded(False)
    QApplication.processEvents()
    assert legend.more_button.text() == f"+{legend._flow.overflow}" != "+0"
    legend.resize(280, 40)
    QApplication.processEvents()
    assert legend.more_button.text() == f"+{_off_the_legend(legend)}"


def _tab_stops(start, count: int) -> list:
    stops, widget = [], start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            stops.append(widget)
    return stops


def test_tab_goes_through_the_shown_chips_then_more_then_the_text(qtbot) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    before, legend, after = QLineEdit(), LegendBar(ThemeManager()), QLineEdit()
    for widget in (before, legend, after):
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    legend.set_labels(MANY_LABELS, Counter({"direct": 2}), ["bridge"])  # chips made after `after`
    QApplication.processEvents()
    area = legend.chips.rect()
    shown = [b for b in legend.buttons.values() if _visible_in(area, b.geometry())]
    left_out = [b for b in legend.buttons.values() if b not in shown]
    assert shown and left_out
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in left_out)
    assert _tab_stops(before, len(shown) + 2) == [*shown, legend.more_button, after]


def test_focus_follows_the_layouts_count_not_where_a_chip_happens_to_sit(qtbot) -> None:
    """A chip the layout has not placed yet still has Qt's default geometry (on screen)."""
    legend = LegendBar(ThemeManager())
    qtbot.addWidget(legend)
    legend.set_labels(MANY_LABELS, Counter(), [])  # chips only, not arranged yet
    chips = list(legend.buttons.values())
    legend._flow.on_arranged(3)  # the layout reports: the last three were left out
    assert [b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in chips] == [True] * 5 + [False] * 3


def test_the_more_button_names_one_left_out_entry_in_the_singular(qtbot) -> None:
    legend = _legend(qtbot, 300)
    for width in range(300, 1200, 10):  # widen until exactly one chip is left out
        legend.resize(width, 40)
        QApplication.processEvents()
        if legend._flow.overflow == 1:
            break
    assert legend._flow.overflow == 1
    assert legend.more_button.toolTip() == "Show 1 more legend entry"


def test_long_tags_are_left_out_whole_not_cut_at_the_edge(qtbot) -> None:
    """All tags in one label ran past the reader's edge at 1024 px, cut mid-word."""
    legend = LegendBar(ThemeManager())
    qtbot.addWidget(legend)
    tags = ["région/Île-de-France", "topic/transport/infrastructure-and-public-works"]
    legend.set_labels(Counter(), Counter(), tags)
    legend.resize(420, 40)
    legend.show()
    QApplication.processEvents()
    assert _off_the_legend(legend) == legend._flow.overflow == 1  # the second, whole, on "+1"
    assert legend.more_button.isVisible() and legend.more_button.text() == "+1"
    legend.more_button.click()
    legend.resize(420, 120)  # the reader gives the unfolded legend its lines
    QApplication.processEvents()
    assert _off_the_legend(legend) == 0  # unfolded: each tag whole on a line of its own
