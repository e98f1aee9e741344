"""The legend's chip and the inspector's group say what they count.

Why: "Person 47" in the reader's legend and "Person (15)" in the inspector sat
side by side for one document, mentions on one side and entities on the other,
and neither said which.
"""

from __future__ import annotations

from workbench.ui.widgets.plain_text import plain_tooltip

TEXT = "Putin met Kim in Moscow."


def test_the_chip_counts_mentions_and_the_group_counts_entities_and_mentions(
        qtbot, library, make_document, open_window, settle) -> None:
    doc = make_document(library, "Summit", TEXT,
                        mentions=(("Putin", "PERSON", "Vladimir Putin"),
                                  ("Kim", "PERSON", "Kim Jong Un"),
                                  ("Moscow", "GPE", "Moscow")))
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    qtbot.waitUntil(lambda: "PERSON" in window.reader.legend.buttons)
    mentions = sum(1 for m in window.reader.view.content.mentions if m["label"] == "PERSON")
    assert mentions == 2
    assert "2 mentions" in window.reader.legend.buttons["PERSON"].toolTip()
    assert "1 mention in" in window.reader.legend.buttons["GPE"].toolTip()
    group = window.inspector.entities.topLevelItem(0)  # the most mentioned type first
    assert group.toolTip(0) == plain_tooltip("Person: 2 entities, 2 mentions")


def test_a_groups_tooltip_shows_an_imported_type_literally(
        qtbot, library, make_document, open_window, settle) -> None:
    """A type is data (a merged library's, an import's): its group's tooltip, as its
    entities' beside it, shows "<b>" as the characters, not as bold."""
    doc = make_document(library, "Summit", TEXT, mentions=(("Putin", "<b>odd</b>", "Putin"),))
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    qtbot.waitUntil(lambda: window.inspector.entities.topLevelItemCount() > 0)
    group = window.inspector.entities.topLevelItem(0)
    assert group.toolTip(0) == plain_tooltip("<B>Odd</B>: 1 entity, 1 mention")
