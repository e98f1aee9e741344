"""The reader puts the right formats on entities and quotes, at the right Qt positions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from workbench.core.text import normalize_text
from workbench.ui.reader.document import (
    ENTITY_PROPERTY,
    LABEL_PROPERTY,
    QUOTE_PROPERTY,
    SPEAKER_PROPERTY,
    format_at,
)
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.theme.palette import bundled_palette

RAW_TEXT = (
    "Kyiv 🇺🇦 — 👨‍👩‍👧 families 😀 waited.\r\n\r\n"
    "Maria Kovalenko said: “We will rebuild every school in Kharkiv.”\r\n"
    "Officials from UNICEF said that help would arrive soon. 🎉 Kovalenko agreed."
)
TEXT = normalize_text(RAW_TEXT)
MENTIONS = (
    ("Kyiv", "GPE", "Kyiv"),
    ("Maria Kovalenko", "PERSON", "Maria Kovalenko"),
    ("Kharkiv", "GPE", "Kharkiv"),
    ("UNICEF", "ORG", "UNICEF"),
    ("Kovalenko agreed", "PERSON", "Maria Kovalenko"),
)
DIRECT = "“We will rebuild every school in Kharkiv.”"
INDIRECT = "help would arrive soon"
QUOTES = (
    (DIRECT, "direct", "Maria Kovalenko", "Maria Kovalenko"),
    (INDIRECT, "indirect", None, "Officials"),
)


def _pane(qtbot, store) -> ReaderPane:
    theme = ThemeManager()
    theme.set_preference("light")
    pane = ReaderPane(store, theme)
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    return pane


def _open(qtbot, library, make_document) -> ReaderPane:
    mentions = MENTIONS[:4] + (("Kovalenko", "PERSON", "Maria Kovalenko"),)
    doc_id = make_document(library, "Schools 🏫 in Kharkiv", TEXT, mentions=mentions,
                           quotes=QUOTES, url="https://example.org/story")
    pane = _pane(qtbot, library)
    pane.show_document(doc_id)
    return pane


def _selected_text(pane: ReaderPane, span: tuple[int, int]) -> str:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_every_entity_gets_its_type_colour_at_the_right_position(qtbot, library,
                                                                 make_document) -> None:
    pane = _open(qtbot, library, make_document)
    content, rendered = pane.view.content, pane.view.rendered
    assert content is not None and rendered is not None
    assert TEXT.index("Kyiv") < TEXT.index("👨") < TEXT.index("Maria")
    palette = bundled_palette()
    for index, mention in enumerate(content.mentions):
        start, end = rendered.mention_spans[index]
        assert _selected_text(pane, (start, end)) == mention["text"]
        expected = QColor(palette.entity(mention["label"], "light").background)
        for position in range(start, end):
            char_format = format_at(pane.view.document(), position)
            assert char_format.property(ENTITY_PROPERTY) == index
            assert char_format.property(LABEL_PROPERTY) == mention["label"]
            assert char_format.background().color() == expected
        after = format_at(pane.view.document(), end)
        assert after.property(ENTITY_PROPERTY) != index


def test_positions_after_astral_characters_are_shifted_by_utf16(qtbot, library,
                                                                make_document) -> None:
    pane = _open(qtbot, library, make_document)
    rendered = pane.view.rendered
    assert rendered is not None
    start = TEXT.index("UNICEF")
    astral_before = sum(1 for char in TEXT[:start] if ord(char) > 0xFFFF)
    assert astral_before >= 5
    assert rendered.to_qt(start) == rendered.body_base + start + astral_before
    assert rendered.to_store(rendered.to_qt(start)) == ("text", start)


def test_quotes_are_tinted_or_underlined_and_speakers_marked(qtbot, library,
                                                             make_document) -> None:
    pane = _open(qtbot, library, make_document)
    rendered, document = pane.view.rendered, pane.view.document()
    assert rendered is not None
    colors = bundled_palette().quote("light")
    direct, indirect = rendered.quote_spans[0], rendered.quote_spans[1]
    assert _selected_text(pane, direct) == DIRECT
    assert _selected_text(pane, indirect) == INDIRECT
    for position in range(*direct):
        char_format = format_at(document, position)
        assert char_format.property(QUOTE_PROPERTY) == 0
        if not char_format.hasProperty(ENTITY_PROPERTY):
            assert char_format.background().color() == QColor(colors["direct_background"])
    for position in range(*indirect):
        char_format = format_at(document, position)
        assert char_format.property(QUOTE_PROPERTY) == 1
        assert char_format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    speaker = rendered.to_qt(TEXT.index("Maria Kovalenko"))
    assert format_at(document, speaker).property(SPEAKER_PROPERTY) == 0
    assert format_at(document, speaker).property(ENTITY_PROPERTY) == 1


def test_title_entities_and_metadata_link(qtbot, library, make_document) -> None:
    doc_id = make_document(library, "Schools 🏫 in Kharkiv", TEXT, url="https://example.org/a")
    library.analysis.save_analysis(doc_id, library_analysis_with_title_mention())
    pane = _pane(qtbot, library)
    pane.show_document(doc_id)
    rendered = pane.view.rendered
    assert rendered is not None
    start = rendered.to_qt(len("Schools 🏫 in "), "title")
    assert start == len("Schools 🏫 in ") + 1
    assert format_at(pane.view.document(), start).property(LABEL_PROPERTY) == "GPE"
    html_anchors = [
        format_at(pane.view.document(), p).anchorHref()
        for p in range(rendered.body_base)
        if format_at(pane.view.document(), p).isAnchor()
    ]
    assert set(html_anchors) == {"https://example.org/a"}


def library_analysis_with_title_mention():
    from workbench.core.models import Analysis, Mention

    title_start = len("Schools 🏫 in ")
    return Analysis(mentions=(
        Mention(title_start, title_start + 7, "Kharkiv", "GPE", "Kharkiv", field="title"),
    ))


def test_legend_toggle_hides_a_type(qtbot, library, make_document) -> None:
    pane = _open(qtbot, library, make_document)
    rendered = pane.view.rendered
    assert rendered is not None
    person = rendered.mention_spans[1][0]
    assert set(pane.legend.buttons) == {"GPE", "PERSON", "ORG"}
    pane.legend.buttons["PERSON"].setChecked(False)
    assert not format_at(pane.view.document(), person).hasProperty(ENTITY_PROPERTY)
    kyiv = pane.view.rendered.mention_spans[0][0]
    assert format_at(pane.view.document(), kyiv).hasProperty(ENTITY_PROPERTY)
    pane.legend.buttons["PERSON"].setChecked(True)
    assert format_at(pane.view.document(), person).property(ENTITY_PROPERTY) == 1


def test_hover_explains_entity_and_quote(qtbot, library, make_document) -> None:
    make_document(library, "Other", "Maria Kovalenko visited.",
                  mentions=(("Maria Kovalenko", "PERSON", "Maria Kovalenko"),))
    pane = _open(qtbot, library, make_document)
    rendered = pane.view.rendered
    assert rendered is not None
    tip = pane.view.tips.tooltip_at(rendered.mention_spans[4][0])
    assert "Maria Kovalenko" in tip and "Person" in tip and "PERSON" not in tip
    assert "Mentioned in 2 documents" in tip and "Written here as “Kovalenko”" in tip
    quote_tip = pane.view.tips.tooltip_at(rendered.quote_spans[0][0] + 3)
    assert "Direct quote — Maria Kovalenko" in quote_tip
    assert "Reported speech — Officials" in pane.view.tips.tooltip_at(rendered.quote_spans[1][0])


def test_resting_the_pointer_on_a_mention_shows_its_tooltip(
        qtbot, library, make_document) -> None:
    """The viewport's ToolTip event brings up the rich tooltip; off the text none shows."""
    pane = _open(qtbot, library, make_document)
    pane.resize(900, 600)
    pane.show()
    rendered = pane.view.rendered
    assert rendered is not None
    cursor = pane.view.textCursor()
    cursor.setPosition(rendered.mention_spans[4][0] + 1)
    spot = pane.view.cursorRect(cursor).center()
    viewport = pane.view.viewport()
    QToolTip.hideText()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, spot,
                                                viewport.mapToGlobal(spot)))
    assert QToolTip.isVisible() and "Kovalenko" in QToolTip.text()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2),
                                                viewport.mapToGlobal(QPoint(2, 2))))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # hidden (after its fade)


