"""The Wikinews gold's ECB+ articles (dev6 to dev9, dev14; dev12's, dev13's, dev15's top-ups):
no text.

Why tested though the app does not ship it: the texts must never enter the repository, so
the gold keeps offsets, speaker names and a fingerprint of each quote instead of its
words; the eval must skip dev6 to dev9 and dev14 cleanly on a machine without ../shared, where
the default run that rewrites the quality report still has to work; and where the texts are present,
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
#: Splits of ECB+ articles only (dev14: the CSVs and MEANTIME's development half had none left).
ECBPLUS_SPLITS = ("dev6", "dev7", "dev8", "dev9", "dev14")
#: Splits holding ECB+ articles beside Wikinews ones (dev12 tops the last CSV articles up,
#: dev13 MEANTIME's last unheld ones, dev15 the CSV and MEANTIME articles with a short span).
MIXED_SPLITS = ("dev12", "dev13", "dev15")


def _records(name: str) -> list[dict]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _split_slugs(split: str) -> set[str]:
    return {r["slug"] for r in _records("articles.jsonl") if r.get("split") == split}


def _ecbplus_slugs(split: str) -> set[str]:
    records = _records("articles.jsonl")
    return {r["slug"] for r in records if r.get("split") == split and r.get("source") == "ecbplus"}


@pytest.mark.parametrize("split", ECBPLUS_SPLITS + MIXED_SPLITS)
def test_split_stores_no_article_text(split: str) -> None:
    slugs = _ecbplus_slugs(split)
    assert slugs
    assert not any((GOLD / "texts" / f"{slug}.txt").exists() for slug in slugs)
    for name in ("quotes.jsonl", "scare_quotes.jsonl"):
        for record in _records(name):
            if record["slug"] in slugs:
                assert "quote" not in record
                assert len(record["quote_sha1"]) == 12


@pytest.mark.parametrize("split", ECBPLUS_SPLITS)
def test_split_is_skipped_without_the_shared_files(
    split: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ecbplus, "available", lambda: False)
    assert wikinews.load_gold(GOLD, split) == []
    assert wikinews.rows_for(None, GOLD, [split]) == {}


def test_a_mixed_split_keeps_its_wikinews_part_without_the_shared_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ecbplus, "available", lambda: False)
    for split in MIXED_SPLITS:
        loaded = {a.slug for a in wikinews.load_gold(GOLD, split)}
        assert loaded == _split_slugs(split) - _ecbplus_slugs(split)


def test_dev7_is_a_tuning_split_and_shares_no_article_with_dev6() -> None:
    assert "dev7" in wikinews.TUNING_SPLITS and "dev7" in wikinews.SPLITS
    docs = {r["slug"]: r["ecbplus_doc"] for r in _records("articles.jsonl") if "ecbplus_doc" in r}
    dev6 = {docs[slug] for slug in _split_slugs("dev6")}
    dev7 = {docs[slug] for slug in _split_slugs("dev7")}
    assert len(dev7) == 25 and not dev6 & dev7
    assert all(int(name.split("_")[0]) % 2 == 1 for name in dev7)  # odd topics only


def test_dev8_is_a_tuning_split_and_shares_no_article_with_dev6_or_dev7() -> None:
    assert "dev8" in wikinews.TUNING_SPLITS and "dev8" in wikinews.SPLITS
    docs = {r["slug"]: r["ecbplus_doc"] for r in _records("articles.jsonl") if "ecbplus_doc" in r}
    earlier = {docs[slug] for split in ("dev6", "dev7") for slug in _split_slugs(split)}
    dev8 = {docs[slug] for slug in _split_slugs("dev8")}
    assert len(dev8) == 25 and not earlier & dev8
    assert all(int(name.split("_")[0]) % 2 == 1 for name in dev8)  # odd topics only
    assert {name.endswith("ecb") for name in dev8} == {True, False}  # both halves of ECB+


def test_dev9_is_a_tuning_split_and_shares_no_article_with_dev6_to_dev8() -> None:
    assert "dev9" in wikinews.TUNING_SPLITS and "dev9" in wikinews.SPLITS
    docs = {r["slug"]: r["ecbplus_doc"] for r in _records("articles.jsonl") if "ecbplus_doc" in r}
    earlier = {docs[slug] for split in ("dev6", "dev7", "dev8") for slug in _split_slugs(split)}
    dev9 = {docs[slug] for slug in _split_slugs("dev9")}
    assert len(dev9) == 25 and not earlier & dev9
    assert all(int(name.split("_")[0]) % 2 == 1 for name in dev9)  # odd topics only
    assert {name.endswith("ecb") for name in dev9} == {True, False}  # both halves of ECB+


@pytest.mark.skipif(not ecbplus.available(), reason="ECB+ is not in ../shared")
@pytest.mark.parametrize("split", ECBPLUS_SPLITS + MIXED_SPLITS)
def test_split_fingerprints_match_the_rebuilt_texts(split: str) -> None:
    from ecbplus_texts import fingerprint

    slugs = _ecbplus_slugs(split)
    articles = {a.slug: a for a in wikinews.load_gold(GOLD, split) if a.slug in slugs}
    assert set(articles) == slugs
    for record in _records("quotes.jsonl") + _records("scare_quotes.jsonl"):
        article = articles.get(record["slug"])
        if article is not None:
            quote = article.text[record["start"] : record["end"]]
            assert fingerprint(quote) == record["quote_sha1"]


@pytest.mark.skipif(not ecbplus.available(), reason="ECB+ is not in ../shared")
def test_dev7_is_the_mechanical_pick() -> None:
    from ecbplus_texts import EVENTS, dev7_ranking

    docs = {r["slug"]: r["ecbplus_doc"] for r in _records("articles.jsonl") if "ecbplus_doc" in r}
    picked = {name for _, _, name in dev7_ranking()[:EVENTS]}
    assert picked == {docs[slug] for slug in _split_slugs("dev7")}


@pytest.mark.skipif(not ecbplus.available(), reason="ECB+ is not in ../shared")
def test_dev8_is_the_mechanical_pick() -> None:
    from ecbplus_texts import EVENTS, dev8_ranking

    docs = {r["slug"]: r["ecbplus_doc"] for r in _records("articles.jsonl") if "ecbplus_doc" in r}
    picked = {name for _, _, name in dev8_ranking()[:EVENTS]}
    assert picked == {docs[slug] for slug in _split_slugs("dev8")}


@pytest.mark.skipif(not ecbplus.available(), reason="ECB+ is not in ../shared")
def test_dev9_is_the_mechanical_pick() -> None:
    from ecbplus_texts import EVENTS, dev9_ranking

    docs = {r["slug"]: r["ecbplus_doc"] for r in _records("articles.jsonl") if "ecbplus_doc" in r}
    picked = {name for _, _, name in dev9_ranking()[:EVENTS]}
    assert picked == {docs[slug] for slug in _split_slugs("dev9")}
