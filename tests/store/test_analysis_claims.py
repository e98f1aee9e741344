"""Claims on pending documents: one run each, given back at the end, taken from the dead."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from workbench.core.models import Analysis, AnalysisItem, Article
from workbench.store import AnalysisRun, Store, analysis_claims


def _pending(store: Store, text: str) -> int:
    return store.documents.add_article(Article(title=text[:10], text=text)).documents_added[0]


def _ids(items: list[AnalysisItem]) -> list[int]:
    return [item.document_id for item in items]


def test_pending_documents_come_as_named_items(store: Store) -> None:
    doc = _pending(store, "Rain fell in the north.")
    (item,) = store.analysis.documents_needing_analysis()
    assert (item.document_id, item.text) == (doc, "Rain fell in the north.")


def test_a_claimed_document_is_not_claimed_again_until_its_run_ends(store: Store) -> None:
    doc = _pending(store, "Rain fell in the north.")
    first, second = AnalysisRun.of_this_process(), AnalysisRun.of_this_process()
    assert _ids(store.analysis.claim_pending(first)) == [doc]
    assert store.analysis.claim_pending(second) == []
    store.analysis.end_run(first)
    assert _ids(store.analysis.claim_pending(second)) == [doc]


def test_a_saved_or_failed_result_drops_its_claim(store: Store) -> None:
    saved, failed = _pending(store, "The dam held."), _pending(store, "The dam broke.")
    run = AnalysisRun.of_this_process()
    store.analysis.claim_pending(run)
    store.analysis.save_analysis(saved, Analysis())
    store.analysis.mark_analysis_failed(failed)
    assert store.db.execute("SELECT count(*) FROM analysis_claims").fetchone()[0] == 0


def test_a_silent_run_elsewhere_keeps_its_claims_until_the_lease_runs_out(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _pending(store, "Snow closed the pass.")
    store.analysis.claim_pending(AnalysisRun("far-run", "another-computer", 1))
    here = AnalysisRun.of_this_process()
    assert store.analysis.claim_pending(here) == []  # its process cannot be asked: trusted
    monkeypatch.setattr(analysis_claims, "LEASE_SECONDS", -1)
    assert _ids(store.analysis.claim_pending(here)) == [doc]


def test_a_running_process_counts_as_alive_and_a_finished_one_does_not() -> None:
    """Asked of another process (this one is answered without asking the system)."""
    assert analysis_claims.process_alive(AnalysisRun.of_this_process().pid)
    assert analysis_claims.process_alive(os.getppid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not analysis_claims.process_alive(child.pid)