def test_clicking_an_entity_reports_it(qtbot, library, make_document) -> None:
    pane = _open(qtbot, library, make_document)
    rendered = pane.view.rendered
    assert rendered is not None
    entity_id = pane.view.content.mentions[3]["entity_id"]
    with qtbot.waitSignal(pane.entity_clicked) as blocker:
        pane.view.click_at(rendered.mention_spans[3][0] + 1)
    assert blocker.args == [entity_id]


def test_zoom_and_find(qtbot, library, make_document) -> None:
    pane = _open(qtbot, library, make_document)
    size = pane.view.font().pointSizeF()
    pane.view.zoom_by(2)
    assert pane.view.font().pointSizeF() == size + 2
    assert pane.view.document().defaultFont().pointSizeF() == size + 2
    pane.view.reset_zoom()
    assert pane.view.font().pointSizeF() == size
    pane.find_bar.open_bar()
    pane.find_bar.edit.setText("kovalenko")
    assert len(pane.find_bar.matches) == 2
    assert pane.find_bar.count_label.text() == "1 of 2"
    pane.find_bar.step(1)
    assert pane.view.textCursor().selectedText() == "Kovalenko"
    assert len(pane.view.extraSelections()) == 2


def test_mentions_outside_the_text_are_skipped(qtbot, library, make_document) -> None:
    from workbench.core.models import Analysis, Mention

    doc_id = make_document(library, "Short", "Tiny text.")
    library.analysis.save_analysis(doc_id, Analysis(mentions=(Mention(5, 400, "x", "ORG", "X"),)))
    pane = _pane(qtbot, library)
    pane.show_document(doc_id)
    assert pane.view.rendered is not None and pane.view.rendered.mention_spans == {}


