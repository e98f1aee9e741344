"""The Timeline dock: marks in lanes, a click opens the passage, zoom and pan move the axis."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette

from tests.timeline_support import DATED_ITEMS, build_library
from workbench.core.time_spans import parse_value
from workbench.core.timeline_records import TimelineItem
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.canvas import (
    AXIS_HEIGHT,
    GUTTER,
    LANE_HEIGHT,
    TimelineCanvas,
)
from workbench.ui.timeline.labels import whole_labels
from workbench.ui.timeline.lanes import build_lanes
from workbench.ui.timeline.scale import TimeScale, seconds
from workbench.ui.timeline.view import ITEM_ROLE, NO_MATCH, NOTHING_DATED, TimelineView


def _view(qtbot, library) -> TimelineView:
    view = TimelineView(library, ThemeManager())
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _mark_point(canvas: TimelineCanvas, item: TimelineItem) -> QPoint:
    for index, lane in enumerate(canvas.lanes):
        for position, candidate in enumerate(lane.items):
            if candidate is item:
                middle = (lane.starts[position] + lane.ends[position]) / 2
                x = GUTTER + canvas.scale.x_of(middle)
                y = AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT // 2 - canvas.y_offset
                return QPoint(round(x), y)
    raise AssertionError("item not in any lane")


def test_items_are_drawn_in_lanes_and_undated_listed(qtbot, library):
    build_library(library)
    view = _view(qtbot, library)
    view.canvas.grab()  # paint once
    assert len(view.shown.items) == DATED_ITEMS
    assert view.canvas.drawn_marks >= 4  # two items on one day may share a pixel column
    assert view.undated_label.text() == "Undated (2)"
    assert view.undated_list.count() == 2
    names = [lane.name for lane in view.canvas.lanes]
    assert "Vladimir Putin" in names


def test_grouping_and_filters_change_the_lanes(qtbot, library):
    lib = build_library(library)
    view = _view(qtbot, library)
    view.group_combo.setCurrentIndex(view.group_combo.findData("document"))
    view.apply_filters()
    assert sorted(lane.name for lane in view.canvas.lanes) == ["Answer (2)", "Summit (1)"]
    view.status_combo.setCurrentIndex(view.status_combo.findData("disputed"))
    view.apply_filters()
    assert [i.claim_id for i in view.shown.items] == [lib.answer_claim]
    view.status_combo.setCurrentIndex(0)
    view.story_combo.setCurrentIndex(view.story_combo.findData(lib.summit_claim))
    view.apply_filters()
    assert sorted(i.claim_id for i in view.shown.items) == [lib.summit_claim, lib.answer_claim]


def test_clicking_a_mark_asks_to_open_its_passage(qtbot, library):
    lib = build_library(library)
    view = _view(qtbot, library)
    claim = next(i for i in view.shown.items if i.claim_id == lib.answer_claim)
    view.canvas.zoom_by(0.5)  # two days apart, marks well separated
    point = _mark_point(view.canvas, claim)
    with qtbot.waitSignal(view.location_requested) as signal:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [lib.answer, claim.start, claim.end]
    with qtbot.waitSignal(view.location_requested) as signal:
        view.undated_list.itemClicked.emit(view.undated_list.item(0))
    assert signal.args[0] == lib.undated


def test_wheel_zooms_around_the_pointer_and_drag_pans(qtbot, library):
    build_library(library)
    view = _view(qtbot, library)
    canvas = view.canvas
    before = canvas.scale.seconds_per_pixel
    anchor = 300.0
    moment_under = canvas.scale.time_at(anchor)
    canvas.zoom_by(2.0, anchor)
    assert canvas.scale.seconds_per_pixel == before / 2
    assert abs(canvas.scale.time_at(anchor) - moment_under) < 1e-3
    origin = canvas.scale.origin
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(600, 200))
    qtbot.mouseMove(canvas, QPoint(700, 200))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(700, 200))
    assert canvas.scale.origin < origin  # dragged right: earlier times came into view
    view.fit_button.click()
    assert canvas.scale.seconds_per_pixel != before / 2 or canvas.scale.origin != origin


def test_the_axis_ticks_follow_the_zoom():
    scale = TimeScale()
    scale.fit(seconds(dt.datetime(1990, 1, 1)), seconds(dt.datetime(2020, 1, 1)), 1000)
    years = [label for _x, label in scale.ticks(1000)]
    assert all(label.isdigit() for label in years)
    scale.fit(seconds(dt.datetime(2023, 9, 13)), seconds(dt.datetime(2023, 9, 15)), 1000)
    days = [label for _x, label in scale.ticks(1000)]
    assert any(":" in label for label in days) or any("Sep" in label for label in days)


def test_culling_draws_about_one_mark_per_pixel_column(qtbot):
    span = parse_value("2023-09-13")
    items = [TimelineItem("sentence", f"item {n}", 1, "Doc", n, n + 1, 0, 1, when=span)
             for n in range(5000)]
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(800, 300)
    canvas.set_lanes(build_lanes(items, "document", {}))
    canvas.grab()
    assert canvas.drawn_marks == 1  # 5,000 items on one day: one visible mark
    assert canvas.item_at(QPointF(_mark_point(canvas, items[0]))) is not None


def test_the_window_opens_the_timeline_and_follows_a_click_to_the_passage(
        qtbot, library, open_window):
    lib = build_library(library)
    window = open_window(library)
    window.actions["timeline"].trigger()
    workspace = window.workspace
    assert workspace.docks["timeline"].isVisible()
    view = workspace.timeline
    qtbot.waitUntil(lambda: len(view.shown.items) == DATED_ITEMS)
    answer = next(i for i in view.shown.items if i.claim_id == lib.answer_claim)
    view.open_item(answer)
    assert window.reader.doc_id == lib.answer
    shortcut = window.actions["timeline"].shortcut().toString()
    assert shortcut == "Ctrl+Shift+Y"


def test_a_burst_of_changes_rereads_the_timeline_once_more_not_once_each(qtbot, library,
                                                                       monkeypatch):
    """An import reports a change every step: the view re-reads at most once a second."""
    from workbench.core.models import Changes

    lib = build_library(library)
    view = _view(qtbot, library)
    reads = []
    original = view.reload
    monkeypatch.setattr(view, "reload", lambda: (reads.append(1), original()))
    changed = Changes(documents_changed=(lib.summit,))
    for _ in range(5):
        view.on_changes(changed)
    assert reads == []  # the open just read it: the burst waits for the second to pass
    assert view.stale
    qtbot.waitUntil(lambda: not view.stale, timeout=3000)
    assert len(reads) == 1


def test_a_single_change_after_a_quiet_second_rereads_at_once(qtbot, library, monkeypatch):
    lib = build_library(library)
    view = _view(qtbot, library)
    monkeypatch.setattr(view, "refresh_gap_s", 0.0)
    view.on_changes(library.claims.set_claim_status(lib.answer_claim, "retracted"))
    assert not view.stale
    assert any(i.status == "retracted" for i in view.shown.items)


def test_story_filters_read_the_links_once_per_library_change(qtbot, library, monkeypatch):
    lib = build_library(library)
    view = _view(qtbot, library)
    reads = []
    original = library.claims.all_links
    monkeypatch.setattr(library.claims, "all_links", lambda: (reads.append(1), original())[1])
    view.story_combo.setCurrentIndex(view.story_combo.findData(lib.summit_claim))
    for grouping in ("document", "entity", "tag"):
        view.group_combo.setCurrentIndex(view.group_combo.findData(grouping))
        view.apply_filters()
    assert sorted(i.claim_id for i in view.shown.items) == [lib.summit_claim, lib.answer_claim]
    assert len(reads) == 1
    view.reload()  # a library change: the links are read again on the next story filter
    assert len(reads) == 2


def test_undated_items_wrap_in_the_side_column_instead_of_scrolling_sideways(qtbot, library):
    build_library(library)
    view = _view(qtbot, library)
    view.resize(1000, 400)
    qtbot.wait(1)
    undated = view.undated_list
    for row in range(undated.count()):
        assert undated.visualItemRect(undated.item(row)).width() <= undated.viewport().width()
    assert undated.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_long_undated_item_wraps_onto_a_second_line_before_a_short_one(qtbot, library):
    """A uniform-size list sizes every row like one sample row (Qt takes the last):
    a wrapped long row lost its second line when a short row came after it."""
    build_library(library)
    view = _view(qtbot, library)
    short = TimelineItem("claim", "Short.", 1, "Doc", 0, 6, 0, 6, reason="no date")
    long_text = "A long undated claim about sanctions, summits and answers " * 2
    long = TimelineItem("claim", long_text, 1, "Doc", 0, 60, 0, 60, reason="no date here")
    view._fill_undated((long, short))
    view.resize(1000, 400)
    qtbot.wait(1)
    undated = view.undated_list
    line = undated.fontMetrics().lineSpacing()
    long_row = undated.visualItemRect(undated.item(0))
    assert long_row.width() < undated.fontMetrics().horizontalAdvance(undated.item(0).text())
    assert long_row.height() >= 2 * line


def test_an_axis_label_that_would_be_cut_at_the_right_edge_is_left_out():
    ticks = [(100.0, "2000"), (400.0, "2050"), (590.0, "2100")]
    assert whole_labels(ticks, 600, lambda label: 8 * len(label)) == ticks[:2]


def test_undated_rows_name_their_kind_in_words(qtbot, library):
    """Rows began "document: …" and "claim: …", the record's field as stored."""
    build_library(library)
    view = _view(qtbot, library)
    item = TimelineItem("claim", "Short.", 1, "Doc", 0, 6, 0, 6, reason="no date")
    view._fill_undated((item,))
    assert view.undated_list.item(0).text() == "Claim: Short. — no date"


