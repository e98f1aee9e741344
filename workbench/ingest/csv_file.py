"""Read CSV files with one article per row (header names the fields), bad rows reported."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from workbench.ingest.articles import ArticleRead
from workbench.ingest.decoding import TEXT_MAX_BYTES, read_text_file
from workbench.ingest.errors import IngestError, RecordError
from workbench.ingest.tabular import KNOWN_KEYS, TEXT_KEYS, article_from_record, normalize_key

CSV_MAX_BYTES = TEXT_MAX_BYTES
SNIFF_CHARS = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
TRUNCATED = (
    "the file ends inside a quoted field (cut off?); this last row was not imported"
)


def read_csv_records(path: Path) -> Iterator[ArticleRead | RecordError]:
    """Yield one article or ``RecordError`` per data row of a CSV file."""
    text = read_text_file(path, CSV_MAX_BYTES, "CSV")
    _allow_large_fields()
    delimiter = sniff_delimiter(text[:SNIFF_CHARS])
    handle = io.StringIO(text, newline="")
    reader = csv.reader(handle, delimiter=delimiter)
    columns = _read_header(reader)
    line = reader.line_num + 1
    while True:
        start = handle.tell()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield RecordError(line, f"malformed CSV ({error}); the rest of the file was skipped")
            return
        if handle.tell() == len(text) and _ends_inside_quotes(text[start:], delimiter):
            yield RecordError(line, TRUNCATED)
            return
        if any(cell.strip() for cell in row):
            record = dict(zip(columns, row, strict=False))
            yield article_from_record(record, line=line, fmt="csv", path=path)
        line = reader.line_num + 1


def _ends_inside_quotes(last_row: str, delimiter: str) -> bool:
    """Whether the file's last row opens a quoted field it never closes (a cut-off download).

    Why only the last row, strictly: the lenient reader takes the end of the
    file as the end of the field, so half an article was imported as if whole;
    strict parsing of the whole file would refuse the sloppy quoting that
    real exports have in earlier rows.
    """
    try:
        list(csv.reader(io.StringIO(last_row, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def sniff_delimiter(sample: str) -> str:
    """Pick the delimiter that splits the header into known field names; else ask csv.Sniffer."""
    header = sample.split("\n", 1)[0]
    scores = {
        delimiter: sum(
            normalize_key(name.strip().strip('"')) in KNOWN_KEYS for name in header.split(delimiter)
        )
        for delimiter in DELIMITERS
    }
    best = max(DELIMITERS, key=lambda delimiter: scores[delimiter])
    if scores[best]:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ","


def _read_header(reader: Iterator[list[str]]) -> list[str]:
    """Read the header row and insist on a text column."""
    try:
        header = next(reader)
    except StopIteration:
        raise IngestError("empty file") from None
    except csv.Error as error:
        raise IngestError(f"malformed CSV header ({error})") from None
    columns = [normalize_key(name) for name in header]
    if twice := sorted({key for key in columns if key in KNOWN_KEYS and columns.count(key) > 1}):
        # Why refused: a row became a dict and the last column of the name won, so the
        # first 'text' column of every row was dropped without a word.
        raise IngestError(f"CSV header names the column {twice[0]!r} twice; which one is the"
                          " article's is unclear: rename or remove one")
    if not any(key in columns for key in TEXT_KEYS):
        shown = ", ".join(name for name in header if name.strip())[:120] or "none"
        names = ", ".join(f"'{key}'" for key in TEXT_KEYS)
        raise IngestError(f"CSV has no text column: {names} (columns: {shown})")
    return columns


def _allow_large_fields() -> None:
    """Raise csv's 128 KiB field limit so long articles (millions of characters) fit."""
    if csv.field_size_limit() < CSV_MAX_BYTES:
        csv.field_size_limit(CSV_MAX_BYTES)
