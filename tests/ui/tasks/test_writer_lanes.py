"""The writer's lanes: analyst actions run between the steps of an import or an analysis.

Every ordering here is forced with events (a step or a reader that waits
for the test), never measured with a clock.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import workbench.nlp.workers as extraction
import workbench.operations.importing as importing
from tests.support import write_article_folder
from workbench.core.models import Analysis, Article
from workbench.ingest import ArticleRead
from workbench.operations.analysis import FEEDER_THREAD, analyze_pending
from workbench.ui.tasks.import_controller import analyze_function, import_function
from workbench.ui.tasks.lanes import Lane, Lanes
from workbench.ui.tasks.runner import TaskRunner

WAIT_S = 5


@pytest.fixture
def runner(qtbot, library):
    task_runner = TaskRunner(library.path)
    yield task_runner
    assert task_runner.shutdown()


def _wait(qtbot, task):
    with qtbot.waitSignal(task.task_finished, timeout=WAIT_S * 1000) as finished:
        pass
    return finished.args[0]


def _action(log: list[str], name: str):
    def act(store, _progress):
        store.documents.add_article(Article(title=name, text=f"The text of {name}."))
        log.append(name)
        return name

    return act


def _stepped_job(log: list[str], hold_at: int, inside: threading.Event, go_on: threading.Event,
                 steps: int = 5):
    """A fake bulk job: one log line per step; step ``hold_at`` waits for the test."""

    def job(store, _progress):
        for number in range(steps):
            log.append(f"step {number}: {store.documents.count_documents()} documents")
            if number == hold_at:
                inside.set()
                assert go_on.wait(WAIT_S)
            yield None
        return "bulk done"

    return job


def test_actions_queued_during_a_step_run_before_the_next_step_in_order(qtbot, runner) -> None:
    log: list[str] = []
    finished: list[str] = []
    inside, go_on = threading.Event(), threading.Event()
    bulk = runner.submit("bulk", _stepped_job(log, 1, inside, go_on), lane=Lane.BULK,
                         on_finished=finished.append)
    assert inside.wait(WAIT_S)
    actions = [runner.submit(name, _action(log, name), on_finished=finished.append)
               for name in ("highlight", "claim", "undo")]
    go_on.set()
    assert _wait(qtbot, bulk) == "bulk done"
    assert log == ["step 0: 0 documents", "step 1: 0 documents", "highlight", "claim", "undo",
                   "step 2: 3 documents", "step 3: 3 documents", "step 4: 3 documents"]
    assert finished == ["highlight", "claim", "undo", "bulk done"]
    assert all(not action.cancelled for action in actions)


def test_a_failing_action_does_not_stop_the_bulk_job(qtbot, runner) -> None:
    log: list[str] = []
    inside, go_on = threading.Event(), threading.Event()
    bulk = runner.submit("bulk", _stepped_job(log, 0, inside, go_on), lane=Lane.BULK)
    assert inside.wait(WAIT_S)

    def broken(_store, _progress):
        raise LookupError("that highlight is gone")

    failures: list[str] = []
    runner.submit("broken", broken, on_failed=failures.append)
    after = runner.submit("after", _action(log, "after"))
    go_on.set()
    assert _wait(qtbot, bulk) == "bulk done"
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_S * 1000)
    assert failures == ["that highlight is gone"]
    assert not after.cancelled and log.index("after") == 1
    assert log[-1] == "step 4: 1 documents"


def test_a_bulk_job_waits_for_the_one_before_it(qtbot, runner) -> None:
    log: list[str] = []
    inside, go_on = threading.Event(), threading.Event()
    first = runner.submit("first", _stepped_job(log, 0, inside, go_on, steps=2), lane=Lane.BULK)
    assert inside.wait(WAIT_S)
    second = runner.submit("second", lambda store, progress: log.append("second") or "two",
                           lane=Lane.BULK)
    go_on.set()
    assert _wait(qtbot, second) == "two"
    assert first.cancelled is False
    assert log == ["step 0: 0 documents", "step 1: 0 documents", "second"]


class _GatedReader:
    """A fake ``read_results``: notes its thread, stops before file ``gate`` until released."""

    def __init__(self, gate: int) -> None:
        self.gate = gate
        self.threads: set[str] = set()
        self.reached_gate = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, path: Path, **_kwargs: object):
        self.threads.add(threading.current_thread().name)
        if self.calls == self.gate:
            self.reached_gate.set()
            assert self.release.wait(WAIT_S)
        self.calls += 1
        text = path.read_text(encoding="utf-8")
        return [ArticleRead(Article(title=text.splitlines()[0], text=text, origin_path=str(path)))]


def test_an_action_runs_while_the_reader_is_still_parsing(qtbot, runner, library, tmp_path,
                                                           monkeypatch) -> None:
    """The writer never sits waiting for a parse while an action is queued."""
    reader = _GatedReader(gate=2)
    monkeypatch.setattr(importing, "read_results", reader)
    write_article_folder(tmp_path / "in", 4)
    task = runner.submit("import", import_function([tmp_path / "in"], analyze=False),
                         lane=Lane.BULK)
    assert reader.reached_gate.wait(WAIT_S)
    qtbot.waitUntil(lambda: library.documents.count_documents() == 2, timeout=WAIT_S * 1000)
    action = runner.submit("highlight", _action([], "highlight"))
    assert _wait(qtbot, action) == "highlight"
    assert not reader.release.is_set(), "the action did not wait for the stuck reader"
    reader.release.set()
    report = _wait(qtbot, task)
    assert len(report.imported) == 4 and report.files_seen == 4
    assert reader.threads == {importing.READER_THREAD}


def test_cancel_mid_import_keeps_every_stored_document_whole(qtbot, runner, library, tmp_path,
                                                            monkeypatch) -> None:
    reader = _GatedReader(gate=3)
    monkeypatch.setattr(importing, "read_results", reader)
    paths = sorted(write_article_folder(tmp_path / "in", 6).iterdir())
    task = runner.submit("import", import_function([tmp_path / "in"], analyze=False),
                         lane=Lane.BULK)
    assert reader.reached_gate.wait(WAIT_S)
    qtbot.waitUntil(lambda: library.documents.count_documents() == 3, timeout=WAIT_S * 1000)
    task.cancel()
    reader.release.set()
    report = _wait(qtbot, task)
    assert report.cancelled and len(report.imported) == 3
    assert library.documents.count_documents() == 3
    texts = {path.read_text(encoding="utf-8") for path in paths[:3]}
    assert {library.documents.get_document(doc_id)["text"] for doc_id in report.imported} == texts


def test_the_command_line_import_also_parses_on_the_reader_thread(library, tmp_path,
                                                                  monkeypatch) -> None:
    reader = _GatedReader(gate=-1)
    monkeypatch.setattr(importing, "read_results", reader)
    write_article_folder(tmp_path / "in", 3)
    report = importing.import_paths(library, [tmp_path / "in"], analyze=False)
    assert len(report.imported) == 3 and report.ok
    assert reader.threads == {importing.READER_THREAD}


def _fake_analyze_items(threads: set[str]):
    def analyze_items(items, workers=None, niceness=0, **_options):
        for doc_id, _title, _text in items:
            threads.add(threading.current_thread().name)
            yield extraction.AnalysisResult(doc_id, Analysis())

    return analyze_items


def test_analysis_is_iterated_on_a_feeder_thread_and_saved_in_steps(qtbot, runner, library,
                                                                     monkeypatch) -> None:
    for number in range(5):
        library.documents.add_article(Article(title=f"T{number}", text=f"Text number {number}."))
    threads: set[str] = set()
    monkeypatch.setattr(extraction, "analyze_items", _fake_analyze_items(threads))
    task = runner.submit("analyse", analyze_function, lane=Lane.BULK)
    report = _wait(qtbot, task)
    assert len(report.analyzed) == 5 and not report.failed
    assert library.analysis.documents_needing_analysis() == []
    assert threads == {FEEDER_THREAD}


def test_plain_analysis_runs_the_same_steps(library, monkeypatch) -> None:
    library.documents.add_article(Article(title="One", text="The only text."))
    threads: set[str] = set()
    monkeypatch.setattr(extraction, "analyze_items", _fake_analyze_items(threads))
    report = analyze_pending(library)
    assert len(report.analyzed) == 1 and threads == {FEEDER_THREAD}


def test_a_broken_producer_fails_the_job_after_what_it_delivered(library, monkeypatch) -> None:
    for number in range(2):
        library.documents.add_article(Article(title=f"T{number}", text=f"Text number {number}."))

    def breaks_after_one(items, workers=None, niceness=0, **_options):
        yield extraction.AnalysisResult(items[0][0], Analysis())
        raise RuntimeError("the worker pool broke")

    monkeypatch.setattr(extraction, "analyze_items", breaks_after_one)
    with pytest.raises(RuntimeError, match="pool broke"):
        analyze_pending(library)
    assert len(library.analysis.documents_needing_analysis()) == 1


def test_lanes_hand_out_actions_first_and_end_when_closed() -> None:
    lanes: Lanes[str] = Lanes()
    lanes.put("import", Lane.BULK)
    lanes.put("highlight", Lane.ACTION)
    lanes.put("analysis", Lane.BULK)
    lanes.put("undo", Lane.ACTION)
    assert lanes.take_action() == "highlight"
    assert [lanes.take(), lanes.take(), lanes.take_action(), lanes.take()] == [
        "undo", "import", None, "analysis"]
    lanes.close()
    assert lanes.take() is None


def test_a_producer_that_cannot_start_fails_the_job(library) -> None:
    from workbench.operations.stepping import Feed, feed_steps, run_steps

    def cannot_start():
        raise OSError("the folder vanished")

    feed: Feed[object] = Feed(cannot_start, "test-feed")
    with pytest.raises(OSError, match="vanished"):
        run_steps(feed_steps(feed, lambda item: None, lambda: None))