def test_a_long_article_with_a_thousand_highlights_gets_every_format(qtbot) -> None:
    """Correctness at scale only: the 150 ms target is measured by `make bench`."""
    from workbench.ui.reader.content import ReaderContent
    from workbench.ui.reader.document import build_document

    words = [("Kim" if n % 5 == 0 else "word") + ("\n\n" if n % 90 == 89 else "")
             for n in range(5000)]
    text = " ".join(words)
    mentions, position = [], 0
    for word in text.split(" "):
        if word.startswith("Kim"):
            mentions.append({"start": position, "end": position + 3, "text": "Kim",
                             "label": "PERSON", "entity": "Kim", "entity_id": 1})
        position += len(word) + 1
    assert len(mentions) == 1000
    content = ReaderContent({"title": "Long", "text": text}, mentions, [])
    rendered = build_document(content, bundled_palette(), "light")
    assert len(rendered.mention_spans) == 1000


def test_a_source_that_is_the_linked_site_is_named_once(qtbot, library, make_document) -> None:
    """A CSV article's source is its site (ingest); the header names it once, as the link."""
    site = make_document(library, "Fire", TEXT, source="example.org", url="https://www.example.org/a")
    outlet = make_document(library, "Flood", TEXT + " More.", source="River Wire",
                           url="https://example.org/b")
    pane = _pane(qtbot, library)
    for doc_id, expected in ((site, 1), (outlet, 1)):
        pane.show_document(doc_id)
        rendered = pane.view.rendered
        assert rendered is not None
        header = pane.view.document().toPlainText()[: rendered.body_base]
        assert header.count("example.org") == expected
    assert "River Wire" in header


def test_only_a_web_address_becomes_the_header_link(qtbot, library, make_document) -> None:
    """A front-matter ``javascript:`` or ``file:`` URL is neither drawn as a link nor shown."""
    pane = _pane(qtbot, library)
    for n, url in enumerate(("javascript:alert(1)", "file:///etc/passwd", "https:///no-host")):
        doc_id = make_document(library, f"Fire {n}", f"{TEXT} Part {n}.", url=url)
        pane.show_document(doc_id)
        rendered = pane.view.rendered
        assert rendered is not None
        document = pane.view.document()
        anchors = [p for p in range(rendered.body_base) if format_at(document, p).isAnchor()]
        assert anchors == []
        assert url not in document.toPlainText()
