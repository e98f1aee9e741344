"""Keyboard only: every item of a menu has its own access key (Alt+V, then one letter).

Why: View had three items on A (ACH Matrices, Actual Size, Library: All Columns)
and two on T (Timeline, Theme), so a letter cycled instead of choosing; and
Document → "Add Note to Claim…" lost its key once a claim renamed it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tests.ui.probes import shortcut_rows
from workbench.ui.app.window_actions import READER_GESTURES
from workbench.ui.widgets.wording import keep_mnemonic

TEXT = "Moscow - Officials said sanctions were discussed. The talks ended at noon."


def _letter(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def _clashes(menu: QMenu) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letters.setdefault(_letter(action.text()) or "(none)", []).append(action.text())
    return {letter: items for letter, items in letters.items() if len(items) > 1}


def _menus(window) -> dict[str, QMenu]:
    return {action.text(): action.menu() for action in window.menuBar().actions()}


def _walk(title: str, menu: QMenu) -> dict[str, QMenu]:
    """``menu`` and every submenu under it (filled as when shown), by their path of titles."""
    menu.aboutToShow.emit()  # Open Recent, Edit and the like fill themselves when shown
    found = {title: menu}
    for action in menu.actions():
        if action.menu() is not None and not action.isSeparator():
            found |= _walk(f"{title} > {action.text()}", action.menu())
    return found


def _all_clashes(menus: dict[str, QMenu]) -> dict[str, dict[str, list[str]]]:
    clashes = {title: _clashes(menu) for title, menu in menus.items()}
    return {title: items for title, items in clashes.items() if items}


def _keyed_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Clashes among the items that have a key: a right-click menu may give none at all."""
    return {letter: items for letter, items in _clashes(menu).items() if letter != "(none)"}


def test_no_two_items_of_a_menu_share_an_access_key(qtbot, library, open_window) -> None:
    window = open_window(library)
    menus = _menus(window)
    assert _all_clashes(menus) == {}
    view_items = [action.text() for action in menus["&View"].actions()]
    assert "Actual &Size" in view_items and "T&heme" in view_items


def test_no_two_items_of_a_submenu_share_an_access_key(qtbot, library, open_window) -> None:
    """The window's menus one level down too: Theme, Open Recent, Grade…"""
    window = open_window(library)
    walked: dict[str, QMenu] = {}
    for title, menu in _menus(window).items():
        walked |= _walk(title, menu)
    assert len(walked) > len(_menus(window))  # there are submenus to check
    assert _all_clashes(walked) == {}


def test_no_two_items_of_a_right_click_menu_share_an_access_key(
        qtbot, library, make_document, open_window, settle) -> None:
    """The reader's menu over a claim, a mention and a quote, the Claims table's menu with
    its Grade submenus, and the ACH matrix's menu with every edit it offers."""
    text = 'The State Department warned Moscow again. "We will act," said Matthew Miller.'
    doc = make_document(library, "Sanctions", text, mentions=(("Moscow", "GPE", "Moscow"),),
                        quotes=(("We will act,", "direct", "Matthew Miller", "Matthew Miller"),))
    start = text.index("State Department")
    claim_id, _ = library.claims.add_claim(doc, start, start + len("State Department"))
    library.ach.create_analysis("Will they act?", ["Yes", "No"])
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    walked: dict[str, QMenu] = {}
    view = window.reader.view
    for needle in ("State", "Moscow", "will act"):
        menu = window.workspace.reader_menu.build(view.rendered.to_qt(text.index(needle) + 2))
        qtbot.addWidget(menu)
        walked |= _walk(f"reader over {needle}", menu)
    window.actions["claims_view"].trigger()
    claims = window.workspace.claims_view
    qtbot.waitUntil(claims.isVisible)
    menu = claims.context_menu_for(library.claims.get_claim(claim_id))
    qtbot.addWidget(menu)
    walked |= _walk("claims table", menu)
    assert any("&Grade" in title for title in walked)  # the submenus were walked
    ach = window.workspace.ach_view
    menu = ach.context_menu()
    qtbot.addWidget(menu)
    walked |= _walk("ACH matrix", menu)
    clashes = {title: _keyed_clashes(menu) for title, menu in walked.items()}
    assert {title: items for title, items in clashes.items() if items} == {}


def test_the_claim_note_item_keeps_its_key_when_a_claim_renames_it(
        qtbot, library, make_document, open_window, settle) -> None:
    doc = make_document(library, "Moscow", TEXT)
    start = TEXT.index("Officials")
    claim, _ = library.claims.add_claim(doc, start, start + 40)
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    window.workspace.claims.select_claim(claim)
    item = window.actions["claim_note"]
    assert _letter(item.text()) == "i", item.text()
    assert item.text().replace("&", "") == window.workspace.claims.note_button.text()


def test_keep_mnemonic_puts_the_same_letter_in_the_new_words(qtbot) -> None:
    action = QAction("Add Note to Cla&im…")
    assert keep_mnemonic(action, "Edit Claim Note…") == "Ed&it Claim Note…"
    assert keep_mnemonic(QAction("Plain"), "Other Words") == "Other Words"
    assert keep_mnemonic(QAction("R&&D &Note"), "Edit Note") == "Edit &Note"  # "&&" is no key


def test_the_shortcut_list_never_names_a_command_cut_off_after_a_preposition(
        qtbot, library, open_window) -> None:
    """It read "Link Claim to"; the "…" stays where the words go on."""
    window = open_window(library)
    rows = shortcut_rows(window)
    commands = [command for command, _keys in rows[:len(rows) - len(READER_GESTURES)]]
    assert "Link Claim to…" in commands and "Import Files" in commands
    assert [command for command in commands
            if command.rsplit(" ", 1)[-1].islower() and not command.endswith("…")] == []
