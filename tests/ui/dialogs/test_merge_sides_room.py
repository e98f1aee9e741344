"""The merge dialogs give their room to the conflict list, not to two one-word value boxes."""

from __future__ import annotations

import pytest

from tests.ui.dialogs.test_merge_report import REPORT, Recorded, _dialog
from workbench.ui.dialogs.merge_conflicts import CHOICE_BUTTONS, VALUE_LINES


@pytest.mark.parametrize("report", [REPORT, None], ids=["report", "open-conflicts"])
def test_value_boxes_stay_small_in_a_tall_dialog(qtbot, report) -> None:
    dialog = _dialog(qtbot, report, Recorded(list(REPORT.conflicts)))
    dialog.resize(900, 900)
    qtbot.wait(20)
    panel = dialog.conflicts
    line = panel.mine.value.fontMetrics().lineSpacing()
    assert panel.mine.value.height() <= line * VALUE_LINES + 12
    assert panel.table.height() > panel.mine.value.height()


@pytest.mark.parametrize("height", [480, 640, 900])
def test_a_side_is_never_squeezed_under_its_title(qtbot, height: int) -> None:
    dialog = _dialog(qtbot, None, Recorded(list(REPORT.conflicts)))
    dialog.resize(740, height)
    qtbot.wait(20)
    side = dialog.conflicts.mine
    assert side.height() >= side.minimumSizeHint().height()
    assert side.value.geometry().top() >= side.author.geometry().bottom()
    assert side.value.geometry().bottom() <= side.contentsRect().bottom()


def test_choice_buttons_read_in_title_case() -> None:
    words = [text.replace("&", "").split() for _choice, text, _tip in CHOICE_BUTTONS]
    assert all(word[0].isupper() for label in words for word in label)
