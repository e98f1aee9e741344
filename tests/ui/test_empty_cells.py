"""One mark for a missing value in every table: the dash the Date column already showed."""

from __future__ import annotations

from workbench.ui.claims.library_view import COLUMNS, ClaimsView
from workbench.ui.library.columns import COLUMN_INDEX, display_text
from workbench.ui.library.columns import COLUMNS as LIBRARY_COLUMNS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.dates import NO_DATE_MARK
from workbench.ui.widgets.wording import NO_VALUE, cell_or_dash

TEXT = "Officials said that any arms pact between the two nations could breach resolutions."


def test_an_ungraded_claim_without_claimant_or_date_shows_one_dash_in_each(
        qtbot, store, make_document) -> None:
    """An ungraded claim's Grade cell was blank beside its Date cell's "–"."""
    doc = make_document(store, "Sanctions not ruled out", TEXT, published=None)
    store.claims.add_claim(doc, 0, len(TEXT))
    view = ClaimsView(store, ThemeManager())
    qtbot.addWidget(view)
    view.reload()
    row = view.table.topLevelItem(0)
    for name in ("Grade", "Claimant", "Date"):
        assert row.text(COLUMNS.index(name)) == NO_VALUE, name
    assert row.toolTip(COLUMNS.index("Grade")) == "Not graded"
    view.claimant_edit.setText("–")  # the filter reads the claimant, not its cell's mark
    assert view.table.topLevelItem(0).isHidden()


def test_a_library_row_without_a_source_shows_the_dash() -> None:
    source = LIBRARY_COLUMNS[COLUMN_INDEX["source"]]
    assert display_text(source, {"source": None}) == NO_VALUE
    assert display_text(source, {"source": "Reuters"}) == "Reuters"


def test_every_missing_value_is_the_same_mark() -> None:
    assert NO_DATE_MARK == NO_VALUE
    assert cell_or_dash(None) == cell_or_dash("") == cell_or_dash("  ") == NO_VALUE
    assert cell_or_dash("B2") == "B2"
