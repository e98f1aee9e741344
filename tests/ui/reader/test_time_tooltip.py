"""Hovering a date in the reader says what it means on the calendar, in words."""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention
from workbench.core.time_durations import duration_value
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.reader.tooltips import time_value_line
from workbench.ui.theme.manager import ThemeManager

TEXT = "The minister said on Wednesday that the talks of the 1990s failed. Officials agreed."


def test_time_value_line_in_words() -> None:
    assert time_value_line("Wednesday", "2023-09-13") == "Wednesday → 13 Sep 2023"
    assert time_value_line("the 1990s", "199") == "the 1990s → the 1990s"
    assert time_value_line("last week", "2023-W36") == "last week → week 36 of 2023"
    assert time_value_line("Wednesday", None) is None


def _reader_on_wednesday(qtbot, store, published: str | None, value: str | None) -> ReaderPane:
    """The reader showing TEXT with "Wednesday" (a date) and "Officials" (an organisation)."""
    doc_id = store.documents.add_article(
        Article(title="Talks", text=TEXT, published=published)).documents_added[0]
    start = TEXT.index("Wednesday")
    officials = TEXT.index("Officials")
    store.analysis.save_analysis(doc_id, Analysis(mentions=(
        Mention(start, start + 9, "Wednesday", "DATE", "Wednesday", value=value),
        Mention(officials, officials + 9, "Officials", "ORG", "Officials"),
    )))
    theme = ThemeManager()
    theme.set_preference("light")
    pane = ReaderPane(store, theme)
    qtbot.addWidget(pane)
    pane.show_document(doc_id)
    assert pane.view.rendered is not None
    return pane


def test_hover_on_a_date_shows_its_value(qtbot, store) -> None:
    pane = _reader_on_wednesday(qtbot, store, "2023-09-15", "2023-09-13")
    rendered = pane.view.rendered
    date_tip = pane.view.tips.tooltip_at(rendered.mention_spans[0][0] + 1)
    assert "Wednesday → 13 Sep 2023" in date_tip
    assert "→" not in pane.view.tips.tooltip_at(rendered.mention_spans[1][0] + 1)


def test_a_date_in_an_undated_document_says_why_it_has_no_calendar_value(qtbot, store) -> None:
    """The seed's "Wednesday" showed only "Date": no hint why it was not placed."""
    from workbench.ui.reader.tooltips import NO_ANCHOR

    pane = _reader_on_wednesday(qtbot, store, None, None)
    rendered = pane.view.rendered
    assert NO_ANCHOR in pane.view.tips.tooltip_at(rendered.mention_spans[0][0] + 1)
    assert NO_ANCHOR not in pane.view.tips.tooltip_at(rendered.mention_spans[1][0] + 1)
    assert time_value_line("Wednesday", None, "DATE", "2023-09-15") is None  # dated: no excuse


def test_a_duration_and_a_weekday_of_no_known_week_read_in_words() -> None:
    """The hover read "four years → P4Y": TIMEX3 codes an analyst is not expected to know."""
    assert time_value_line("four years", "P4Y") == "four years → a span of 4 years"
    assert time_value_line("a day", "P1D") == "a day → a span of 1 day"
    assert time_value_line("weeks", "PXW") == "weeks → a span of some weeks"
    assert time_value_line("90 minutes", "PT90M").endswith("a span of 90 minutes")
    assert time_value_line("30 months", "P2Y6M").endswith("a span of 2 years, 6 months")
    assert time_value_line("Friday", "XXXX-WXX-5") == "Friday → a Friday, week unknown"


def test_every_duration_the_normaliser_writes_reads_in_words() -> None:
    """Quarters and fractional counts showed their codes ("every quarter → P1Q")."""
    for expression in ("every quarter", "two quarters", "1.5 years", "several decades",
                       "the past 12 months", "90 minutes", "a fortnight"):
        value, _rule = duration_value(expression)
        line = time_value_line(expression, value)
        assert line is not None and value not in line, (expression, line)
    assert time_value_line("two quarters", "P2Q").endswith("a span of 2 quarters")
    assert time_value_line("1.5 years", "P1.5Y").endswith("a span of 1.5 years")


def test_a_date_is_not_counted_across_documents_as_if_it_were_one_day() -> None:
    """'Wednesday … Mentioned in 12 documents': twelve articles, twelve different Wednesdays."""
    from tests.ui.reader.test_hover import _content, _Format
    from workbench.ui.reader.document import ENTITY_PROPERTY
    from workbench.ui.reader.hover import Hover
    from workbench.ui.theme.palette import bundled_palette

    content = _content()
    content.mentions[0].update(entity="Wednesday", text="Wednesday", label="DATE")
    tip = Hover(content, _Format({ENTITY_PROPERTY: 0}), [], bundled_palette(),
                lambda _entity: 12).text()
    assert tip.startswith("Wednesday\nDate") and "Mentioned in" not in tip
    content.mentions[0].update(entity="Boris Johnson", text="Johnson", label="PERSON")
    assert "Mentioned in 12 documents" in Hover(content, _Format({ENTITY_PROPERTY: 0}), [],
                                                bundled_palette(), lambda _entity: 12).text()
    # Counted as the app's other counts are (``core.text.plural``): thousands grouped.
    assert "Mentioned in 1,204 documents" in Hover(content, _Format({ENTITY_PROPERTY: 0}), [],
                                                   bundled_palette(), lambda _entity: 1204).text()
