"""The window's measurable layout: the reader's room, the menus kept clear, named tabs, themes.

These are the parts of the picture check (``make screenshots``) a test can hold:
the reader gets at least 60 % of a 1440 px window with a 65–75 character line,
nothing sits over the menu bar after a restored session, the current inspector
tab always says its name, and a live theme switch recolours what carries colours.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from workbench.core.models import Changes
from workbench.ui.app.analyst_workspace import action_message
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.pane_layout import INSPECTOR, LIBRARY, READER, default_pane_sizes
from workbench.ui.app.settings import app_settings
from workbench.ui.library.columns import COLUMNS
from workbench.ui.theme.manager import ThemeManager

PARAGRAPH = ("Addressing reporters during a press briefing on September 13, State Department "
             "spokesperson Matthew Miller delivered strong messages to Moscow and Pyongyang in "
             "response to inquiries about the meeting between the two leaders in the Far East, "
             "where they discussed weapons, satellites and the war in Ukraine at great length.")
TEXT = "\n\n".join([PARAGRAPH] * 6)


def _sized(window: MainWindow, width: int, height: int) -> MainWindow:
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()
    return window


def _open_seedlike(open_window, library, make_document, width=1440, height=900, theme="light"):
    doc = make_document(library, "US State Department: Sanctions Against Russia and North Korea "
                                 "Not Ruled Out Over Arms Agreement", TEXT,
                        mentions=(("Matthew Miller", "PERSON", "Matthew Miller"),
                                  ("Moscow", "GPE", "Moscow"), ("Pyongyang", "GPE", "Pyongyang"),
                                  ("State Department", "ORG", "State Department"),
                                  ("September 13", "DATE", "September 13"),
                                  ("Ukraine", "GPE", "Ukraine"), ("Far East", "LOC", "Far East")))
    window = open_window(library, theme)
    window.open_document(doc)
    return _sized(window, width, height), doc


def _characters_per_line(view) -> float:
    """Average characters on the full lines of the reader's longest paragraph."""
    document = view.document()
    block, best = document.begin(), None
    while block.isValid():
        if best is None or block.length() > best.length():
            best = block
        block = block.next()
    layout = best.layout()
    lengths = [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
    return sum(lengths) / len(lengths)


def _longest_line(view) -> int:
    """Characters on the longest line of the reader's text (title and header included)."""
    document, longest = view.document(), 0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            longest = max(longest, layout.lineAt(index).textLength())
        block = block.next()
    return longest


def test_the_reader_gets_sixty_percent_of_a_1440_window_and_a_comfortable_line(
        qtbot, library, make_document, open_window) -> None:
    window, _doc = _open_seedlike(open_window, library, make_document)
    sizes = window.splitter.sizes()
    assert window.reader.view.width() >= 0.6 * window.width(), sizes
    assert sizes[LIBRARY] > 0 and sizes[INSPECTOR] > 0
    assert 65 <= _characters_per_line(window.reader.view) <= 75
    assert _longest_line(window.reader.view) <= 75  # lines of 79 read as a wall of text


def test_a_wide_window_widens_the_margins_not_the_line(
        qtbot, library, make_document, open_window) -> None:
    """The seed article's own prose (its lines ran to 79 characters) at 1920 px."""
    from workbench.paths import seeds_dir

    seed = next(seeds_dir().glob("000_*.txt")).read_text(encoding="utf-8")
    doc = make_document(library, "Seed", seed)
    window = _sized(open_window(library), 1920, 1080)
    window.open_document(doc)
    QApplication.processEvents()
    assert _longest_line(window.reader.view) <= 75
    margins = window.reader.view.viewportMargins()
    assert margins.left() > 100 and abs(margins.left() - margins.right()) <= 1


def test_at_1024_the_reader_is_still_usable_and_the_legend_is_one_line(
        qtbot, library, make_document, open_window) -> None:
    window, _doc = _open_seedlike(open_window, library, make_document, 1024, 640)
    assert window.reader.view.width() >= 0.5 * window.width()
    assert _characters_per_line(window.reader.view) >= 50  # was ~35 (a 330 px column)
    legend = window.reader.legend
    chip_height = max(button.sizeHint().height() for button in legend.buttons.values())
    assert legend.chips.height() <= chip_height + 2  # one line of chips, not four
    if legend._flow.overflow:
        assert legend.more_button.isVisible()
        assert legend.more_button.text() == f"+{legend._flow.overflow}"
        legend.more_button.click()
        QApplication.processEvents()
        assert legend.expanded and legend._flow.overflow == 0


def test_default_split_gives_the_reader_what_the_side_panes_do_not_need() -> None:
    for width in (1024, 1280, 1440, 1920):
        library, reader, inspector = default_pane_sizes(width)
        assert library + reader + inspector == width
        assert reader >= 0.5 * width
    assert default_pane_sizes(1440)[READER] >= 0.6 * 1440


def test_side_panes_fold_with_a_shortcut_and_come_back_at_their_width(
        qtbot, library, make_document, open_window) -> None:
    window, _doc = _open_seedlike(open_window, library, make_document)
    before = window.splitter.sizes()
    window.actions["toggle_library"].trigger()
    folded = window.splitter.sizes()
    assert folded[LIBRARY] == 0 and folded[READER] > before[READER]
    assert window.panes.is_collapsed(LIBRARY)
    window.actions["toggle_inspector"].trigger()
    assert window.splitter.sizes()[INSPECTOR] == 0
    window.actions["toggle_library"].trigger()
    window.actions["toggle_inspector"].trigger()
    assert window.splitter.sizes() == before
    assert window.actions["toggle_library"].shortcut().toString() == "Ctrl+Alt+1"


def test_library_is_compact_until_all_columns_are_asked_for(
        qtbot, library, make_document, open_window) -> None:
    window, _doc = _open_seedlike(open_window, library, make_document)
    table = window.library.table
    shown = [c.key for n, c in enumerate(COLUMNS) if not table.isColumnHidden(n)]
    assert shown == ["title", "published"]
    window.actions["library_columns"].trigger()
    assert not any(table.isColumnHidden(n) for n in range(len(COLUMNS)))
    model = window.library.model
    headers = [model.headerData(n, Qt_horizontal()) for n in range(len(COLUMNS))]
    assert "Marks" in headers and "Notes" not in headers  # it counts claims too


def Qt_horizontal():  # noqa: N802 - reads like the Qt enum it returns
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_long_titles_are_elided_in_the_middle_with_the_whole_title_on_hover(
        qtbot, library, make_document, open_window) -> None:
    from PySide6.QtCore import Qt

    window, doc = _open_seedlike(open_window, library, make_document)
    table = window.library.table
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    row = window.library.model.find_row(doc)
    tip = window.library.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not Ruled Out Over Arms Agreement" in tip


def _overlaps_menu(window: MainWindow) -> list[str]:
    bar = window.menuBar()
    menu_rect = QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size())
    found = []
    for widget in window.findChildren(QWidget):
        if widget is bar or bar.isAncestorOf(widget) or not widget.isVisible():
            continue
        if widget.isWindow() or widget.parentWidget() is None:
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if rect.intersects(menu_rect) and not widget.isAncestorOf(bar):
            found.append(f"{type(widget).__name__} {widget.objectName()} "
                         f"{getattr(widget, 'tabText', lambda _i: '')(0)}")
    return found


