"""What a bundle read takes from the library: earlier values once, authors named by any row."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.operations.two_analysts import BEN, TwoAnalysts, build
from workbench.core.authorship import Author
from workbench.core.bundle_records import WorkSelection
from workbench.store import Store

CARA = Author("c" * 32, "Cara")
_EARLIER_READ = re.compile(r"SELECT\s.*\bvalue\b.*\bFROM edit_history\b", re.S)


@pytest.fixture
def analysts() -> Iterator[TwoAnalysts]:
    store = Store()
    yield build(store)
    store.close()


def test_a_bundle_reads_the_earlier_values_once(analysts: TwoAnalysts) -> None:
    store = analysts.store
    store.authors.act_as(BEN)
    store.annotations.edit_note(analysts.ana_note, "Which ministers, Ben?")
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        work = store.exchange.authored_work(WorkSelection())
    finally:
        store.db.conn.set_trace_callback(None)
    assert len([s for s in statements if _EARLIER_READ.search(s)]) == 1
    note = next(a for a in work.annotations if a["note"] == "Which ministers, Ben?")
    assert note["earlier"] == {"note_md": ["Which ministers?"]}


def test_an_author_named_only_by_entity_curation_is_listed_with_the_earlier_flag(
    analysts: TwoAnalysts,
) -> None:
    store = analysts.store
    entity_id = store.db.execute("SELECT id FROM entities WHERE name = 'City Police'").fetchone()[0]
    store.authors.act_as(CARA)
    store.entities.set_entity_hidden(entity_id, True)
    work = store.exchange.authored_work(WorkSelection(CARA.id))
    assert [a["id"] for a in work.authors] == [CARA.id]
    assert [(e["name"], e["earlier"]) for e in work.entities] == [("City Police", {"hidden": [0]})]
    assert work.annotations == ()
