"""Read ``.json`` files: an array of article objects, one article each; exports go elsewhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.ingest.articles import ArticleRead
from workbench.ingest.decoding import MEGABYTE, read_limited_bytes
from workbench.ingest.errors import IngestError, RecordError, WorkbenchExportError
from workbench.ingest.jsonl_file import json_loads, record_to_article
from workbench.ingest.tabular import TEXT_KEYS, article_from_record, normalize_key

JSON_MAX_BYTES = 500 * MEGABYTE
EXPORT_FORMAT = "workbench-export"
UNSUPPORTED_JSON = (
    "unsupported .json file (expected an article object such as "
    '{"title": ..., "text": ...}, an array of them, or a workbench export)'
)


def read_json(path: Path) -> Iterator[ArticleRead | RecordError]:
    """Yield one article (or a ``RecordError``, "item N: …") per object of a JSON array.

    Scraped news most often comes as one array; each object follows the
    ``.jsonl`` field rules, and a bad object is reported without losing the
    others. A file holding one article object (news-please writes a file per
    article) is that article. A workbench export is pointed to the export
    importer. A file that is not JSON is told where it breaks (a truncated
    export, say).
    """
    loaded = parse_json(read_limited_bytes(path, JSON_MAX_BYTES, "JSON"))  # parsed once
    if _is_export(loaded):
        raise WorkbenchExportError(
            "workbench export: not an article file; it is imported by the export importer"
        )
    if isinstance(loaded, dict):
        yield _one_article(loaded, path)
        return
    if not isinstance(loaded, list):
        raise IngestError(UNSUPPORTED_JSON)
    if not loaded:
        raise IngestError("empty JSON array: no articles")
    for number, record in enumerate(loaded, start=1):
        item = record_to_article(record, number, path)
        yield item if isinstance(item, ArticleRead) else RecordError(number, item.detail, "item")


def _one_article(record: dict[Any, Any], path: Path) -> ArticleRead:
    """The article a file of one JSON object holds; an object with no text is no article.

    Its format is ``json``, not ``jsonl``: the file is one story, so importing an edited
    copy of it again is a new version of that story, as for a text file.
    """
    if not any(isinstance(key, str) and normalize_key(key) in TEXT_KEYS for key in record):
        raise IngestError(UNSUPPORTED_JSON)
    article = article_from_record(record, line=1, fmt="json", path=path)
    if isinstance(article, RecordError):
        raise IngestError(article.detail)
    return article


def parse_json(data: bytes) -> Any:
    """Parse a JSON file's bytes (UTF-8, or UTF-16/32 as JSON allows); say where it breaks.

    Surrogates encoded in the bytes come through as lone surrogates (as
    ``\\ud800`` escapes do) for the caller's checks to name, not as a crash.
    """
    try:
        return json_loads(data)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"not valid JSON: not {error.encoding.upper()} text (bad byte at offset {error.start})"
        ) from None
    except json.JSONDecodeError as error:
        raise IngestError(f"not valid JSON: {describe_json_error(error)}") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply to read") from None


def describe_json_error(error: json.JSONDecodeError) -> str:
    """``line 3, column 7: Expecting ',' delimiter``, noting a file that stops too early."""
    where = f"line {error.lineno}, column {error.colno}: {error.msg}"
    rest = error.doc[error.pos:].rstrip()
    cut_literal = bool(rest) and any(word.startswith(rest) for word in ("null", "true", "false"))
    if (error.pos >= len(error.doc.rstrip()) or error.msg.startswith("Unterminated string")
            or cut_literal):  # a file cut inside 'null' stops early too
        where += " (the file ends too early: truncated?)"
    return where


def _is_export(loaded: Any) -> bool:
    return isinstance(loaded, dict) and loaded.get("format") == EXPORT_FORMAT