def _ink(image, top: int, bottom: int) -> int:
    background = image.pixelColor(2, image.height() - 2)
    return sum(abs(image.pixelColor(x, y).lightness() - background.lightness()) > 40
               for x in range(0, image.width(), 2) for y in range(top, bottom))


def test_an_empty_timeline_says_why_instead_of_drawing_a_1970_axis(qtbot, library):
    view = _view(qtbot, library)
    assert view.canvas.empty_text == NOTHING_DATED
    image = view.canvas.grab().toImage()
    assert _ink(image, 0, AXIS_HEIGHT) == 0  # no axis, no year labels
    middle = image.height() // 2
    assert _ink(image, middle - 30, middle + 30) > 50  # the sentence


def test_filters_that_hide_every_item_say_so(qtbot, library):
    build_library(library)
    view = _view(qtbot, library)
    view.status_combo.setCurrentIndex(view.status_combo.findData("retracted"))
    view.apply_filters()
    assert not view.canvas.lanes and view.canvas.empty_text == NO_MATCH


def _hint_pixels(canvas: TimelineCanvas, picture) -> int:
    """Pixels in the placeholder colour across the plot's middle line (the hint's text)."""
    hint = canvas.palette().color(QPalette.ColorRole.PlaceholderText).rgb()
    middle = AXIS_HEIGHT + (canvas.height() - AXIS_HEIGHT) // 2
    return sum(picture.pixel(x, y) == hint for x in range(GUTTER, canvas.width())
               for y in range(middle - 8, middle + 8))