def test_nothing_sits_over_the_menu_bar_on_the_second_launch(qtbot, library) -> None:
    """A restored session with tabbed docks put a "Duplicate Entities" tab bar over File/Edit."""
    for launch in range(2):
        theme = ThemeManager()
        theme.set_preference("light")
        window = MainWindow(library, theme, app_settings(), analyze=False)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        assert _overlaps_menu(window) == [], f"launch {launch + 1}"
        if launch == 0:
            window.workspace.show_dock("claims_view")
            window.workspace.docks["claims_view"].close()
            QApplication.processEvents()
        window.close()


@pytest.mark.parametrize("left_open", [("ach_view",), ("claims_view", "timeline", "ach_view")])
def test_docks_left_open_put_no_stray_tab_over_the_menu_bar(qtbot, library, left_open) -> None:
    """Docks left open at quit came back with an "ACH Matri…" tab bar over File and Edit."""
    for launch in range(2):
        window = MainWindow(library, ThemeManager(), app_settings(), analyze=False)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        assert _overlaps_menu(window) == [], f"launch {launch + 1}"
        if launch and len(left_open) > 1:  # the real tab bar under the docks stays
            assert any(bar.isVisible() and bar.count() == len(left_open)
                       for bar in window.findChildren(QTabBar))
        for key in left_open:
            window.workspace.show_dock(key)
        QApplication.processEvents()
        window.close()


