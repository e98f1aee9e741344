"""One singular for the library's plural table names (the CLI's merge counts)."""

from __future__ import annotations

import pytest

from workbench.core.text import singular


@pytest.mark.parametrize(("noun", "one"), [
    ("claims", "claim"), ("entities", "entity"), ("aliases", "alias"),
    ("analyses", "analysis"), ("hypotheses", "hypothesis"), ("evidence", "evidence"),
])  # fmt: skip
def test_a_plural_table_noun_reads_as_one_row(noun: str, one: str) -> None:
    assert singular(noun) == one
