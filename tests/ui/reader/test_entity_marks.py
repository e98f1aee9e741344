"""Entity kinds are told apart without colour: a line of the kind's style along each mention's top.

Read off the reader's own pixels, in both themes: an analyst who cannot tell the
person's tint from the organisation's still sees a solid line over one and a
dashed one over the other, and the legend's chips show the same lines.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QImage

from workbench.core.vocabulary import DATE_AND_NUMBER_LABELS, ENTITY_LABELS
from workbench.ui.reader.entity_marks import line_width
from workbench.ui.reader.overlay import span_line_rects
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.entity_lines import DASH_DOT, DASHED, DOTTED, DOUBLE, SOLID, mark_style

TEXT = ("Maria Kovalenko of UNICEF arrived in Kharkiv.\nShe came on Wednesday afternoon.\n"
        "The Marathon of Hope began with 300 runners.")
MENTIONS = (("Maria Kovalenko", "PERSON", "Maria Kovalenko"), ("UNICEF", "ORG", "UNICEF"),
            ("Kharkiv", "GPE", "Kharkiv"), ("Wednesday afternoon", "DATE", "Wednesday"),
            ("Marathon of Hope", "EVENT", "Marathon of Hope"), ("300", "CARDINAL", "300"))


def test_each_family_of_kinds_has_its_own_line_and_numbers_none() -> None:
    assert [mark_style(label) for label in ("PERSON", "ORG", "GPE", "DATE", "EVENT")] == \
        [SOLID, DASHED, DOTTED, DOUBLE, DASH_DOT]
    for label in ENTITY_LABELS:  # every kind an analyst can give: a line, or a number's none
        assert (mark_style(label) is None) == (label in DATE_AND_NUMBER_LABELS
                                               and label not in ("DATE", "TIME")), label


def _reader(qtbot, library, make_document, theme_name: str) -> ReaderPane:
    doc_id = make_document(library, "Runners in Kharkiv", TEXT, mentions=MENTIONS)
    theme = ThemeManager()
    theme.set_preference(theme_name)
    pane = ReaderPane(library, theme)
    qtbot.addWidget(pane)
    pane.resize(900, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_document(doc_id)
    return pane


def _runs(pane: ReaderPane, needle: str) -> tuple[list[int], list[int], QColor]:
    """Along the top of ``needle``'s box: the lengths of the line's painted runs (its dashes),
    how many rows from the top carry the line, and the colour painted."""
    view = pane.view
    label = next(m[1] for m in MENTIONS if m[0] == needle)
    start = view.rendered.to_qt(TEXT.index(needle))
    [rect] = span_line_rects(view.document(), start, start + len(needle))
    scroll = view.verticalScrollBar().value()
    image: QImage = view.viewport().grab().toImage()
    accent = QColor(pane.theme.palette.entity_accent(label, pane.theme.theme))
    width = line_width(view.document())

    def inked(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return max(abs(pixel.red() - accent.red()), abs(pixel.green() - accent.green()),
                   abs(pixel.blue() - accent.blue())) < 60

    left, right = int(rect.left()) + 2, int(rect.right()) - 2
    top = int(rect.top()) - scroll
    rows = [y for y in range(top, top + 8) if sum(inked(x, y) for x in range(left, right))
            > (right - left) // 4]
    line_y = top + int(width / 2)
    runs, run = [], 0
    for x in range(left, right):
        if inked(x, line_y):
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs, rows, accent


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_the_reader_draws_each_kinds_line_in_its_style(qtbot, library, make_document,
                                                       theme_name: str) -> None:
    pane = _reader(qtbot, library, make_document, theme_name)
    person, _, _ = _runs(pane, "Maria Kovalenko")
    organisation, _, _ = _runs(pane, "UNICEF")
    place, _, _ = _runs(pane, "Kharkiv")
    _, date_rows, _ = _runs(pane, "Wednesday afternoon")
    event, _, _ = _runs(pane, "Marathon of Hope")
    number, number_rows, _ = _runs(pane, "300")
    assert len(person) == 1  # one unbroken line
    assert len(organisation) >= 3 and len(place) >= 5  # dashes; dots, shorter and more
    assert max(place) < min(organisation[:-1])
    assert len(event) >= 3 and max(event[:-1]) > min(event)  # long and short: dash-dot
    rows_apart = [b - a for a, b in zip(date_rows, date_rows[1:], strict=False)]
    assert max(rows_apart, default=0) >= 2  # two lines, a gap between them
    assert not number and not number_rows  # a number has its digits, no line


def test_a_hidden_kind_loses_its_line_and_a_theme_switch_recolours_it(qtbot, library,
                                                                      make_document) -> None:
    pane = _reader(qtbot, library, make_document, "light")
    pane.legend.buttons["ORG"].setChecked(False)  # the legend's chip hides the kind
    qtbot.waitUntil(lambda: not _runs(pane, "UNICEF")[0])
    assert _runs(pane, "Maria Kovalenko")[0]
    pane.theme.set_preference("dark")
    runs, _, accent = _runs(pane, "Maria Kovalenko")
    assert runs and accent == QColor(pane.theme.palette.entity_accent("PERSON", "dark"))


def test_the_legend_chips_show_the_line_and_say_it(qtbot, library, make_document) -> None:
    pane = _reader(qtbot, library, make_document, "light")
    chips = pane.legend.buttons
    for label in ("PERSON", "ORG", "GPE", "DATE", "EVENT"):
        assert not chips[label].icon().isNull(), label
        assert mark_style(label).replace("-", "") in chips[label].toolTip().replace("-", ""), \
            label
    assert chips["CARDINAL"].icon().isNull()
    assert "line" not in chips["CARDINAL"].toolTip()
    person = chips["PERSON"].icon()
    shown = person.pixmap(18, 12, QIcon.Mode.Normal, QIcon.State.On).toImage()
    hidden = person.pixmap(18, 12, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert shown != hidden  # the accent while shown, muted once the kind is hidden


def test_kind_lines_touching_a_range_are_those_sharing_a_character_with_it() -> None:
    """The reader and Compare find the visible lines by one bisected slice: a long mention
    starting well before the range still counts, one ending where it starts does not."""
    from workbench.ui.widgets.entity_lines import KindLine, KindLines

    long_one = KindLine((0, 50), "solid", "#000")
    ends_at_start = KindLine((30, 40), "dashed", "#000")
    inside = KindLine((45, 48), "dotted", "#000")
    after = KindLine((60, 70), "double", "#000")
    lines = KindLines([after, inside, ends_at_start, long_one])
    assert lines.touching(40, 60) == [long_one, inside]
    assert not KindLines() and len(lines) == 4


def test_a_legend_chip_of_one_mention_speaks_of_it_in_the_singular(qtbot, library,
                                                                   make_document) -> None:
    """"Location: 1 mention in this document, marked by a dotted line along their top; click
    to hide or show these highlights" spoke of one mention as of many."""
    pane = _reader(qtbot, library, make_document, "light")
    tip = pane.legend.buttons["PERSON"].toolTip()
    assert "1 mention in this document" in tip, tip
    assert "along its top" in tip and "show this highlight" in tip, tip
    assert "their" not in tip and "these" not in tip, tip
