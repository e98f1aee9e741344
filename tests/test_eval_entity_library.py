"""The entity eval's ``--dev`` library counts read only the Wikinews articles of the tuning splits.

Why tested though the app does not ship it: the two-label rows of ``eval_entities.py --dev``
are what a helper tunes the entity labels on, and the shipped CSVs also hold the held-out
splits' articles; a helper must never tune on those, so the filter has to hold.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent / "eval"
sys.path[:0] = [str(EVAL), str(EVAL / "wikinews_gold")]

import entity_library  # noqa: E402

#: A dev2 article, a held-out (test2) one and one no split holds, spelled as the CSVs spell
#: URLs (a doubled slash before "wiki"). The texts are written here, not the articles'.
DEV_URL = ("https://en.wikinews.org//wiki/GitHub_blocks_public_access_to_youtube-dl_after_"
           "RIAA_issues_DMCA_notice")
HELD_OUT_URL = ("https://en.wikinews.org//wiki/Magnitogorsk_apartment_building_collapses_"
                "after_explosion,_dozens_dead")
UNHELD_URL = "https://en.wikinews.org//wiki/A_story_no_split_holds"


def _write_csv(folder: Path) -> None:
    rows = [(DEV_URL, "2020-10-24", "Development story", "A developer said the tool works."),
            (HELD_OUT_URL, "2019-01-04", "Held-out story", "A building fell in a town."),
            (UNHELD_URL, "2019-05-01", "Unheld story", "A council met on Tuesday.")]
    with (folder / "wikinews_2020.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerows(rows)


def test_development_urls_hold_tuning_splits_only() -> None:
    urls = entity_library.development_urls()
    assert DEV_URL.replace("//wiki/", "/wiki/") in urls
    assert HELD_OUT_URL.replace("//wiki/", "/wiki/") not in urls
    assert UNHELD_URL.replace("//wiki/", "/wiki/") not in urls


def test_dev_run_imports_only_development_articles(tmp_path: Path) -> None:
    _write_csv(tmp_path)
    every = entity_library.wikinews_articles(tmp_path)
    development = entity_library.wikinews_articles(tmp_path, entity_library.development_urls())
    assert [title for title, _ in every] == ["Held-out story", "Unheld story",
                                             "Development story"]
    assert [title for title, _ in development] == ["Development story"]
