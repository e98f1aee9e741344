"""The Claims view's table at 1024 px: the claim gets the width, counts sit on the text line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

from workbench.ui.claims.library_view import COLUMN_CAPS, COLUMNS, STRETCH_SHARE, ClaimsView
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.width_shares import shrink_to_fit

TEXT = "Officials said that any arms pact between the two nations could breach resolutions."


def test_the_claim_column_is_the_widest_and_links_are_centred(qtbot, store,
                                                              make_document) -> None:
    doc = make_document(store, "Sanctions not ruled out", TEXT, published="2023-09-13")
    store.claims.add_claim(doc, 0, len(TEXT))
    view = ClaimsView(store, ThemeManager())
    qtbot.addWidget(view)
    view.resize(1010, 260)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    table = view.table
    widths = [table.columnWidth(n) for n in range(len(COLUMNS))]
    assert widths.index(max(widths)) == COLUMNS.index("Claim")
    assert COLUMNS.index("Date") == 4 and "Published" not in COLUMNS
    links = table.topLevelItem(0).textAlignment(COLUMNS.index("Links"))
    assert links & Qt.AlignmentFlag.AlignVCenter and links & Qt.AlignmentFlag.AlignRight


CLAIMANT = "The German government spokesperson"
TITLE = "Berlin says new sanctions on Moscow are ready for the summit"


def _table_with_a_long_claimant(qtbot, store, make_document, width: int) -> ClaimsView:
    doc = make_document(store, TITLE, TEXT, published="2023-09-13")
    store.claims.add_claim(doc, 0, len(TEXT), claimant_text=CLAIMANT)
    view = ClaimsView(store, ThemeManager())
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def test_at_1440_claimant_and_document_show_whole_and_the_claim_keeps_its_share(
        qtbot, store, make_document) -> None:
    """The fixed 130 and 180 px cut "The German gove…" while the claim took ~600 px."""
    view = _table_with_a_long_claimant(qtbot, store, make_document, 1420)
    table, metrics = view.table, view.table.fontMetrics()
    claimant = table.columnWidth(COLUMNS.index("Claimant"))
    assert claimant > metrics.horizontalAdvance(CLAIMANT)
    assert table.columnWidth(COLUMNS.index("Document")) >= 260  # a long title: elided, on hover
    claim = table.columnWidth(COLUMNS.index("Claim"))
    assert claim >= STRETCH_SHARE / 2 * table.viewport().width() - 1


def test_at_1024_claim_and_title_keep_their_share_and_the_long_columns_give_way(
        qtbot, store, make_document) -> None:
    view = _table_with_a_long_claimant(qtbot, store, make_document, 1010)
    table = view.table
    widths = [table.columnWidth(n) for n in range(len(COLUMNS))]
    widest_two = sorted(range(len(COLUMNS)), key=lambda n: widths[n])[-2:]
    assert sorted(widest_two) == [COLUMNS.index("Claim"), COLUMNS.index("Document")]
    assert sum(widths) <= table.viewport().width() + 1  # no sideways scrolling
    for column, cap in COLUMN_CAPS.items():
        assert widths[column] <= cap


def test_a_column_the_analyst_dragged_keeps_its_width_across_reloads(
        qtbot, store, make_document) -> None:
    view = _table_with_a_long_claimant(qtbot, store, make_document, 1420)
    author = COLUMNS.index("Author")
    view.table.header().resizeSection(author, 61)
    view.reload()
    view.resize(1300, 300)
    assert view.table.columnWidth(author) == 61


def test_the_widest_columns_give_way_first_and_never_below_their_floors() -> None:
    assert shrink_to_fit({1: 300, 2: 100, 3: 60}, {1: 80, 2: 80, 3: 50}, 400) == \
        {1: 240, 2: 100, 3: 60}
    assert shrink_to_fit({1: 300, 2: 200}, {1: 80, 2: 80}, 300) == {1: 150, 2: 150}
    assert shrink_to_fit({1: 300, 2: 200}, {1: 80, 2: 90}, 100) == {1: 80, 2: 90}
    assert shrink_to_fit({1: 30}, {1: 20}, 500) == {1: 30}


LONG_CLAIM = ("Officials said that any arms pact between the two nations could potentially "
              "breach multiple United Nations Security Council resolutions adopted since 2006, "
              "and that further sanctions on both governments were being prepared in Washington.")


def test_a_long_claim_shows_on_two_lines_cut_after_a_whole_word(qtbot, store,
                                                                 make_document) -> None:
    """At 1440 px a claim was one line cut by character: "… UN Security Co…"."""
    from workbench.ui.widgets.word_lines import ELLIPSIS, WordLinesDelegate

    doc = make_document(store, TITLE, LONG_CLAIM, published="2023-09-13")
    store.claims.add_claim(doc, 0, len(LONG_CLAIM))
    view = ClaimsView(store, ThemeManager())
    qtbot.addWidget(view)
    view.resize(1420, 300)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    table, claim = view.table, COLUMNS.index("Claim")
    item = table.topLevelItem(0)
    spacing = table.fontMetrics().lineSpacing()
    assert table.visualItemRect(item).height() >= 2 * spacing  # room for two lines
    delegate = table.itemDelegateForColumn(claim)
    assert isinstance(delegate, WordLinesDelegate)
    index = table.indexFromItem(item, claim)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    lines = delegate.shown_lines(option, index)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    shown = " ".join(lines).removesuffix(ELLIPSIS)
    assert LONG_CLAIM.startswith(shown) and LONG_CLAIM[len(shown)] == " "  # a whole word
    assert all(table.fontMetrics().horizontalAdvance(line) <= option.rect.width()
               for line in lines)
    assert item.toolTip(claim) and LONG_CLAIM in item.toolTip(claim).replace("\n", " ")
    layout = QTextLayout(delegate.display_text(option, index), table.font())
    layout.setTextOption(QTextOption())  # no wrapping: only the text's own breaks count
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    assert layout.lineCount() == 2  # a "\n" drew as nothing: "Kim JongUn"


def test_at_1024_the_document_title_takes_the_room_before_date_and_author_give_way(
        qtbot, store, make_document) -> None:
    """The title was cut at 230 px ("Regional Transport Authority says t…") while the claim
    kept 30 % on two lines; date and author keep their content, the title has its tooltip."""
    title = "Regional Transport Authority says the river bridge reopens on Monday"
    doc = make_document(store, title, TEXT, published="Spring 2019")
    store.claims.add_claim(doc, 0, len(TEXT))
    view = ClaimsView(store, ThemeManager())
    qtbot.addWidget(view)
    view.resize(1012, 300)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    table, metrics = view.table, view.table.fontMetrics()
    document, claim = COLUMNS.index("Document"), COLUMNS.index("Claim")
    assert table.columnWidth(document) >= 0.25 * table.viewport().width() - 1
    assert table.columnWidth(claim) >= 0.25 * table.viewport().width() - 1
    row = table.topLevelItem(0)
    for name in ("Date", "Author"):
        column = COLUMNS.index(name)
        assert table.columnWidth(column) >= metrics.horizontalAdvance(row.text(column))
    # An elided title shows whole on hover through cut_text (tests/ui/test_cut_text.py).


def test_the_document_column_can_be_dragged_wider_and_the_claim_gives_way(
        qtbot, store, make_document) -> None:
    """Document and Claim were both Qt Stretch sections: the title could not be dragged wider."""
    from PySide6.QtWidgets import QHeaderView

    view = _table_with_a_long_claimant(qtbot, store, make_document, 1010)
    table, header = view.table, view.table.header()
    document, claim = COLUMNS.index("Document"), COLUMNS.index("Claim")
    assert all(header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
               for column in range(len(COLUMNS)))
    before = table.columnWidth(claim)
    wider = table.columnWidth(document) + 60
    header.resizeSection(document, wider)  # what a drag on its right edge does
    assert table.columnWidth(document) == wider
    assert table.columnWidth(claim) == before - 60  # the claim gives the room back
    assert sum(table.columnWidth(n) for n in range(len(COLUMNS))) <= \
        table.viewport().width() + 1
    view.reload()
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: table.columnWidth(claim) > before)  # the claim takes a wider view
    assert table.columnWidth(document) == wider  # the dragged width stays


def test_a_short_title_takes_its_width_and_leaves_the_rest_to_the_claim(
        qtbot, store, make_document) -> None:
    """Evenly split, a 20-character title kept half of the room while the claim wrapped."""
    doc = make_document(store, "Bridge reopens", LONG_CLAIM, published="2023-09-13")
    store.claims.add_claim(doc, 0, len(LONG_CLAIM))
    view = ClaimsView(store, ThemeManager())
    qtbot.addWidget(view)
    view.resize(1420, 300)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    table, metrics = view.table, view.table.fontMetrics()
    document, claim = COLUMNS.index("Document"), COLUMNS.index("Claim")
    title_width = table.columnWidth(document)
    assert metrics.horizontalAdvance("Bridge reopens") <= title_width < 200
    assert table.columnWidth(claim) > 2 * title_width
    assert sum(table.columnWidth(n) for n in range(len(COLUMNS))) >= \
        table.viewport().width() - 2  # no gap left at the right


def test_stretching_columns_share_evenly_but_none_past_its_content() -> None:
    from workbench.ui.widgets.width_shares import share_out

    assert share_out(600, {1: None, 3: None}, {}) == {1: 300, 3: 300}
    assert share_out(600, {1: None, 3: 120}, {}) == {1: 480, 3: 120}
    assert share_out(601, {1: 500, 3: 400}, {}) == {1: 300, 3: 301} or \
        share_out(601, {1: 500, 3: 400}, {}) == {3: 300, 1: 301}
    assert share_out(100, {1: None, 3: None}, {1: 80, 3: 80}) == {1: 80, 3: 80}
    assert share_out(500, {0: None}, {0: 40}) == {0: 500}
    assert share_out(600, {0: 200, 1: 100}, {}) == {0: 350, 1: 250}  # no gap at the right


def test_at_1024_claimant_and_title_take_the_rows_second_line(qtbot, store,
                                                              make_document) -> None:
    """Each row is two lines tall for its claim: one line cut "The German gove…"."""
    view = _table_with_a_long_claimant(qtbot, store, make_document, 1010)
    table, item = view.table, view.table.topLevelItem(0)
    for column, whole in ((COLUMNS.index("Claimant"), CLAIMANT),
                          (COLUMNS.index("Document"), TITLE)):
        assert table.fontMetrics().horizontalAdvance(whole) > table.columnWidth(column)
        index = table.indexFromItem(item, column)
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        option.rect = table.visualRect(index)
        lines = table.itemDelegateForColumn(column).shown_lines(option, index)
        assert len(lines) == 2, lines
        assert whole.startswith(lines[0] + " "), lines