def test_a_zoom_into_an_empty_stretch_says_so_until_fit(qtbot):
    """Empty lanes with no word looked like a broken timeline, not a quiet stretch."""
    items = [TimelineItem("sentence", f"item {n}", 1, "Doc", n, n + 1, 0, 1,
                          when=parse_value(f"2023-09-{13 + n}")) for n in range(3)]
    theme = ThemeManager()
    theme.set_preference("light")  # Qt's own placeholder colour is translucent: no exact pixel
    canvas = TimelineCanvas(theme)
    qtbot.addWidget(canvas)
    canvas.resize(800, 300)
    canvas.set_lanes(build_lanes(items, "document", {}))
    assert not _hint_pixels(canvas, canvas.grab().toImage()) and canvas.drawn_marks
    canvas.zoom_by(4.0)
    canvas.pan_by(-20 * canvas.plot_width())  # weeks after the last mark
    picture = canvas.grab().toImage()
    assert canvas.drawn_marks == 0
    assert _hint_pixels(canvas, picture) > 10, "the hint is painted in the middle of the plot"
    canvas.fit_all()
    assert not _hint_pixels(canvas, canvas.grab().toImage()) and canvas.drawn_marks


def test_a_range_with_marks_only_in_lanes_scrolled_out_of_view_is_not_empty(qtbot):
    span = parse_value("2023-09-13")
    items = [TimelineItem("sentence", f"item {n}", n, f"Doc {n:02d}", 0, 1, 0, 1, when=span)
             for n in range(30)]
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(800, 200)
    canvas.set_lanes(build_lanes(items, "document", {}))
    canvas.set_y_offset(LANE_HEIGHT * 40)  # below every lane: none is painted
    picture = canvas.grab().toImage()
    assert canvas.drawn_marks == 0 and not _hint_pixels(canvas, picture)


