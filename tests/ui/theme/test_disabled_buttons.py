"""Disabled buttons read as disabled in both themes, through the theme's palette.

Why: in the dark theme the Tag Manager's Rename…, Merge into…, Colour… and
Delete… with no tag chosen kept the raised face of an enabled button and a
label (muted #9BA3AD) nearly as bright as an enabled one's.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

from tests.ui.probes import contrast_ratio
from workbench.ui.theme.palette import THEMES

ACTIVE, DISABLED = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
TEXT, FACE = QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button


def _label_contrast(button: QPushButton, group: QPalette.ColorGroup) -> float:
    """How far a button's label stands out of its face in one state."""
    palette = button.palette()
    return contrast_ratio(palette.color(group, TEXT).name(), palette.color(group, FACE).name())


@pytest.mark.parametrize("theme", THEMES)
def test_the_tag_managers_disabled_buttons_look_disabled(qtbot, library, open_window,
                                                         make_document, theme: str) -> None:
    doc = make_document(library, "Sanctions", "The State Department warned Moscow.")
    library.tags.tag_document(doc, "Region/Europe")
    window = open_window(library, theme)
    manager = window.workspace.open_tag_manager()
    qtbot.addWidget(manager)
    manager.tree.setCurrentItem(None)
    buttons = list(manager.buttons.values())
    assert buttons and not any(button.isEnabled() for button in buttons)
    for button in buttons:
        enabled, disabled = _label_contrast(button, ACTIVE), _label_contrast(button, DISABLED)
        assert disabled <= 0.4 * enabled, (button.text(), theme, enabled, disabled)
        assert disabled >= 2.0, "a disabled label still names its action"
        palette = button.palette()
        assert palette.color(DISABLED, FACE) != palette.color(ACTIVE, FACE), "no raised face"
