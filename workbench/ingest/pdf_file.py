"""Read PDF articles with pypdf and rebuild paragraphs from its line-by-line text."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.models import Article
from workbench.ingest.articles import build_article, drop_repeated_title, optional_line
from workbench.ingest.decoding import MEGABYTE, read_limited_bytes
from workbench.ingest.errors import IngestError

if TYPE_CHECKING:
    from pypdf import PdfReader

PDF_MAX_BYTES = 200 * MEGABYTE
MAX_PAGES = 3000
HEADER_SEARCH_BYTES = 1024
SHORT_LINE_RATIO = 0.8
SENTENCE_END_LINE_RATIO = 0.9
TYPICAL_LINE_PERCENTILE = 0.8
MIN_LINES_FOR_TYPICAL = 3
_TERMINAL = (".", "!", "?", ":", '"', "”", "’", "»", ")")
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word\b.*|.*\.(docx?|pdf|odt|rtf|txt))$", re.I)
_BULLET = re.compile(r"^(?:[•▪◦‣∙·*-]|\d{1,3}[.)])\s")

logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(path: Path) -> list[Article]:
    """Read one ``.pdf`` file into an article (text of all pages, paragraphs rebuilt)."""
    data = read_limited_bytes(path, PDF_MAX_BYTES, "PDF")
    if b"%PDF-" not in data[:HEADER_SEARCH_BYTES]:
        raise IngestError("malformed PDF: no %PDF header (not a PDF file)")
    reader = _open_reader(data)
    page_texts = _page_texts(reader)
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


def _page_texts(reader: PdfReader) -> list[str]:
    """Extract the text of every page; a broken page tree is a malformed PDF."""
    try:
        page_count = len(reader.pages)
        if page_count > MAX_PAGES:
            raise IngestError(f"PDF has too many pages ({page_count}; the limit is {MAX_PAGES})")
        return [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many types for broken files
        raise IngestError(f"malformed PDF: {error or type(error).__name__}") from None


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
