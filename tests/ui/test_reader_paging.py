"""A book-length document opens in pages: highlights per page, offsets across the border,
navigation that turns to the target's page, and find across every page."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from PySide6.QtGui import QTextCursor

from tests.ui.probes import wait_for_scan
from workbench.core.text import normalize_text
from workbench.ui.reader.document import ENTITY_PROPERTY, QUOTE_PROPERTY, format_at
from workbench.ui.reader.paged_content import HEAD_CHARS
from workbench.ui.reader.paging import PAGE_TARGET, page_starts
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

FILLER = "Paragraph {n} tells of the harbour at dawn and of the ships that came in with the tide."
BORDER_EMOJI = "Crews 🚢 waved 😀 from the quay."
AFTER_BORDER = "Gulls 🐦 rose over the 🌊 breakwater."
SPEAKER = "Maria Kovalenko said: “We will rebuild every school 🏫 in Kharkiv.”"
LATE = "The Harbour Authority closed the north pier for the night."
RARE = "zanzibarite"


def paged_text() -> tuple[str, dict[str, int]]:
    """Normalised text (CRLF paragraphs in, LF out) and the offset of each marked sentence.

    About 2.9 pages' worth of filler; the emoji sentences sit on both sides of
    the first page border, wherever ``page_starts`` puts it.
    """
    paragraphs = [FILLER.format(n=n) for n in range(PAGE_TARGET * 29 // 10 // 92)]
    border = bisect_left(_paragraph_starts(paragraphs), page_starts("\n\n".join(paragraphs))[1])
    paragraphs[border - 1] += " " + BORDER_EMOJI  # the last paragraph of page 1
    paragraphs[border] = AFTER_BORDER + " " + paragraphs[border]  # the first of page 2
    paragraphs[border + 20] = SPEAKER + " " + paragraphs[border + 20]  # on page 2
    paragraphs[-40] = LATE + " A " + RARE + " was found. " + paragraphs[-40]  # on page 3
    paragraphs[10] += " Another " + RARE.upper() + " here."  # page 1, other case
    text = normalize_text("\r\n\r\n".join(paragraphs))
    marks = {"emoji": text.index(BORDER_EMOJI), "after": text.index(AFTER_BORDER),
             "speaker": text.index(SPEAKER),
             "late": text.index(LATE), "rare_first": text.index(RARE.upper()),
             "rare_last": text.index(RARE)}
    return text, marks


def _paragraph_starts(paragraphs: list[str]) -> list[int]:
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 2
    return starts


MENTIONS = (("Maria Kovalenko", "PERSON", "Maria Kovalenko"),
            ("Harbour Authority", "ORG", "Harbour Authority"),
            ("Kharkiv", "GPE", "Kharkiv"))
QUOTES = (("“We will rebuild every school 🏫 in Kharkiv.”", "direct", "Maria Kovalenko",
           "Maria Kovalenko"),)


@pytest.fixture
def book(library, make_document):
    """(store, doc id, text, marks) of a three-page document."""
    text, marks = paged_text()
    doc_id = make_document(library, "The harbour log", text, mentions=MENTIONS, quotes=QUOTES)
    return library, doc_id, text, marks


def _pane(qtbot, store) -> ReaderPane:
    theme = ThemeManager()
    theme.set_preference("light")
    pane = ReaderPane(store, theme)
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    return pane


def _opened(qtbot, book) -> tuple[ReaderPane, str, dict[str, int]]:
    store, doc_id, text, marks = book
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    return pane, text, marks


def _select(pane: ReaderPane, needle: str) -> QTextCursor:
    cursor = pane.view.document().find(needle)
    assert not cursor.isNull(), needle
    pane.view.setTextCursor(cursor)
    return cursor


def _qt_text(pane: ReaderPane, start: int, end: int) -> str:
    """The reader's characters over store span [start, end) of the page shown."""
    rendered = pane.view.rendered
    assert rendered is not None
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(rendered.to_qt(start))
    cursor.setPosition(rendered.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_a_short_document_is_shown_whole_without_a_page_bar(qtbot, library, make_document):
    doc_id = make_document(library, "Short", "One paragraph.\n\nAnother one.")
    pane = _pane(qtbot, library)
    pane.show_document(doc_id)
    assert pane.paged is None and pane.view.content.page is None
    assert pane.page_bar.isHidden()
    assert pane.view.navigator is None


def test_a_long_document_opens_on_its_first_page_only(qtbot, book):
    pane, text, marks = _opened(qtbot, book)
    assert len(pane.paged.document["text"]) == HEAD_CHARS  # shown before the rest is read
    assert pane.page_bar.page_label.text() == "Page 1 of …"
    assert not pane.paged.loading  # the rest is read once the first page is on screen
    pane.show()
    qtbot.waitUntil(lambda: pane.paged.loading, timeout=3000)
    qtbot.waitUntil(lambda: pane.page_bar.page_label.text() == "Page 1 of 3", timeout=3000)
    pages = pane.paged.pages
    assert pane.paged.document["text"] == text
    assert not pane.page_bar.isHidden()
    assert pane.view.rendered.body_text == text[:pages.starts[1]]
    assert pane.view.document().characterCount() < pages.starts[1] + 200
    assert pane.view.content.mentions == [] and pane.view.content.quotes == []


def test_the_next_page_reads_and_formats_only_its_own_highlights(qtbot, book):
    pane, text, marks = _opened(qtbot, book)
    pane.page_bar.next_button.click()
    content, rendered = pane.view.content, pane.view.rendered
    assert pane.page_bar.page_label.text() == "Page 2 of 3"
    assert [m["text"] for m in content.mentions] == ["Maria Kovalenko", "Kharkiv"]
    assert len(content.quotes) == 1
    speaker = marks["speaker"]
    assert _qt_text(pane, speaker, speaker + len("Maria Kovalenko")) == "Maria Kovalenko"
    first = rendered.mention_spans[0]
    assert format_at(pane.view.document(), first[0]).property(ENTITY_PROPERTY) == 0
    quote = rendered.quote_spans[0]
    assert format_at(pane.view.document(), quote[0]).property(QUOTE_PROPERTY) == 0
    pane.page_bar.go_to.setValue(3)
    assert [m["text"] for m in pane.view.content.mentions] == ["Harbour Authority"]


def test_a_selection_after_emoji_across_the_border_gives_document_offsets(qtbot, book):
    pane, text, marks = _opened(qtbot, book)
    assert pane.paged.pages.page_of(marks["emoji"]) == 0
    assert pane.paged.pages.page_of(marks["after"]) == 1
    _select(pane, "waved 😀 from")
    start = text.index("waved 😀 from")
    assert pane.view.selected_span() == (start, start + len("waved 😀 from"))
    pane.show_page(1)
    _select(pane, "rose over the 🌊 breakwater")
    start = text.index("rose over the 🌊 breakwater")
    assert pane.view.selected_span() == (start, start + len("rose over the 🌊 breakwater"))
    _select(pane, "Kharkiv")
    start = text.index("Kharkiv", marks["speaker"])
    assert pane.view.selected_span() == (start, start + len("Kharkiv"))


def test_a_highlight_on_a_later_page_lands_on_its_characters(qtbot, book):
    store, doc_id, text, marks = book
    start = marks["after"]
    annotation_id, _ = store.annotations.add_annotation(doc_id, start, start + len(AFTER_BORDER))
    pane, _, _ = _opened(qtbot, book)
    assert annotation_id not in pane.view.rendered.annotation_spans  # page 1 reads page 1 only
    pane.view.show_annotation(annotation_id)
    assert pane.paged.index == 1
    span = pane.view.rendered.annotation_spans[annotation_id]
    assert pane.view.textCursor().selectionStart() == span[0]
    assert _qt_text(pane, start, start + len(AFTER_BORDER)) == AFTER_BORDER


def test_navigation_turns_to_the_page_holding_the_target(qtbot, book):
    store, doc_id, text, marks = book
    pane, _, _ = _opened(qtbot, book)
    late = marks["late"]
    pane.view.show_store_span(late, late + len(LATE))
    assert pane.paged.index == 2
    assert pane.view.textCursor().selectedText() == LATE
    pane.view.show_store_span(marks["emoji"], marks["emoji"] + len(BORDER_EMOJI))
    assert pane.paged.index == 0
    assert pane.view.textCursor().selectedText() == BORDER_EMOJI
    authority = store.entities.find_entity_id("Harbour Authority")
    pane.view.show_entity(authority)
    assert pane.paged.index == 2
    assert pane.view.textCursor().selectedText() == "Harbour Authority"


def test_reload_keeps_the_page_shown_and_the_text_already_read(qtbot, book):
    pane, _, _ = _opened(qtbot, book)
    pane.show_page(2)
    shown = pane.paged
    pane.reload()
    assert pane.paged is shown  # the same text, not read again
    assert pane.paged.index == 2 and pane.page_bar.page_label.text() == "Page 3 of 3"


def test_find_scans_every_page_and_steps_across_them(qtbot, book):
    pane, text, marks = _opened(qtbot, book)
    bar = pane.find_bar
    pane.show()
    pane.show_page(1)  # the caret is on page 2: the first match after it is on page 3
    bar.open_bar()
    bar.edit.setText(RARE)
    qtbot.waitUntil(lambda: bar.searched is not None, timeout=3000)
    wait_for_scan(bar)
    assert bar.found == [(marks["rare_first"], marks["rare_first"] + len(RARE)),
                         (marks["rare_last"], marks["rare_last"] + len(RARE))]
    assert pane.paged.index == 2
    assert pane.view.textCursor().selectedText() == RARE
    assert bar.count_label.text() == "2 of 2"
    assert len(pane.view.extraSelections()) == 1
    bar.step(1)
    assert pane.paged.index == 0
    assert pane.view.textCursor().selectedText() == RARE.upper()
    assert bar.count_label.text() == "1 of 2"
    bar.close_bar()


def test_find_reports_no_matches_in_a_paged_document(qtbot, book):
    pane, _, _ = _opened(qtbot, book)
    bar = pane.find_bar
    pane.show()
    bar.open_bar()
    bar.edit.setText("nowhere-in-this-text")
    qtbot.waitUntil(lambda: bar.searched is not None, timeout=3000)
    wait_for_scan(bar)
    assert bar.found == [] and bar.count_label.text() == "No matches"
    assert pane.paged.index == 0
    bar.close_bar()


def test_the_window_opens_a_claim_and_an_entity_on_their_pages(qtbot, book, open_window):
    store, doc_id, text, marks = book
    late = marks["late"]
    claim_id, _ = store.claims.add_claim(doc_id, late, late + len(LATE))
    window = open_window(store)
    window.open_location(doc_id, late, late + len(LATE))
    assert window.reader.paged.index == 2
    assert window.reader.view.textCursor().selectedText() == LATE
    assert claim_id in window.reader.view.content.claims
    window.reader.show_page(0)
    window.open_entity_in_document(doc_id, store.entities.find_entity_id("Maria Kovalenko"))
    assert window.reader.paged.index == 1
    assert window.reader.view.textCursor().selectedText() == "Maria Kovalenko"


def test_a_long_documents_header_shows_its_reliability_grade(qtbot, book):
    """The grade line was added to whole documents only; a paged one must show it too."""
    store, doc_id, _text, _marks = book
    store.grades.grade_document(doc_id, "B")
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    assert "Reliability B: Usually reliable" in pane.view.document().begin().next().text()