def test_the_current_inspector_tab_always_says_its_name_at_1440(
        qtbot, library, make_document, open_window) -> None:
    window, _doc = _open_seedlike(open_window, library, make_document)
    inspector = window.inspector
    for index in range(inspector.count()):
        inspector.setCurrentIndex(index)
        QApplication.processEvents()
        label = inspector.labels.labels[inspector.widget(index)]
        assert inspector.tabText(index).startswith(label.name), (index, label.name)
    bar: QTabBar = inspector.tabBar()
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) <= inspector.width()


def test_a_live_switch_to_dark_recolours_note_cards_icons_and_the_reader(
        qtbot, library, make_document, open_window, settle) -> None:
    window, doc = _open_seedlike(open_window, library, make_document)
    text = library.documents.document_text(doc)
    start = text.index("Matthew Miller")
    library.annotations.add_annotation(doc, start, start + 14, note_md="**Key point:** Miller")
    moscow = text.index("Moscow")
    library.claims.add_claim(doc, moscow, moscow + 6)
    window.reader.reload()
    workspace = window.workspace
    window.inspector.setCurrentWidget(workspace.notes)
    QApplication.processEvents()
    palette = window.theme.palette
    window.set_theme("dark")
    QApplication.processEvents()
    card = workspace.notes.cards[0]
    dark_highlight = palette.highlight(None, "dark")
    assert dark_highlight.lower() in card.excerpt_label.styleSheet().lower()
    icon = card.edit_button.icon().pixmap(16, 16).toImage()
    drawn = [icon.pixelColor(x, y) for x in range(16) for y in range(16)]
    strokes = [c for c in drawn if c.alpha() > 200]
    assert strokes and all(c.lightness() > 150 for c in strokes)  # light strokes on dark
    swatch = workspace.claims.claim_list.item(0).icon().pixmap(14, 14).toImage()
    assert swatch.pixelColor(7, 7) == QColor(palette.claim_status("unverified", "dark"))
    base = QColor(palette.ui("dark")["base"])
    assert QApplication.palette().base().color() == base
    assert window.reader.view.theme == "dark"


def test_hovering_a_highlight_renders_its_markdown_note_safely(
        qtbot, library, make_document, open_window) -> None:
    window, doc = _open_seedlike(open_window, library, make_document)
    text = library.documents.document_text(doc)
    start = text.index("Moscow")
    library.annotations.add_annotation(
        doc, start, start + 6, note_md='**Key point:** ties <img src="x.png"> to *arms*')
    window.reader.reload()
    view = window.reader.view
    span = view.rendered.annotation_spans
    position = next(iter(span.values()))[0] + 1
    html = view.tips.tooltip_html_at(position)
    assert "<strong>Key point:</strong>" in html and "**" not in html
    assert "<img" not in html
    assert "Country/city" in html and "GPE" not in html


def test_the_status_bar_says_what_undo_and_actions_did() -> None:
    linked = Changes(claims=True, note="Undid Link claims (contradicts)")
    assert action_message(linked) == "Undid: Link Claims (contradicts)"
    assert action_message(Changes(annotations=True, note="Redid Highlight")) == "Redid: Highlight"
    assert action_message(Changes(annotations=True, note="Highlight")) == "Done: Highlight"
    assert action_message(Changes(documents_added=(1,))) == ""


def test_undo_in_the_window_is_announced(qtbot, library, make_document, open_window,
                                         settle) -> None:
    from workbench.ui.tasks.undo_wording import undo_wording

    window, doc = _open_seedlike(open_window, library, make_document)
    workspace = window.workspace
    workspace.actions.run("Highlight", lambda s: s.annotations.add_annotation(doc, 0, 10))
    settle(window)
    assert window.statusBar().currentMessage().startswith("Done: ")
    label = workspace.actions.undo_label
    window.actions["undo"].trigger()
    settle(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Undid: {undo_wording(label)}")


def test_after_an_import_the_first_file_imported_is_opened(
        qtbot, library, open_window, tmp_path) -> None:
    """First run: the seed (000_…, first in its folder) opens, not the latest article."""
    folder = tmp_path / "samples"
    (folder / "later").mkdir(parents=True)
    (folder / "000_seed.txt").write_text("The seed article\n\nUndated seed body text.",
                                         encoding="utf-8")
    (folder / "later" / "001_new.md").write_text(
        "---\ntitle: Newest article\npublished: 2024-05-01\n---\n\nNewer body.", encoding="utf-8")
    window = open_window(library)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.reader.doc_id is not None, timeout=10_000)
    assert window.reader.view.content.document["title"] == "The seed article"
    qtbot.waitUntil(lambda: window.runner is None or not window.runner.busy, timeout=10_000)


