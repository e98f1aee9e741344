"""Word documents: paragraphs, titles, tables, and zip/XML attacks refused before parsing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles
from workbench.ingest.docx_file import choose_title

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BODY = [
    "Portsmouth - The city council on Tuesday approved a plan to rebuild the old harbour wall.",
    "The plan includes a new public walkway and a small museum about the harbour's history.",
]


def test_title_style_paragraph_is_the_title(make_docx: Callable[..., Path]) -> None:
    path = make_docx(BODY, heading="Harbour plan approved", author="City Desk")
    (article,) = read_articles(path)
    assert article.title == "Harbour plan approved"
    assert article.author == "City Desk"
    assert article.format == "docx"
    assert article.dateline == "Portsmouth"
    assert article.text == "\n\n".join(BODY)


def test_core_title_is_used_and_repeated_first_paragraph_dropped(
    make_docx: Callable[..., Path],
) -> None:
    path = make_docx(["Harbour plan approved", *BODY], core_title="Harbour plan approved")
    (article,) = read_articles(path)
    assert article.title == "Harbour plan approved"
    assert article.text == "\n\n".join(BODY)


def test_short_first_paragraph_becomes_title(make_docx: Callable[..., Path]) -> None:
    (article,) = read_articles(make_docx(["Harbour plan approved", *BODY]))
    assert article.title == "Harbour plan approved"
    assert article.text.startswith("Portsmouth - The city council")


def test_tables_are_kept_in_reading_order(make_docx: Callable[..., Path]) -> None:
    path = make_docx(BODY, heading="Votes", table=[["Party", "Votes"], ["Labour", "18"]])
    (article,) = read_articles(path)
    assert article.text.endswith("Party | Votes\n\nLabour | 18")


def test_empty_document_has_no_text(make_docx: Callable[..., Path]) -> None:
    with pytest.raises(IngestError, match="^no text found$"):
        read_articles(make_docx([]))


@pytest.mark.parametrize(
    ("blocks", "core_title", "expected_title", "kept"),
    [
        ([("Body only paragraph.", "Normal")], None, None, 1),
        ([("", "Normal"), ("Head", "Heading 1"), ("Body.", "Normal")], None, "Head", 2),
        (
            [("Intro.", "Normal"), ("Real title", "Title"), ("Body.", "Normal")],
            None,
            "Real title",
            2,
        ),
        ([("Other first line", "Normal"), ("Body.", "Normal")], "Props title", "Props title", 2),
    ],
)
def test_choose_title(
    blocks: list[tuple[str, str]], core_title: str | None, expected_title: str | None, kept: int
) -> None:
    title, body = choose_title(blocks, core_title)
    assert title == expected_title
    assert len(body) == kept


def test_not_a_zip() -> None:
    with pytest.raises(IngestError, match=r"^not a valid \.docx \(not a zip file\)$"):
        read_articles(FIXTURES / "hostile" / "not_a_zip.docx")


def test_entity_bomb_is_refused_before_parsing() -> None:
    with pytest.raises(IngestError, match="entity bomb"):
        read_articles(FIXTURES / "hostile" / "entity_bomb.docx")


def test_utf16_encoded_doctype_is_also_found(make_zip: Callable[..., Path]) -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'
    path = make_zip({"word/document.xml": xml.encode("utf-16")})
    with pytest.raises(IngestError, match="DTD/entities"):
        read_articles(path)


def test_zip_without_document_part(make_zip: Callable[..., Path]) -> None:
    path = make_zip({"hello.txt": b"hi"})
    with pytest.raises(IngestError, match=r"no word/document\.xml"):
        read_articles(path)


def test_highly_compressed_part_is_a_zip_bomb(make_zip: Callable[..., Path]) -> None:
    path = make_zip(
        {"word/document.xml": b"<w:document/>", "word/media/pad.bin": b"\0" * 3_000_000}
    )
    with pytest.raises(IngestError, match="zip bomb"):
        read_articles(path)


def test_declared_sizes_are_capped(
    monkeypatch: pytest.MonkeyPatch, make_zip: Callable[..., Path]
) -> None:
    from workbench.ingest import docx_file

    monkeypatch.setattr(docx_file, "MAX_TOTAL_BYTES", 1000)
    path = make_zip(
        {"word/document.xml": b"<w:document/>", "word/big.xml": b"<a>" + b"x" * 2000 + b"</a>"}
    )
    with pytest.raises(IngestError, match="too much data"):
        read_articles(path)


def test_zip_that_is_not_word(make_zip: Callable[..., Path]) -> None:
    path = make_zip({"word/document.xml": b"<not-word/>", "[Content_Types].xml": b"<Types/>"})
    with pytest.raises(IngestError, match=r"^not a valid \.docx"):
        read_articles(path)


def test_truncated_zip(tmp_path: Path, make_docx: Callable[..., Path]) -> None:
    data = make_docx(BODY).read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError, match=r"^not a valid \.docx"):
        read_articles(path)


@pytest.mark.parametrize(
    "opening",
    [
        'Prime Minister Jane Doe said on Tuesday that the budget would pass. "We will not back'
        ' down," Doe told reporters in Ottawa.',
        '"We will rebuild every house," the mayor said at a news conference on Tuesday.',
        "Portsmouth - The city council on Tuesday approved a plan to rebuild the old harbour wall.",
        "The city council on Tuesday approved a plan to rebuild the old harbour wall after years of"
        " delay and protest.",
    ],
)
def test_a_first_paragraph_of_story_prose_stays_in_the_body(
    make_docx: Callable[..., Path], opening: str
) -> None:
    """Attack run 19: a Word file opening with its story lost that paragraph to the title."""
    (article,) = read_articles(make_docx([opening, BODY[1]]))
    assert article.text == f"{opening}\n\n{BODY[1]}"
    assert article.title  # derived from the text, as for any untitled document


def test_a_headline_paragraph_still_becomes_the_title(make_docx: Callable[..., Path]) -> None:
    (article,) = read_articles(make_docx(["Will the harbour wall be rebuilt?", *BODY]))
    assert article.title == "Will the harbour wall be rebuilt?"
    assert article.text == "\n\n".join(BODY)
