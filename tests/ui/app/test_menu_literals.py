"""Names from documents and analysts keep their "&" on menu items and buttons.

Qt reads a single "&" in an action's or button's text as a mnemonic: "AT&T"
showed as "ATT" with an underlined T in the reader's menu and the entity's
menus, a source "R&D Weekly" lost its "&" in the Grade menu, a library under
"R&D/" in Open Recent, and an analyst named "Tom & Jerry" in the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from workbench.core.records import DocumentGrade
from workbench.ui.widgets.wording import menu_literal

TEXT = "The board of AT&T met on Monday in Dallas."


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def test_menu_literal_doubles_every_ampersand() -> None:
    assert menu_literal("AT&T & Co") == "AT&&T && Co"
    assert menu_literal("Reuters") == "Reuters"


def test_the_reader_menu_names_an_entity_with_its_ampersand(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, "Board", TEXT, mentions=(("AT&T", "ORG", "AT&T"),))
    window = open_window(library)
    window.open_document(doc)
    view = window.reader.view
    menu = window.workspace.reader_menu.build(view.rendered.to_qt(TEXT.index("AT&T") + 1))
    qtbot.addWidget(menu)
    assert "Open Entity Page: AT&&T" in [action.text() for action in menu.actions()]


def test_the_grade_menu_and_open_recent_keep_the_ampersand(qtbot, library, make_document,
                                                            tmp_path: Path) -> None:
    from workbench.ui.app.file_choosers import fill_recent_menu
    from workbench.ui.app.settings import remember_library
    from workbench.ui.claims.grade_menu import add_reliability_menus
    from workbench.ui.tasks.store_actions import StoreActions

    doc = make_document(library, "Board", TEXT, source="R&D Weekly")
    claim_id, _ = library.claims.add_claim(doc, 0, 9)
    holder = QWidget()
    qtbot.addWidget(holder)
    menu = QMenu(holder)
    feed = ChangeFeed()
    add_reliability_menus(menu, StoreActions(library, None, feed.changes_applied),
                          library.claims.get_claim(claim_id),
                          DocumentGrade(document_id=doc, source="R&D Weekly"))
    assert [a.text() for a in menu.actions() if a.menu()][-1] == \
        "Reliability of &Source “R&&D Weekly”"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    (tmp_path / "R&D").mkdir()
    (tmp_path / "R&D" / "notes.sqlite").write_bytes(b"")
    remember_library(settings, tmp_path / "R&D" / "notes.sqlite")
    recent = QMenu(holder)
    fill_recent_menu(recent, settings, None, lambda _path: None)
    assert [a.text() for a in recent.actions()] == \
        [str((tmp_path / "R&D" / "notes.sqlite").resolve()).replace("&", "&&")]


def test_the_status_bar_names_the_analyst_with_the_ampersand(
        qtbot, library, open_window) -> None:
    from workbench.core.authorship import Author

    window = open_window(library)
    window.identity.author = Author("e" * 32, "Tom & Jerry")
    window.identity._show()
    assert window.identity.button.text() == "Signed as Tom && Jerry"


def test_menu_words_lose_only_the_access_key_and_a_button_keeps_a_literal_ampersand(
        qtbot) -> None:
    from PySide6.QtGui import QAction

    from workbench.ui.widgets.wording import action_words, without_mnemonic

    assert without_mnemonic("&Link Claim to…") == "Link Claim to…"
    assert without_mnemonic("R&&D &Notes") == "R&D Notes"
    action = QAction("R&&D &Notes")
    assert action_words(action) == "R&&D Notes"  # a button reads one "&" as its key
