"""Every hostile fixture gives Articles or an IngestError with the documented reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.ingest import IngestError, RecordError, read_records

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
FILES = sorted(path for path in HOSTILE.iterdir() if path.name != "README.md")

EXPECTED_ERRORS = {
    "empty.txt": "^empty file$",
    "binary_renamed.txt": "^binary file, not text",
    "nul_bytes.txt": "^binary file, not text",
    "malformed.pdf": "^malformed PDF: ",
    "not_a_zip.docx": r"^not a valid \.docx \(not a zip file\)$",
    "entity_bomb.docx": "^unsafe .docx: .*entity bomb",
}
EXPECTED_ARTICLES = {
    "invalid_utf8.txt": ("Café owners in Łódź protest new rules", "Łódź"),
    "latin1.txt": ("Müller wins São Paulo café award", "São Paulo"),
    "utf16_bom.txt": ("Kyiv talks end without agreement", "Kyiv"),
    "script.html": ("Council approves new harbour plan", "Portsmouth"),
}


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_hostile_file_gives_articles_or_ingest_error(path: Path) -> None:
    try:
        items = list(read_records(path))
    except IngestError as error:
        assert path.name in EXPECTED_ERRORS, f"unexpected failure: {error}"
        assert re.search(EXPECTED_ERRORS[path.name], str(error))
        assert "\n" not in str(error)
        return
    assert path.name not in EXPECTED_ERRORS
    assert items and all(isinstance(item, (Article, RecordError)) for item in items)


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED_ARTICLES.items()))
def test_hostile_text_files_that_still_import(name: str, expected: tuple[str, str]) -> None:
    (article,) = read_records(HOSTILE / name)
    assert isinstance(article, Article)
    assert (article.title, article.dateline) == expected
    assert "\x00" not in article.text and "\ufeff" not in article.text


def test_invalid_utf8_keeps_valid_characters() -> None:
    (article,) = read_records(HOSTILE / "invalid_utf8.txt")
    assert isinstance(article, Article)
    assert "Café owners in the Polish city of Łódź" in article.text
    assert "\ufffd" in article.text


def test_every_fixture_is_documented() -> None:
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    for path in FILES:
        assert f"`{path.name}`" in readme
