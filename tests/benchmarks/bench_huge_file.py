"""One huge plain-text file: time to searchable, time to analysed, peak RSS; chunk throughput.

The huge file: the NewsArticles bodies longer than 500 characters, joined by
blank lines under one title line, repeated until the file has the size asked
(50 MB; 5 MB with ``--quick``). It is built at run time in the sandbox, never
in the repository.

* Huge import: one whole ``python -m workbench --db NEW import FILE.txt``
  process. A sampler thread reads the RSS of the process and every
  descendant (the extraction workers) every 0.25 s and, on a read-only
  connection to the WAL library, whether a word of the file is found by
  full-text search (time to searchable) and how many chunks are saved.
  Time to analysed is the process's end (it exits once the document is
  analysed). Peak RSS is the largest sum of the tree over the samples.
* Throughput: the same words analysed as one document and as separate
  articles. The first N articles are written as JSONL and as one text file;
  each is imported with ``--no-analyze``, then ``workbench reanalyze`` (a whole
  process: model load in two workers, extraction, saving) is timed on each.
  Ratio = articles' time / huge file's time (≥ 0.9 means the chunked path
  keeps at least 90% of the articles' throughput). Sides alternate order.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    REPO,
    ProcessTime,
    Result,
    RssSampler,
    Runs,
    bench_arguments,
    bench_env,
    emit,
    load_average,
    run_count,
    sandbox_dir,
    time_process,
    workbench_command,
)
from corpus import news_articles, word_count, write_jsonl  # noqa: E402

SEARCHABLE_TARGET_S = 15.0
PEAK_TARGET_MB = 1500.0
THROUGHPUT_TARGET = 0.9
PROBE_WORD = "zanzibarquay"  # in the title line only: found once the document is indexed


def long_bodies() -> list[dict[str, str]]:
    """The real articles whose body is longer than 500 characters."""
    return [record for record in news_articles() if len(record["text"]) > 500]


def write_huge_text(megabytes: float, path: Path) -> tuple[Path, int]:
    """Write the huge file (title line, then bodies repeated to size); return it and its words."""
    target = int(megabytes * 1024 * 1024)
    bodies = "\n\n".join(record["text"] for record in long_bodies())
    written, words = 0, 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"Whole-feed export {PROBE_WORD}\n\n")
        while written < target:
            part = bodies[: target - written]
            handle.write(part + "\n\n")
            written += len(part.encode("utf-8")) + 2
            words += len(part.split())
    return path, words


def fresh_library(name: str) -> Path:
    """A path for a new library file (leftovers of an earlier run removed)."""
    db = sandbox_dir("huge") / f"{name}.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    return db


class ImportProbe:
    """Read-only look into the library the import is writing: searchable yet? chunks saved?

    With a ``series`` path it also appends, about once a second, one line of
    the whole import's course: seconds, RSS of the process tree (the
    sampler's last sample), chunks saved, characters and (estimated) words
    analysed, and the size of the write-ahead log -- so a slowdown as the
    document's rows grow shows as falling words/s over time.
    """

    def __init__(self, db: Path, series: Path | None = None, words_per_char: float = 0.0,
                 sampler: RssSampler | None = None) -> None:
        self.db = db
        self.searchable_at: float | None = None
        self.started = time.perf_counter()
        self.series = series
        self.words_per_char = words_per_char
        self.sampler = sampler
        self._written_at = -1.0
        if series is not None:
            series.write_text("seconds\trss_mb\tchunks\tchars_analysed\twords_analysed"
                              "\twal_mb\n", encoding="utf-8")

    def __call__(self) -> float:
        try:
            with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=0.1) as connection:
                if self.searchable_at is None and connection.execute(
                        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                        [PROBE_WORD]).fetchone()[0]:
                    self.searchable_at = time.perf_counter() - self.started
                chunks, chars = connection.execute(
                    'SELECT count(*), coalesce(sum("end" - start), 0) FROM analysis_chunks'
                ).fetchone()
        except sqlite3.Error:
            return float("nan")
        self._log(int(chunks), int(chars))
        return float(chunks)

    def _log(self, chunks: int, chars: int) -> None:
        """Append one line of the series (at most once a second)."""
        now = time.perf_counter() - self.started
        if self.series is None or now - self._written_at < 1.0:
            return
        self._written_at = now
        samples = self.sampler.samples if self.sampler is not None else []
        rss = samples[-1][1] + samples[-1][2] if samples else float("nan")
        wal = Path(f"{self.db}-wal")
        wal_mb = wal.stat().st_size / 1024 / 1024 if wal.exists() else 0.0
        with self.series.open("a", encoding="utf-8") as handle:
            handle.write(f"{now:.1f}\t{rss:.0f}\t{chunks}\t{chars}\t"
                         f"{chars * self.words_per_char:.0f}\t{wal_mb:.1f}\n")


def huge_import(megabytes: float, stop_after: float | None = None,
                series: Path | None = None, timeout: float = 4 * 3600) -> Result:
    """One whole import of the huge file: searchable, analysed, peak RSS.

    With ``stop_after`` the import is killed (``SIGKILL`` to its process
    group) after that many seconds: searchable time and peak RSS are then
    those of the storing phase and the first part of the analysis, and the
    chunks saved so far are reported (a machine too busy for a full run).
    """
    path, words = write_huge_text(megabytes, sandbox_dir("huge") / f"huge-{megabytes:g}mb.txt")
    db = fresh_library(f"huge-{megabytes:g}")
    probe = ImportProbe(db, series, words / max(1, len(path.read_text(encoding="utf-8"))))
    sampler = RssSampler(interval=0.25, probe=probe)
    probe.sampler = sampler
    load = load_average()
    probe.started = time.perf_counter()
    command = workbench_command("--db", str(db), "import", str(path))
    if stop_after is None:
        timing = time_process(command, sampler=sampler, timeout=timeout)
        status = check_analysed(db)
    else:
        timing = run_killed_after(command, sampler, stop_after)
        status = f"killed after {stop_after:.0f} s, {saved_chunks(db)} chunks saved"
    peak = max(parent + children for _, parent, children, _, _ in sampler.samples)
    parent_peak = max(parent for _, parent, _, _, _ in sampler.samples)
    phases = phase_split(sampler.samples)
    searchable = probe.searchable_at if probe.searchable_at is not None else float("nan")
    size_mb = path.stat().st_size / 1024 / 1024
    passed = (searchable <= SEARCHABLE_TARGET_S and peak <= PEAK_TARGET_MB)
    return Result(
        name=f"Huge file: one {size_mb:.0f} MB plain-text file",
        target=f"searchable ≤ {SEARCHABLE_TARGET_S:.0f} s; peak RSS ≤ {PEAK_TARGET_MB:.0f} MB",
        measured=(f"searchable {searchable:.1f} s; first chunk saved "
                  f"{phases['first_chunk_s']:.1f} s; {analysed_text(timing, words, stop_after)}; "
                  f"peak RSS {peak:.0f} MB (import process alone {parent_peak:.0f} MB; "
                  f"before the first chunk {phases['storing_peak_mb']:.0f} MB, after "
                  f"{phases['analysing_peak_mb']:.0f} MB)"),
        passed=passed,
        method=(f"{size_mb:.0f} MB ({words:,} words) of NewsArticles bodies joined by blank "
                "lines, repeated to size. One whole `python -m workbench --db NEW import "
                "FILE.txt` process; a sampler reads the RSS of the process tree and polls a "
                "read-only connection for a full-text match of a word of the file every 0.25 s; "
                f"analysed = the process's end (status {status}). Load before: {load}."),
        details={"searchable_s": searchable, "analysed_s": timing.wall, "cpu_s": timing.cpu,
                 "peak_rss_mb": peak, "parent_peak_rss_mb": parent_peak, "words": words,
                 "megabytes": size_mb, **phases},
    )


def phase_split(samples: list[tuple[float, float, float, float, int]]) -> dict[str, float]:
    """When the first chunk was saved, and the tree's peak RSS before it and after it.

    Before the first chunk: reading, storing, indexing and the workers'
    start (model loads); after: the analysis proper.
    """
    first = next((t for t, _, _, chunks, _ in samples if chunks >= 1), float("nan"))
    before = [p + c for t, p, c, _, _ in samples if not t >= first]
    after = [p + c for t, p, c, _, _ in samples if t >= first]
    return {"first_chunk_s": first, "storing_peak_mb": max(before, default=float("nan")),
            "analysing_peak_mb": max(after, default=float("nan"))}


def run_killed_after(command: list[str], sampler: RssSampler, seconds: float) -> ProcessTime:
    """Run ``command`` with the sampler for ``seconds``, then kill its whole process group."""
    process = subprocess.Popen(command, env=bench_env(), cwd=REPO, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler.start(process.pid)
    started = time.perf_counter()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    sampler.stop()
    return ProcessTime(time.perf_counter() - started, float("nan"))


def saved_chunks(db: Path) -> int:
    """How many chunks a killed import had saved."""
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM analysis_chunks").fetchone()[0])


def analysed_text(timing: ProcessTime, words: int, stop_after: float | None) -> str:
    """The time-to-analysed cell (or why there is none)."""
    if stop_after is not None:
        return f"stopped after {timing.wall:.0f} s (no time to analysed)"
    return f"analysed {timing.wall:.0f} s ({words / timing.wall:,.0f} words/s)"


def check_analysed(db: Path) -> str:
    """The document's status; fail loudly unless it was analysed with mentions stored."""
    with sqlite3.connect(db) as connection:
        status = connection.execute("SELECT group_concat(status) FROM documents").fetchone()[0]
        mentions = connection.execute("SELECT count(*) FROM mentions").fetchone()[0]
    if status != "analyzed" or not mentions:
        raise RuntimeError(f"huge file not analysed: status {status}, {mentions} mentions")
    return f"{status}, {mentions:,} mentions"