def test_a_legend_says_what_each_colour_of_mark_is_in_the_current_theme(qtbot, library):
    """Grey and blue bars with no key: a first-time reader could not tell a claim from a
    dated sentence."""
    from PySide6.QtWidgets import QLabel

    from workbench.ui.timeline.lanes import MARK_KEYS

    view = _view(qtbot, library)
    words = [label.text() for label in view.legend_row.findChildren(QLabel) if label.text()]
    assert words[0] == "Claim status:"
    for expected in ("Unverified", "Disputed", "Quote", "Highlight", "Note", "Dated sentence"):
        assert expected in words
    def swatch_colours() -> list[int]:
        swatches = [label.pixmap() for label in view.legend_row.findChildren(QLabel)
                    if not label.text()]
        return [pixmap.toImage().pixel(6, 6) for pixmap in swatches]
    canvas_colours = [view.canvas.mark_colors()[key].rgb() for key in MARK_KEYS]
    assert swatch_colours() == canvas_colours
    view.theme.set_preference("dark" if view.theme.theme == "light" else "light")
    dark = [view.canvas.mark_colors()[key].rgb() for key in MARK_KEYS]
    assert dark != canvas_colours and swatch_colours() == dark  # the key follows a theme switch


def test_every_kind_of_mark_has_a_colour_of_its_own_in_both_themes(qtbot):
    """Dated sentences were drawn in the muted grey, the very colour of an unverified claim
    in the dark theme (#9BA3AD) and within a few units of it in the light one."""
    from workbench.ui.timeline.lanes import MARK_KEYS

    theme = ThemeManager()
    canvas = TimelineCanvas(theme)
    qtbot.addWidget(canvas)
    for name in ("light", "dark"):
        theme.set_preference(name)
        canvas.refresh_colors()
        colours = canvas.mark_colors()
        for one in MARK_KEYS:
            for other in MARK_KEYS[MARK_KEYS.index(one) + 1:]:
                a, b = colours[one], colours[other]
                distance = sum((x - y) ** 2 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3],
                                                            strict=True)) ** 0.5
                assert distance > 40, (name, one, other, a.name(), b.name())


