"""A merge across document versions, and a merge killed halfway (kill -9).

Bob updated the shared Navalny article to a second version and annotated it;
Alice kept the first. Their copies are one document (version lineage): each
side's annotations are re-anchored onto the other's text, and one on a
paragraph only Bob's version has is reported and kept as an orphan.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.store.merge_fixtures import ALICE, BOB, build_pair, counts_of, span_of, work_of
from tests.support import REPO
from workbench.store import Store

PREFACE = "Editor's note: this article was updated on Saturday.\n\n"
REMOVED = " The hospital also asked for patience."
CLOSING = "\n\nDoctors at the clinic later confirmed the poisoning with a nerve agent."


def _bob_updates_the_article(bob: Path) -> None:
    with Store(bob, author=BOB) as store:
        old = store.documents.document_text(1)
        new = PREFACE + old.replace(REMOVED, "") + CLOSING
        store.versions.replace_document_text(1, new)
        store.annotations.add_annotation(1, *span_of(store, 1, "Cinema for Peace Foundation"))
        store.annotations.add_annotation(1, *span_of(store, 1, "confirmed the poisoning"))


def _alice_annotates_the_old_version(alice: Path) -> None:
    with Store(alice, author=ALICE) as store:
        store.annotations.add_annotation(1, *span_of(store, 1, "asked for patience"))
        store.annotations.add_annotation(1, *span_of(store, 1, "medically induced coma"))


def _placed(store: Store, exact: str) -> tuple[str, str]:
    start, end, status = store.db.execute(
        'SELECT start, "end", status FROM annotations WHERE exact = ?', [exact]
    ).fetchone()
    return store.documents.document_text(1)[start:end], status


def test_their_annotations_on_a_newer_version_are_placed_on_our_text(tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    _bob_updates_the_article(bob)
    with Store(alice, author=ALICE) as store:
        documents = store.documents.count_documents()
        report, _ = store.merge.merge_library(bob)
        assert report.added["documents"] == 1  # Thunberg; Bob's Navalny v2 is our document 1
        assert store.documents.count_documents() == documents + 1
        assert store.documents.document_text(1).startswith("Today, Russian")  # ours kept
        assert _placed(store, "Cinema for Peace Foundation") == (
            "Cinema for Peace Foundation",
            "anchored",
        )
        assert _placed(store, "confirmed the poisoning")[1] == "orphaned"
        assert any("confirmed the poisoning" in orphan for orphan in report.orphans)
        assert store.merge.merge_library(bob)[0].changed_anything is False


def test_our_annotations_on_an_older_version_are_placed_on_their_newer_text(
    tmp_path: Path,
) -> None:
    alice, bob = build_pair(tmp_path)
    _bob_updates_the_article(bob)
    _alice_annotates_the_old_version(alice)
    with Store(bob, author=BOB) as store:
        report, _ = store.merge.merge_library(alice)
        assert _placed(store, "medically induced coma") == ("medically induced coma", "anchored")
        assert _placed(store, "asked for patience")[1] == "orphaned"  # Bob removed it
        assert len(report.orphans) == 1
        shared = store.db.execute("SELECT count(*) FROM annotations WHERE exact = 'Navalny'")
        assert shared.fetchone()[0] == 1  # the shared claim is not duplicated by the lineage


MERGE_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from workbench.core.progress import Progress
    from workbench.store import Store

    def told(progress):
        print("merging", flush=True)

    with Store(Path(sys.argv[1])) as store:
        store.merge.merge_library(Path(sys.argv[2]), progress=Progress(on_update=told))
    """
)


def test_a_merge_killed_halfway_leaves_the_library_as_before(tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    with Store(alice) as store:
        work, counts = work_of(store), counts_of(store)
    env = {**os.environ, "PYTHONPATH": str(REPO), "WORKBENCH_MERGE_PAUSE_S": "60"}
    child = subprocess.Popen(
        [sys.executable, "-c", MERGE_SCRIPT, str(alice), str(bob)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        # started, then Bob's documents 1-3: the third (Thunberg) is new, written inside
        # the merge's transaction, which then sleeps (the test hook) before going on
        for _ in range(4):
            assert child.stdout.readline().strip() == "merging"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    with Store(alice) as store:
        assert work_of(store) == work and counts_of(store) == counts
        assert store.merge.merge_library(bob)[0].changed_anything  # and it merges afterwards
