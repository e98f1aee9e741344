"""Hostile size: ``workbench import`` of a 20 MB text with no line break, analysis included.

The attack run of issue 22 imported a 20 MB one-line text: the analysis never
finished (25 minutes, 8.3 GB). Since then the text is analysed in chunks of at
most 10,000 characters, 16 chunks per spaCy batch, and speaker resolution is
linear, so memory stays flat and time grows with the text.

The text is the repository's seed articles (``seeds/wikinews``) joined by
spaces and repeated to the size asked for: real prose, real names and quotes,
not one line break. One ``python -m workbench import`` runs as a child; a
sampler thread reads the RSS of it and its descendants every 0.5 s.

Not part of ``make test`` (it takes minutes). Run it directly::

    .venv/bin/python tests/benchmarks/bench_long_line.py            # 20 MB
    .venv/bin/python tests/benchmarks/bench_long_line.py --quick    # 2 MB
    .venv/bin/python tests/benchmarks/bench_long_line.py --megabytes 5
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    REPO,
    Result,
    RssSampler,
    bench_arguments,
    emit,
    sandbox_dir,
    time_process,
    workbench_command,
)

PEAK_RSS_TARGET_MB = 1_500
MEGABYTE = 1_000_000


def one_line_text(size: int) -> str:
    """``size`` characters of seed prose without a single line break."""
    from workbench.ingest import read_articles

    seeds = sorted((REPO / "seeds" / "wikinews").rglob("*.md"))
    prose = " ".join(" ".join(article.text.split()) for path in seeds
                     for article in read_articles(path))
    repeats = size // (len(prose) + 1) + 1
    return " ".join([prose] * repeats)[:size]


def run(megabytes: float) -> Result:
    """Import (and analyse) one one-line text file; report wall time and peak RSS."""
    folder = sandbox_dir("long-line")
    source = folder / "one_line.txt"
    source.write_text(one_line_text(int(megabytes * MEGABYTE)), encoding="utf-8")
    library = folder / "library.sqlite"
    for stale in folder.glob("library.sqlite*"):
        stale.unlink()
    sampler = RssSampler(interval=0.5)
    timing = time_process(workbench_command("--db", str(library), "import", str(source)),
                          sampler=sampler, timeout=3 * 3600)
    peak = max((parent + workers for _, parent, workers, _, _ in sampler.samples), default=0.0)
    rate = megabytes * MEGABYTE / timing.wall
    return Result(
        name=f"Hostile size: import and analyse a {megabytes:g} MB text without line breaks",
        target=f"finishes; peak RSS ≤ {PEAK_RSS_TARGET_MB} MB",
        measured=f"{timing.wall:.0f} s ({rate:,.0f} characters/s), peak RSS {peak:.0f} MB",
        passed=peak <= PEAK_RSS_TARGET_MB,
        method=("One `workbench import` child on seed prose joined into one line; RSS of the "
                "process tree sampled every 0.5 s. Before the fix: never finished (25 min, 8.3 GB "
                "for 20 MB)."),
        details={"wall_s": timing.wall, "cpu_s": timing.cpu, "peak_rss_mb": peak,
                 "megabytes": megabytes},
    )


def main() -> None:
    parser = bench_arguments(__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=None, help="text size (default 20)")
    args = parser.parse_args()
    megabytes = args.megabytes or (2.0 if args.quick else 20.0)
    emit([run(megabytes)], args.json)


if __name__ == "__main__":
    main()
