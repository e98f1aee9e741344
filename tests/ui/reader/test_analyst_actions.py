"""Step 4 in the window: highlights, notes, tags and undo/redo, all through the writer thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor

from tests.ui.probes import contrast_ratio, tab_label
from workbench.core.vocabulary import HIGHLIGHT_COLORS
from workbench.store import LibraryFilter
from workbench.ui.reader.annotations import ANNOTATION_PROPERTY
from workbench.ui.reader.document import ENTITY_PROPERTY, format_at
from workbench.ui.theme.palette import bundled_palette

TEXT = ("Kyiv 🇺🇦 — Maria Kovalenko said the schools in Kharkiv will reopen. "
        "UNICEF said help would arrive soon.")


@pytest.fixture
def doc(library, make_document) -> int:
    return make_document(library, "Schools 🏫 reopen", TEXT, url="https://example.org/schools",
                         mentions=(("Kyiv", "GPE", "Kyiv"),
                                   ("Maria Kovalenko", "PERSON", "Maria Kovalenko"),
                                   ("Kharkiv", "GPE", "Kharkiv"), ("UNICEF", "ORG", "UNICEF")))


def test_highlight_a_selection_saves_it_and_formats_those_positions(qtbot, library, doc,
                                                                    open_window, settle,
        select_text) -> None:
    window = open_window(library)
    start, end = select_text(window, "the schools in Kharkiv")
    window.actions["highlight"].trigger()
    settle(window)
    rows = library.annotations.document_annotations(doc)
    assert [(r.start, r.end, r.exact) for r in rows] == [(start, end,
                                                                    "the schools in Kharkiv")]
    view = window.reader.view
    first, last = view.rendered.to_qt(start), view.rendered.to_qt(end)
    assert first == view.rendered.body_base + start + 2  # two astral characters before it
    expected = QColor(HIGHLIGHT_COLORS["yellow"])
    for position in range(first, last):
        char_format = format_at(view.document(), position)
        assert char_format.property(ANNOTATION_PROPERTY) == rows[0].id
        assert char_format.background().color() == expected
    kharkiv = format_at(view.document(), view.rendered.to_qt(TEXT.index("Kharkiv")))
    assert kharkiv.hasProperty(ENTITY_PROPERTY), "the entity stays visible inside the highlight"
    assert kharkiv.fontUnderline()
    assert not format_at(view.document(), last).hasProperty(ANNOTATION_PROPERTY)
    assert tab_label(window.inspector, window.workspace.notes) == \
        "Notes (1)"
    assert window.library.model.row_data(0)["annotation_count"] == 1


def test_undo_and_redo_from_the_edit_menu_restore_the_store(qtbot, library, doc, open_window,
                                                           settle,
        select_text) -> None:
    window = open_window(library)
    undo, redo = window.actions["undo"], window.actions["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    select_text(window, "UNICEF said")
    window.workspace.analyst.highlight_selection("green")
    settle(window)
    assert undo.isEnabled() and undo.text() == "&Undo Highlight “UNICEF said”"
    undo.trigger()
    settle(window)
    assert library.annotations.document_annotations(doc) == []
    assert redo.text() == "&Redo Highlight “UNICEF said”" and redo.isEnabled()
    assert window.reader.view.rendered.annotation_spans == {}
    redo.trigger()
    settle(window)
    assert [a.color for a in library.annotations.document_annotations(doc)] == [
        HIGHLIGHT_COLORS["green"]
    ]
    assert len(window.reader.view.rendered.annotation_spans) == 1


def test_an_undo_conflict_is_reported_not_raised(qtbot, library, doc, open_window,
                                                 settle,
        select_text) -> None:
    window = open_window(library)
    select_text(window, "Kyiv")
    window.actions["highlight"].trigger()
    settle(window)
    library.db.execute("UPDATE annotations SET color = '#000000'")
    library.db.conn.commit()
    window.actions["undo"].trigger()
    settle(window)
    message = window.statusBar().currentMessage()
    assert message.startswith("Undo failed: Cannot undo 'Highlight “Kyiv”'")
    assert "UndoConflict" not in message  # the exception's (qualified) name is not for analysts
    assert not window.actions["undo"].isEnabled()


def test_a_hostile_note_renders_inert(qtbot, library, doc, open_window, settle,
        select_text) -> None:
    window = open_window(library)
    select_text(window, "help would arrive soon")
    hostile = ("**Check** <script>alert('owned')</script> [bad](javascript:alert(1)) "
               "![pixel](https://tracker.example/p.png) [source](https://example.org/report)")
    window.workspace.analyst.add_note_to_selection(hostile)
    settle(window)
    card = window.workspace.notes.cards[0]
    browser = card.note_browser
    html = browser.toHtml()
    assert "<script" not in html and "alert('owned')" not in browser.toPlainText()
    assert "javascript" not in html and "tracker.example" not in html
    anchors = set()
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isAnchor():
                anchors.add(char_format.anchorHref())
            iterator += 1
        block = block.next()
    assert anchors - {""} == {"https://example.org/report"}, "the javascript: href is gone"
    assert browser.blocked_resources == []
    confirmations: list[str] = []
    browser.link_guard.confirm = lambda _parent, url: confirmations.append(url) or False
    refused: list[str] = []
    browser.link_guard.link_refused.connect(refused.append)
    assert not browser.link_guard.handle(QUrl("javascript:alert(1)"))
    assert not browser.link_guard.handle(QUrl(""))
    assert len(refused) == 2 and confirmations == []
    assert not browser.link_guard.handle(QUrl("https://example.org/report"))
    assert confirmations == ["https://example.org/report"]


def test_note_editor_previews_live_and_edits_apply(qtbot, library, doc, open_window,
                                                  settle,
        select_text) -> None:
    from workbench.ui.dialogs.note_editor import NoteEditorDialog

    dialog = NoteEditorDialog("some words", "")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("# Title\n\n*Careful* <img src=x onerror=alert(1)>")
    assert "Title" in dialog.preview.toPlainText()
    assert "<img" not in dialog.preview.toHtml()
    window = open_window(library)
    select_text(window, "Maria Kovalenko said")
    window.workspace.analyst.add_note_to_selection("first")
    settle(window)
    annotation_id = library.annotations.document_annotations(doc)[0].id
    window.workspace.analyst.edit_note(annotation_id, "second **version**")
    window.workspace.analyst.recolor(annotation_id, "blue")
    settle(window)
    row = library.annotations.get_annotation(annotation_id)
    assert row.note_md == "second **version**" and row.color == HIGHLIGHT_COLORS["blue"]
    card = window.workspace.notes.cards[0]
    assert card.note_browser.toPlainText().strip() == "second version"
    card.delete_button.click()
    settle(window)
    assert library.annotations.document_annotations(doc) == []
    assert window.workspace.notes.cards == []


def test_clicking_a_note_card_shows_its_span(qtbot, library, doc, open_window, settle,
        select_text) -> None:
    window = open_window(library)
    select_text(window, "Kharkiv will reopen")
    window.workspace.analyst.add_note_to_selection("why")
    settle(window)
    window.reader.view.moveCursor(window.reader.view.textCursor().MoveOperation.Start)
    window.workspace.notes.annotation_requested.emit(window.workspace.notes.cards[0].annotation_id)
    assert window.reader.view.textCursor().selectedText() == "Kharkiv will reopen"


def test_tags_on_documents_and_selections_filter_the_library(qtbot, library, doc, make_document,
                                                             open_window, settle,
        select_text) -> None:
    other = make_document(library, "Weather", "Rain in Kyiv.")
    window = open_window(library)
    window.open_document(doc)
    window.workspace.analyst.add_document_tag(doc, "topic/education")
    select_text(window, "UNICEF")
    window.workspace.analyst.tag_selection("topic/aid")
    settle(window)
    assert library.tags.document_tags(doc) == ["topic/education"]
    assert library.annotations.document_annotations(doc)[0].tags == ("topic/aid",)
    combo = window.library.filter_bar.tag_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "topic", "topic/aid",
                                                                 "topic/education"]
    assert library.library.library_ids(LibraryFilter(tag="topic")) == [doc]
    combo.setCurrentIndex(combo.findData("topic"))
    window.library.filter_bar.apply()
    assert window.library.model.rowCount() == 1
    assert window.library.model.row_data(0)["tag_count"] == 2
    assert other not in library.library.library_ids(LibraryFilter(tag="topic/aid"))


def test_document_tags_dialog_adds_and_removes(qtbot, library, doc, open_window, settle,
        select_text) -> None:
    window = open_window(library)
    window.actions["tag_document"].trigger()
    dialog = window.workspace.analyst.tags_dialog
    assert dialog is not None
    dialog.edit.setText("region / europe")
    dialog.add_typed()
    settle(window)
    assert [dialog.tag_list.item(i).text() for i in range(dialog.tag_list.count())] == [
        "region/europe"]
    dialog.tag_list.setCurrentRow(0)
    dialog.remove_selected()
    settle(window)
    assert library.tags.document_tags(doc) == [] and dialog.tag_list.count() == 0
    dialog.close()


def test_dark_theme_highlights_stay_readable_and_claims_get_a_status_border(
        qtbot, library, doc, open_window, settle,
        select_text) -> None:
    window = open_window(library, "dark")
    select_text(window, "Maria Kovalenko said")
    window.workspace.analyst.highlight_selection("yellow")
    select_text(window, "UNICEF said help would arrive soon")
    window.actions["mark_claim"].trigger()
    settle(window)
    palette = bundled_palette()
    view = window.reader.view
    annotation = next(a for a in view.content.annotations if a.kind == "highlight")
    position = view.rendered.annotation_spans[annotation.id][0]
    background = format_at(view.document(), position).background().color().name()
    assert background.upper() == palette.highlight(HIGHLIGHT_COLORS["yellow"], "dark").upper()
    assert contrast_ratio(background.upper(), palette.ui("dark")["text"]) >= 4.5
    for color in HIGHLIGHT_COLORS.values():
        shown = palette.highlight(color, "dark")
        for label in palette.entity_labels():
            assert contrast_ratio(shown, palette.entity(label, "dark").foreground) >= 4.5
    claims = [m for m in view.overlay_marks if m.kind == "claim"]
    assert [m.color for m in claims] == [palette.claim_status("unverified", "dark")]
    image = window.reader.view.viewport().grab().toImage()
    assert not image.isNull()


def test_create_entity_from_selection_highlights_it(qtbot, library, doc, open_window,
                                                    settle,
        select_text) -> None:
    window = open_window(library)
    select_text(window, "schools")
    window.workspace.analyst.create_entity_from_selection("Kharkiv schools", "FAC")
    settle(window)
    mentions = window.reader.view.content.mentions
    created = [m for m in mentions if m["entity"] == "Kharkiv schools"]
    assert created and created[0]["label"] == "FAC"
    assert "FAC" in window.reader.legend.buttons


def test_highlighting_a_highlighted_passage_again_says_nothing_changed(
        qtbot, library, doc, open_window, settle, select_text) -> None:
    """The store keeps one highlight per span and colour; the reader says so instead of
    doing nothing silently."""
    window = open_window(library)
    analyst = window.workspace.analyst
    posted: list[str] = []
    analyst.message_posted.connect(posted.append)
    select_text(window, "UNICEF said")
    analyst.highlight_selection("green")
    settle(window)
    assert posted == []
    select_text(window, "UNICEF said")
    analyst.highlight_selection("green")
    settle(window)
    assert len(library.annotations.document_annotations(doc)) == 1
    assert posted == ["The passage is highlighted in that colour already; nothing changed."]
