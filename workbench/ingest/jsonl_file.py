"""Read JSON Lines (``.jsonl``/``.ndjson``): one article object per line, bad lines reported."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from workbench.ingest.articles import ArticleRead, LongNumber
from workbench.ingest.decoding import MEGABYTE, TEXT_MAX_BYTES, check_file_size, decode_text
from workbench.ingest.errors import IngestError, RecordError
from workbench.ingest.json_checks import type_name
from workbench.ingest.tabular import article_from_record

JSONL_MAX_BYTES = 2048 * MEGABYTE
BINARY_SNIFF_BYTES = 8192
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def read_jsonl_records(path: Path) -> Iterator[ArticleRead | RecordError]:
    """Yield one article or ``RecordError`` per non-blank line, streaming the file."""
    size = check_file_size(path, JSONL_MAX_BYTES, "JSON Lines")
    with path.open("rb") as handle:
        head = handle.read(BINARY_SNIFF_BYTES)
        handle.seek(0)
        if not head:
            raise IngestError("empty file")
        if head.startswith(_WIDE_BOMS):
            lines: Iterable[bytes | str] = _decoded_lines(handle.read(), size)
        elif b"\x00" in head:
            raise IngestError("binary file, not text (contains NUL bytes)")
        else:
            lines = handle
        saw_content = False
        for number, raw_line in enumerate(lines, start=1):
            item = _parse_line(raw_line, number, path)
            if item is not None:
                saw_content = True
                yield item
    if not saw_content:
        raise IngestError("empty file")


def _decoded_lines(data: bytes, size: int) -> list[str]:
    """Decode a UTF-16/32 file as a whole (rare; capped like any text file)."""
    if size > TEXT_MAX_BYTES:
        raise IngestError("file too large for a UTF-16 JSON Lines file")
    return decode_text(data).split("\n")


def _parse_line(raw_line: bytes | str, number: int, path: Path) -> ArticleRead | RecordError | None:
    """Parse one line; None for blank lines."""
    if isinstance(raw_line, bytes):
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            return RecordError(number, "invalid UTF-8 (JSON Lines files must be UTF-8)")
    else:
        line = raw_line
    line = line.lstrip("\ufeff").strip()
    if not line:
        return None
    try:
        record = json_loads(line)
    except json.JSONDecodeError as error:
        what = error.msg.removesuffix(" at")  # "Unterminated string starting at" at column
        return RecordError(number, f"invalid JSON ({what} at column {error.colno})")
    except RecursionError:
        return RecordError(number, "JSON nested too deeply to read")
    except ValueError as error:
        return RecordError(number, f"invalid JSON ({error})")
    return record_to_article(record, number, path)


def json_loads(data: str | bytes) -> object:
    """``json.loads``, reading a whole number too long for ``int()`` as a float (inf).

    Why: Python refuses to convert more than 4,300 digits, so one such number
    failed its record or a whole ``.json`` file with advice to call
    ``sys.set_int_max_str_digits``. As inf it is no value, like JSON's ``1e400``,
    and the field that holds it is dropped (a ``LongNumber``, so a warning can say how
    many digits it had).
    """
    return json.loads(data, parse_int=_whole_number)


def _whole_number(digits: str) -> int | float:
    return int(digits) if len(digits) <= _INT_DIGITS else LongNumber(digits)


_INT_DIGITS = 4_000  # below Python's default int_max_str_digits (4,300)


def record_to_article(record: object, number: int, path: Path) -> ArticleRead | RecordError:
    """Turn one parsed JSON value into an article, or the reason it is not one.

    Shared by JSON Lines and ``.json`` arrays of articles, so both follow one set of
    field rules. Their articles share the ``jsonl`` format: a file of many
    articles, whose path does not identify one story.
    """
    if not isinstance(record, dict):
        return RecordError(number, f"expected a JSON object, found {type_name(record)}")
    return article_from_record(record, line=number, fmt="jsonl", path=path)
