"""Map one JSON Lines / CSV record (a dict of fields) to an ``ArticleRead`` or a row error."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from workbench.ingest.articles import ArticleRead, build_article
from workbench.ingest.errors import IngestError, RecordError
from workbench.ingest.json_checks import type_name

#: First present wins; "content" (news dumps, Kaggle sets), "maintext" and "date_publish" /
#: "source_domain" (news-please) are the common scraped-news spellings after our own.
TEXT_KEYS = ("text", "body", "content", "maintext")
TITLE_KEYS = ("title", "headline")
SOURCE_KEYS = ("source", "publisher", "source_domain")
PUBLISHED_KEYS = ("published", "date", "publish_date", "published_at", "pubdate", "date_publish")
URL_KEYS = ("url", "article_source_link", "link")
ID_KEYS = ("id", "external_id")
AUTHOR_KEYS = ("author", "authors", "byline")
DATELINE_KEYS = ("dateline",)
KNOWN_KEYS = frozenset(
    TEXT_KEYS + TITLE_KEYS + SOURCE_KEYS + PUBLISHED_KEYS + URL_KEYS + ID_KEYS + AUTHOR_KEYS
)
_KEY_SEPARATORS = re.compile(r"[\s-]+")


def normalize_key(key: str) -> str:
    """Match column names loosely: ``" Publish Date"`` → ``"publish_date"``."""
    return _KEY_SEPARATORS.sub("_", key.replace("\ufeff", "").strip().lower())


def article_from_record(
    record: Mapping[object, object], *, line: int, fmt: str, path: Path
) -> ArticleRead | RecordError:
    """Build the article for one record, or return (not raise) the reason it is unusable."""
    fields = {normalize_key(key): value for key, value in record.items() if isinstance(key, str)}
    text = _first_present(fields, TEXT_KEYS)
    if text is None or (isinstance(text, str) and not text.strip()):
        names = ", ".join(f"'{key}'" for key in TEXT_KEYS)
        return RecordError(line, f"no text (expected a non-empty field: {names})")
    if not isinstance(text, str):
        return RecordError(line, f"'text' must be a string, not {type_name(text)}")
    try:
        return build_article(
            text=text,
            fmt=fmt,
            path=path,
            title=_metadata(fields, TITLE_KEYS),
            source=_metadata(fields, SOURCE_KEYS),
            author=_metadata(fields, AUTHOR_KEYS),
            published=_published(fields),
            url=_metadata(fields, URL_KEYS),
            dateline=_metadata(fields, DATELINE_KEYS),
            external_id=_metadata(fields, ID_KEYS),
        )
    except IngestError as error:
        return RecordError(line, str(error))


def _first_present(fields: Mapping[str, object], keys: tuple[str, ...]) -> object:
    """Return the first non-empty value among ``keys``."""
    for key in keys:
        value = fields.get(key)
        if value is not None and value != "":
            return value
    return None


def _metadata(fields: Mapping[str, object], keys: tuple[str, ...]) -> object:
    """Flatten a metadata value: ``{"name": ...}`` → name, list of names → ``"a, b"``."""
    value = _first_present(fields, keys)
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, list):
        names = [str(item) for item in value if isinstance(item, (str, int, float))]
        value = ", ".join(names) if names else None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return value


def _published(fields: Mapping[str, object]) -> object:
    """The record's date, flattened as other metadata, or as written when that leaves
    nothing (``{"y": 2020}``, ``true``): the import report then names it as no date."""
    flat = _metadata(fields, PUBLISHED_KEYS)
    return _first_present(fields, PUBLISHED_KEYS) if flat is None else flat
