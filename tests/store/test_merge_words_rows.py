"""Merge lines name one row of a table in words (core.text.singular, "ACH" spelled out)."""

from __future__ import annotations

import pytest

from workbench.store.merge_words import one_of


@pytest.mark.parametrize(("table", "one"), [
    ("ach_hypotheses", "hypothesis"), ("ach_analyses", "ACH analysis"),
    ("entity_aliases", "entity alias"), ("claim_links", "claim link"), ("documents", "document"),
])  # fmt: skip
def test_a_merge_line_names_one_row_of_its_table(table: str, one: str) -> None:
    assert one_of(table) == one
