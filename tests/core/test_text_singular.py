"""One singular for the library's plural table names (merge lines and the CLI's counts)."""

from __future__ import annotations

import pytest

from workbench.core.text import singular
from workbench.store.merge_words import one_of


@pytest.mark.parametrize(("noun", "one"), [
    ("claims", "claim"), ("entities", "entity"), ("aliases", "alias"),
    ("analyses", "analysis"), ("hypotheses", "hypothesis"), ("evidence", "evidence"),
])  # fmt: skip
def test_a_plural_table_noun_reads_as_one_row(noun: str, one: str) -> None:
    assert singular(noun) == one


@pytest.mark.parametrize(("table", "one"), [
    ("ach_hypotheses", "hypothesis"), ("ach_analyses", "ACH analysis"),
    ("entity_aliases", "entity alias"), ("claim_links", "claim link"), ("documents", "document"),
])  # fmt: skip
def test_a_merge_line_names_one_row_of_its_table(table: str, one: str) -> None:
    assert one_of(table) == one
