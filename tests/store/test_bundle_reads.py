"""What a bundle read takes from the library: earlier values once, authors named by any row, and
since a date only what changed since (and what it rests on), choosing what a whole read chose."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from functools import partial

import pytest

from tests.operations.two_analysts import BEN, OLD, TwoAnalysts, build
from workbench.core.authorship import Author
from workbench.core.bundle_records import WorkSelection, since_timestamp
from workbench.store import Store, exchange_bundle, exchange_bundle_analyses
from workbench.store import rows as rows_module
from workbench.store.authors import register_author

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


def test_a_bundle_reads_only_the_authors_its_rows_name(
    analysts: TwoAnalysts, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = analysts.store
    for n in range(5):  # authors who wrote nothing a bundle of Ben's work names
        register_author(store.db, f"{n:x}" * 32, f"Reader {n}")
    read: list[dict[str, object]] = []

    def spy(cursor: sqlite3.Cursor) -> list[dict[str, object]]:
        rows = rows_module.dict_rows(cursor)
        read.extend(row for row in rows if set(row) == {"id", "name"})
        return rows

    monkeypatch.setattr(exchange_bundle, "dict_rows", spy)
    work = store.exchange.authored_work(WorkSelection(BEN.id))
    assert sorted(a["name"] for a in read) == ["Ana Analyst", "Ben"]
    assert [a["name"] for a in work.authors] == ["Ana Analyst", "Ben"]


def _old_and_new(analysts: TwoAnalysts) -> list[int]:
    """Old annotations (2020) beside the fixture's; Ben then touches some of them, each a way."""
    store = analysts.store
    store.authors.act_as(CARA)
    old = [store.annotations.add_annotation(analysts.docs[0], n, n + 3, note_md=f"old {n}",
                                            tags=("old",))[0] for n in range(0, 40, 4)]  # fmt: skip
    old.append(store.claims.add_claim(analysts.docs[1], 0, 6, allow_overlap=True)[0])
    for question in ("Old question?", "Old question, rated since?"):
        store.ach.create_analysis(question, ["Yes", "No"])
        store.ach.add_evidence(store.ach.list_analyses()[-1].id, old[3])
    with store.db.conn:
        store.db.execute("UPDATE ach_analyses SET created_at = ? WHERE question LIKE 'Old%'", [OLD])
        store.db.execute("UPDATE annotations SET created_at = ?, updated_at = ? WHERE id IN"
                         " (SELECT value FROM json_each(?))", [OLD, OLD, json.dumps(old)])
        store.db.execute("UPDATE claim_status_history SET changed_at = ?", [OLD])
        store.db.execute("UPDATE undo_log SET created_at = ?", [OLD])
    store.authors.act_as(BEN)
    store.tags.tag_annotation(old[1], "ben")  # an untimed passage tag touched since
    store.claims.set_claim_status(old[-1], "disputed")  # an old claim's new step
    store.claims.link_claims(old[-1], analysts.ben_claim, "supports")
    store.annotations.edit_note(old[2], "edited since")
    rated = store.ach.get_analysis(store.ach.list_analyses()[-1].id)
    store.ach.rate(rated.evidence[0].id, rated.hypotheses[0].id, "C")  # an old analysis, rated
    return old


def test_a_bundle_since_a_date_reads_only_what_changed_since_and_what_it_rests_on(
    analysts: TwoAnalysts,
) -> None:
    old = _old_and_new(analysts)
    since = WorkSelection(None, since_timestamp("2025-01-01"))
    chooser = exchange_bundle._Chooser(since, exchange_bundle._touched_since(
        analysts.store.db, since.since))  # fmt: skip
    read = exchange_bundle._annotations_to_read(analysts.store.db, chooser, set())
    touched = {old[1], old[2], old[-1]}
    assert read is not None and touched <= read and not set(old) - touched & read
    every = WorkSelection()
    assert exchange_bundle._annotations_to_read(analysts.store.db, exchange_bundle._Chooser(
        every, frozenset()), set()) is None  # fmt: skip


