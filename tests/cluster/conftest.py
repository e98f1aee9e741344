"""One real Dask distributed cluster for the cluster tests: a scheduler and two worker processes.

The scheduler listens on the loopback interface only; workers are separate
processes (``processes=True``), one thread each, as ``--cluster local:2``
starts them. Without the optional extra the tests skip, saying which.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "distributed",
    reason="Dask distributed (the 'cluster' extra) is not installed: "
    "pip install 'analyst-workbench[cluster]'",
)

from distributed import Client, LocalCluster  # noqa: E402

from workbench.operations.exporting import library_export  # noqa: E402
from workbench.store import Store  # noqa: E402

# A killed worker's nanny starts a new one; on a busy 2-core machine that takes a while.
WORKER_RESTART_S = 120
# Wikinews articles (CC BY 2.5; the dev5 ones as distributed in MEANTIME, CC BY 4.0; attribution
# in tests/eval/wikinews_gold/ATTRIBUTION.md).
WIKINEWS = Path(__file__).resolve().parents[1] / "eval" / "wikinews_gold" / "texts"


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """A scheduler on 127.0.0.1 with two single-threaded worker processes."""
    local = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                         dashboard_address=None, silence_logs=logging.ERROR)
    yield local
    local.close()


@pytest.fixture()
def client(cluster: LocalCluster) -> Iterator[Client]:
    """The test's own client of the cluster (to watch and kill workers); both workers up."""
    watcher = Client(cluster)
    watcher.wait_for_workers(2, timeout=WORKER_RESTART_S)
    yield watcher
    watcher.close()


def wikinews_files(count: int) -> list[Path]:
    """The ``count`` shortest shipped Wikinews texts (the same every run; quick to analyse)."""
    files = sorted(WIKINEWS.glob("*.txt"), key=lambda path: (path.stat().st_size, path.name))
    files = files[:count]
    assert len(files) == count
    return files


def comparable_export(store: Store) -> dict[str, Any]:
    """Each document's entities and quotes as exported, without ids and import times.

    Row ids differ with the order results arrive in; what was found must not.
    """
    export = library_export(store)
    documents = {}
    for document in export["documents"]:
        entities = sorted(json.dumps({k: v for k, v in m.items() if k != "entity_id"},
                                     sort_keys=True) for m in document["entities"])
        quotes = sorted(json.dumps({k: v for k, v in q.items()
                                    if k not in ("id", "group", "speaker_entity_id")},
                                   sort_keys=True) for q in document["quotes"])
        documents[document["content_hash"]] = {
            "status": document["status"], "entities": entities, "quotes": quotes}
    return documents