def test_the_keyboard_zooms_moves_and_fits_the_timeline(qtbot, library):
    """Only the wheel and a drag moved the axis: the timeline was out of reach of the keys."""
    build_library(library)
    view = _view(qtbot, library)
    canvas = view.canvas
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    canvas.setFocus()
    fitted = canvas.scale.seconds_per_pixel, canvas.scale.origin
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale.seconds_per_pixel < fitted[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale.seconds_per_pixel > fitted[0]
    origin = canvas.scale.origin
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.scale.origin < origin  # earlier times came into view
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert (canvas.scale.seconds_per_pixel, canvas.scale.origin) == pytest.approx(fitted)


def test_a_click_on_an_orphaned_claim_shows_it_in_its_tab_not_the_top_of_the_text(
        qtbot, library, open_window):
    """Its offsets point nowhere in the changed text: opening them selected the first words."""
    lib = build_library(library)
    library.db.execute("UPDATE annotations SET status = 'orphaned' WHERE id = ?",
                       [lib.summit_claim])
    window = open_window(library)
    window.actions["timeline"].trigger()
    view = window.workspace.timeline
    qtbot.waitUntil(lambda: any(i.claim_id == lib.summit_claim for i in view.shown.undated))
    rows = [view.undated_list.item(r) for r in range(view.undated_list.count())]
    row = next(r for r in rows if r.data(ITEM_ROLE).claim_id == lib.summit_claim)
    assert "lost its place when the document changed" in row.text()
    assert "Not on the axis: lost its place when the document changed" in row.toolTip()
    assert "Dated by :" not in row.toolTip()
    assert not [r.text() for r in rows if "workbench" in r.text() + r.toolTip()]  # no CLI hint
    view.undated_list.itemClicked.emit(row)
    assert window.reader.doc_id == lib.summit
    assert not window.reader.view.textCursor().hasSelection()
    workspace = window.workspace
    assert workspace.inspector.currentWidget() is workspace.claims
    assert workspace.claims.claim_id == lib.summit_claim
    message = window.statusBar().currentMessage()
    assert message.startswith("This claim lost its place when the document changed")
    assert "Claims tab" in message


def test_a_click_on_an_orphaned_highlight_shows_its_card_in_the_notes_tab(
        qtbot, library, open_window):
    lib = build_library(library)
    library.db.execute("UPDATE annotations SET status = 'orphaned' WHERE id = ?", [lib.highlight])
    window = open_window(library)
    window.actions["timeline"].trigger()
    view = window.workspace.timeline
    qtbot.waitUntil(lambda: any(i.item_id == lib.highlight for i in view.shown.undated))
    view.open_item(next(i for i in view.shown.undated if i.item_id == lib.highlight))
    workspace = window.workspace
    assert workspace.inspector.currentWidget() is workspace.notes
    assert window.statusBar().currentMessage() == (
        "This highlight lost its place when the document changed; it is shown in the Notes tab")


def test_the_undated_column_gives_its_room_to_the_axis_when_nothing_is_undated(qtbot, library):
    build_library(library)
    view = _view(qtbot, library)
    assert view.undated_side.isVisible()
    wide = view.canvas.width()
    for status in range(1, view.status_combo.count()):  # a status whose claims all have dates
        view.status_combo.setCurrentIndex(status)
        view.apply_filters()
        if view.shown.items and not view.shown.undated:
            break
    else:
        raise AssertionError("no status leaves only dated claims")
    scale = view.canvas.scale
    fitted = (scale.time_at(0), scale.time_at(view.canvas.plot_width()))  # Fit, narrower canvas
    qtbot.waitUntil(lambda: view.canvas.width() > wide)
    assert not view.undated_side.isVisible()
    shown = (scale.time_at(0), scale.time_at(view.canvas.plot_width()))
    assert shown == pytest.approx(fitted, abs=scale.seconds_per_pixel)  # not empty future
    view.status_combo.setCurrentIndex(0)
    view.apply_filters()
    assert view.undated_side.isVisible() and view.undated_list.count() == 2


def test_a_lane_name_cut_by_the_gutter_is_whole_on_hover(qtbot):
    span = parse_value("2023-09-13")
    long_doc = "World Health Organization names new coronavirus COVID-19"
    items = [TimelineItem("sentence", "item", 1, long_doc, 0, 1, 0, 1, when=span),
             TimelineItem("sentence", "item", 2, "Short", 0, 1, 0, 1, when=span)]
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(800, 300)
    canvas.set_lanes(build_lanes(items, "document", {}))
    names = {index: lane.name for index, lane in enumerate(canvas.lanes)}
    tips = {names[index]: canvas.lane_name_at(
        QPointF(GUTTER / 2, AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2))
        for index in names}
    [cut] = [name for name in names.values() if long_doc in name]
    assert tips[cut] == cut  # the label read "World Health Organi…"
    assert all(tip == "" for name, tip in tips.items() if name != cut)  # whole already


def test_an_empty_timeline_turns_its_filters_and_fit_off_and_says_why(qtbot, library):
    view = _view(qtbot, library)
    controls = (view.group_combo, view.entity_combo, view.tag_combo, view.story_combo,
                view.status_combo)
    assert not any(combo.isEnabled() for combo in controls)
    assert not view.fit_button.isEnabled()
    assert "import" in view.status_combo.toolTip()
    build_library(library)
    view.reload()
    assert all(combo.isEnabled() for combo in controls)
    assert view.fit_button.isEnabled()
    view.status_combo.setCurrentIndex(view.status_combo.findData("retracted"))
    view.apply_filters()
    assert view.status_combo.isEnabled(), "a filter that hid everything can be undone"
    assert not view.fit_button.isEnabled()
