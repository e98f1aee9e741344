"""The store's small shared row helpers."""

from __future__ import annotations

from workbench.store.rows import grouped


def test_grouped_keeps_each_groups_order_and_drops_the_key_when_asked() -> None:
    rows = [{"doc": 2, "n": "a"}, {"doc": 1, "n": "b"}, {"doc": 2, "n": "c"}]
    assert grouped(rows, "doc") == {2: [rows[0], rows[2]], 1: [rows[1]]}
    assert list(grouped(rows, "doc")) == [2, 1]
    assert grouped([{"doc": 1, "n": "b"}], "doc", drop_key=True) == {1: [{"n": "b"}]}
