"""Per-action UI cost: the UI thread's CPU for one highlight, claim or undo on an idle window.

Why a measure of its own: the action-latency benchmark's import times on a
busy 2-core machine swing by ±10%, which hides a few milliseconds per action;
the UI thread's own CPU time (``time.thread_time``) for a fixed number of
actions on an idle window does not depend on what other processes do. Method:

* the real ``MainWindow`` opens a fresh library, imports and analyses a seed
  document and shows it (``--paged``: a book-length one the reader shows in
  pages, made of real paragraphs of the NewsArticles set);
* a few warm-up actions, then N actions (the benchmark's cycle: highlight,
  undo, claim, undo; 250–500 ms apart) through ``AnalystWorkspace.trigger``;
  the UI thread's CPU over that phase, minus its CPU over an equally long
  phase with no actions, divided by N, is the per-action cost;
* then N more actions under ``cProfile`` (UI thread only): the calls per
  action of the functions that do a view's refresh, and the top entries.

Usage: ``bench_action_latency.py --per-action N [--paged] [--profile OUT]``.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import random
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from action_driver import ActionDriver
from bench_support import sandbox_dir
from corpus import long_article, write_jsonl

WARM_UP = 8
PAGED_WORDS = 45_000  # about 270,000 characters: shown in pages (over 200,000)
COUNTED = (  # (module path fragment, function): refresh work counted per action
    ("reader/pane.py", "reload"), ("reader/pane.py", "show_document"),
    ("reader/view.py", "_render"), ("reader/view.py", "show_changed_annotations"),
    ("reader/document.py", "build_document"),
    ("inspector/panel.py", "show_content"), ("inspector/panel.py", "_fill_quotes"),
    ("reader/quote_claims.py", "claim_of_quote"), ("claims/document_panel.py", "show_content"),
    ("inspector/notes_panel.py", "_build_cards"), ("app/analyst_workspace.py", "show_content"),
    ("qtabwidget", "setCurrentWidget"), ("reader/paging.py", "of"),
    ("library/model.py", "refresh_rows"), ("tasks/store_actions.py", "refresh_undo_labels"),
)


def _seed(paged: bool, skip: int) -> dict[str, str]:
    from bench_action_latency import seed_article

    return long_article(PAGED_WORDS) if paged else seed_article(skip)


def _phase(window: Any, driver: ActionDriver, count: int) -> tuple[float, float]:
    """Run ``count`` actions; (UI-thread CPU seconds, wall seconds) until all are shown."""
    from bench_action_latency import wait_until

    cpu, wall = time.thread_time(), time.perf_counter()
    driver.start("idle", count)
    wait_until(lambda: len(driver.done) >= count and not driver.pending, 120 + count)
    failed = [action.failed for action in driver.take() if action.failed]
    if failed:
        raise RuntimeError(f"actions failed: {failed[:3]}")
    return time.thread_time() - cpu, time.perf_counter() - wall


def _idle(seconds: float) -> float:
    """The UI thread's CPU over ``seconds`` of an idle event loop (the baseline)."""
    from bench_action_latency import wait_until

    cpu, until = time.thread_time(), time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() >= until, seconds + 5)
    return time.thread_time() - cpu


def counted_calls(stats: pstats.Stats, actions: int) -> dict[str, float]:
    """Calls per action of the refresh functions in ``COUNTED`` (from a profile).

    A built-in method (Qt's ``setCurrentWidget``) has no file: it is matched by
    the words of its name ("<method 'setCurrentWidget' of '…QTabWidget' objects>").
    """
    found: dict[str, float] = {}
    for (path, _line, name), row in stats.stats.items():  # type: ignore[attr-defined]
        for fragment, function in COUNTED:
            if fragment.endswith(".py"):
                hit = path.replace("\\", "/").endswith(fragment) and name == function
            else:
                hit = f"'{function}'" in name and fragment in name.lower()
            if hit:
                key = f"{fragment}:{function}"
                found[key] = found.get(key, 0.0) + row[1] / actions
    return dict(sorted(found.items()))


def per_action_cost(count: int, paged: bool = False, profile: Path | None = None,
                    seed: int = 7) -> dict[str, Any]:
    """Measure the UI thread's CPU per action (see the module docstring); a dict of figures."""
    from bench_action_latency import import_and_wait, open_window

    settings = sandbox_dir("action-cost-config")  # the window's state: never a saved one
    shutil.rmtree(settings)
    os.environ["XDG_CONFIG_HOME"] = str(settings)
    folder = sandbox_dir("action-cost")
    seed_file = write_jsonl([_seed(paged, 0)], folder / "seed.jsonl")
    db = folder / "library.sqlite"
    window = open_window(db)
    import_and_wait(window, seed_file)
    with sqlite3.connect(db) as connection:
        seed_id = connection.execute("SELECT min(id) FROM documents").fetchone()[0]
    window.open_document(seed_id)
    if paged and window.reader.paged is None:
        raise RuntimeError("the seed document is not shown in pages")
    driver = ActionDriver(window, db, seed_id, random.Random(seed))
    _phase(window, driver, WARM_UP)
    cpu, wall = _phase(window, driver, count)
    baseline = _idle(wall)
    profiler = cProfile.Profile()
    profiler.enable()
    _phase(window, driver, count)
    profiler.disable()
    stats = pstats.Stats(profiler)
    if profile is not None:
        stats.dump_stats(str(profile))
    window.close()
    return {"actions": count, "paged": paged, "ui_cpu_s": cpu, "idle_cpu_s": baseline,
            "wall_s": wall, "per_action_ms": (cpu - baseline) / count * 1000,
            "calls_per_action": counted_calls(stats, count)}


def report(figures: dict[str, Any]) -> str:
    """A few lines for the log: the per-action cost and the counted calls."""
    kind = "paged document" if figures["paged"] else "short article"
    lines = [f"{figures['actions']} actions on an idle window ({kind}): UI-thread CPU "
             f"{figures['ui_cpu_s'] * 1000:.0f} ms, idle baseline "
             f"{figures['idle_cpu_s'] * 1000:.0f} ms over {figures['wall_s']:.1f} s: "
             f"**{figures['per_action_ms']:.1f} ms per action**"]
    lines += [f"  {name}: {calls:.2f} calls per action"
              for name, calls in figures["calls_per_action"].items()]
    return "\n".join(lines)
