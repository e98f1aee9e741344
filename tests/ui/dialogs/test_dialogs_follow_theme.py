"""Dialogs left open during a live theme switch redraw in the new theme.

Why a test per dialog: the application palette reaches every widget, but a
rendered note bakes its link colour in when its HTML is set, so an open note
editor or export preview kept light-theme links on a dark page.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication, QDialog

from workbench.ui.dialogs.entities import CreateEntityDialog, EntityPickerDialog
from workbench.ui.dialogs.note_editor import NoteEditorDialog
from workbench.ui.widgets.note_browser import NoteBrowser

NOTE = "**Key point:** see [the briefing](https://example.org/briefing) for the *exact* words."


def _link_colors(browser: NoteBrowser) -> set[str]:
    """Foreground colours of every link in a rendered note."""
    found: set[str] = set()
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format: QTextCharFormat = fragment.charFormat()
            if char_format.isAnchor():
                found.add(char_format.foreground().color().name())
            iterator += 1
        block = block.next()
    return found


def _background(dialog: QDialog) -> QColor:
    return dialog.grab().toImage().pixelColor(2, 2)


def test_every_open_dialog_redraws_in_the_new_theme(qtbot, library, make_document,
                                                    open_window) -> None:
    doc = make_document(library, "Briefing", "The spokesman spoke at the briefing on Wednesday.")
    start = library.documents.document_text(doc).index("spokesman")
    library.annotations.add_annotation(doc, start, start + 9, note_md=NOTE)
    window = open_window(library)
    window.open_document(doc)
    workspace = window.workspace
    note = NoteEditorDialog("the spokesman", NOTE, window)
    dialogs = {"export": workspace.open_export(), "tags": workspace.open_tag_manager(),
               "batch": workspace.open_batch_search(), "note": note,
               "this is": EntityPickerDialog(library, "Miller", window),
               "create entity": CreateEntityDialog("Matthew Miller", {"PERSON": "Person"},
                                                   window)}
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
        dialog.show()
    QApplication.processEvents()
    light = window.theme.palette.ui("light")
    assert _link_colors(note.preview) == {QColor(light["link"]).name()}
    assert QColor(light["link"]).name() in _link_colors(dialogs["export"].preview)
    window.set_theme("dark")
    QApplication.processEvents()
    dark = window.theme.palette.ui("dark")
    for name, dialog in dialogs.items():
        assert _background(dialog) == QColor(dark["window"]), name
    assert _link_colors(note.preview) == {QColor(dark["link"]).name()}
    assert _link_colors(dialogs["export"].preview) == {QColor(dark["link"]).name()}
    for dialog in dialogs.values():
        dialog.close()


def test_a_note_keeps_its_text_and_place_when_the_theme_changes(qtbot) -> None:
    browser = NoteBrowser()
    qtbot.addWidget(browser)
    browser.set_markdown(NOTE)
    before = browser.toPlainText()
    browser.setPalette(QApplication.palette())  # a palette change, as a theme switch sends
    QApplication.processEvents()
    assert browser.toPlainText() == before and browser.markdown == NOTE
