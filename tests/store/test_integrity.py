"""``check_library``: every check finds its problem, repair fixes it safely and idempotently."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from workbench.commands.check import add_check_commands
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store, check_library, list_backups

TEXT = 'Anna Berg said "the bridge will open in May" at the council. Oslo agreed.'
TITLE = "Oslo bridge to open"


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def fill(store: Store, n: int = 3) -> list[int]:
    """Documents with model mentions, a quote, an analyst mention, and annotations."""
    ids = []
    for k in range(n):
        text = f"{TEXT} Item {k}."
        doc_id = store.documents.add_article(Article(title=TITLE, text=text)).documents_added[0]
        anna, oslo, quote = span(text, "Anna Berg"), span(TITLE, "Oslo"), span(text, "the bridge")
        analysis = Analysis(
            mentions=(
                Mention(*anna, "Anna Berg", "PERSON", "Anna Berg"),
                Mention(*oslo, "Oslo", "GPE", "Oslo", field="title"),
            ),
            quotes=(
                Quote(quote[0], quote[1] + 23, text[quote[0] : quote[1] + 23], speaker="Anna Berg",
                      speaker_text="Anna Berg", speaker_start=anna[0], speaker_end=anna[1]),
            ),
        )  # fmt: skip
        store.analysis.save_analysis(doc_id, analysis)
        store.entities.create_entity_mention(doc_id, *span(text, "council"), "Council", "ORG")
        store.annotations.add_annotation(
            doc_id, *span(text, "Oslo agreed"), note_md="check the vote"
        )
        ids.append(doc_id)
    return ids


@pytest.fixture
def library(library_path: Path) -> Store:
    store = Store(library_path)
    fill(store)
    return store


def raw(store: Store, *statements: str) -> None:
    """Damage the library behind the Store's back (foreign keys and triggers do not help)."""
    store.db.execute("PRAGMA foreign_keys = OFF")
    with store.db.atomic():
        for statement in statements:
            store.db.execute(statement)
    store.db.execute("PRAGMA foreign_keys = ON")


def counts(store: Store) -> tuple[int, int]:
    annotations = store.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    notes = store.db.execute("SELECT count(*) FROM annotations WHERE note_md != ''").fetchone()[0]
    return annotations, notes


def test_a_sound_library_passes_every_check(library: Store) -> None:
    report = check_library(library)
    assert report.ok and report.problems == 0
    assert [c.name for c in report.checks] == [
        "integrity", "schema", "foreign_keys", "search_index", "statuses", "spans", "span_texts",
        "values", "texts", "tag_paths", "keys", "name_twins",
    ]  # fmt: skip


def assert_repaired_once(store: Store, check: str, problems: int) -> None:
    found = check_library(store)
    assert found.result(check).problems == problems, found.result(check).details
    repaired = check_library(store, repair=True)
    assert repaired.result(check).repaired == problems
    again = check_library(store, repair=True)
    assert again.problems == 0, [c.details for c in again.checks if c.problems]


def test_search_index_out_of_step_is_rebuilt(library: Store) -> None:
    raw(
        library,
        "INSERT INTO documents_fts(documents_fts, rowid, title, text)"
        " SELECT 'delete', id, title, text FROM documents WHERE id = 2",
    )
    assert library.library.count_search("bridge") == 2
    assert_repaired_once(library, "search_index", 2)  # content mismatch + a missing row
    assert library.library.count_search("bridge") == 3


def test_annotations_whose_quote_no_longer_matches_are_orphaned_not_deleted(
    library: Store,
) -> None:
    before = counts(library)
    raw(
        library,
        "UPDATE annotations SET exact = 'Oslo refused' WHERE id = 1",
        'UPDATE annotations SET "end" = 100000 WHERE id = 2',
    )
    report = check_library(library)
    assert (report.result("span_texts").problems, report.result("spans").problems) == (1, 1)
    check_library(library, repair=True)
    assert counts(library) == before
    statuses = dict(library.db.execute("SELECT id, status FROM annotations").fetchall())
    assert statuses == {1: "orphaned", 2: "orphaned", 3: "anchored"}
    assert check_library(library, repair=True).problems == 0


def test_bad_model_mentions_are_dropped_and_the_document_reanalysed(library: Store) -> None:
    raw(
        library,
        "UPDATE mentions SET start = start + 1 WHERE document_id = 1 AND source = 'model'"
        " AND field = 'text'",
        "UPDATE quotes SET speaker_end = 9999 WHERE document_id = 3",
    )
    assert_repaired_once(library, "span_texts", 1)
    status = dict(library.db.execute("SELECT id, status FROM documents").fetchall())
    assert status == {1: "pending", 2: "analyzed", 3: "pending"}
    model = library.db.execute(
        "SELECT document_id, count(*) FROM mentions WHERE source = 'model' GROUP BY 1"
    ).fetchall()
    assert model == [(2, 2)]
    analyst = library.db.execute("SELECT count(*) FROM mentions WHERE source = 'analyst'")
    assert analyst.fetchone()[0] == 3  # the analyst's mentions are kept
    assert [doc for doc, *_ in library.analysis.documents_needing_analysis()] == [1, 3]


