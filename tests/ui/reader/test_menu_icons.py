"""Every right-click menu item carries an icon, as the window's commands in it do.

Over a selection the menu showed the window's icons (Highlight, Add Note, Mark
as Claim…); over a claim, a mention or a quote it was bare words, and the Claims
table's menu too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

TEXT = 'The State Department warned Moscow again. "We will act," said Matthew Miller.'


def _bare_items(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()
            if not action.isSeparator() and action.icon().isNull()]


def test_the_readers_menus_give_every_item_an_icon(qtbot, library, make_document, open_window,
                                                  settle) -> None:
    doc = make_document(library, "Sanctions", TEXT,
                        mentions=(("Moscow", "GPE", "Moscow"),),
                        quotes=(("We will act,", "direct", "Matthew Miller", "Matthew Miller"),))
    start = TEXT.index("State Department")
    library.claims.add_claim(doc, start, start + len("State Department"))
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    view = window.reader.view
    menus = window.workspace.reader_menu
    for needle in ("State", "Moscow", "will act"):
        menu = menus.build(view.rendered.to_qt(TEXT.index(needle) + 2))
        qtbot.addWidget(menu)
        assert len(menu.actions()) > 3, needle
        assert _bare_items(menu) == [], needle


def test_the_claims_tables_menu_gives_its_items_icons(qtbot, library, make_document,
                                                      open_window) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    library.claims.add_claim(doc, 0, 20)
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(view.isVisible)
    menu = view.context_menu_for(library.claims.document_claims(doc)[0])
    qtbot.addWidget(menu)
    assert len(menu.actions()) == 2 and _bare_items(menu) == []
