"""Read Word ``.docx`` articles with python-docx after checking the zip is not hostile."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.text import normalize_line
from workbench.ingest.articles import ArticleRead, build_article, optional_line
from workbench.ingest.decoding import MEGABYTE, check_file_size
from workbench.ingest.errors import IngestError
from workbench.ingest.headlines import reads_as_headline

if TYPE_CHECKING:
    from docx.document import Document

DOCX_MAX_BYTES = 200 * MEGABYTE
MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 100 * MEGABYTE
MAX_TOTAL_BYTES = 500 * MEGABYTE
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_MIN_BYTES = 1 * MEGABYTE
TITLE_SEARCH_PARAGRAPHS = 5
_DTD_MARKUP = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_MARKUP_TEXT = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_PART = re.compile(r"\.(?:xml|rels)$", re.IGNORECASE)


def read_docx(path: Path) -> list[ArticleRead]:
    """Read one ``.docx`` file into an article; its title comes from properties or styles."""
    check_docx_archive(path)
    document = _open_document(path)
    paragraphs = list(_body_blocks(document))
    core_title, author = _core_properties(document)
    title, body = choose_title(paragraphs, core_title)
    text = "\n\n".join(block for block, _style in body if block)
    return [build_article(text=text, title=title, author=author, fmt="docx", path=path)]


def check_docx_archive(path: Path) -> None:
    """Refuse non-zips, zip bombs and XML with DTDs (billion laughs) before parsing anything."""
    check_file_size(path, DOCX_MAX_BYTES, ".docx")
    if not zipfile.is_zipfile(path):
        raise IngestError("not a valid .docx (not a zip file)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_member_sizes(infos)
            if "word/document.xml" not in {info.filename for info in infos}:
                raise IngestError("not a valid .docx (no word/document.xml inside)")
            for info in infos:
                if _XML_PART.search(info.filename):
                    _check_no_dtd(archive, info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise IngestError(f"not a valid .docx (broken zip: {error})") from None


def _check_member_sizes(infos: list[zipfile.ZipInfo]) -> None:
    """Cap the number of parts, each part's unpacked size, the total and the compression ratio."""
    if len(infos) > MAX_MEMBERS:
        raise IngestError(f"unsafe .docx: too many parts ({len(infos)})")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise IngestError(
                f"unsafe .docx: '{info.filename}' unpacks to too much data (zip bomb?)"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise IngestError(
                f"unsafe .docx: '{info.filename}' is compressed {ratio:.0f}:1 (zip bomb?)"
            )


def _check_no_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Word never writes DTDs; one in a part means an entity-expansion attack."""
    with archive.open(info) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise IngestError(f"unsafe .docx: '{info.filename}' unpacks to too much data")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        found = _DTD_MARKUP_TEXT.search(data.decode("utf-16", errors="replace")) is not None
    else:
        found = _DTD_MARKUP.search(data) is not None
    if found:
        raise IngestError(
            f"unsafe .docx: '{info.filename}' declares a DTD/entities (possible entity bomb)"
        )


def _open_document(path: Path) -> Document:
    """Open with python-docx, turning its many failure types into one clear reason."""
    import docx

    try:
        return docx.Document(str(path))
    except Exception as error:  # noqa: BLE001 - python-docx/lxml raise many types
        raise IngestError(f"not a valid .docx: {error or type(error).__name__}") from None


def _body_blocks(document: Document) -> Iterator[tuple[str, str]]:
    """Yield ``(text, style name)`` for body paragraphs and table rows in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            yield paragraph.text, _style_name(paragraph)
        elif tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))
                yield " | ".join(cell for cell in cells if cell), "Table"


def _style_name(paragraph: object) -> str:
    """Return the paragraph style name, or ``""`` when the style cannot be resolved."""
    try:
        return paragraph.style.name or ""  # type: ignore[attr-defined]
    except (AttributeError, KeyError, ValueError):
        return ""


def _core_properties(document: Document) -> tuple[str | None, str | None]:
    """Return the document-properties title and author, tolerating broken properties."""
    try:
        props = document.core_properties
        return optional_line(props.title), optional_line(props.author)
    except Exception:  # noqa: BLE001 - broken metadata must not lose the text
        return None, None


def choose_title(
    blocks: list[tuple[str, str]], core_title: str | None
) -> tuple[str | None, list[tuple[str, str]]]:
    """Pick the title (Title style, then properties, then a first paragraph that reads as one).

    The chosen heading paragraph is removed from the body so the text does not repeat it.
    """
    non_empty = [index for index, (text, _style) in enumerate(blocks) if text.strip()]
    if not non_empty:
        return core_title, blocks
    first = non_empty[0]
    for index in non_empty[:TITLE_SEARCH_PARAGRAPHS]:
        style = blocks[index][1]
        if style == "Title" or (style == "Heading 1" and index == first):
            return normalize_line(blocks[index][0]), _without(blocks, index)
    first_text = normalize_line(blocks[first][0])
    has_more = len(non_empty) > 1
    if core_title:
        repeated = first_text == normalize_line(core_title)
        return core_title, _without(blocks, first) if repeated and has_more else blocks
    if has_more and reads_as_headline(first_text):
        return first_text, _without(blocks, first)
    return None, blocks


def _without(blocks: list[tuple[str, str]], index: int) -> list[tuple[str, str]]:
    """Return the blocks minus the one at ``index``."""
    return blocks[:index] + blocks[index + 1 :]
