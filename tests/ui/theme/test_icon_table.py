"""One icon table: a command shows the same glyph in the window's menus, the reader's
right-click menu and the inspector's highlight cards.

Why: the reader's menu copied the window's glyph names for a note, a tag and a
claim, and the highlight card beside it drew its note and tag buttons with
other glyphs (a pencil, a plain tag) for the same commands.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import workbench.ui

GLYPH = re.compile(r"""["'](?:mdi6?|fa5?[srb]?|ph|msc|ei)\.[\w-]+["']""")
TEXT = 'The State Department warned Moscow again. "We will act," said Matthew Miller.'


def _shape(icon: QIcon) -> list[bool]:
    """The glyph's strokes at 16 px, whatever colour they are drawn in."""
    image = icon.pixmap(16, 16).toImage()
    return [image.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16)]


def test_no_ui_module_but_the_table_names_a_glyph() -> None:
    root = Path(workbench.ui.__file__).parent
    table = root / "theme" / "icons.py"
    named = {str(path.relative_to(root)): GLYPH.findall(path.read_text(encoding="utf-8"))
             for path in root.rglob("*.py") if path != table}
    assert {path: glyphs for path, glyphs in named.items() if glyphs} == {}


def test_a_highlights_menu_and_card_show_the_windows_note_and_tag_glyphs(
        qtbot, library, make_document, open_window, settle) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    start = TEXT.index("Matthew Miller")
    library.annotations.add_annotation(doc, start, start + 14, note_md="Who speaks")
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    workspace = window.workspace
    menu = workspace.reader_menu.build(window.reader.view.rendered.to_qt(start + 2))
    qtbot.addWidget(menu)
    items = {action.text().split("…")[0]: action for action in menu.actions()}
    note = _shape(window.actions["add_note"].icon())
    tag = _shape(window.actions["tag_selection"].icon())
    assert note != tag
    assert _shape(items["Edit Highlight Note"].icon()) == note
    assert _shape(items["Tag Highlight"].icon()) == tag
    window.inspector.setCurrentWidget(workspace.notes)
    QApplication.processEvents()
    card = workspace.notes.cards[0]
    assert _shape(card.edit_button.icon()) == note  # was a pencil
    assert _shape(card.tag_button.icon()) == tag  # was a plain tag


def test_every_entry_of_the_table_is_an_action_or_looked_up() -> None:
    """An action's glyph is found by its key (``ICONS.get``): a renamed action, or a typo
    in the table, left the command bare with nothing to say so."""
    from workbench.ui.app.window_actions import ACTIONS
    from workbench.ui.theme.icons import ICONS

    root = Path(workbench.ui.__file__).parent
    sources = "".join(path.read_text(encoding="utf-8") for path in root.rglob("*.py")
                      if path != root / "theme" / "icons.py")
    actions = {spec.key for spec in ACTIONS}
    unused = [key for key in ICONS if key not in actions and f'"{key}"' not in sources]
    assert unused == []


def test_the_details_tab_has_its_own_glyph_not_the_about_commands() -> None:
    """Why: the inspector's Details tab drew Help > About's glyph, so the tab read as "About"."""
    from workbench.ui.inspector.panel import TAB_ICONS
    from workbench.ui.theme.icons import ICONS
    assert TAB_ICONS["Details"] == ICONS["details_tab"]
    assert ICONS["details_tab"] != ICONS["about"]
    others = {name for key, name in ICONS.items() if key != "details_tab"}
    assert ICONS["details_tab"] not in others
