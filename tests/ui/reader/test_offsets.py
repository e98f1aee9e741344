"""Code point ↔ UTF-16 conversion: the one layer between store offsets and Qt positions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.text import normalize_text
from workbench.ui.reader.offsets import Utf16Index, utf16_length

TEXTS = [
    "",
    "plain ASCII",
    "Café naïve – “quoted”",
    "emoji 😀 then text",
    "family 👨‍👩‍👧 (ZWJ sequence) and flag 🇺🇦",
    "😀😀😀 astral run at the start",
    normalize_text("Line one\r\nLine two 🎉\r\n\r\nParagraph with Ünïcode"),
    "ends with astral 𝔘",
]


def _reference(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", TEXTS)
def test_every_code_point_maps_to_its_utf16_position(text: str) -> None:
    index = Utf16Index(text)
    assert index.utf16_length == len(text.encode("utf-16-le")) // 2 == utf16_length(text)
    for position in range(len(text) + 1):
        assert index.to_utf16(position) == _reference(text, position)
        assert index.to_code_point(index.to_utf16(position)) == position


def test_a_position_inside_a_surrogate_pair_maps_to_its_character() -> None:
    index = Utf16Index("a😀b")
    assert [index.to_code_point(p) for p in range(5)] == [0, 1, 1, 2, 3]


def test_crlf_text_is_normalised_before_offsets_are_taken() -> None:
    text = normalize_text("Title\r\n\r\n🙂 Kim Jong Un said\r\nhello")
    start = text.index("Kim")
    assert "\r" not in text
    assert Utf16Index(text).to_utf16(start) == start + 1


def test_span_conversion_keeps_surface_text() -> None:
    text = "👩‍💻 Ada Lovelace met 🇬🇧 Babbage"
    start = text.index("Babbage")
    index = Utf16Index(text)
    begin, end = index.to_utf16(start), index.to_utf16(start + len("Babbage"))
    units = text.encode("utf-16-le")
    assert units[begin * 2 : end * 2].decode("utf-16-le") == "Babbage"


def test_out_of_range_offsets_are_refused() -> None:
    index = Utf16Index("ab😀")
    with pytest.raises(IndexError, match="outside"):
        index.to_utf16(4)
    with pytest.raises(IndexError, match="outside"):
        index.to_code_point(5)


@given(st.text())
def test_round_trip_holds_for_any_text(text: str) -> None:
    index = Utf16Index(text)
    for position in range(0, len(text) + 1, max(1, len(text) // 7)):
        assert index.to_utf16(position) == _reference(text, position)
        assert index.to_code_point(index.to_utf16(position)) == position
