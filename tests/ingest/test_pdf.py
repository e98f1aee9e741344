"""PDF articles: text of all pages, rebuilt paragraphs, metadata, broken and locked files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles
from workbench.ingest.pdf_file import join_wrapped_lines, rebuild_paragraphs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE_ONE = [
    "Harbour wall plan approved after two-year debate",
    "Portsmouth - The city council on Tuesday approved a plan to rebuild the",
    "old harbour wall, ending a debate that had lasted more than two years. The",
    "vote was 31 to 12 in favour of the proposal after a long and heated inter-",
    "national discussion about costs.",
    "The plan includes a new public walkway and a small museum about the harbour",
    "history. Work is expected to start next spring and to take eighteen months",
    "and will be paid for by the city and a national heritage fund, officials",
]
PAGE_TWO = [
    "said in a statement released after the vote on Tuesday evening.",
    "Opponents said the cost, estimated at twelve million pounds, was too high.",
]
TITLE = "Harbour wall plan approved after two-year debate"


def test_pages_become_paragraphs_with_metadata(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf([PAGE_ONE, PAGE_TWO], title=TITLE, author="City Desk")
    (article,) = read_articles(path)
    assert article.title == TITLE
    assert article.author == "City Desk"
    assert article.format == "pdf"
    assert article.dateline == "Portsmouth"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Portsmouth - The city council on Tuesday approved a plan")
    assert "heated international discussion about costs." in paragraphs[0]
    assert paragraphs[1].endswith(
        "officials said in a statement released after the vote on Tuesday evening."
    )
    assert paragraphs[2] == PAGE_TWO[1]
    assert TITLE not in article.text


def test_title_from_first_line_without_metadata(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf([PAGE_ONE], title="Microsoft Word - draft3.docx")
    (article,) = read_articles(path)
    assert article.title == TITLE
    assert article.text.startswith(TITLE)


def test_pdf_without_text_layer(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf([[]])
    with pytest.raises(IngestError, match="^no text found"):
        read_articles(path)


def test_encrypted_pdf_needs_password(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf([PAGE_ONE], password="secret")
    with pytest.raises(IngestError, match="^encrypted PDF: a password is required"):
        read_articles(path)


def test_encrypted_pdf_with_empty_user_password_opens(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf([PAGE_ONE], password="")
    (article,) = read_articles(path)
    assert "harbour wall" in article.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ((FIXTURES / "hostile" / "malformed.pdf").read_bytes(), "^malformed PDF: "),
        (b"%PDF-1.4\n" + b"\x00garbage" * 50, "^malformed PDF: "),
        (b"Just text named .pdf", r"^malformed PDF: no %PDF header"),
        (b"%PDF-1.4\n%%EOF\n", "^malformed PDF: "),
    ],
)
def test_malformed_pdfs(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=reason):
        read_articles(path)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("inter-", "national", "international"),
        ("well-", "Known", "well- Known"),
        ("2019-", "20", "2019- 20"),
        ("plain", "words", "plain words"),
    ],
)
def test_join_wrapped_lines(first: str, second: str, joined: str) -> None:
    assert join_wrapped_lines(first, second) == joined


def test_rebuild_paragraphs_uses_blank_lines_and_bullets() -> None:
    text = rebuild_paragraphs(
        ["First para line one\ncontinues here.\n\n• bullet one\n• bullet two"]
    )
    assert text == "First para line one continues here.\n\n• bullet one\n\n• bullet two"
