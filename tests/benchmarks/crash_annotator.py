"""An analyst working while an import runs: adds annotations and prints each once committed.

Run by crash_import.py beside ``workbench import`` and SIGKILLed with it. A
line on stdout means the annotation's transaction returned (committed), so
every printed annotation must survive the kill.

Usage: ``crash_annotator.py LIBRARY SEED [--once N]``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
from pathlib import Path

from workbench.store import Store


def pick_span(text: str, rng: random.Random) -> tuple[int, int] | None:
    """A span of a few whole words somewhere in ``text``."""
    words = [i for i, ch in enumerate(text) if ch == " "]
    if len(words) < 8:
        return None
    first = rng.randrange(len(words) - 6)
    start = words[first] + 1
    end = words[first + rng.randint(2, 5)]
    return (start, end) if start < end else None


def annotate_once(store: Store, rng: random.Random, serial: int) -> dict[str, object] | None:
    """Add one note (or claim) to a random document; return its record, or None."""
    row = store.db.execute(
        "SELECT id, content_hash, text FROM documents ORDER BY random() LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    doc_id, content_hash, text = row
    found = pick_span(text, rng)
    if found is None:
        return None
    start, end = found
    note = f"analyst note {serial} ({rng.random():.6f})"
    if serial % 4 == 3:
        store.claims.add_claim(doc_id, start, end)
        kind, note = "claim", ""
    else:
        store.annotations.add_annotation(doc_id, start, end, note_md=note)
        kind = "note"
    return {
        "content_hash": content_hash,
        "start": start,
        "end": end,
        "exact": text[start:end],
        "note": note,
        "kind": kind,
    }


def main(argv: list[str]) -> int:
    library, seed = Path(argv[0]), int(argv[1])
    once = int(argv[3]) if len(argv) > 3 and argv[2] == "--once" else None
    rng = random.Random(seed)
    store = Store(library)
    serial = seed * 1000
    while once is None or serial < seed * 1000 + once:
        serial += 1
        try:
            record = annotate_once(store, rng, serial)
        except sqlite3.OperationalError as error:  # e.g. "database is locked": not committed
            record = {"refused": str(error)}
        if record is not None:
            print(json.dumps(record), flush=True)
        if once is None:
            time.sleep(rng.uniform(0.02, 0.25))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
