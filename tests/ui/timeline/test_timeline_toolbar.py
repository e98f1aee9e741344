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
