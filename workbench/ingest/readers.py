"""Pick the reader for a file, expand folders, and turn any failure into ``IngestError``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from workbench.core.models import Article
from workbench.ingest.articles import ArticleRead, replace_surrogates, without_surrogates
from workbench.ingest.csv_file import read_csv_records
from workbench.ingest.docx_file import read_docx
from workbench.ingest.email_file import read_eml, read_mbox
from workbench.ingest.errors import IngestError, one_line
from workbench.ingest.export_files import EXPORT_FILE, is_export_file
from workbench.ingest.feed_file import read_feed
from workbench.ingest.folders import InputScan, check_regular_file, is_hidden, scan_inputs
from workbench.ingest.html_file import read_html
from workbench.ingest.json_file import read_json
from workbench.ingest.jsonl_file import read_jsonl_records
from workbench.ingest.markdown_file import read_markdown
from workbench.ingest.pdf_file import read_pdf
from workbench.ingest.plaintext import read_plain_text

#: Every reader yields ``ArticleRead``s (``build_article``'s result: the article and the
#: published value it refused, if any) and, for files of many records, ``RecordError``s.
Reader = Callable[[Path], Iterable[ArticleRead | IngestError]]

_READERS: dict[str, Reader] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".jsonl": read_jsonl_records,
    ".ndjson": read_jsonl_records,
    ".csv": read_csv_records,
    ".json": read_json,
    ".eml": read_eml,
    ".mbox": read_mbox,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
#: Suffixes read only when the file is named. Folders are full of unrelated JSON and XML; an
#: export, an article list or a feed is imported by naming the file. Inside a folder each one
#: is named as left out: 62 ``.json`` articles passed over in silence looked imported.
NAMED_ONLY_SUFFIXES: frozenset[str] = frozenset({".json", ".xml"})
NAMED_ONLY = "{suffix} file inside a folder, not read: import it by its own name"
#: Suffixes picked up inside folders.
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS) - NAMED_ONLY_SUFFIXES
MULTI_RECORD_SUFFIXES: frozenset[str] = frozenset(
    {".jsonl", ".ndjson", ".csv", ".mbox", ".rss", ".atom", ".xml"})


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders recursively (sorted, skipping hidden, unsupported, linked and special files).

    Explicit files are yielded as given, even with an unknown suffix or when missing, so
    ``read_articles`` can name the problem. Each file is yielded once. Use
    ``scan_input_files`` to learn what was skipped and which folders could not be read.
    """
    yield from scan_input_files(paths).files


def scan_input_files(paths: Iterable[str | Path], *, follow_links: bool = False) -> InputScan:
    """Expand folders into importable files, with what was skipped and what was unreadable."""
    return scan_inputs(paths, is_candidate=is_importable_name, named_only=named_only_reason,
                       follow_links=follow_links)


def is_importable_name(name: str) -> bool:
    """A file name worth reading inside a folder: supported suffix, not folder paperwork."""
    return (
        not is_hidden(name)
        and not _is_folder_paperwork(name)
        and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
    )


def named_only_reason(name: str) -> str | None:
    """Why a file inside a folder is left out though it could be read by name, else None."""
    suffix = Path(name).suffix.lower()
    if suffix not in NAMED_ONLY_SUFFIXES or is_hidden(name) or _is_folder_paperwork(name):
        return None
    return NAMED_ONLY.format(suffix=suffix)


_PAPERWORK = frozenset({"readme", "attribution", "attributions", "license", "licence",
                        "copying", "changelog", "notice", "authors"})


def _is_folder_paperwork(name: str) -> bool:
    """README, ATTRIBUTION, LICENSE… describe a folder of articles; they are not articles."""
    return Path(name).stem.lower() in _PAPERWORK


NO_ARTICLES = "no articles found (no rows after the header, or only blank lines)"


