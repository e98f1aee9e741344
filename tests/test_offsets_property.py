"""Property tests: code point ↔ UTF-16 offsets round-trip, and normalised text keeps spans exact.

The store counts code points, Qt counts UTF-16 units; ``workbench.ui.reader.offsets``
is the one conversion between them. It is pure Python (checked below), so
these tests need no Qt. Texts mix the characters that break naive offset code:
astral emoji, ZWJ sequences, skin-tone and variation selectors, flags,
combining marks, right-to-left scripts and marks, CRLF, U+2028/U+2029 and BOMs.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.models import Article
from workbench.core.text import normalize_text
from workbench.store import Store
from workbench.ui.reader.offsets import Utf16Index, utf16_length

PIECES = [
    "a", "Z", "word", " ", "  ", "\n", "\n\n", "\t", ".", "\"", "'",
    "😀", "👍🏽", "👨\u200d👩\u200d👧\u200d👦", "🏳\ufe0f\u200d🌈", "🇺🇦", "❤\ufe0f", "𝐀𝐁", "𠜎",
    "e\u0301", "a\u0308\u0323", "\u0915\u094d\u0937", "o\u0338",
    "שלום", "مرحبا بالعالم", "\u200f", "\u202b", "\u202c", "\u2067", "\u2069",
    "\r\n", "\r", "\u2028", "\u2029", "\ufeff", "\u00a0", "\u200b", "\x00", "\x1b", "\x85",
    "\U000e0067\U000e0062",
]  # fmt: skip
HOSTILE = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40
).map("".join)


def utf16_units(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


def test_offsets_module_does_not_load_qt() -> None:
    code = (
        "import sys, workbench.ui.reader.offsets\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@given(HOSTILE)
@settings(max_examples=400, deadline=None)
def test_code_points_round_trip_through_utf16(text: str) -> None:
    index = Utf16Index(text)
    assert index.utf16_length == utf16_length(text) == len(utf16_units(text)) // 2
    for position in range(len(text) + 1):
        unit = index.to_utf16(position)
        assert unit == len(utf16_units(text[:position])) // 2
        assert index.to_code_point(unit) == position


@given(HOSTILE)
@settings(max_examples=300, deadline=None)
def test_every_utf16_position_maps_to_the_character_it_is_in(text: str) -> None:
    index = Utf16Index(text)
    units = utf16_units(text)
    for unit in range(index.utf16_length + 1):
        back = index.to_utf16(index.to_code_point(unit))
        inside_pair = 0 < unit < index.utf16_length and 0xDC00 <= _unit(units, unit) <= 0xDFFF
        assert back == (unit - 1 if inside_pair else unit)


def _unit(units: bytes, position: int) -> int:
    return int.from_bytes(units[2 * position : 2 * position + 2], "little")


@given(HOSTILE, st.data())
@settings(max_examples=300, deadline=None)
def test_a_span_converted_to_utf16_covers_the_same_text(text: str, data: st.DataObject) -> None:
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    index = Utf16Index(text)
    first, last = index.to_utf16(start), index.to_utf16(end)
    assert utf16_units(text)[2 * first : 2 * last].decode("utf-16-le") == text[start:end]


@given(HOSTILE)
def test_positions_outside_the_text_are_refused(text: str) -> None:
    index = Utf16Index(text)
    for bad in (-1, len(text) + 1):
        try:
            index.to_utf16(bad)
        except IndexError:
            continue
        raise AssertionError(f"to_utf16({bad}) did not raise")


@given(HOSTILE)
@settings(max_examples=400, deadline=None)
def test_normalised_text_is_stable_and_has_one_kind_of_newline(raw: str) -> None:
    text = normalize_text(raw)
    assert normalize_text(text) == text  # re-normalising never shifts a stored span
    assert unicodedata.is_normalized("NFC", text)
    assert not set(text) & {"\r", "\u2028", "\u2029", "\ufeff", "\x00", "\x1b"}


@given(HOSTILE, st.data())
@settings(max_examples=150, deadline=None)
def test_stored_spans_keep_their_text_through_store_and_utf16(
    raw: str, data: st.DataObject
) -> None:
    text = normalize_text(raw)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    with Store(None) as store:
        doc_id = store.documents.add_article(
            Article(title="t", text=text), analyze=False
        ).documents_added[0]
        stored = store.documents.document_text(doc_id)
        assert stored == text
        annotation_id, _ = store.annotations.add_annotation(doc_id, start, end, note_md="n")
        annotation = store.annotations.get_annotation(annotation_id)
    assert (annotation.start, annotation.end) == (start, end)
    assert annotation.exact == stored[start:end] == text[start:end]
    index = Utf16Index(stored)
    first, last = index.to_utf16(start), index.to_utf16(end)
    assert utf16_units(stored)[2 * first : 2 * last].decode("utf-16-le") == annotation.exact
