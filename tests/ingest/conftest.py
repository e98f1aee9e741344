"""Builders for binary fixtures (PDF, DOCX) generated at test time instead of committed."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INGEST_FIXTURES = FIXTURES / "ingest"
HOSTILE_FIXTURES = FIXTURES / "hostile"

PdfBuilder = Callable[..., Path]
DocxBuilder = Callable[..., Path]


def _pdf_string(text: str) -> bytes:
    """Encode text as a PDF literal string in WinAnsi (Latin-1 is close enough here)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


def build_pdf_bytes(
    pages: list[list[str]], *, title: str | None = None, author: str | None = None
) -> bytes:
    """Write a minimal valid PDF: one Helvetica text line per entry, 14 pt apart."""
    objects: list[bytes] = [b"", b""]  # catalog and page tree are filled in last
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    page_ids: list[int] = []
    for lines in pages:
        ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 740 Td"]
        ops += [_pdf_string(line) + b" Tj T*" for line in lines]
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        page_ids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    info = b"<<"
    if title:
        info += b" /Title " + _pdf_string(title)
    if author:
        info += b" /Author " + _pdf_string(author)
    objects.append(info + b" >>")
    return _assemble_pdf(objects)


def _assemble_pdf(objects: list[bytes]) -> bytes:
    """Number the objects, write the cross-reference table and trailer (last object = Info)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    )
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


@pytest.fixture
def make_pdf(tmp_path: Path) -> PdfBuilder:
    """Return a builder writing a PDF (optionally password-protected) under tmp_path."""

    def build(
        pages: list[list[str]],
        *,
        title: str | None = None,
        author: str | None = None,
        password: str | None = None,
        name: str = "article.pdf",
    ) -> Path:
        data = build_pdf_bytes(pages, title=title, author=author)
        if password is not None:
            from pypdf import PdfReader, PdfWriter

            writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
            writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
            buffer = io.BytesIO()
            writer.write(buffer)
            data = buffer.getvalue()
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return build


@pytest.fixture
def make_docx(tmp_path: Path) -> DocxBuilder:
    """Return a builder writing a .docx with python-docx under tmp_path."""

    def build(
        paragraphs: list[str],
        *,
        heading: str | None = None,
        core_title: str | None = None,
        author: str | None = None,
        table: list[list[str]] | None = None,
        name: str = "article.docx",
    ) -> Path:
        import docx

        document = docx.Document()
        if core_title is not None:
            document.core_properties.title = core_title
        if author is not None:
            document.core_properties.author = author
        if heading is not None:
            document.add_heading(heading, level=0)  # level 0 = the "Title" style
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        if table:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for row, values in zip(grid.rows, table, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        path = tmp_path / name
        document.save(str(path))
        return path

    return build


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[[dict[str, bytes], str], Path]:
    """Return a builder writing an arbitrary zip (for hostile .docx variants)."""

    def build(members: dict[str, bytes], name: str = "crafted.docx") -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        return path

    return build
