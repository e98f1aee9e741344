"""Kill ``workbench import`` with SIGKILL at random moments and check nothing is ever lost.

Run: ``.venv/bin/python tests/benchmarks/crash_import.py [--kills 20] [--articles 2000]
[--analyzed 200] [--kills-per-round 3] [--seed 7] [--report docs/reliability-crash.md]``.

Two scenarios share the kills: a bulk import of ``--articles`` NewsArticles
(``--no-analyze``: documents and their FTS rows), and an import with analysis
of the first ``--analyzed`` of them (the per-document pending → analysed
transaction, in worker processes). Beside every import an analyst process adds
notes and claims and prints each once committed; between runs the script adds
more through the Store. After each kill the library is checked (crash_checks);
after ``--kills-per-round`` kills the same import is run again to the end and
the result must equal an uninterrupted import of the same input.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path[:0] = [str(HERE), str(REPO)]

from crash_annotator import annotate_once  # noqa: E402
from crash_checks import DocPrint, check_state, compare_libraries, fingerprint  # noqa: E402
from crash_dataset import load_articles, write_folder  # noqa: E402
from crash_report import measure_maintenance, write_report  # noqa: E402

from workbench.store import Store  # noqa: E402

PYTHON = sys.executable
# Children use this checkout's workbench (not whichever one is installed in the venv).
CHILD_ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
}


@dataclass
class Scenario:
    """One kind of import, its uninterrupted reference and what happened to it."""

    name: str
    folder: Path
    analyze: bool
    articles: int
    reference: dict[str, DocPrint] = field(default_factory=dict)
    reference_seconds: float = 0.0
    startup_seconds: float = 0.0
    reference_exit: int = 0
    kills: int = 0
    kills_before_file: int = 0
    crashed_by_itself: int = 0
    analyst_refused: int = 0
    finished_before_kill: int = 0
    states_checked: int = 0
    resumes: int = 0
    failures: list[str] = field(default_factory=list)
    kill_points: list[tuple[int, int]] = field(default_factory=list)
    annotations: int = 0
    check_seconds: list[float] = field(default_factory=list)
    check_library_seconds: list[float] = field(default_factory=list)
    resume_seconds: list[float] = field(default_factory=list)
    last_library: Path | None = None
    maintenance: dict[str, float] = field(default_factory=dict)


def import_command(library: Path, scenario: Scenario) -> list[str]:
    command = [PYTHON, "-m", "workbench", "--db", str(library), "import", str(scenario.folder)]
    return command if scenario.analyze else [*command, "--no-analyze"]


def run_to_end(library: Path, scenario: Scenario) -> tuple[int, float]:
    """Run the import without interruption; return its exit code and duration."""
    started = time.perf_counter()
    done = subprocess.run(
        import_command(library, scenario),
        capture_output=True,
        text=True,
        check=False,
        env=CHILD_ENV,
    )
    if "Traceback" in done.stderr:
        scenario.failures.append(f"traceback from import: {done.stderr[-500:]}")
    return done.returncode, time.perf_counter() - started


def build_reference(work: Path, scenario: Scenario) -> None:
    """Import without interruption, and time how long the CLI takes to open a library."""
    library = work / f"reference-{scenario.name}.sqlite"
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "workbench", "--db", str(work / "startup.sqlite"), "list"],
        capture_output=True,
        check=False,
        env=CHILD_ENV,
    )
    scenario.startup_seconds = time.perf_counter() - started
    scenario.reference_exit, scenario.reference_seconds = run_to_end(library, scenario)
    scenario.reference = fingerprint(library)
    print(
        f"[{scenario.name}] reference: {len(scenario.reference)} documents in "
        f"{scenario.reference_seconds:.1f} s (exit {scenario.reference_exit}); "
        f"CLI start-up {scenario.startup_seconds:.2f} s",
        flush=True,
    )


def progress_of(library: Path, scenario: Scenario) -> float:
    """How much of the import is done (0..1), to aim kills at the remaining work."""
    if not library.exists():
        return 0.0
    fields = fingerprint(library)
    done = sum(1 for _, status, _, _ in fields.values() if status != "pending")
    return min(1.0, done / max(1, len(scenario.reference)))


def kill_once(
    library: Path, scenario: Scenario, rng: random.Random
) -> tuple[list[dict[str, Any]], bool]:
    """Start the import and an annotating analyst, SIGKILL both at a random moment.

    Returns the annotations the analyst committed, and whether the import
    finished before the kill (then this round is over).
    """
    remaining = 1.0 - progress_of(library, scenario)
    start = scenario.startup_seconds
    work = max(0.1, scenario.reference_seconds - start)
    delay = rng.uniform(0.8 * start, start + 0.9 * work * remaining)
    errors, committed_log = library.with_suffix(".stderr"), library.with_suffix(".annotations")
    with errors.open("wb") as stderr, committed_log.open("wb") as committed_out:
        importer = subprocess.Popen(
            import_command(library, scenario),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
            env=CHILD_ENV,
        )
        analyst = subprocess.Popen(
            [PYTHON, str(HERE / "crash_annotator.py"), str(library), str(rng.randrange(10**6))],
            stdout=committed_out,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=CHILD_ENV,
        )
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline and importer.poll() is None:
            time.sleep(0.01)
        finished = importer.poll() is not None
        for process in (importer, analyst):
            _kill_group(process)
    committed = _read_outcome(errors, committed_log, scenario)
    if finished:
        scenario.finished_before_kill += 1
    else:
        scenario.kills += 1
    return committed, finished


def _read_outcome(errors: Path, committed_log: Path, scenario: Scenario) -> list[dict[str, Any]]:
    """Record a traceback or refused writes as failures; return the committed annotations."""
    stderr_text = errors.read_text(encoding="utf-8", errors="replace")
    if "Traceback" in stderr_text:
        scenario.crashed_by_itself += 1
        scenario.failures.append(f"import failed by itself: {stderr_text.strip().splitlines()[-1]}")
    lines = committed_log.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.endswith("}")]
    committed = [record for record in records if "refused" not in record]
    refused = len(records) - len(committed)
    scenario.analyst_refused += refused
    if refused:
        reasons = sorted({record["refused"] for record in records if "refused" in record})
        scenario.failures.append(f"{refused} analyst write(s) refused: {', '.join(reasons)}")
    return committed


def _kill_group(process: subprocess.Popen[Any]) -> None:
    """SIGKILL the process and everything it started (the analysis workers too)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def annotate_between_runs(library: Path, rng: random.Random, count: int) -> list[dict[str, Any]]:
    """The analyst opens the library after the crash and goes on working."""
    if not library.exists():
        return []
    store = Store(library)
    try:
        records = [annotate_once(store, rng, rng.randrange(10**6)) for _ in range(count)]
    finally:
        store.close()
    return [record for record in records if record is not None]


