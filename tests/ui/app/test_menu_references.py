"""Every "Menu → Item" the app's words point to is an item of that menu, as it is spelt there.

Why: the legend's tag button said "Document → Tags…" a release after the item became
"Document Tags…"; a sentence that sends the analyst to a menu item that is not there
costs more than no sentence. Docstrings and comments are not scanned: only strings the
app shows (tooltips, empty states, messages).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QMenu

import workbench.ui

UI = Path(workbench.ui.__file__).parent
_WORD = r"(?:[A-Z][\w'-]*|and|to|as|from|or|of|in|for|the|a|an)"
MENU_REFERENCE = re.compile(rf"\b(File|Edit|Document|View|Go|Tools|Help) → "
                            rf"({_WORD}(?: {_WORD})*…?)")


def _shown_strings(source: str) -> list[str]:
    """String constants of a module, less its docstrings (a bare string statement)."""
    tree = ast.parse(source)
    docstrings = {id(node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def menu_references() -> set[tuple[str, str, str]]:
    """(module, menu, item) for each "Menu → Item" in a string the app shows."""
    found = set()
    for path in sorted(UI.rglob("*.py")):
        for text in _shown_strings(path.read_text(encoding="utf-8")):
            for match in MENU_REFERENCE.finditer(text):
                found.add((str(path.relative_to(UI)), match.group(1), match.group(2)))
    return found


def _items(menu: QMenu) -> set[str]:
    """The words of a menu's items and submenus, access keys dropped."""
    words = set()
    for action in menu.actions():
        if action.text():
            words.add(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
        if action.menu() is not None:
            words |= _items(action.menu())
    return words


def test_the_scan_sees_a_reference_in_a_shown_string_and_not_in_a_docstring() -> None:
    source = '"""Document → Old Name… in a docstring."""\nTIP = "See Tools → Tag Manager…, then"\n'
    assert [MENU_REFERENCE.findall(text) for text in _shown_strings(source)] == [
        [("Tools", "Tag Manager…")]]


def test_every_menu_reference_names_an_item_of_that_menu(qtbot, library, open_window) -> None:
    window = open_window(library)
    menus = {action.text().replace("&", ""): _items(action.menu())
             for action in window.menuBar().actions() if action.menu() is not None}
    references = menu_references()
    assert len(references) >= 5  # the scan finds the app's pointers at all
    wrong = sorted(f"{module}: {menu} → {item}" for module, menu, item in references
                   if item not in menus.get(menu, set()))
    assert wrong == []