def read_results(
    path: str | Path, *, export_listed: bool | None = None
) -> Iterator[ArticleRead | IngestError]:
    """Yield every article of a file with what reading it refused, and each bad record.

    One ``RecordError`` per bad JSONL/CSV record. A problem with the file as a whole
    raises ``IngestError`` while iterating (never any other exception). Single-article
    formats yield exactly one ``ArticleRead``. ``export_listed``: whether the scan
    found the file listed in its folder's export manifest (``InputScan``), so the
    manifest (up to 16 MB) is not read again for every file of that folder; None:
    not known, the manifest is read here.
    """
    file_path = Path(path)
    reader = _reader_for(file_path)  # every reader refuses pipes and devices (check_file_size)
    if export_listed is None:
        export_listed = is_export_file(file_path)
    if export_listed:  # named alone: refused, the way back named
        raise IngestError(EXPORT_FILE)
    try:
        records = 0
        for record in _without_surrogates(reader(file_path)):
            records += 1
            yield record
        if not records:  # a CSV with a header only, a JSONL of blank lines
            raise IngestError(NO_ARTICLES)
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - callers print one line, never a traceback
        raise _as_ingest_error(error) from None


def read_records(path: str | Path) -> Iterator[Article | IngestError]:
    """Yield every article of a file, and one ``RecordError`` per bad JSONL/CSV record.

    ``read_results`` without what the reading refused (for callers that only want articles).
    """
    for record in read_results(path):
        yield record.article if isinstance(record, ArticleRead) else record


def read_articles(
    path: str | Path, record_errors: list[IngestError] | None = None
) -> list[Article]:
    """Read one file into its articles; raise ``IngestError`` when none can be read.

    Bad JSONL/CSV rows do not lose the good ones: they are appended to ``record_errors``
    when given (else dropped; use ``read_records`` to see them in file order). If every
    record is bad, the first reason is raised.
    """
    articles: list[Article] = []
    errors: list[IngestError] = []
    for item in read_records(path):
        if isinstance(item, IngestError):
            errors.append(item)
        else:
            articles.append(item)
    if record_errors is not None:
        record_errors.extend(errors)
    if articles:
        return articles
    # A file yielding nothing raised NO_ARTICLES in read_records: here every record was bad.
    more = f" (and {len(errors) - 1} more bad records)" if len(errors) > 1 else ""
    raise IngestError(f"no valid records: {errors[0]}{more}")


def _without_surrogates(
    items: Iterable[ArticleRead | IngestError],
) -> Iterator[ArticleRead | IngestError]:
    """Replace surrogates in every article a reader yields (its refused date, its warnings)."""
    for item in items:
        if isinstance(item, IngestError):
            yield item
            continue
        refused = item.refused_published
        yield ArticleRead(without_surrogates(item.article),
                          None if refused is None else replace_surrogates(refused),
                          tuple(replace_surrogates(warning) for warning in item.warnings))


def _reader_for(path: Path) -> Reader:
    """Return the reader for the file's suffix, or explain which suffixes are supported."""
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        # A missing path, a folder or a pipe is named as such, not blamed on its suffix
        # (with a reader, its check_file_size says so).
        check_regular_file(path)
        kind = f"'{suffix}'" if suffix else "files without an extension"
        supported = " ".join(sorted(_READERS))
        raise IngestError(f"unsupported file type {kind} (supported: {supported})")
    return reader


def _as_ingest_error(error: BaseException) -> IngestError:
    """Describe an unexpected failure in one line."""
    if isinstance(error, PermissionError):
        return IngestError("permission denied")
    if isinstance(error, FileNotFoundError):
        return IngestError("does not exist")
    if isinstance(error, OSError):
        return IngestError(f"cannot read file: {error.strerror or error}")
    if isinstance(error, MemoryError):
        return IngestError("not enough memory to import this file")
    if isinstance(error, RecursionError):
        return IngestError("file is nested too deeply to read")
    detail = one_line(error) or "no details"
    return IngestError(f"unexpected error while reading: {type(error).__name__}: {detail}")
