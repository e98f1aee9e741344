"""Text fitted onto a few lines: broken between words, "…" after the last whole word."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from workbench.ui.widgets.word_lines import ELLIPSIS, fit_lines, fit_lines_keeping_end

TEXT = "Kim Jong Un arrived in Russia on a private train to meet Vladimir Putin at a spaceport."


def _metrics() -> QFontMetrics:
    return QFontMetrics(QFont())


def test_a_text_that_fits_is_shown_whole_on_as_few_lines_as_it_needs(qapp) -> None:
    metrics = _metrics()
    wide = metrics.horizontalAdvance(TEXT) + 4
    assert fit_lines(TEXT, metrics, wide, 2) == [TEXT]
    lines = fit_lines(TEXT, metrics, wide // 2 + 40, 2)
    assert len(lines) == 2 and " ".join(lines) == TEXT


def test_what_does_not_fit_ends_after_a_whole_word_with_an_ellipsis(qapp) -> None:
    metrics = _metrics()
    width = metrics.horizontalAdvance(TEXT) // 4
    lines = fit_lines(TEXT, metrics, width, 2)
    assert len(lines) == 2 and lines[1].endswith(ELLIPSIS)
    shown = " ".join(lines).removesuffix(ELLIPSIS)
    assert TEXT.startswith(shown) and TEXT[len(shown)] == " "
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)


def test_one_word_wider_than_the_line_is_elided_by_character(qapp) -> None:
    metrics = _metrics()
    word = "Supercalifragilisticexpialidocious"
    width = metrics.horizontalAdvance(word) // 2
    [line] = fit_lines(word, metrics, width, 1)
    assert line.endswith(ELLIPSIS) and metrics.horizontalAdvance(line) <= width
    assert fit_lines("   ", metrics, width, 2) == []


def test_a_line_is_kept_a_pixel_short_of_its_cell_so_qt_does_not_elide_it_again(qtbot) -> None:
    """The Quotes tab showed "a series of measures t…": a line measured to the pixel
    (152 of 152 px) was laid out a fraction wider and cut once more mid-word."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

    from workbench.ui.widgets.word_lines import WordLinesDelegate

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setRootIsDecorated(False)
    tree.setHeaderHidden(True)
    tree.header().setStretchLastSection(False)
    delegate = WordLinesDelegate(tree, lines=1)
    tree.setItemDelegate(delegate)
    first = "Kim Jong Un arrived"
    tree.addTopLevelItem(QTreeWidgetItem([f"{first} in Russia"]))
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    exact = tree.fontMetrics().horizontalAdvance(first + ELLIPSIS)
    tree.setColumnWidth(0, exact + 2 * margin)
    tree.resize(exact + 200, 100)
    tree.show()
    qtbot.waitExposed(tree)
    index = tree.model().index(0, 0)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    area = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    assert area.width() - 2 * margin == exact  # the cell is exactly as wide as that line
    [line] = delegate.shown_lines(option, index, 1)
    assert line != first + ELLIPSIS
    assert tree.fontMetrics().horizontalAdvance(line) < exact


def test_a_line_cut_after_a_comma_or_colon_drops_it_before_the_ellipsis(qapp) -> None:
    """"Moscow said:…" and "the talks,…" read as a clause cut short; "said…" says more follows."""
    metrics = _metrics()
    for text in ("Moscow said: the talks would resume next week in Geneva",
                 "After the talks, both sides said little about the outcome",
                 "The envoy — tired after the flight — said nothing at all to reporters"):
        first_words = text.split()[:2]
        width = metrics.horizontalAdvance(" ".join(first_words) + ELLIPSIS) + 1
        [line] = fit_lines(text, metrics, width, 1)
        assert line.endswith(ELLIPSIS), line
        assert line.removesuffix(ELLIPSIS)[-1:].isalnum(), line


SERIES = [f"On the campaign trail in the USA, {month} 2020"
          for month in ("May", "June", "August", "September", "October")]


def test_titles_of_a_series_cut_in_the_middle_keep_the_end_that_tells_them_apart(qapp) -> None:
    """At 1024 px the library's title column showed five "On the campaign trail in the USA…"."""
    metrics = _metrics()
    for width in (120, 150, 200):  # 1024 px: ~120 px of title column
        shown = [fit_lines_keeping_end(title, metrics, width, 2) for title in SERIES]
        assert len({tuple(lines) for lines in shown}) == len(SERIES), (width, shown)
        for title, lines in zip(SERIES, shown, strict=True):
            assert all(metrics.horizontalAdvance(line) <= width for line in lines)
            assert lines[-1].endswith(title.split(", ")[1]), lines  # the month whole
            assert lines[0].startswith("On the")


def test_keeping_the_end_changes_nothing_for_a_text_that_fits(qapp) -> None:
    metrics = _metrics()
    wide = metrics.horizontalAdvance(TEXT) + 4
    assert fit_lines_keeping_end(TEXT, metrics, wide, 2) == [TEXT]
    assert fit_lines_keeping_end("Short", metrics, 20, 2) == fit_lines("Short", metrics, 20, 2)


def test_a_numbered_end_is_kept_and_a_plain_one_is_cut_at_the_end_as_before(qapp) -> None:
    metrics = _metrics()
    numbered = "Wikinews interviews the organisers of the Bristol marathon 2019"
    width = metrics.horizontalAdvance("Wikinews interviews the")
    lines = fit_lines_keeping_end(numbered, metrics, width, 2)
    assert lines[-1].endswith(f"{ELLIPSIS} 2019") or lines[-1].endswith("marathon 2019"), lines
    plain = "Wikinews interviews the organisers of the Bristol marathon again"
    assert fit_lines_keeping_end(plain, metrics, width, 2) == fit_lines(plain, metrics, width, 2)


def test_a_word_wider_than_a_head_line_is_elided_when_the_end_is_kept(qapp) -> None:
    """Keeping the end must not let a long first word overflow the lines before it."""
    metrics = _metrics()
    title = ("Supercalifragilisticexpialidocious-and-more-words-glued-together-forever "
             "report, May 2020 edition")
    width = metrics.horizontalAdvance("M") * 12
    lines = fit_lines_keeping_end(title, metrics, width, 2)
    assert lines and all(metrics.horizontalAdvance(line) <= width for line in lines)
