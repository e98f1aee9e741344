"""Which analysis run is working on which pending document, so two runs never share one.

Why claims: an import's analysis pass takes the pending documents; when two
imports run at once (two command lines, or the desktop app and a script),
both would take every pending document and parse each twice. A run
therefore claims the pending documents nobody holds, in one write
transaction (the store's transactions are ``BEGIN IMMEDIATE``, so two runs
claim one after the other), and each saved result drops its document's
claim in the same transaction as the result.

A run that ends (finished, cancelled, failed) gives its remaining claims
back. A run that was killed cannot; its claims are taken over when it is
known dead: its process is gone from this computer, or (another computer,
or a recycled process id) it has not saved anything for ``LEASE_SECONDS``.
So nothing is lost: the next run, or the next start of the app, analyses
the leftovers.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass

from sqlite_utils import Database

from workbench.core.models import AnalysisItem
from workbench.core.vocabulary import STATUS_PENDING

# A live run renews its lease with every save; a document or a chunk takes far less.
LEASE_SECONDS = 15 * 60


@dataclass(frozen=True)
class AnalysisRun:
    """One analysis run's identity: a random id, and the process that runs it."""

    run_id: str
    host: str
    pid: int

    @classmethod
    def of_this_process(cls) -> AnalysisRun:
        """A new run of the current process."""
        return cls(secrets.token_hex(8), socket.gethostname(), os.getpid())


def claim_pending(db: Database, run: AnalysisRun) -> list[AnalysisItem]:
    """Register ``run``, claim every pending document no live run holds; return them.

    (id, title, text) oldest first. The run's own row is written first, so
    the transaction holds the write lock before it reads any claim.
    """
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO analysis_runs (run, host, pid, heartbeat) VALUES (?, ?, ?, ?)",
            [run.run_id, run.host, run.pid, time.time()],
        )
        _release_dead_runs(db, run)
        db.execute(
            "INSERT OR IGNORE INTO analysis_claims (document_id, run)"
            " SELECT id, ? FROM documents WHERE status = ?", [run.run_id, STATUS_PENDING])
        rows = db.execute(
            "SELECT d.id, d.title, d.text FROM analysis_claims c"
            " JOIN documents d ON d.id = c.document_id WHERE c.run = ? AND d.status = ?"
            " ORDER BY d.id", [run.run_id, STATUS_PENDING]).fetchall()
    return [AnalysisItem(int(r[0]), r[1], r[2]) for r in rows]


def held_by_others(db: Database, run: AnalysisRun) -> int:
    """How many pending documents other live runs hold (``run`` left them to those runs)."""
    row = db.execute(
        "SELECT count(*) FROM analysis_claims c JOIN documents d ON d.id = c.document_id"
        " WHERE c.run != ? AND d.status = ?", [run.run_id, STATUS_PENDING]).fetchone()
    return int(row[0])


def renew_lease(db: Database, run: AnalysisRun) -> None:
    """Say the run is alive (its claims stay its own for another ``LEASE_SECONDS``)."""
    with db.atomic():
        db.execute("UPDATE analysis_runs SET heartbeat = ? WHERE run = ?",
                   [time.time(), run.run_id])


def end_run(db: Database, run: AnalysisRun) -> None:
    """Give back the run's remaining claims (cancelled or failed documents stay pending)."""
    with db.atomic():
        db.execute("DELETE FROM analysis_claims WHERE run = ?", [run.run_id])
        db.execute("DELETE FROM analysis_runs WHERE run = ?", [run.run_id])


def drop_claim(db: Database, doc_id: int) -> None:
    """Forget the claim on a document whose result was saved (inside the caller's transaction)."""
    db.execute("DELETE FROM analysis_claims WHERE document_id = ?", [doc_id])


def _release_dead_runs(db: Database, current: AnalysisRun) -> None:
    """Drop the runs (and their claims) known dead: process gone here, or lease run out."""
    expired = time.time() - LEASE_SECONDS
    dead = [
        run_id
        for run_id, host, pid, heartbeat in db.execute(
            "SELECT run, host, pid, heartbeat FROM analysis_runs WHERE run != ?",
            [current.run_id])
        if heartbeat < expired or (host == current.host and not process_alive(int(pid)))
    ]
    for run_id in dead:
        db.execute("DELETE FROM analysis_claims WHERE run = ?", [run_id])
        db.execute("DELETE FROM analysis_runs WHERE run = ?", [run_id])


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when it cannot be told)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    """``os.kill(pid, 0)`` would terminate the process on Windows; ask the kernel instead."""
    import ctypes

    synchronize, still_running = 0x00100000, 0x102
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(synchronize, False, pid)
    if not handle:
        return ctypes.GetLastError() == 5  # type: ignore[attr-defined]  # access denied: alive
    try:
        return bool(kernel.WaitForSingleObject(handle, 0) == still_running)
    finally:
        kernel.CloseHandle(handle)
