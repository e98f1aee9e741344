"""The Tag Manager gives its width to the tag names, the counts only what their words need."""

from __future__ import annotations

from PySide6.QtCore import Qt

LONG_TAG = "topic/health/HIV and COVID-19 among sex workers in Mysore"


def test_a_long_tag_name_is_shown_whole_beside_its_counts(qtbot, store, make_document,
                                                          shown_tag_manager) -> None:
    """At its opening size the manager cut "HIV and COVID-19 among sex wo…": the Documents
    and Passages columns took 100 px each for a one-digit count."""
    doc = make_document(store, "Living with HIV during COVID-19", "Sex workers in Mysore said.")
    store.tags.tag_document(doc, LONG_TAG)
    tree = shown_tag_manager().tree
    leaf = tree.topLevelItem(0).child(0).child(0)
    assert leaf.text(0) == LONG_TAG.rsplit("/", 1)[1]
    needed = (tree.visualItemRect(leaf).left() + 20  # the swatch
              + tree.fontMetrics().horizontalAdvance(leaf.text(0)))
    qtbot.waitUntil(lambda: tree.columnWidth(0) >= needed)
    assert leaf.textAlignment(1) & Qt.AlignmentFlag.AlignVCenter  # on the name's line
    header = tree.header()
    for column in (1, 2):
        assert tree.columnWidth(column) < header.fontMetrics().horizontalAdvance(
            tree.headerItem().text(column)) + 40


def test_the_manager_opens_as_wide_as_its_deepest_longest_name_needs(qtbot, store, make_document,
                                                                     shown_tag_manager) -> None:
    """Measured by Qt's size hints: the deepest name whole in its column, the counts beside it,
    no more room than the style's frame and scroll bar around them."""
    doc = make_document(store, "Harbour", "The harbour tunnel opens next spring.")
    store.tags.tag_document(doc, "a/b/c/d/e/the harbour tunnel and the promise made about it")
    store.tags.tag_document(doc, "short")
    dialog = shown_tag_manager()
    tree = dialog.tree
    qtbot.waitUntil(lambda: tree.columnWidth(0) >= tree.sizeHintForColumn(0))
    counts = sum(tree.columnWidth(column) for column in (1, 2))
    assert 520 < dialog.width() <= tree.sizeHintForColumn(0) + counts + 60
