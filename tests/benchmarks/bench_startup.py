"""Start-up: process start → main window shown on the 100,000-document library, vs a bare window.

The app has no "quit after first show" switch, so this file is also the
benchmark-only launcher (``--child-app DB``). It does exactly what
``workbench.ui.app.run_app`` does — ``application()``, ``app_settings()``,
``create_theme``, ``Store(path)``, ``MainWindow(store, theme, settings,
own_store=True)``, ``window.show()``, ``app.exec()`` — plus an application
event filter that prints a line when the main window gets its first Show event
and when its first paint has finished, then quits. The bare baseline
(``--child-bare``) is a tiny script: ``QApplication``, a 1440×900
``QMainWindow``, ``show()``, the same filter.

The parent times each child from just before ``Popen`` to reading each line,
so the figure includes interpreter start and every import. One untimed
warm-up of each first, then runs alternate app/bare. The child also reports
whether spaCy got imported (it must not be) and, with ``--settle S``, its RSS
after S seconds of idling with the window shown (used by bench_memory).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

TARGET_S = 1.5


def watch_first_show(app: Any, window: Any, settle: float) -> Any:
    """Install the filter that reports the first show and paint of ``window``, then quits."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstShow(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown = self.painted = False

        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
            if watched is window and event.type() == QEvent.Type.Show and not self.shown:
                self.shown = True
                print("shown", flush=True)
            elif event.type() == QEvent.Type.Paint and self.shown and not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            print("painted", flush=True)
            print(f"spacy_loaded {'spacy' in sys.modules}", flush=True)
            QTimer.singleShot(int(settle * 1000), self.report)

        def report(self) -> None:
            if settle:
                from bench_support import rss_mb

                print(f"rss_mb {rss_mb(os.getpid()):.1f}", flush=True)
            app.quit()

    watcher = FirstShow()
    app.installEventFilter(watcher)
    return watcher


def child_app(db: str, settle: float) -> int:
    """Launch the app like ``run_app`` and quit after its first paint (and ``settle`` s)."""
    from workbench.store import Store
    from workbench.ui.app.main_window import MainWindow
    from workbench.ui.app.settings import app_settings
    from workbench.ui.app.startup import application, create_theme

    app = application()
    settings = app_settings()
    theme = create_theme(settings)
    store = Store(Path(db))
    window = MainWindow(store, theme, settings, own_store=True)
    watcher = watch_first_show(app, window, settle)
    window.show()
    code = app.exec()
    del watcher
    window.close()
    return code


def child_bare() -> int:
    """The baseline: a tiny PySide6 script showing one empty QMainWindow."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1440, 900)
    watcher = watch_first_show(app, window, 0)
    window.show()
    code = app.exec()
    del watcher
    return code


def launch(arguments: list[str]) -> dict[str, Any]:
    """Run a child; return seconds to 'shown' and 'painted', spaCy flag and RSS."""
    from bench_support import PYTHON, REPO, bench_env

    started = time.perf_counter()
    process = subprocess.Popen([PYTHON, str(Path(__file__)), *arguments], cwd=REPO,
                               env=bench_env(), stdout=subprocess.PIPE, text=True)
    found: dict[str, Any] = {}
    assert process.stdout is not None
    for line in process.stdout:
        key, _, value = line.strip().partition(" ")
        if key in ("shown", "painted"):
            found[key] = time.perf_counter() - started
        elif key == "spacy_loaded":
            found[key] = value == "True"
        elif key == "rss_mb":
            found[key] = float(value)
    if process.wait(timeout=120) != 0 or "painted" not in found:
        raise RuntimeError(f"start-up child {arguments} failed: {found}")
    return found


def measure(db: Path, runs: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One warm-up of each, then ``runs`` alternating app/bare launches."""
    launch(["--child-app", str(db)])
    launch(["--child-bare"])
    apps, bares = [], []
    for run in range(runs):
        order = ("app", "bare") if run % 2 == 0 else ("bare", "app")
        for side in order:
            if side == "app":
                apps.append(launch(["--child-app", str(db)]))
            else:
                bares.append(launch(["--child-bare"]))
        print(f"  run {run + 1}: app {apps[-1]['painted']:.2f} s, "
              f"bare {bares[-1]['painted']:.2f} s", flush=True)
    return apps, bares


def main() -> None:
    """Run the start-up benchmark, or act as one of its children."""
    if len(sys.argv) >= 2 and sys.argv[1] == "--child-app":
        settle = float(sys.argv[4]) if len(sys.argv) >= 5 and sys.argv[3] == "--settle" else 0
        sys.exit(child_app(sys.argv[2], settle))
    if len(sys.argv) >= 2 and sys.argv[1] == "--child-bare":
        sys.exit(child_bare())
    from bench_support import Result, Runs, bench_arguments, emit, run_count
    from corpus import synthetic_library

    args = bench_arguments(__doc__ or "").parse_args()
    documents = 10_000 if args.quick else 100_000
    apps, bares = measure(synthetic_library(documents), max(3, run_count(args, 5)))
    app_paint = Runs([a["painted"] for a in apps])
    bare_paint = Runs([b["painted"] for b in bares])
    app_show = Runs([a["shown"] for a in apps])
    ratio = Runs([a["painted"] / b["painted"] for a, b in zip(apps, bares, strict=True)])
    spacy = any(a.get("spacy_loaded") for a in apps)
    emit([Result(
        name=f"Start-up with {documents:,} documents",
        target=f"process start → main window shown ≤ {TARGET_S} s, spaCy not loaded",
        measured=(f"first paint {app_paint.median:.2f} s ({app_paint.spread()}); Show event "
                  f"{app_show.median:.2f} s; bare QMainWindow {bare_paint.median:.2f} s "
                  f"({bare_paint.spread()}); spaCy loaded: {'yes' if spacy else 'no'}"),
        ratio=f"{ratio.median:.1f}× bare ({ratio.spread('{:.1f}')})",
        passed=app_paint.median <= TARGET_S and not spacy,
        method=("Benchmark-only launcher in bench_startup.py doing what run_app does, plus an "
                "event filter that reports the main window's first Show event and the end of "
                "its first paint, then quits. Timed by the parent from Popen to each line "
                "(interpreter start and all imports included). Offscreen Qt, fresh settings; "
                f"one warm-up each, then {len(apps)} alternating runs."),
        details={"app": apps, "bare": bares},
    )], args.json)


if __name__ == "__main__":
    main()
