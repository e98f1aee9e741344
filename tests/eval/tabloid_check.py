"""Our own headline-style claims (``tabloid_headlines.json``) asked against ECB+ and the seeds.

Why: a collection where every claim is a short headline and every claim has a
true report punishes a silent "No likely matches" as a miss, while ECB+'s claims
are mostly full sentences. The headlines are ours, written for this check in
tabloid style (one line, partial names, no context) about the shipped Wikinews
seed articles (CC BY 2.5); the others are about events neither the seeds nor
ECB+ report. The library is the ECB+ library with the seeds imported into a
copy of it (cached beside it), so the seed articles sit among 800 distractors.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from suggestion_scoring import Query

from workbench.store import Store

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HEADLINES = HERE / "tabloid_headlines.json"


def mixed_library(ecb_library: Path, analyse: bool) -> Path:
    """A copy of the ECB+ library with the seed articles imported (built once)."""
    path = ecb_library.with_name(ecb_library.stem + "-with-seeds-v1.db")
    if path.exists():
        return path
    from workbench.operations.analysis import analyze_pending
    from workbench.operations.importing import import_paths

    partial = path.with_suffix(".partial")
    shutil.copy(ecb_library, partial)
    with Store(partial) as store:
        import_paths(store, [ROOT / "seeds"], analyze=analyse)
        if analyse:
            analyze_pending(store, workers=2)
    partial.rename(path)
    return path


def tabloid_queries(store: Store) -> list[Query]:
    """Each matched headline with the seed article it retells; the others with no match."""
    data = json.loads(HEADLINES.read_text(encoding="utf-8"))
    rows = [store.documents.get_document(d["id"]) or {}
            for d in store.documents.list_documents()]
    by_name = {Path(r["origin_path"]).name: r["id"] for r in rows if r.get("origin_path")}
    found = [Query(item["text"], -1, frozenset({by_name[Path(item["file"]).name]}), "seed")
             for item in data["matched"]]
    return found + [Query(text, -1, frozenset(), "seed") for text in data["no_match"]]
