"""A claim's statement keeps the quotation marks its span needs.

The statement is the span with wrapping quotation marks taken off; a mark that
closes a quotation opened inside the span (a claim on "X said "…"") is part of
the statement, and dropping it left an unbalanced quotation in every export.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.store import Store
from workbench.store.versions_spans import derived_statement


@pytest.mark.parametrize(
    ("span", "statement"),
    [
        ('"Taxes will fall next year."', "Taxes will fall next year."),
        ("\u201cTaxes will fall next year.\u201d", "Taxes will fall next year."),
        ('The mayor said "taxes will fall."', 'The mayor said "taxes will fall."'),
        ("The mayor said \u201ctaxes will fall.\u201d",
         "The mayor said \u201ctaxes will fall.\u201d"),
        ('"Taxes will fall," the mayor said', '"Taxes will fall," the mayor said'),
        ('"Taxes will fall next year', "Taxes will fall next year"),
        ('taxes will fall next year."', "taxes will fall next year."),
        ("  The council met on Monday.  ", "The council met on Monday."),
        ('"', '"'),
    ],
)
def test_statement_strips_only_wrapping_or_unpaired_marks(span: str, statement: str) -> None:
    assert derived_statement(span) == statement


def test_marked_claim_keeps_its_closing_mark(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite")
    try:
        text = 'The mayor said on Monday "taxes will fall." Critics disagreed.'
        added = store.documents.add_article(Article(title="Budget", text=text), analyze=False)
        doc_id = int(added.documents_added[0])
        end = text.index(" Critics")
        claim_id, _ = store.claims.add_claim(doc_id, 0, end)
        assert store.claims.get_claim(claim_id).statement == text[:end]
    finally:
        store.close()
