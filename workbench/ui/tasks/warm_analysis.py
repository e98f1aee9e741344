"""The desktop app's warm analysis process: started once the window shows, ended at exit.

Why process-wide: the model is loaded once per session whatever library is
open (opening another library makes a new runner and import controller, not
a new process). ``run_app`` calls ``start`` after the first paint and
``stop`` when the event loop ends; ``analyze_function`` hands ``current()``
to the analysis, so small jobs run there and spaCy never loads in the GUI
process. Without ``start`` (tests, the screenshot tour) small jobs run in
the caller's process as before.
"""

from __future__ import annotations

import atexit
import threading

from workbench.nlp.warm import WarmWorker
from workbench.nlp.workers import runs_in_pool

# Extraction workers run below the UI's priority: on two cores, two parsing
# processes at normal priority delayed the UI thread's event loop by 50–90 ms.
WORKER_NICENESS = 10
START_THREAD = "workbench-warm-start"


class _Session:
    """The one warm worker of this process, if started (guarded by ``lock``)."""

    lock = threading.Lock()
    worker: WarmWorker | None = None
    exit_hook = False
    enabled = False  # the app (run_app) uses a warm process; tests and tools do not


def start(niceness: int = WORKER_NICENESS) -> WarmWorker:
    """Start the warm process (once); returns at once, the model loads in the child.

    The spawn itself runs on a short-lived thread: starting an interpreter
    and sending it its start-up data must not hold the UI thread.
    """
    with _Session.lock:
        if _Session.worker is not None:
            return _Session.worker
        worker = _Session.worker = WarmWorker(niceness)
        if not _Session.exit_hook:
            atexit.register(stop)  # a window closed without run_app's stop still ends it
            _Session.exit_hook = True
    threading.Thread(target=worker.start, name=START_THREAD, daemon=True).start()
    return worker


def current() -> WarmWorker | None:
    """The started warm worker, or None (small jobs then run in the caller's process)."""
    return _Session.worker


def model_loaded() -> bool:
    """Whether the warm process has already loaded the model (no wait before the first words)."""
    worker = _Session.worker
    return worker is not None and worker.model_loaded


def model_loads_for(documents: int) -> bool:
    """Whether an analysis of ``documents`` waits while a language model loads.

    Why: a run large enough for a fresh process pool (``workers.runs_in_pool``:
    32 documents or more on two cores or more) loads the model in each of its
    processes, however warm the warm process is; the strip stood at "0%" with no
    word of it. A huge document's chunks start a pool too, but the pending count
    does not say which documents are huge: such a run shows its first progress.
    """
    return runs_in_pool(documents) or not model_loaded()


def enable() -> None:
    """Let analyses start the warm process when they need it (``for_analysis``).

    Why not start it at launch: it holds a model (about 200 MB) for the whole
    session, which a session that only reads never needs.
    """
    _Session.enabled = True


def for_analysis() -> WarmWorker | None:
    """The warm worker an analysis should use: started now when the app enabled it."""
    return start() if _Session.enabled else _Session.worker


def stop() -> None:
    """End the warm process at once (a job in progress is dropped); ``start`` makes a new one."""
    with _Session.lock:
        worker, _Session.worker = _Session.worker, None
    if worker is not None:
        worker.shutdown()
