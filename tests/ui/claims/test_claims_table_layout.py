"""The Claims view's table at 1024 px: the claim gets the width, counts sit on the text line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.claims.library_view import COLUMNS, ClaimsView
from workbench.ui.theme.manager import ThemeManager

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