def test_a_bundle_since_a_date_reads_only_the_analyses_made_or_touched_since(
    analysts: TwoAnalysts,
) -> None:
    _old_and_new(analysts)
    db = analysts.store.db
    since = WorkSelection(None, since_timestamp("2025-01-01"))
    chooser = exchange_bundle._Chooser(since, exchange_bundle._touched_since(db, since.since))
    read = exchange_bundle_analyses._analyses(db, partial(exchange_bundle._recent, chooser))
    assert [a["question"] for a in read] == ["Was the bridge closed?", "Old question, rated since?"]
    assert [len(a["hypotheses"]) for a in read] == [2, 2]  # each read whole
    assert [len(a["evidence"]) for a in read] == [1, 1]
    every = exchange_bundle._Chooser(WorkSelection(), frozenset())
    assert len(exchange_bundle_analyses._analyses(db, partial(exchange_bundle._recent, every))) == 3


@pytest.mark.parametrize("author", [None, BEN.id])
def test_a_bundle_since_a_date_takes_an_old_annotation_whose_only_change_is_a_step_or_a_tag(
    analysts: TwoAnalysts, author: str | None
) -> None:
    store = analysts.store
    store.authors.act_as(CARA)
    untouched, tagged = (store.annotations.add_annotation(analysts.docs[0], n, n + 3)[0]
                         for n in (0, 8))  # fmt: skip
    stepped = store.claims.add_claim(analysts.docs[1], 0, 6, allow_overlap=True)[0]
    with store.db.conn:
        store.db.execute("UPDATE annotations SET created_at = ?, updated_at = ?", [OLD, OLD])
        store.db.execute("UPDATE claim_status_history SET changed_at = ?", [OLD])
        store.db.execute("UPDATE undo_log SET created_at = ?", [OLD])
    store.authors.act_as(BEN)
    store.claims.set_claim_status(stepped, "disputed")
    with store.db.conn:  # only the status step's own time says it is recent
        store.db.execute("UPDATE undo_log SET created_at = ?", [OLD])
    store.tags.tag_annotation(tagged, "ben")  # an untimed tag: only the undo log says so
    with store.db.conn:
        store.db.execute("UPDATE annotations SET updated_at = ?", [OLD])
    origin = dict(store.db.execute("SELECT id, origin FROM annotations").fetchall())
    work = store.exchange.authored_work(WorkSelection(author, since_timestamp("2025-01-01")))
    taken = {row["origin"] for row in work.annotations}
    assert {origin[stepped], origin[tagged]} <= taken
    assert origin[untouched] not in taken


@pytest.mark.parametrize("author", [None, BEN.id, CARA.id])
def test_a_bundle_since_a_date_is_the_one_a_read_of_the_whole_library_chooses(
    analysts: TwoAnalysts, monkeypatch: pytest.MonkeyPatch, author: str | None
) -> None:
    _old_and_new(analysts)
    selection = WorkSelection(author, since_timestamp("2025-01-01"))
    filtered = analysts.store.exchange.authored_work(selection)
    monkeypatch.setattr(exchange_bundle, "_recent", lambda *_: ("1", []))
    monkeypatch.setattr(exchange_bundle, "_annotations_to_read", lambda *_: None)
    whole = analysts.store.exchange.authored_work(selection)
    assert filtered == whole
    assert len(whole.annotations) >= 3 or author == CARA.id


def test_staging_a_bundle_finds_a_claimant_entity_by_name_once(analysts: TwoAnalysts) -> None:
    store = analysts.store
    police = store.db.execute("SELECT id FROM entities WHERE name = 'City Police'").fetchone()[0]
    store.authors.act_as(BEN)
    store.claims.add_claim(analysts.docs[1], 0, 6, claimant_entity_id=police, allow_overlap=True)
    work = store.exchange.authored_work(WorkSelection(BEN.id))
    with Store() as staged:
        staged.exchange.import_work(work)
        claimants = staged.db.execute(
            "SELECT e.name, count(*) FROM claims c JOIN entities e ON e.id = c.claimant_entity_id"
            " GROUP BY e.id"
        ).fetchall()
    assert claimants == [("City Police", 2)]
