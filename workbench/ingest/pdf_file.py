"""Read PDF articles with pypdf and rebuild paragraphs from its line-by-line text."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.ingest.articles import ArticleRead, build_article, drop_repeated_title, optional_line
from workbench.ingest.decoding import MEGABYTE, TEXT_MAX_BYTES, read_limited_bytes
from workbench.ingest.errors import IngestError

if TYPE_CHECKING:
    from pypdf import PdfReader

PDF_MAX_BYTES = 200 * MEGABYTE
MAX_PAGES = 3000
#: Extracted text per file: the same limit as a text file (one character ≈ one byte).
PDF_MAX_TEXT_CHARS = TEXT_MAX_BYTES
#: No printed page holds this much text (a dense A4 page of 6 pt type holds ~15,000).
PAGE_MAX_TEXT_CHARS = 250_000
#: Drawing instructions of one page, decoded; reading them is the work of a page.
PAGE_MAX_CONTENT_BYTES = 8 * MEGABYTE
#: Drawing instructions of the whole file: a floor, plus this many bytes per file byte.
#: Real PDFs draw about their own size (content streams compress 3-10x and share the
#: file with fonts and images; two sample manuals drew 0.6x and 1.1x), so a file drawing
#: more than 8x its size repeats streams on many pages (a PDF bomb).
CONTENT_BUDGET_FLOOR = 2 * MEGABYTE
CONTENT_BUDGET_PER_FILE_BYTE = 8
#: A content stream this large belongs to one page; a letterhead shared by every page is
#: a few KB, and an identical page may appear twice. More pages drawing one large stream
#: is the signature of a PDF bomb and fails at once.
SHARED_STREAM_BYTES = 16 * 1024
MAX_PAGES_PER_LARGE_STREAM = 2
HEADER_SEARCH_BYTES = 1024
SHORT_LINE_RATIO = 0.8
SENTENCE_END_LINE_RATIO = 0.9
TYPICAL_LINE_PERCENTILE = 0.8
MIN_LINES_FOR_TYPICAL = 3
_TERMINAL = (".", "!", "?", ":", '"', "”", "’", "»", ")")
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word\b.*|.*\.(docx?|pdf|odt|rtf|txt))$", re.I)
_BULLET = re.compile(r"^(?:[•▪◦‣∙·*-]|\d{1,3}[.)])\s")

logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(path: Path) -> list[ArticleRead]:
    """Read one ``.pdf`` file into an article (text of all pages, paragraphs rebuilt)."""
    data = read_limited_bytes(path, PDF_MAX_BYTES, "PDF")
    if b"%PDF-" not in data[:HEADER_SEARCH_BYTES]:
        raise IngestError("malformed PDF: no %PDF header (not a PDF file)")
    reader = _open_reader(data)
    page_texts = _page_texts(reader, len(data))
    title, author = _document_info(reader)
    text = rebuild_paragraphs(page_texts)
    if not text.strip():
        raise IngestError("no text found (the PDF has no text layer; is it a scan?)")
    text = drop_repeated_title(text, title)
    return [build_article(text=text, title=title, author=author, fmt="pdf", path=path)]


def _open_reader(data: bytes) -> PdfReader:
    """Parse the PDF and unlock it with the empty password when it is encrypted."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as error:  # noqa: BLE001 - pypdf raises many types for broken files
        raise IngestError(f"malformed PDF: {error or type(error).__name__}") from None
    if not encrypted:
        return reader
    try:
        unlocked = reader.decrypt("")
    except DependencyError:
        raise IngestError("encrypted PDF: decrypting it needs the 'cryptography' package") from None
    except Exception as error:  # noqa: BLE001
        raise IngestError(f"encrypted PDF: cannot decrypt ({error})") from None
    if not unlocked:
        raise IngestError("encrypted PDF: a password is required to open it")
    return reader


def _page_texts(reader: PdfReader, file_size: int) -> list[str]:
    """Extract the text of every page within the work limits; a broken page tree is malformed."""
    try:
        page_count = len(reader.pages)
        if page_count > MAX_PAGES:
            raise IngestError(f"PDF has too many pages ({page_count}; the limit is {MAX_PAGES})")
        budget = _ExtractionBudget(file_size)
        texts: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            budget.draw(number, _content_streams(page))
            text = page.extract_text() or ""
            budget.read(number, len(text))
            texts.append(text)
        return texts
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many types for broken files
        raise IngestError(f"malformed PDF: {error or type(error).__name__}") from None


def _content_streams(page: Any) -> list[tuple[object, int]]:
    """(identity, decoded size) of each content stream a page draws; pages may share one."""
    raw = page.raw_get("/Contents") if "/Contents" in page else None
    if raw is None:
        return []
    resolved = raw.get_object()
    parts = list(resolved) if isinstance(resolved, list) else [raw]
    streams: list[tuple[object, int]] = []
    for part in parts:
        identity = (part.idnum, part.generation) if hasattr(part, "idnum") else None
        stream = part.get_object()
        if hasattr(stream, "get_data"):
            streams.append((identity, len(stream.get_data())))
    return streams