def test_a_search_snippet_wraps_onto_a_second_line_under_the_title(qtbot) -> None:
    """In a narrow title column the snippet continues on a second line instead of stopping."""
    from PySide6.QtGui import QFont

    from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN
    from workbench.ui.library.snippet_delegate import layout_snippet

    snippet = (f"the US {SNIPPET_OPEN}sanctions{SNIPPET_CLOSE} on Russia and its steadfast "
               "ally North Korea should they engage in additional arms deals, the spokesman said")
    first, second = layout_snippet(snippet, QFont(), [160, 160])
    assert ("sanctions", True) in first  # the match, measured and drawn bold
    assert second and not second[0][0].startswith(" ")  # a new line starts at a word
    shown = " ".join("".join(word for word, _ in line) for line in (first, second))
    assert shown.startswith("the US sanctions on Russia") and shown.endswith("…")


def test_every_dock_fits_a_1024_window(qtbot, library, make_document, open_window) -> None:
    """The claim map's one-row legend once forced the window to 1106 px."""
    window, _doc = _open_seedlike(open_window, library, make_document, 1024, 640)
    for key in window.workspace.docks:
        window.workspace.show_dock(key)
        for _ in range(3):
            QApplication.processEvents()
        assert window.width() == 1024, key
        assert window.minimumSizeHint().width() <= 1024, key



@pytest.mark.parametrize("key", ["claim_map", "timeline", "claims_view"])
def test_a_dock_opened_at_1024_leaves_the_reader_more_than_a_third(
        qtbot, library, make_document, open_window, key) -> None:
    """The Claim Map opened at 383 of 640 px: the reader kept three lines of the article.

    Docks were only ever grown to their share of the window, never brought down to it.
    """
    window, _doc = _open_seedlike(open_window, library, make_document, 1024, 640)
    dock = window.workspace.show_dock(key)
    for _ in range(3):
        QApplication.processEvents()
    assert dock.height() <= 0.5 * window.height(), dock.height()
    assert window.reader.view.viewport().height() >= window.height() / 3

def test_shrinking_the_window_with_a_dock_open_leaves_the_reader_room(
        qtbot, library, make_document, open_window) -> None:
    """A dock opened at 1440x900 kept its 400 px at 1024x640: five lines of text were left."""
    window, _doc = _open_seedlike(open_window, library, make_document)
    dock = window.workspace.show_dock("claims_view")
    for _ in range(3):
        QApplication.processEvents()
    _sized(window, 1024, 640)
    assert dock.isVisible()
    assert window.reader.view.viewport().height() >= window.height() / 3  # was 127 px
    _sized(window, 1440, 900)  # growing again leaves the dock as the analyst sized it
    assert dock.isVisible() and dock.height() > 150


@pytest.mark.parametrize(("focus_key", "fold_key"), [("focus_library", "toggle_library"),
                                                     ("focus_inspector", "toggle_inspector")])
def test_folding_the_pane_that_has_the_keyboard_hands_it_to_the_reader(
        qtbot, library, make_document, open_window, focus_key, fold_key) -> None:
    """Folded away with the keyboard in it, the library kept the keys: arrows moved unseen rows."""
    window, _doc = _open_seedlike(open_window, library, make_document)
    window.activateWindow()
    window.actions[focus_key].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and not window.reader.isAncestorOf(QApplication.focusWidget()))
    window.actions[fold_key].trigger()
    assert QApplication.focusWidget() is window.reader.view


def test_opening_the_library_filters_at_1024_does_not_take_the_readers_width(
        qtbot, library, make_document, open_window) -> None:
    """Filters and Advanced widened the library from 210 to 345 px (the date row's minimum,
    then the buttons' words once the pane was wide): the reader lost a quarter of its line."""
    window, _doc = _open_seedlike(open_window, library, make_document, 1024, 640)
    make_document(library, "Second", "Officials met.", source="A wire service with a long name")
    window.library.filter_bar.reload_choices()
    before = window.splitter.sizes()
    bar = window.library.filter_bar
    bar.filters_button.click()
    bar.advanced_button.click()
    for _ in range(3):
        QApplication.processEvents()
    after = window.splitter.sizes()
    assert after[0] <= before[0] + 4, (before, after)
    assert after[1] >= before[1] - 4, (before, after)
    assert bar.filter_row.isVisible()