def kill_and_resume(megabytes: float, after_chunks: int) -> Result:
    """``kill -9`` an import once it saved some chunks; resume; compare with an unbroken import.

    The import's whole process group gets ``SIGKILL`` as soon as the
    library records ``after_chunks`` chunks; ``workbench reanalyze`` then
    finishes the document (it keeps a pending document's saved chunks). The
    mentions and quotes must be as many as an unbroken import of the same
    file stores, and no chunk record may be left.
    """
    path, words = write_huge_text(megabytes, sandbox_dir("huge") / f"huge-{megabytes:g}mb.txt")
    reference = fresh_library(f"unbroken-{megabytes:g}")
    time_process(workbench_command("--db", str(reference), "import", str(path)))
    db = fresh_library(f"killed-{megabytes:g}")
    process = subprocess.Popen(workbench_command("--db", str(db), "import", str(path)),
                               env=bench_env(), cwd=REPO, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while process.poll() is None and not ImportProbe(db)() >= after_chunks:  # nan: no table yet
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    saved = saved_chunks(db)
    resumed = time_process(workbench_command("--db", str(db), "reanalyze"))
    counts = {name: rows_stored(library) for name, library in
              (("unbroken", reference), ("resumed", db))}
    left = saved_chunks(db)
    same = counts["unbroken"] == counts["resumed"] and left == 0
    return Result(
        name=f"Huge file: kill -9 mid-analysis, then resume ({megabytes:g} MB)",
        target="the resumed library holds what an unbroken import stores; no chunk left over",
        measured=(f"killed with {saved} chunks saved; resumed in {resumed.wall:.0f} s; "
                  f"mentions/quotes unbroken {counts['unbroken']}, resumed {counts['resumed']}; "
                  f"chunk records left {left}"),
        passed=same,
        method=(f"{words:,} words; `import` killed (SIGKILL to its process group) once "
                f"{after_chunks} chunks were recorded, then `workbench reanalyze`."),
        details={"saved_at_kill": saved, "resume_s": resumed.wall, "counts": counts},
    )


def rows_stored(db: Path) -> tuple[int, int]:
    """(mentions, quotes) in a library."""
    with sqlite3.connect(db) as connection:
        return (int(connection.execute("SELECT count(*) FROM mentions").fetchone()[0]),
                int(connection.execute("SELECT count(*) FROM quotes").fetchone()[0]))


def throughput(articles: int, runs: int) -> Result:
    """Reanalyse the same words as one huge document and as separate articles, alternating."""
    records = long_bodies()[:articles]
    words = word_count(records)
    folder = sandbox_dir("huge")
    jsonl = write_jsonl(records, folder / f"articles-{articles}.jsonl")
    text = folder / f"joined-{articles}.txt"
    text.write_text(f"Joined {PROBE_WORD}\n\n" + "\n\n".join(r["text"] for r in records),
                    encoding="utf-8")
    libraries = {"articles": fresh_library("articles"), "huge": fresh_library("joined")}
    for side, source in (("articles", jsonl), ("huge", text)):
        time_process(workbench_command("--db", str(libraries[side]), "import", "--no-analyze",
                                       str(source)))
    times: dict[str, list[float]] = {"articles": [], "huge": []}
    for run in range(runs):
        for side in (("huge", "articles") if run % 2 == 0 else ("articles", "huge")):
            timing = time_process(workbench_command("--db", str(libraries[side]), "reanalyze"))
            times[side].append(timing.wall)
            print(f"  run {run + 1}: {side} {timing.wall:.1f} s", flush=True)
    ratios = Runs([a / h for a, h in zip(times["articles"], times["huge"], strict=True)])
    huge, separate = Runs(times["huge"]), Runs(times["articles"])
    return Result(
        name=f"Huge file: throughput of one document vs {articles:,} articles",
        target=f"huge-file throughput ≥ {THROUGHPUT_TARGET}× the same words as articles",
        measured=(f"one document {huge.median:.1f} s ({words / huge.median:,.0f} words/s); "
                  f"articles {separate.median:.1f} s ({words / separate.median:,.0f} words/s)"),
        ratio=f"{ratios.median:.2f}× ({ratios.spread()})",
        passed=ratios.median >= THROUGHPUT_TARGET,
        method=(f"The first {articles:,} NewsArticles bodies > 500 characters ({words:,} words) "
                "as JSONL and as one text file (blank lines between bodies), each imported "
                "with --no-analyze; then whole `workbench reanalyze` processes (two workers) "
                f"timed on each, alternating; {runs} runs; ratio = articles / one document."),
        details={"huge_s": huge.values, "articles_s": separate.values, "ratios": ratios.values,
                 "words": words},
    )


def main() -> None:
    """Run the huge-file benchmark."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--megabytes", type=float, default=None)
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--stop-after", type=float, default=None,
                        help="kill the huge import after this many seconds")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--kill-resume", type=float, default=None, metavar="MB",
                        help="only the kill -9 and resume check, on a file of MB megabytes")
    parser.add_argument("--series", type=Path, default=None,
                        help="append the import's course (time, RSS, chunks, words) here")
    parser.add_argument("--timeout", type=float, default=4 * 3600,
                        help="give up on the huge import after this many seconds")
    args = parser.parse_args()
    if args.kill_resume:
        emit([kill_and_resume(args.kill_resume, after_chunks=3)], args.json)
        return
    megabytes = args.megabytes or (5 if args.quick else 50)
    articles = args.articles or (200 if args.quick else 1000)
    results = [] if args.skip_throughput else [throughput(articles, run_count(args))]
    results.append(huge_import(megabytes, args.stop_after, args.series, args.timeout))
    emit(results, args.json)


if __name__ == "__main__":
    main()
