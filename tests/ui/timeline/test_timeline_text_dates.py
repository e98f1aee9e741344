"""The Undated list says a date kept as words is words, and gathers the work it dates.

A document imported with "Spring 2019" kept its date as written, but its claims were
listed as "publication date 'Spring 2019' is not a date".
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.view import ITEM_ROLE, TimelineView

TEXT = "Officials said the bridge would reopen after the repairs. Engineers disagreed."


def _claim(library, make_document, title: str, published: str | None) -> int:
    doc = make_document(library, title, f"{TEXT} {title}.", published=published)
    library.claims.add_claim(doc, 0, TEXT.index(" Engineers"))
    return doc


def _rows(view: TimelineView) -> list[str]:
    return [view.undated_list.item(row).text() for row in range(view.undated_list.count())]


def test_claims_dated_in_words_sit_under_their_text_date(qtbot, library, make_document) -> None:
    _claim(library, make_document, "Late report", "late March")
    _claim(library, make_document, "Spring report", "Spring 2019")
    _claim(library, make_document, "Dateless report", None)
    view = TimelineView(library, ThemeManager())
    qtbot.addWidget(view)
    view.reload()
    rows = _rows(view)
    assert rows[0] == "Text date “Spring 2019” (2)"  # its claim and the document itself
    assert "dated only in words, “Spring 2019”: no day to place it at" in rows[1]
    assert rows[3] == "Text date “late March” (2)"
    assert "not a date" not in " ".join(rows)
    assert "no publication date" in rows[-1]  # the dateless document keeps its own reason
    heading = view.undated_list.item(0)
    assert heading.data(ITEM_ROLE) is None
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "dated only in words" in view.undated_list.item(1).toolTip()
    assert view.undated_label.text() == "Undated (6)"


def test_a_heading_click_opens_nothing_and_a_row_opens_its_passage(
        qtbot, library, make_document) -> None:
    doc = _claim(library, make_document, "Spring report", "Spring 2019")
    view = TimelineView(library, ThemeManager())
    qtbot.addWidget(view)
    view.reload()
    opened: list[tuple[int, int, int]] = []
    view.location_requested.connect(lambda *where: opened.append(where))
    view.undated_list.itemClicked.emit(view.undated_list.item(0))
    assert opened == []
    view.undated_list.itemClicked.emit(view.undated_list.item(1))
    assert opened and opened[0][0] == doc