def test_an_analysts_bad_mention_is_reported_not_deleted(library: Store) -> None:
    raw(library, "UPDATE mentions SET text = 'Parliament' WHERE source = 'analyst' AND id = 3")
    report = check_library(library, repair=True)
    result = report.result("span_texts")
    assert (result.problems, result.repaired, result.unresolved) == (1, 0, 1)
    assert any("fix it by hand" in d for d in result.details)
    assert not report.ok
    assert library.db.execute("SELECT count(*) FROM mentions WHERE id = 3").fetchone()[0] == 1


def test_rows_pointing_at_nothing_model_deleted_analyst_kept(library: Store) -> None:
    raw(library, "DELETE FROM entities WHERE name = 'Anna Berg'")
    found = check_library(library).result("foreign_keys")
    assert found.problems == 3 + 3 + 0  # mentions + quote speakers (aliases: none)
    check_library(library, repair=True)
    again = check_library(library, repair=True)
    assert again.problems == 0
    assert counts(library) == (3, 3)


def test_analyst_rows_pointing_at_nothing_stay_and_are_reported(library: Store) -> None:
    raw(library, "DELETE FROM documents WHERE id = 1")
    report = check_library(library, repair=True)
    fk = report.result("foreign_keys")
    assert fk.unresolved >= 1  # the annotation of document 1 is the analyst's
    assert library.db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 3


def test_unknown_status_is_queued_for_analysis(library: Store) -> None:
    raw(library, "UPDATE documents SET status = 'half-done' WHERE id = 2")
    assert_repaired_once(library, "statuses", 1)
    assert library.documents.get_document(2)["status"] == "pending"  # type: ignore[index]


def test_a_broken_index_is_rebuilt(library: Store) -> None:
    library.db.execute("PRAGMA writable_schema = ON")
    library.db.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_documents_status ON documents(title)'"
        " WHERE name = 'idx_documents_status'"
    )
    library.db.execute("PRAGMA writable_schema = OFF")
    path = library.path
    library.close()
    reopened = Store(path)
    report = check_library(reopened)
    assert report.result("integrity").problems > 0
    repaired = check_library(reopened, repair=True)
    assert repaired.result("integrity").unresolved == 0
    assert "unverified" in str(repaired.backup)  # a damaged library's copy cannot be verified
    assert check_library(reopened, repair=True).problems == 0
    reopened.close()


def test_repair_is_preceded_by_a_verified_backup(library: Store) -> None:
    assert library.path is not None
    report = check_library(library, repair=True)
    assert report.backup is not None and report.backup == list_backups(library.path)[0].path
    assert list_backups(library.path)[0].reason == "repair"


def run_cli(store: Store, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_check_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    args.db = str(store.path)
    return int(args.handler(store, args))


def test_cli_check_reports_and_repairs(library: Store, capsys: pytest.CaptureFixture[str]) -> None:
    raw(library, "UPDATE documents SET status = 'weird' WHERE id = 1")
    assert run_cli(library, "check") == 1
    assert "statuses       1 problem" in capsys.readouterr().out
    assert run_cli(library, "check", "--repair", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["checks"][4]["repaired"] == 1 and data["after_repair"]["ok"]
    assert run_cli(library, "check") == 0


def test_cli_backup_list_and_restore(library: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, "backup", "--quiet") == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.exists()
    assert run_cli(library, "backup", "--list") == 0
    assert str(made) in capsys.readouterr().out
    path = library.path
    assert run_cli(library, "restore", str(made)) == 0
    assert "restored" in capsys.readouterr().out
    reopened = Store(path)
    assert reopened.documents.count_documents() == 3
    reopened.close()


def test_check_of_a_thousand_analysed_documents_passes(library_path: Path) -> None:
    store = Store(library_path)
    fill(store, 1000)
    report = check_library(store)
    assert report.ok
    conn = sqlite3.connect(library_path)
    assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 3000
    conn.close()
    store.close()


def test_symbol_index_out_of_step_is_rebuilt(library: Store) -> None:
    library.db.execute("UPDATE documents SET text = text || ' €' WHERE id = 2")
    raw(
        library,
        "INSERT INTO documents_symbols(documents_symbols, rowid, title, text)"
        " SELECT 'delete', id, title, text FROM documents WHERE id = 2",
    )
    assert library.library.count_search("€") == 0
    assert_repaired_once(library, "search_index", 2)  # content mismatch + a missing row
    assert library.library.count_search("€") == 1


def test_check_reads_a_huge_documents_text_once_not_once_per_span(library_path: Path) -> None:
    """Attack run 22b: SQL re-read a 600 KB text for each of its 15,000 spans (80 s).

    The old check took over a minute on this document; one read of the text takes well
    under a second, and a span spoilt near its end is still found.
    """
    store = Store(library_path)
    sentence = "Anna Berg met the Oslo council on Monday about the harbour bridge plan. "
    text = sentence * 14_000  # about 1 MB
    doc_id = store.documents.add_article(Article(title=TITLE, text=text)).documents_added[0]
    step = len(sentence)
    mentions = tuple(Mention(k * step, k * step + 9, "Anna Berg", "PERSON", "Anna Berg")
                     for k in range(14_000))
    store.analysis.save_analysis(doc_id, Analysis(mentions=mentions))
    last = max(row[0] for row in store.db.execute("SELECT id FROM mentions").fetchall())
    raw(store, f"UPDATE mentions SET text = 'Anna Borg' WHERE id = {last}")
    report = check_library(store)
    store.close()
    assert report.result("span_texts").problems == 1
    assert report.result("spans").problems == 0
    assert report.seconds < 15
