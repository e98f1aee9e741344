"""The entity page's tab counts: what it lists, or how far short of everything the list stops."""

from __future__ import annotations

import pytest

from workbench.ui.entities import evidence as entity_page
from workbench.ui.entities.evidence import capped, count_of

TEXT = 'Kim Jong Un met the press. "The talks with Kim Jong Un went well," Putin said.'


def _documents(store, make_document, how_many: int) -> None:
    for number in range(how_many):
        make_document(store, f"Talks {number}", f"{TEXT} Meeting {number}.",
                      mentions=(("Kim Jong Un", "PERSON", "Kim Jong Un"),
                                ("Kim Jong Un", "PERSON", "Kim Jong Un"),  # in the quote
                                ("Putin", "PERSON", "Vladimir Putin")),
                      quotes=(("The talks with Kim Jong Un went well,", "direct",
                               "Vladimir Putin", "Putin"),))


def test_a_cut_list_says_how_many_there_are(store, make_document, shown_entity_page,
                                            monkeypatch):
    """An entity in 3,000 documents read "Documents (200)": the rows loaded, not the count."""
    monkeypatch.setattr(entity_page, "DOCUMENTS_LISTED", 3)
    monkeypatch.setattr(entity_page, "QUOTES_LISTED", 2)
    _documents(store, make_document, 5)
    page = shown_entity_page(store, 900)
    page.show_entity(store.entities.find_entity_id("Kim Jong Un"))
    assert page.documents.topLevelItemCount() == 3
    assert page.tab_labels.labels[page.documents].full == "Documents (3 of 5)"
    assert page.quotes_about.topLevelItemCount() == 2
    assert page.tab_labels.labels[page.quotes_about].full == "Quotes about (2+)"
    page.show_entity(store.entities.find_entity_id("Vladimir Putin"))
    assert page.tab_labels.labels[page.quotes_by].full == "Quotes by (2+)"


def test_a_whole_list_counts_its_rows(store, make_document, shown_entity_page, monkeypatch):
    _documents(store, make_document, 2)
    page = shown_entity_page(store, 900)
    counted: list[object] = []  # a list shorter than its cap is its own count: no scan
    monkeypatch.setattr(store.entities, "entity_document_counts", counted.append)
    page.show_entity(store.entities.find_entity_id("Vladimir Putin"))
    labels = page.tab_labels.labels
    assert [labels[tree].full for tree in page._trees()] == [
        "Documents (2)", "Appears with (1)", "Quotes by (2)", "Quotes about (0)"]
    assert counted == []


@pytest.mark.parametrize(("listed", "total", "said"), [
    (200, 200, 200), (200, 3000, "200 of 3,000"), (0, 0, 0), (12, 10, 12)])
def test_count_of(listed, total, said):
    assert count_of(listed, total) == said


def test_capped_reads_one_past_the_cap():
    rows = [{"id": n} for n in range(4)]
    assert capped(rows, 3) == (rows[:3], "3+")
    assert capped(rows[:3], 3) == (rows[:3], 3)
