"""The Quotes tab offers "make claim" only for quotes that no claim stands for yet."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from workbench.ui.inspector.panel import INDEXES_ROLE, InspectorPanel
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.quote_claims import claim_of_quote
from workbench.ui.theme.manager import ThemeManager

FIRST = "the schools in Kharkiv will reopen"
SECOND = "help would arrive before winter"
THIRD = "the roads are open again"
TEXT = (f"Maria Kovalenko said {FIRST}. UNICEF said {SECOND}. "
        f"The mayor said {THIRD}.")


@pytest.fixture
def doc(library, make_document) -> int:
    return make_document(library, "Schools reopen", TEXT, quotes=(
        (FIRST, "indirect", None, "Maria Kovalenko"),
        (SECOND, "indirect", None, "UNICEF"),
        (THIRD, "indirect", None, "The mayor"),
    ))


def quote_rows(window) -> dict[str, object]:
    """Each quote's row in the Quotes tab, by its text."""
    tree = window.inspector.quotes
    rows = {}
    for group in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(group)
        for row in range(parent.childCount()):
            rows[parent.child(row).text(0)] = parent.child(row)
    return rows


def test_claimed_quotes_are_not_offered_again(qtbot, library, doc, open_window, settle) -> None:
    made_from_quote = library.db.execute(
        "SELECT id FROM quotes WHERE text = ?", [FIRST]).fetchone()[0]
    library.claims.claim_from_quote(made_from_quote)
    start = TEXT.index(f"UNICEF said {SECOND}")
    by_hand, _ = library.claims.add_claim(doc, start, start + len(f"UNICEF said {SECOND}."))
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    rows = quote_rows(window)
    assert rows[FIRST].toolTip(2).startswith("Already a claim")
    # the tooltip names no claim number: the app shows those nowhere else
    assert rows[SECOND].toolTip(2) == "Already a claim (in the Claims tab)"
    content = window.reader.view.content
    second = content.quotes[rows[SECOND].data(0, INDEXES_ROLE)]
    assert claim_of_quote(content, second) == by_hand
    assert rows[THIRD].toolTip(2).startswith("Make this quote a claim")
    requested: list[int] = []
    window.inspector.quote_claim_requested.connect(requested.append)
    for text in (FIRST, SECOND):
        window.inspector.quotes.itemClicked.emit(rows[text], 2)
    assert requested == []
    window.inspector.quotes.itemClicked.emit(rows[THIRD], 2)
    settle(window)
    assert len(requested) == 1 and len(library.claims.document_claims(doc)) == 3
    assert quote_rows(window)[THIRD].toolTip(2).startswith("Already a claim")


def test_the_reader_menu_shows_the_claim_instead(qtbot, library, doc, open_window,
                                                 settle) -> None:
    quote_id = library.db.execute("SELECT id FROM quotes WHERE text = ?", [FIRST]).fetchone()[0]
    library.claims.claim_from_quote(quote_id)
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    view = window.reader.view
    texts = [[a.text() for a in window.workspace.reader_menu.build(span[0] + 2).actions()]
             for _, span in sorted(view.rendered.quote_spans.items())]
    # the claim's mark lies under the pointer too: one action, offered once, named once
    assert texts[0].count("Show Claim in Inspector") == 1
    assert "Show Claim of Quote" not in texts[0] and "Make Claim from Quote" not in texts[0]
    assert "Make Claim from Quote" in texts[1]


def test_the_kind_column_names_the_kind_as_the_reader_hover_does(qtbot, library, doc,
                                                                 open_window, settle) -> None:
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    kinds = {row.toolTip(1) for row in quote_rows(window).values()}
    assert kinds and kinds <= {"Direct quote", "Reported speech"}


LONG = ("it was likely that Kim Jong Un would ask for help with satellites and submarines"
        " in exchange for the shells Moscow needs")


def test_a_long_quote_shows_two_lines_cut_between_words(qtbot, library, make_document,
                                                        open_window, settle) -> None:
    """At 1024 px one elided line showed ~20 characters of a quote ("it was likely that Kim J…")."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from workbench.ui.widgets.word_lines import ELLIPSIS

    text = f"Jeon Ha-kyu said {LONG}. Jeon Ha-kyu said {THIRD}."
    doc = make_document(library, "Arms talks", text, quotes=(
        (LONG, "indirect", None, "Jeon Ha-kyu"), (THIRD, "indirect", None, "Jeon Ha-kyu")))
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    settle(window)
    window.inspector.setCurrentWidget(window.inspector.quotes)
    qtbot.wait(20)
    tree = window.inspector.quotes
    rows = quote_rows(window)
    spacing = tree.fontMetrics().lineSpacing()
    speaker = tree.topLevelItem(0)
    assert tree.visualItemRect(speaker).height() < 2 * spacing  # the speaker keeps one line
    long_row = rows[LONG]
    assert tree.visualItemRect(long_row).height() >= 2 * spacing
    index = tree.indexFromItem(long_row, 0)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    lines = tree.itemDelegateForColumn(0).shown_lines(option, index)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    shown = " ".join(lines).removesuffix(ELLIPSIS)
    assert len(shown) > 40 and LONG.startswith(shown) and LONG[len(shown)] == " "
    assert LONG in long_row.toolTip(0)
    # A short quote is shown whole, never cut (on one line or, in a narrow pane, two).
    short = tree.itemDelegateForColumn(0).shown_lines(option, tree.indexFromItem(rows[THIRD], 0))
    assert " ".join(short) == THIRD


LONG_SPEAKER = "United States Department of Defense"


def test_a_long_speaker_takes_a_second_line_a_short_one_keeps_one(qtbot) -> None:
    """At 1024 px the speaker row read "United States…" for the Department of Defense."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    quotes = [{"text": "the strike was defensive in nature", "speaker": LONG_SPEAKER},
              {"text": "the attack was an aggression on Iraq", "speaker": "Abdul-Mahdi"}]
    panel.resize(250, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_content(ReaderContent(document={"id": 1, "title": "T"}, quotes=quotes))
    panel.setCurrentWidget(panel.quotes)
    qtbot.wait(1)
    tree = panel.quotes
    groups = {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
              for i in range(tree.topLevelItemCount())}
    line = tree.fontMetrics().lineSpacing()
    long_row = tree.visualItemRect(groups[LONG_SPEAKER])
    short_row = tree.visualItemRect(groups["Abdul-Mahdi"])
    assert long_row.height() >= short_row.height() + line - 2, "the long name has two lines"
    assert short_row.height() < 2 * line, "a short name keeps one"
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(tree.indexFromItem(groups[LONG_SPEAKER]))
    delegate = tree.itemDelegateForColumn(0)
    shown = delegate.display_text(option, tree.indexFromItem(groups[LONG_SPEAKER]))
    assert "Defense" in shown, shown
