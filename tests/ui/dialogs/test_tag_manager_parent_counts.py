"""The Tag Manager counts a parent's documents with its children's, and says so on hover."""

from __future__ import annotations


def test_a_parent_row_counts_the_documents_tagged_below_it(store, make_document,
                                                           shown_tag_manager) -> None:
    """"iran" read 0 documents while filtering the library by it found the three below it."""
    for title in ("One", "Two", "Three"):
        store.tags.tag_document(make_document(store, title, f"{title} said so."),
                                "iran/sanctions")
    tree = shown_tag_manager().tree
    parent = tree.topLevelItem(0)
    assert (parent.text(0), parent.text(1)) == ("iran", "3")
    assert (parent.child(0).text(0), parent.child(0).text(1)) == ("sanctions", "3")
    assert "a parent counts its children's documents" in tree.headerItem().toolTip(1)
    assert "A tag on a passage only is counted under Passages" in tree.headerItem().toolTip(1)


def test_a_parent_row_counts_the_passages_tagged_below_it_and_says_so(
        store, make_document, shown_tag_manager) -> None:
    """An analyst who tagged passages "iran/sanctions" saw 0 passages on "iran"."""
    doc = make_document(store, "One", "One said so, and two said so.")
    for start, end in ((0, 3), (14, 17)):
        annotation, _ = store.annotations.add_annotation(doc, start, end)
        store.tags.tag_annotation(annotation, "iran/sanctions")
    tree = shown_tag_manager().tree
    parent = tree.topLevelItem(0)
    assert (parent.text(0), parent.text(1), parent.text(2)) == ("iran", "0", "2")
    assert parent.child(0).text(2) == "2"
    tip = tree.headerItem().toolTip(2)
    assert "highlights, notes and claims" in tip and "a parent counts its children's" in tip
    assert "as a whole" in tree.headerItem().toolTip(1)
