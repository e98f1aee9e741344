"""The Timeline dock's toolbar at 1024 px: each choice of the lanes combo is shown whole."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.view import TimelineView


def _text_room(combo) -> int:  # noqa: ANN001
    """The width the style leaves for the combo's text (frame and arrow taken off)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_the_lanes_combo_shows_its_longest_choice_whole(qtbot, library) -> None:
    """At 1024 px the combo read "Lanes: Documen": it was sized for ten characters."""
    theme = ThemeManager()
    theme.set_preference("light")  # the app's style sheet: its padding takes room too
    view = TimelineView(library, theme)
    qtbot.addWidget(view)
    view.resize(1012, 300)  # the dock's width in a 1024-wide window
    view.show()
    qtbot.waitExposed(view)
    combo = view.group_combo
    for index in range(combo.count()):
        text = combo.itemText(index)
        assert combo.fontMetrics().horizontalAdvance(text) <= _text_room(combo), text
    right = view.count_label.mapTo(view, view.count_label.rect().topRight()).x()
    assert right <= view.width()  # the wider combo still leaves the item count in view


def _filters(view: TimelineView) -> list:
    return [view.group_combo, view.entity_combo, view.tag_combo, view.story_combo,
            view.status_combo, view.fit_button]


def _shown(qtbot, library, width: int) -> TimelineView:
    theme = ThemeManager()
    theme.set_preference("light")
    view = TimelineView(library, theme)
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_narrow_timeline_wraps_its_filters_instead_of_widening_the_window(
        qtbot, library) -> None:
    """In one row the filters held the dock 1011 px wide: docked at the side, the window
    grew past the screen and the reader was left a column of broken words."""
    view = _shown(qtbot, library, 420)
    assert view.minimumSizeHint().width() <= 420
    for widget in (*_filters(view), view.count_label):
        rect = widget.rect().translated(widget.mapTo(view, widget.rect().topLeft()))
        assert view.rect().contains(rect), widget


def test_a_wide_timeline_keeps_its_filters_on_one_level_row(qtbot, library) -> None:
    view = _shown(qtbot, library, 1400)
    centres = {widget.mapTo(view, widget.rect().center()).y()
               for widget in (*_filters(view), view.count_label)}
    assert max(centres) - min(centres) <= 1  # the Fit button and the count level with the combos
