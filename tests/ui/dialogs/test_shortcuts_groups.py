"""Help → Keyboard Shortcuts lists each shortcut under its menu, and a filter narrows them."""

from __future__ import annotations

from tests.ui.probes import shortcut_rows
from workbench.ui.app.window_actions import GESTURES_GROUP, MENUS
from workbench.ui.dialogs.shortcuts import ShortcutsDialog
from workbench.ui.widgets.wording import without_mnemonic


def _shown(dialog: ShortcutsDialog) -> dict[str, list[str]]:
    tree, shown = dialog.tree, {}
    for number in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(number)
        if not group.isHidden():
            shown[group.text(0)] = [group.child(n).text(0) for n in range(group.childCount())
                                    if not group.child(n).isHidden()]
    return shown


def _dialog(qtbot, window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window.actions.shortcut_groups(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shortcuts_are_grouped_by_menu_in_the_menu_bar_order(qtbot, library,
                                                             open_window) -> None:
    """54 rows came ungrouped, in no order a reader could guess."""
    dialog = _dialog(qtbot, open_window(library))
    groups = list(_shown(dialog))
    menus = [without_mnemonic(menu) for menu in MENUS]
    assert groups == [*[menu for menu in menus if menu in groups], GESTURES_GROUP]
    assert groups[:7] == ["File", "Edit", "Document", "View", "Go", "Tools", "Help"]
    shown = _shown(dialog)
    assert "Find Next" in shown["Edit"] and "Quit" in shown["File"]
    assert "Next Document" in shown["Go"] and "Keyboard Shortcuts" in shown["Help"]


def test_the_filter_keeps_matching_rows_and_their_groups(qtbot, library, open_window) -> None:
    dialog = _dialog(qtbot, open_window(library))
    qtbot.keyClicks(dialog.filter_edit, "zoom")
    shown = _shown(dialog)
    assert set(shown) == {"View", GESTURES_GROUP}  # Zoom In/Out/Reset; the timeline's keys
    assert all("zoom" in command.casefold() for command in shown["View"])
    dialog.filter_edit.setText("ctrl+f")  # by its keys too
    assert _shown(dialog) == {"Edit": ["Find in Document"]}
    dialog.filter_edit.setText("help")  # a group's name finds its rows
    assert list(_shown(dialog)) == ["Help"]
    dialog.filter_edit.clear()
    assert sum(len(rows) for rows in _shown(dialog).values()) == \
        len(shortcut_rows(dialog.parent()))
