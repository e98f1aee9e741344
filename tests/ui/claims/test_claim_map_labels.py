"""A claim map label uses the room up to the next column; the whole claim shows on hover."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsTextItem

from workbench.ui.claims.map import COLUMN_WIDTH, MAX_COLUMN_WIDTH, ClaimMapView
from workbench.ui.claims.map_routes import CHANNEL_GAP, LANE_SLOTS, LANE_SPREAD
from workbench.ui.theme.manager import ThemeManager

LONG = ("The foreign minister said there would be no talks on any arms pact between the two "
        "countries until the troops at the border had withdrawn to their bases.")
SHORT = "Talks resume on Monday."


def _map(qtbot, store, make_document) -> ClaimMapView:
    text = f"{LONG} {SHORT}"
    doc = make_document(store, "Arms talks", text, published="2023-09-13")
    other = make_document(store, "Reply", text + " Again.", published="2023-09-14")
    long_claim, _ = store.claims.add_claim(doc, 0, len(LONG))
    short_claim, _ = store.claims.add_claim(other, len(LONG) + 1, len(text))
    store.claims.link_claims(long_claim, short_claim, "cites")
    view = ClaimMapView(store, ThemeManager())
    qtbot.addWidget(view)
    view.rebuild()
    return view


def _label(view: ClaimMapView, starting: str) -> QGraphicsTextItem:
    [label] = [item for item in view.scene.items() if isinstance(item, QGraphicsTextItem)
               and item.toPlainText().startswith(starting)]
    return label


def test_a_long_claim_shows_far_more_than_25_characters_cut_at_a_word(
        qtbot, store, make_document) -> None:
    """The label was one line of 34 characters ("… any arms pact between the two…")."""
    view = _map(qtbot, store, make_document)
    label = _label(view, "The foreign minister")
    lines = label.toPlainText().split("\n")
    assert len(lines) == 2
    assert len(" ".join(lines)) > 60
    assert lines[-1].endswith("…")
    shown_words = " ".join(lines).removesuffix("…").split()
    assert shown_words == LONG.split()[:len(shown_words)]  # whole words only
    assert label.toolTip() and "until the troops at the border had withdrawn" in label.toolTip()


def test_labels_end_before_the_next_columns_link_channel(qtbot, store, make_document) -> None:
    view = _map(qtbot, store, make_document)
    label = _label(view, "The foreign minister")
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in label.toPlainText().split("\n"))
    node = min(view.nodes.values(), key=lambda n: n.pos().x())
    channel = node.pos().x() + view.column_width - CHANNEL_GAP - (LANE_SLOTS - 1) * LANE_SPREAD
    assert label.pos().x() + widest < channel
    assert widest > view.column_width / 2  # the room is used, not a third of it


def test_a_claim_shown_whole_has_no_extra_tooltip(qtbot, store, make_document) -> None:
    view = _map(qtbot, store, make_document)
    label = _label(view, "Talks resume")
    assert label.toPlainText() == SHORT
    assert not label.toolTip()


def test_a_wide_dock_widens_the_columns_and_the_labels_follow(qtbot, store, make_document) -> None:
    """At a fixed 260 px per column a map of two documents left a 1440 px dock mostly empty."""
    view = _map(qtbot, store, make_document)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.rebuild()
    narrow_width = view.column_width
    narrow = _label(view, "The foreign minister").toPlainText()
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: view.column_width > narrow_width)
    assert COLUMN_WIDTH < view.column_width <= MAX_COLUMN_WIDTH
    wide = _label(view, "The foreign minister").toPlainText()
    assert len(wide) > len(narrow)
    xs = sorted(node.pos().x() for node in view.nodes.values())
    assert xs[1] - xs[0] == view.column_width  # the nodes moved with their columns
