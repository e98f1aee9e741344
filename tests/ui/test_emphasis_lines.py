"""Text with bold runs on a few lines: cut after a whole word, never inside one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from workbench.ui.widgets.emphasis_lines import ELLIPSIS, layout_runs

TEXT = ("the Biden administration will not hesitate to impose more sanctions if any new "
        "arms deals are signed between the two nations this year")


def test_the_last_line_ends_after_a_whole_word(qapp) -> None:
    """The library's snippets ended "sanctions if any ne…" and "world r…"."""
    font = QFont()
    words = TEXT.split()
    start = TEXT.index("sanctions")
    runs = [(TEXT[:start], False), ("sanctions", True), (TEXT[start + 9:], False)]
    for width in range(90, 260, 9):
        lines = layout_runs(runs, font, [width, width])
        shown = ["".join(word for word, _ in line) for line in lines]
        assert shown[-1].endswith(ELLIPSIS), width
        kept = " ".join(shown).removesuffix(ELLIPSIS).replace(ELLIPSIS, " ").split()
        assert all(word in words for word in kept), (width, shown)  # no word cut in two
        bold = QFont(font)
        bold.setBold(True)
        for line in lines:
            drawn = sum(QFontMetrics(bold if is_bold else font).horizontalAdvance(word)
                        for word, is_bold in line)
            assert drawn <= width, (width, line)


def test_a_single_word_wider_than_the_line_is_cut_by_character(qapp) -> None:
    font = QFont()
    word = "Supercalifragilisticexpialidocious"
    width = QFontMetrics(font).horizontalAdvance(word) // 2
    [line] = layout_runs([(word + " and more", False)], font, [width])
    text = "".join(w for w, _ in line)
    assert text.endswith(ELLIPSIS) and QFontMetrics(font).horizontalAdvance(text) <= width


def test_a_line_cut_after_a_comma_drops_it_before_the_ellipsis(qapp) -> None:
    """A snippet ending "sanctions,…" read as a clause cut short; the mark goes, "…" stays.

    The comma after a bold match is a run of its own, so it is dropped as one.
    """
    font = QFont()
    text = "more sanctions, the ministry said: any new arms deal would be punished"
    start = text.index("sanctions")
    runs = [(text[:start], False), ("sanctions", True), (text[start + 9:], False)]
    for cut_after in ("sanctions,", "said:"):
        kept = text[:text.index(cut_after) + len(cut_after)]
        bold = QFont(font)
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(kept + ELLIPSIS) + 2
        [line] = layout_runs(runs, font, [width])
        shown = "".join(word for word, _ in line)
        assert shown.endswith(ELLIPSIS) and shown[-2].isalnum(), shown
