"""App start's three opens of a library: each scanning for wrong-typed values, vs one scan.

The window's ``Store``, the writer thread's ``Store`` and the search thread's
reader each open the library; each used to scan the watched tables for values of
the wrong type (``store.files.value_checks``), about 0.6 s at 200,000 highlights.
Now the window's Store scans and hands its finding to the other two
(``Store(path, bad_values=...)``, ``open_library_reader(path, bad_values)``).

The library: one document whose title was made a BLOB (so the guard is on, as on a
tampered file) and ``--highlights`` highlights written straight into the table.
Each run times the three opens the old way (every open scans) and the new way
(one scan, handed on), alternating, after one untimed warm-up of each. Run:
``.venv/bin/python tests/benchmarks/bench_library_opens.py [--highlights N] [--runs N]``.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import Result, Runs, bench_arguments, emit, run_count, sandbox_dir  # noqa: E402

from workbench.core.models import Article  # noqa: E402
from workbench.store import Store, open_library_reader  # noqa: E402

HIGHLIGHTS = 200_000


def build_library(path: Path, highlights: int) -> None:
    """One tampered document and ``highlights`` highlights on it."""
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    store = Store(path)
    store.documents.add_article(Article("Bridge report", "The council closed the bridge. " * 20),
                                analyze=False)
    store.close()
    stamp = "2026-01-01T00:00:00Z"
    rows = ((1, "highlight", n % 500, n % 500 + 6, "closed", stamp, stamp)
            for n in range(highlights))
    with closing(sqlite3.connect(path)) as conn:
        conn.executemany("INSERT INTO annotations (document_id, kind, start, \"end\", exact,"
                         " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("UPDATE documents SET title = x'ff' WHERE id = 1")
        conn.commit()


def every_open_scans(path: Path) -> None:
    """The three opens as before: each scans the tables itself."""
    window = Store(path)
    writer = Store(path)
    reader = open_library_reader(path)
    reader.close()
    writer.close()
    window.close()


def one_scan_handed_on(path: Path) -> None:
    """The three opens as now: the window's Store scans, the other two take its finding."""
    window = Store(path)
    writer = Store(path, bad_values=window.bad_values)
    reader = open_library_reader(path, window.bad_values)
    reader.close()
    writer.close()
    window.close()


def timed(step: Callable[[Path], None], path: Path) -> float:
    """Seconds ``step(path)`` took."""
    began = time.perf_counter()
    step(path)
    return time.perf_counter() - began


def main() -> int:
    """Build the library, time both ways, print (and with ``--json`` write) the results."""
    parser = bench_arguments(__doc__.splitlines()[0])
    parser.add_argument("--highlights", type=int, default=None)
    args = parser.parse_args()
    highlights = args.highlights or (20_000 if args.quick else HIGHLIGHTS)
    path = sandbox_dir("library_opens") / "library.sqlite"
    build_library(path, highlights)
    before, after = Runs([]), Runs([])
    every_open_scans(path)
    one_scan_handed_on(path)
    for _run in range(run_count(args, default=5)):
        before.values.append(timed(every_open_scans, path))
        after.values.append(timed(one_scan_handed_on, path))
    emit([Result(
        name=f"app start's three opens of a library with {highlights:,} highlights",
        target="one wrong-typed-value scan, not three",
        measured=(f"{after.median:.2f} s (one scan, spread {after.spread()}) vs "
                  f"{before.median:.2f} s (three scans, spread {before.spread()})"),
        ratio=f"saves {before.median - after.median:.2f} s",
        passed=after.median < before.median,
        method="Store + Store + open_library_reader, median of alternating runs",
    )], args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
