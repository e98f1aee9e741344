"""``workbench import`` on hostile input: every file imported or rejected with a reason, in bounds.

The CLI runs as a child process on tests/fixtures/hostile plus files generated
here (a 50 MB text file, a 1.5-million-character article; kept out of the
repository). For each run: exit code 1 (some input failed), no traceback, each
rejected file named on stderr with its reason, the rest of the batch stored,
and the child's time and peak memory bounded (``os.wait4`` gives the child's
own rusage, including the analysis workers it waited for).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from workbench.core.text import plural
from workbench.store import Store, check_library

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
MAX_RSS = 2 * 1024**3
REJECTED = {
    "empty.txt": ["empty file"],
    "binary_renamed.txt": ["binary file, not text"],
    "nul_bytes.txt": ["binary file, not text"],
    "malformed.pdf": ["malformed PDF"],
    "not_a_zip.docx": ["not a valid .docx"],
    "entity_bomb.docx": ["possible entity bomb"],
    "malformed.jsonl": [
        "line 2: invalid JSON",
        "line 5: expected a JSON object",
        "line 6: no text",
        "line 7: invalid JSON",
        "line 8: no text",
        "line 10: invalid UTF-8",
    ],
}
IMPORTED = {
    "invalid_utf8.txt": 1,
    "latin1.txt": 1,
    "utf16_bom.txt": 1,
    "script.html": 1,
    "malformed.jsonl": 3,
}
pytestmark = pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4 (POSIX)")


@dataclass(frozen=True)
class Run:
    """A finished ``workbench`` child process."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss: int


def run_workbench(args: list[str], workdir: Path, timeout: float) -> Run:
    """Run the CLI in a child; fail the test if it outlives ``timeout`` seconds."""
    out, err = workdir / "stdout.txt", workdir / "stderr.txt"
    started = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        command = [sys.executable, "-m", "workbench", *args]
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr)
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                child.kill()
                os.wait4(child.pid, 0)
                pytest.fail(f"workbench {' '.join(args[:3])} ran longer than {timeout} s")
            time.sleep(0.02)
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    return Run(
        returncode=child.returncode,
        stdout=out.read_text(encoding="utf-8", errors="replace"),
        stderr=err.read_text(encoding="utf-8", errors="replace"),
        seconds=time.monotonic() - started,
        max_rss=usage.ru_maxrss * scale,
    )


def assert_bounded(run: Run, timeout: float) -> None:
    print(f"child: {run.seconds:.1f} s, peak RSS {run.max_rss / 1e6:.0f} MB")  # pytest -s shows it
    assert run.seconds < timeout
    assert run.max_rss < MAX_RSS, f"child peaked at {run.max_rss / 1e6:.0f} MB"
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert children * (1 if sys.platform == "darwin" else 1024) < MAX_RSS


def assert_reported(run: Run, extra_imported: dict[str, int], library: Path) -> None:
    """Exit 1, no traceback, every rejection named with its reason, the rest stored."""
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr + run.stdout
    lines = run.stderr.splitlines()
    for name, reasons in REJECTED.items():
        for reason in reasons:
            assert any(name in line and reason in line for line in lines), (name, reason)
    expected = {**IMPORTED, **extra_imported}
    with sqlite3.connect(library) as conn:
        origins = [Path(row[0]).name for row in conn.execute("SELECT origin_path FROM documents")]
    assert {name: origins.count(name) for name in expected} == expected
    assert len(origins) == sum(expected.values())
    summary = f"imported {plural(sum(expected.values()), 'document')}"
    assert any(line.startswith(summary) for line in lines), lines[-3:]


def write_long_article(folder: Path, characters: int = 1_500_000) -> Path:
    """One JSON Lines article of ``characters`` characters (sentences, paragraphs, some quotes)."""
    sentence = 'The minister said "talks on sanctions will resume" after the vote in Geneva. '
    body, n = [], 0
    while sum(map(len, body)) < characters:
        body.append(sentence * 12 + f"Paragraph {n}.\n\n")
        n += 1
    text = "".join(body)[:characters]
    path = folder / "long_article.jsonl"
    record = {"title": "A very long article", "text": text, "source": "generated"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def write_huge_text(folder: Path, megabytes: int = 50) -> Path:
    """A plain-text file of about ``megabytes`` MB of varied paragraphs."""
    words = "the zanzibarquay minister said talks would resume after the vote".split()
    path = folder / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A report that never ends\n\n")
        written, n = 0, 0
        while written < megabytes * 1_000_000:
            paragraph = " ".join(words[(n + k) % len(words)] for k in range(90)) + f" {n}.\n\n"
            handle.write(paragraph)
            written += len(paragraph)
            n += 1
    return path


def test_hostile_folder_and_a_long_article_without_analysis(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    long_article = write_long_article(tmp_path)
    args = ["--db", str(library), "import", str(HOSTILE), str(long_article), "--no-analyze"]
    run = run_workbench(args, tmp_path, timeout=120)
    assert_bounded(run, 120)
    assert_reported(run, {"long_article.jsonl": 1}, library)
    with Store(library) as store:
        texts = [
            len(store.documents.document_text(row["id"]))
            for row in store.documents.list_documents()
        ]
        assert max(texts) > 1_400_000
        assert check_library(store).ok


def test_hostile_folder_with_analysis(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    run = run_workbench(["--db", str(library), "import", str(HOSTILE)], tmp_path, timeout=300)
    assert_bounded(run, 300)
    assert_reported(run, {}, library)
    assert "analysed 7 documents" in run.stderr
    with Store(library) as store:
        statuses = {row["status"] for row in store.documents.list_documents()}
        assert statuses == {"analyzed"}
        assert check_library(store).ok


@pytest.mark.slow
def test_a_fifty_megabyte_text_file_beside_the_hostile_folder(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    huge = write_huge_text(tmp_path)
    args = ["--db", str(library), "import", str(HOSTILE), str(huge), "--no-analyze"]
    run = run_workbench(args, tmp_path, timeout=300)
    assert_bounded(run, 300)
    assert_reported(run, {"huge.txt": 1}, library)
    with Store(library) as store:
        assert store.library.count_search("zanzibarquay") == 1
