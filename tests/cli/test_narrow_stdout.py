"""Output on a terminal whose encoding is narrower than the library's text degrades, never fails.

``PYTHONIOENCODING=ascii``, a Latin-1 console or a C locale without UTF-8 give stdout
an encoding that cannot hold "Ünïcødé" or an emoji; a listing used to stop with exit 1
and "'ascii' codec can't encode character". Now such characters print as ``?``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support import REPO
from workbench.commands.terminal import EscapingStream
from workbench.core.models import Article
from workbench.store import Store

TITLE = "Ünïcødé 😀 report from Zürich"


def _library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    store = Store(path)
    store.documents.add_article(
        Article(title=TITLE, text="Ms Øberg said the talks in Zürich would resume 🙂."),
        analyze=False,
    )
    store.close()
    return path


def _run_ascii(db: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *argv],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_listing_and_showing_non_ascii_text_on_an_ascii_stdout_prints_replacements(
    tmp_path: Path,
) -> None:
    db = _library(tmp_path)
    listed = _run_ascii(db, "list")
    assert listed.returncode == 0, listed.stderr
    assert b"?n?c?d? ? report from Z?rich" in listed.stdout
    shown = _run_ascii(db, "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert b"Ms ?berg said the talks in Z?rich would resume ?." in shown.stdout


def test_json_on_an_ascii_stdout_stays_valid_json(tmp_path: Path) -> None:
    done = _run_ascii(_library(tmp_path), "list", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["title"] == "?n?c?d? ? report from Z?rich"


def test_the_escaping_stream_replaces_what_its_encoding_cannot_hold() -> None:
    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="latin-1", errors="strict")
    stream = EscapingStream(latin)
    stream.write("Zürich 😀 \x1b[2J\n")
    latin.flush()
    assert raw.getvalue().decode("latin-1") == "Zürich ? \\u001b[2J\n"
