"""The Wikinews gold's dev6 split (ECB+ articles whose texts stay with their publishers).

Why tested though the app does not ship it: the texts must never enter the repository, so
the gold keeps offsets, speaker names and a fingerprint of each quote instead of its
words; the eval must skip dev6 cleanly on a machine without ../shared, where the default
run that rewrites the quality report still has to work; and where the texts are present,
every fingerprint must still match what the eval rebuilds (else the offsets are off).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "eval"
sys.path[:0] = [str(EVAL), str(EVAL / "wikinews_gold")]

import ecbplus  # noqa: E402
import eval_wikinews_quotes as wikinews  # noqa: E402

GOLD = EVAL / "wikinews_gold"


def _records(name: str) -> list[dict]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _dev6_slugs() -> set[str]:
    return {r["slug"] for r in _records("articles.jsonl") if r.get("split") == "dev6"}


def test_dev6_stores_no_article_text() -> None:
    slugs = _dev6_slugs()
    assert slugs
    assert not any((GOLD / "texts" / f"{slug}.txt").exists() for slug in slugs)
    for name in ("quotes.jsonl", "scare_quotes.jsonl"):
        for record in _records(name):
            if record["slug"] in slugs:
                assert "quote" not in record
                assert len(record["quote_sha1"]) == 12


def test_dev6_is_skipped_without_the_shared_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ecbplus, "available", lambda: False)
    assert wikinews.load_gold(GOLD, "dev6") == []
    assert wikinews.rows_for(None, GOLD, ["dev6"]) == {}


@pytest.mark.skipif(not ecbplus.available(), reason="ECB+ is not in ../shared")
def test_dev6_fingerprints_match_the_rebuilt_texts() -> None:
    from ecbplus_texts import fingerprint

    articles = {a.slug: a for a in wikinews.load_gold(GOLD, "dev6")}
    assert set(articles) == _dev6_slugs()
    for record in _records("quotes.jsonl") + _records("scare_quotes.jsonl"):
        article = articles.get(record["slug"])
        if article is not None:
            quote = article.text[record["start"] : record["end"]]
            assert fingerprint(quote) == record["quote_sha1"]
