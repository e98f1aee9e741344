"""The attribution pattern set (``patterns_gold/patterns.json``) read as scorer records.

Why a set of its own: rules read from single dev errors stopped moving fresh text, so the
set covers the *kinds* of attribution a wire or newspaper style guide produces ("said X,
title of Y", "X told The Canadian Press", "according to X", datelines and photo credits
that must never speak), in short passages we wrote ourselves. It is tuning data, scored by
``eval_wikinews_quotes.py --set patterns`` with the Wikinews scorer; see its README.

Passages are authored by their strings, not offsets: a quote is its exact text (marks
included, found once in the passage), a speaker is its words, placed at their occurrence
nearest the quote (the GUIDE's "nearest naming mention") unless ``speaker_nth`` picks
another. ``load_patterns`` turns them into the ``quotes.jsonl`` / ``scare_quotes.jsonl``
records the Wikinews loader reads, and fails loudly on any string it cannot place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns_gold" / "patterns.json"
# Quotation marks as outlets' copy really carries them (mixed, glued, doubled apostrophes,
# guillemets, unclosed quotes, HTML entities left as text): the same format, scored apart.
MARKS_FILE = PATTERNS_FILE.with_name("marks.json")
#: Whole articles written in outlets' styles (``--set articles``): one file per batch, so
#: batches written apart never edit one file.
ARTICLE_FILES = "articles_*.json"
SPLIT = "patterns"


@dataclass
class PatternPassage:
    """One passage with its gold quote records and don't-care spans (Wikinews fields)."""

    slug: str
    text: str
    quotes: list[dict] = field(default_factory=list)
    scare: list[dict] = field(default_factory=list)


class PatternError(ValueError):
    """A passage string that is missing from its text or ambiguous in it."""


def _place_once(text: str, needle: str, where: str) -> int:
    """The one offset of ``needle`` in ``text``; an authoring slip raises."""
    first = text.find(needle)
    if first < 0 or text.find(needle, first + 1) >= 0:
        raise PatternError(f"{where}: {needle!r} must occur exactly once")
    return first


def _speaker_span(
    text: str, words: str, quote: tuple[int, int], nth: int | None
) -> tuple[int, int]:
    """Where the speaker words stand: the ``nth`` whole-word occurrence outside the quote,
    else the one nearest the quote."""
    found = [
        (m.start(), m.end())
        for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)
        if m.end() <= quote[0] or m.start() >= quote[1]
    ]
    if not found:
        raise PatternError(f"speaker {words!r} not found outside its quote")
    if nth is not None:
        return found[nth]
    return min(found, key=lambda span: min(abs(span[0] - quote[1]), abs(quote[0] - span[1])))


def passage_records(raw: dict) -> PatternPassage:
    """One authored passage as scorer records, every string placed in its text."""
    slug, text = str(raw["id"]), str(raw["text"])
    passage = PatternPassage(slug, text)
    for quote in raw.get("quotes", []):
        start = _place_once(text, quote["quote"], slug)
        end = start + len(quote["quote"])
        speaker_start, speaker_end = _speaker_span(
            text, quote["speaker_text"], (start, end), quote.get("speaker_nth")
        )
        passage.quotes.append({
            "slug": slug, "start": start, "end": end, "quote": quote["quote"],
            "speaker_text": quote["speaker_text"], "speaker_start": speaker_start,
            "speaker_end": speaker_end, "speaker": quote.get("speaker"),
            "speaker_kind": quote.get("speaker_kind", ""),
        })
    for other in raw.get("non_quotes", []):
        start = _place_once(text, other, slug)
        passage.scare.append({"slug": slug, "start": start, "end": start + len(other)})
    return passage


def load_patterns(path: Path = PATTERNS_FILE) -> list[PatternPassage]:
    """Every passage of the pattern set, checked and placed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [passage_records(raw) for raw in data["passages"]]


def load_articles(batch: str | None = None) -> list[PatternPassage]:
    """Every written article of every ``articles_*.json`` batch (or of ``articles_<batch>.json``
    alone, so a new batch's first reading is its own), checked and placed: the same format as
    the passages, a whole article's text in each."""
    pattern = ARTICLE_FILES if batch is None else f"articles_{batch}.json"
    paths = sorted(PATTERNS_FILE.parent.glob(pattern))
    if not paths:
        raise PatternError(f"no article batch {pattern}")
    return [passage for path in paths for passage in load_patterns(path)]
