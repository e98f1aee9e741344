"""The extraction process pool: every document comes back, workers run at lower priority."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from workbench.nlp.workers import analyze_items, renice_new_workers

pytestmark = pytest.mark.skipif(not hasattr(os, "setpriority"), reason="POSIX priorities")


def test_parent_lowers_new_workers_priority_once() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        pool = SimpleNamespace(_processes={child.pid: None})
        done: set[int] = set()
        renice_new_workers(pool, 7, done)  # type: ignore[arg-type]
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == 7
        assert done == {child.pid}
        renice_new_workers(pool, 7, done)  # type: ignore[arg-type]
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == 7
    finally:
        child.kill()
        child.wait()


def test_the_pool_returns_every_document_from_niced_workers() -> None:
    """The real spawn pool (as an import of more than 32 documents uses it)."""
    items = [(number, f"Report {number}",
              f'"We will rebuild the bridge {number}," Mayor Anna Smith said in Boston.')
             for number in range(40)]
    results = list(analyze_items(items, workers=2, batch_size=8, niceness=5))
    assert sorted(result.document_id for result in results) == list(range(40))
    assert all(result.analysis is not None for result in results)
    first = next(result.analysis for result in results if result.document_id == 0)
    assert [quote.speaker for quote in first.quotes] == ["Anna Smith"]
