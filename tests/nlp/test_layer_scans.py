"""Whole-text scans a document cannot match are skipped, with the same spans (stop 53).

These tests count the scans a pattern is asked for, never time.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from workbench.core.models import Mention
from workbench.nlp import entities, resolution, web_furniture
from workbench.nlp.names import previous_word
from workbench.nlp.quote_misread_cues import misread_frame
from workbench.nlp.web_furniture import web_address_spans


class _Counted:
    """A pattern that counts its ``finditer`` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def finditer(self, text: str, *args: Any) -> Any:
        self.scans += 1
        return self.pattern.finditer(text, *args)


@pytest.fixture
def both(monkeypatch: pytest.MonkeyPatch) -> tuple[_Counted, _Counted]:
    """(the address pattern, the URL-only pattern), counted."""
    address = _Counted(web_furniture.WEB_ADDRESS)
    url = _Counted(re.compile(web_furniture.URL))
    monkeypatch.setattr(web_furniture, "WEB_ADDRESS", address)
    monkeypatch.setattr(web_furniture, "_URL_ONLY", url, raising=False)
    return address, url


def test_a_text_without_at_sign_or_scheme_is_not_scanned(both: tuple[_Counted, _Counted]) -> None:
    assert web_address_spans("Officials met in Oslo on Monday. " * 50) == []
    assert [p.scans for p in both] == [0, 0]


def test_a_text_without_at_sign_runs_only_the_url_half(both: tuple[_Counted, _Counted]) -> None:
    text = "See https://news.example.org/p/1, or www.example.com today."
    assert web_address_spans(text) == [
        (4, 4 + len("https://news.example.org/p/1")), (text.index("www"), text.index(" today"))]
    assert [p.scans for p in both] == [0, 1]


def test_an_email_address_still_runs_the_whole_pattern(both: tuple[_Counted, _Counted]) -> None:
    text = "Write to jane.doe@example.com or see http://example.org/a now."
    assert [text[a:b] for a, b in web_address_spans(text)] == [
        "jane.doe@example.com", "http://example.org/a"]
    assert [p.scans for p in both] == [1, 0]


def _no_regex(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    for name in ("search", "match", "fullmatch", "compile"):
        real = getattr(re, name)

        def counting(pattern: Any, *args: Any, _real: Any = real) -> Any:
            asked.append(pattern)
            return _real(pattern, *args)

        monkeypatch.setattr(re, name, counting)
    return asked


@pytest.mark.parametrize(("before", "word"), [
    ("said Dr.", "Dr."), ("said Dr.  \n", "Dr."), ("x" * 60, "x" * 40), ("", ""), ("  \u00a0", ""),
    ("the\u00a0minister\u2009", "minister"), ("spokesman\u3000", "spokesman"),
])
def test_previous_word_reads_the_last_word_without_a_regex(
        monkeypatch: pytest.MonkeyPatch, before: str, word: str) -> None:
    asked = _no_regex(monkeypatch)
    text = before + "Smith spoke."
    assert previous_word(text, len(before)) == word
    assert asked == []


class _Region:
    """A stand-in span of ``length`` tokens that counts how often it is sliced."""

    def __init__(self, length: int) -> None:
        self.length = length
        self.slices = 0

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: Any) -> list[Any]:
        self.slices += 1
        return []


@pytest.mark.parametrize("length", [0, 1, 2])
def test_a_short_region_after_a_quote_is_never_sliced(length: int) -> None:
    region = _Region(length)
    assert misread_frame(region) is None  # type: ignore[arg-type]
    assert region.slices == 0


def _counted_replace(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[Any]:
    copies: list[Any] = []
    real = module.replace

    def counting(obj: Any, **changes: Any) -> Any:
        copies.append(changes)
        return real(obj, **changes)

    monkeypatch.setattr(module, "replace", counting)
    return copies


def test_resolution_copies_only_the_mentions_it_renames(monkeypatch: pytest.MonkeyPatch) -> None:
    copies = _counted_replace(monkeypatch, resolution)
    text = "Donald Trump spoke. Trump left. Angela Merkel stayed."
    mentions = [Mention(0, 12, "Donald Trump", "PERSON", "Donald Trump"),
                Mention(20, 25, "Trump", "PERSON", "Trump"),
                Mention(32, 45, "Angela Merkel", "PERSON", "Angela Merkel")]
    assert text[20:25] == "Trump"
    assert [m.entity for m in resolution.resolve(mentions)] == [
        "Donald Trump", "Donald Trump", "Angela Merkel"]
    assert copies == [{"entity": "Donald Trump"}]


def test_cleaning_copies_only_the_mentions_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    copies = _counted_replace(monkeypatch, entities)
    text = "Angela Merkel met the Mr. Smith's aides in Berlin."
    clean = Mention(0, 13, "Angela Merkel", "PERSON", "Angela Merkel")
    place = Mention(43, 49, "Berlin", "GPE", "Berlin")
    assert entities._clean([clean, place], text) == [clean, place]
    assert copies == []