class _ExtractionBudget:
    """Bound the work of one PDF: per page and per file, before and after each page.

    Why: a 27 KB PDF whose 1,000 pages share one content stream expanded to 100 MB
    of text in 52 s and 1.7 GB. Checking the content size before extracting a page
    stops such a file after a few megabytes of work, with a reason.
    """

    def __init__(self, file_size: int) -> None:
        self.file_size = file_size
        self.content_limit = max(CONTENT_BUDGET_FLOOR, CONTENT_BUDGET_PER_FILE_BYTE * file_size)
        self.content = 0
        self.text = 0
        self.pages_per_stream: dict[object, int] = {}

    def draw(self, page: int, streams: list[tuple[object, int]]) -> None:
        """Account for a page's drawing instructions before reading them."""
        for identity, size in streams:
            if identity is not None and size > SHARED_STREAM_BYTES:
                self._count_use(page, identity, size)
        content_bytes = sum(size for _, size in streams)
        if content_bytes > PAGE_MAX_CONTENT_BYTES:
            raise IngestError(
                f"PDF page {page} is too complex to read ({_megabytes(content_bytes)} of drawing "
                f"instructions; the limit is {_megabytes(PAGE_MAX_CONTENT_BYTES)} per page)"
            )
        self.content += content_bytes
        if self.content > self.content_limit:
            raise IngestError(
                f"PDF draws too much for its size: by page {page} its pages draw "
                f"{_megabytes(self.content)} of instructions from a "
                f"{self.file_size / 1024:.0f} KB file (the limit is "
                f"{_megabytes(self.content_limit)}; a PDF bomb repeats streams on many pages)"
            )

    def _count_use(self, page: int, identity: object, size: int) -> None:
        uses = self.pages_per_stream.get(identity, 0) + 1
        self.pages_per_stream[identity] = uses
        if uses > MAX_PAGES_PER_LARGE_STREAM:
            raise IngestError(
                f"PDF page {page} repeats a {size / 1024:.0f} KB content stream already drawn "
                f"on {uses - 1} pages; refusing it as a PDF bomb (pages that share one content "
                "stream multiply its text)"
            )

    def read(self, page: int, chars: int) -> None:
        """Account for a page's extracted text."""
        if chars > PAGE_MAX_TEXT_CHARS:
            raise IngestError(
                f"PDF page {page} holds too much text ({chars:,} characters; "
                f"a page holds at most {PAGE_MAX_TEXT_CHARS:,})"
            )
        self.text += chars
        if self.text > PDF_MAX_TEXT_CHARS:
            raise IngestError(
                f"PDF text is too large (over {PDF_MAX_TEXT_CHARS:,} characters by page {page}; "
                "the limit is the same as for text files)"
            )


def _megabytes(size: int) -> str:
    return f"{size / MEGABYTE:.1f} MB"


def _document_info(reader: PdfReader) -> tuple[str | None, str | None]:
    """Return the metadata title (unless it is a file name or placeholder) and author."""
    try:
        info = reader.metadata
        title = optional_line(info.title) if info else None
        author = optional_line(info.author) if info else None
    except Exception:  # noqa: BLE001 - broken metadata must not lose the text
        return None, None
    if title and _JUNK_TITLE.match(title):
        title = None
    return title, author


def rebuild_paragraphs(page_texts: list[str]) -> str:
    """Join wrapped lines into paragraphs, also across page breaks mid-sentence."""
    page_lines = [[" ".join(line.split()) for line in text.splitlines()] for text in page_texts]
    typical = _typical_line_length([line for lines in page_lines for line in lines])
    paragraphs: list[str] = []
    for lines in page_lines:
        page_paragraphs = _page_paragraphs(lines, typical)
        if paragraphs and page_paragraphs and _continues(paragraphs[-1], page_paragraphs[0]):
            paragraphs[-1] = join_wrapped_lines(paragraphs[-1], page_paragraphs.pop(0))
        paragraphs.extend(page_paragraphs)
    return "\n\n".join(paragraphs)


def _page_paragraphs(lines: list[str], typical: float) -> list[str]:
    """Split one page into paragraphs: blank lines and short lines end a paragraph."""
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current and (not line or _BULLET.match(line)):
            paragraphs.append(current)
            current = ""
        if not line:
            continue
        current = join_wrapped_lines(current, line) if current else line
        if _ends_paragraph(line, typical):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _ends_paragraph(line: str, typical: float) -> bool:
    """A clearly short line (heading, last line) or a shortish one ending a sentence."""
    if len(line) < typical * SHORT_LINE_RATIO:
        return True
    return line.endswith(_TERMINAL) and len(line) < typical * SENTENCE_END_LINE_RATIO


def _typical_line_length(lines: list[str]) -> float:
    """Estimate the full line width of the document from its longer lines."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < MIN_LINES_FOR_TYPICAL:
        return 0.0  # too few lines to tell: never treat a line as short
    return float(lengths[int(len(lengths) * TYPICAL_LINE_PERCENTILE) - 1])


def _continues(previous: str, following: str) -> bool:
    """A paragraph continues on the next page when it stopped mid-sentence."""
    return not previous.endswith(_TERMINAL) and following[:1].islower()


def join_wrapped_lines(first: str, second: str) -> str:
    """Join two wrapped lines, undoing a hyphenated word break (``inter-`` + ``national``)."""
    if first.endswith("-") and first[-2:-1].isalpha() and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"
