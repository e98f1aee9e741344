"""The attribution pattern set (``tests/eval/patterns_gold``) is placed exactly and scored
by the Wikinews scorer (``eval_wikinews_quotes.py --set patterns``).

Why: the set is authored by strings, not offsets, so a typo or a string written twice
would silently move a gold span; and its scoring must be the Wikinews scorer's, with
errors printed for the workbench, not a second scorer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "eval"
sys.path[:0] = [str(EVAL), str(EVAL / "wikinews_gold")]

import eval_wikinews_quotes as wikinews  # noqa: E402
import pattern_gold  # noqa: E402


def test_every_gold_string_of_the_set_is_placed_where_it_is_written() -> None:
    passages = pattern_gold.load_patterns()
    assert len(passages) >= 80
    for passage in passages:
        for quote in passage.quotes:
            assert passage.text[quote["start"] : quote["end"]] == quote["quote"]
            speaker = passage.text[quote["speaker_start"] : quote["speaker_end"]]
            assert speaker == quote["speaker_text"]
            assert not quote["start"] <= quote["speaker_start"] < quote["end"]


def test_a_quote_missing_or_written_twice_is_refused() -> None:
    raw = {"id": "x", "text": 'A "b c d" and "b c d".', "quotes": [
        {"quote": '"b c d"', "speaker_text": "A"}]}
    with pytest.raises(pattern_gold.PatternError):
        pattern_gold.passage_records(raw)
    raw["quotes"][0]["quote"] = '"e f g"'
    with pytest.raises(pattern_gold.PatternError):
        pattern_gold.passage_records(raw)


def test_the_speaker_is_its_mention_nearest_the_quote() -> None:
    text = 'Ann Lee spoke. Later, "We are ready," said Bo Ma. "Go," Ann Lee said.'
    raw = {"id": "x", "text": text, "quotes": [
        {"quote": '"We are ready,"', "speaker_text": "Bo Ma"},
        {"quote": '"Go,"', "speaker_text": "Ann Lee"}]}
    passage = pattern_gold.passage_records(raw)
    assert passage.quotes[1]["speaker_start"] == text.rindex("Ann Lee")


def test_the_set_is_scored_by_the_wikinews_scorer_with_workbench_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[object, int, bool]] = []

    def fake_evaluate(nlp, articles, predictor, errors=False):  # noqa: ANN001, ANN202
        """Record what would be scored; scoring itself needs the model."""
        calls.append((predictor, sum(len(a.quotes) for a in articles), errors))

    monkeypatch.setattr(wikinews, "load_model", lambda: None)
    monkeypatch.setattr(wikinews, "evaluate", fake_evaluate)
    monkeypatch.setattr(wikinews, "format_row", lambda name, result: name)
    assert wikinews.main(["--set", "patterns", "--errors"]) == 0
    gold = sum(len(p.quotes) for p in pattern_gold.load_patterns())
    assert calls[0] == (wikinews.PREDICTORS["workbench"], gold, True)
    assert [errors for _, _, errors in calls[1:]] == [False, False, False]


def test_every_article_batch_is_read_and_no_other_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Batches written apart live in files of their own; ``--set articles`` reads them all."""
    for name, slug in (("articles_us.json", "us1"), ("articles_ca.json", "ca1"),
                       ("patterns.json", "p1")):
        raw = {"id": slug, "text": '"We are ready," said Bo Ma.',
               "quotes": [{"quote": '"We are ready,"', "speaker_text": "Bo Ma"}]}
        (tmp_path / name).write_text(json.dumps({"passages": [raw]}), encoding="utf-8")
    monkeypatch.setattr(pattern_gold, "PATTERNS_FILE", tmp_path / "patterns.json")
    assert sorted(p.slug for p in pattern_gold.load_articles()) == ["ca1", "us1"]
    assert [p.slug for p in pattern_gold.load_articles("ca")] == ["ca1"]
    with pytest.raises(pattern_gold.PatternError):
        pattern_gold.load_articles("nosuch")