def verify(
    library: Path, scenario: Scenario, annotations: list[dict[str, Any]], after_kill: bool = True
) -> None:
    """Check one state and record timings, failures and where the kill landed."""
    state = check_state(library, scenario.reference, annotations)
    scenario.states_checked += 1
    scenario.check_seconds.append(state.sqlite_seconds)
    scenario.check_library_seconds.append(state.check_library_seconds)
    scenario.failures += [f"state {scenario.states_checked}: {f}" for f in state.failures]
    if after_kill:
        analysed = state.statuses.get("analyzed", 0) + state.statuses.get("failed", 0)
        scenario.kill_points.append((state.documents, analysed))
    print(
        f"[{scenario.name}] state {scenario.states_checked}: {state.documents} docs "
        f"{state.statuses}, {len(annotations)} annotations, "
        f"{'OK' if not state.failures else 'FAIL ' + '; '.join(state.failures[:3])}",
        flush=True,
    )


def resume(library: Path, scenario: Scenario, annotations: list[dict[str, Any]]) -> None:
    """Run the same import again to the end; it must give the uninterrupted library."""
    code, seconds = run_to_end(library, scenario)
    scenario.resumes += 1
    scenario.resume_seconds.append(seconds)
    if code != scenario.reference_exit:
        scenario.failures.append(f"resume exit code {code} != {scenario.reference_exit}")
    verify(library, scenario, annotations, after_kill=False)
    differences = compare_libraries(fingerprint(library), scenario.reference)
    scenario.failures += [f"resume {scenario.resumes}: {d}" for d in differences]
    pending = sum(1 for _, status, _, _ in fingerprint(library).values() if status == "pending")
    if pending:
        scenario.failures.append(f"resume {scenario.resumes}: {pending} document(s) still pending")


def run_scenario(work: Path, scenario: Scenario, kills: int, per_round: int, seed: int) -> None:
    rng = random.Random(seed)
    build_reference(work, scenario)
    round_number = 0
    while scenario.kills < kills:
        round_number += 1
        library = work / f"{scenario.name}-round{round_number}.sqlite"
        annotations: list[dict[str, Any]] = []
        kills_at_start = scenario.kills
        finished = False
        while not finished and scenario.kills - kills_at_start < per_round:
            committed, finished = kill_once(library, scenario, rng)
            annotations += committed
            if library.exists():
                verify(library, scenario, annotations, after_kill=not finished)
            else:
                scenario.kills_before_file += 1
            annotations += annotate_between_runs(library, rng, 3)
            if scenario.kills >= kills:
                break
        resume(library, scenario, annotations)
        scenario.annotations += len(annotations)
        scenario.last_library = library


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs in all (≥ 20)")
    parser.add_argument("--articles", type=int, default=2000, help="articles in the bulk import")
    parser.add_argument("--analyzed", type=int, default=200, help="articles imported with analysis")
    parser.add_argument("--kills-per-round", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--report", type=Path, default=REPO / "docs" / "reliability-crash.md")
    parser.add_argument("--work", type=Path, default=None, help="keep libraries here")
    parser.add_argument("--label", default="current tree", help="names this run in the report")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="crash-import-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        records = load_articles(args.articles)
        scenarios = [
            Scenario("bulk", write_folder(records, work / "bulk", 20), False, args.articles),
            Scenario(
                "analysis",
                write_folder(records[: args.analyzed], work / "analysis", 4),
                True,
                args.analyzed,
            ),
        ]
        bulk_kills = (args.kills + 1) // 2
        for scenario, kills in zip(scenarios, (bulk_kills, args.kills - bulk_kills), strict=True):
            run_scenario(work, scenario, kills, args.kills_per_round, args.seed)
            if scenario.last_library is not None:
                scenario.maintenance = measure_maintenance(scenario.last_library)
    elapsed = time.perf_counter() - started
    write_report(args.report, scenarios, args, elapsed)
    failures = sum(len(s.failures) for s in scenarios)
    print(f"{sum(s.kills for s in scenarios)} kills, {failures} failure(s); report: {args.report}")
    for scenario in scenarios:
        for failure in scenario.failures[:20]:
            print(f"  [{scenario.name}] {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
