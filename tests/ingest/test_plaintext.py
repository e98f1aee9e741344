"""Plain-text articles in the seed layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles
from workbench.ingest.articles import DERIVED_TITLE_CHARS, ArticleRead
from workbench.ingest.plaintext import read_plain_text, split_title_and_body

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_3d486de69af5284c.txt"
SEED_TITLE = (
    "US State Department: Sanctions Against Russia and North Korea Not Ruled Out Over Arms "
    "Agreement"
)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
BIG_FILE_BYTES = 5 * 1024 * 1024


def test_seed_layout_gives_title_dateline_and_body_without_repeated_title() -> None:
    (article,) = read_articles(SEED)
    assert article.title == SEED_TITLE
    assert article.dateline == "Washington"
    assert article.text.startswith("Washington - On Wednesday")
    assert SEED_TITLE not in article.text
    assert article.format == "text"
    assert article.origin_path == str(SEED)
    assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_crlf_file_with_agency_style_dateline() -> None:
    (article,) = read_articles(FIXTURES / "koszalin_dateline.txt")
    assert article.title == "Escape room fire kills five teen girls in Koszalin, Poland"
    assert article.dateline == "KOSZALIN, Poland"
    assert article.text.startswith("KOSZALIN, Poland — A fire yesterday")
    assert "\r" not in article.text
    assert article.title not in article.text


@pytest.mark.parametrize(
    ("raw", "title", "body"),
    [
        ("Title\n\nTitle\n\nBody one.\n\nBody two.", "Title", "Body one.\n\nBody two."),
        ("Title\n\nBody one.\n\nBody two.", "Title", "Body one.\n\nBody two."),
        ("Title\nBody directly below.\n\nMore.", "Title", "Body directly below.\n\nMore."),
        ("Title\n\n  Title  \n\nBody.", "Title", "Body."),
        ("Only one line", "Only one line", "Only one line"),
        ("Title\n\nTitle", "Title", "Title"),
        ("Title\nTitle\nBody directly below.\n\nMore.", "Title", "Body directly below.\n\nMore."),
        ("Title\n\nTitle\nBody one.\n\nMore.", "Title", "Body one.\n\nMore."),
        ("Title\nTitle", "Title", "Title"),
    ],
)
def test_split_title_and_body(raw: str, title: str, body: str) -> None:
    assert split_title_and_body(raw) == (title, body)


def test_single_newlines_drop_the_repeated_title_and_keep_the_dateline(
        tmp_path: Path) -> None:
    """Lines one newline apart read like paragraphs: the repeat goes, the dateline is seen."""
    path = tmp_path / "single.txt"
    path.write_text("Plain title\nPlain title\nLONDON - The minister said the bridge"
                    " would reopen in May.\n", "utf-8")
    (read,) = read_plain_text(path)
    assert read.article.title == "Plain title"
    assert read.article.text.startswith("LONDON - The minister said")
    assert read.article.dateline == "LONDON"


def test_first_line_too_long_for_a_title_keeps_all_text(tmp_path: Path) -> None:
    sentence = "This is a very long opening sentence that goes on and on " * 5
    path = tmp_path / "long.txt"
    path.write_text(sentence + "\n\nSecond paragraph.", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text.startswith("This is a very long opening sentence")
    assert article.text.endswith("Second paragraph.")
    assert article.title.endswith("…")
    assert len(article.title) <= DERIVED_TITLE_CHARS + 1


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n  \r\n", encoding="utf-8")
    with pytest.raises(IngestError, match="^empty file$"):
        read_articles(path)


def test_five_megabyte_text_imports_whole(tmp_path: Path) -> None:
    paragraph = "Kyiv - Officials said talks would continue next week in the capital. " * 12
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A very large article\n\n")
        while handle.tell() < BIG_FILE_BYTES:
            handle.write(paragraph + "\n\n")
    (article,) = read_articles(path)
    assert article.title == "A very large article"
    assert len(article.text) > BIG_FILE_BYTES * 99 // 100  # minus stripped trailing spaces
    assert article.dateline == "Kyiv"


def test_a_first_line_that_is_only_a_web_address_is_the_url_not_the_title(
    tmp_path: Path,
) -> None:
    """Saved pages (ECB+ among them) start with their address: it was taken as the title."""
    path = tmp_path / "saved.txt"
    path.write_text(
        "http://articles.latimes.com/2013/may/03/local/la-me-lohan-rehab\n\n"
        "Lindsay Lohan checks into Betty Ford Center\n\nMay 03, 2013\n\nThe actress arrived.\n",
        encoding="utf-8",
    )
    [article] = [read.article for read in read_plain_text(path)]
    assert article.title == "Lindsay Lohan checks into Betty Ford Center"
    assert article.url == "http://articles.latimes.com/2013/may/03/local/la-me-lohan-rehab"
    assert not article.text.startswith("http")


def test_a_title_that_mentions_an_address_stays_the_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("https://example.org is down for hours\n\nThe site failed.\n", encoding="utf-8")
    [article] = [read.article for read in read_plain_text(path)]
    assert article.title == "https://example.org is down for hours"
    assert article.url is None


def test_a_text_file_reads_into_the_builders_own_result(tmp_path: Path) -> None:
    """Every reader returns ``build_article``'s ``ArticleRead`` (text files were unwrapped to a
    bare ``Article`` and wrapped again by ``read_results``)."""
    path = tmp_path / "story.txt"
    path.write_text("Harbour strike ends\n\nDock workers returned on Friday.\n", encoding="utf-8")
    [read] = read_plain_text(path)
    assert isinstance(read, ArticleRead)
    assert read.article.title == "Harbour strike ends"
    assert read.refused_published is None


@pytest.mark.parametrize(
    "opening",
    [
        'Prime Minister Jane Doe said on Tuesday that the budget would pass. "We will not back'
        ' down," Doe told reporters in Ottawa.',
        "Floodwater reached the old town overnight. Residents were told to leave by noon.",
        '"We will rebuild every house," the mayor said at a news conference on Tuesday.',
        'The fire chief told reporters: "Nobody was hurt in the blaze."',
        "Portsmouth - The city council on Tuesday approved a plan to rebuild the old harbour wall.",
        "The city council on Tuesday approved a plan to rebuild the old harbour wall after years of"
        " delay and protest.",
    ],
)
def test_a_first_line_of_story_prose_stays_in_the_body(tmp_path: Path, opening: str) -> None:
    """Attack run 18: a short opening paragraph became the title and was never analysed."""
    path = tmp_path / "story.txt"
    path.write_text(f"{opening}\n\nThe council meets again on Thursday.\n", "utf-8")
    [article] = [read.article for read in read_plain_text(path)]
    assert article.text.startswith(opening)
    assert article.title  # derived, as for any untitled text


@pytest.mark.parametrize(
    "headline",
    [
        "Budget passes after late-night vote",
        "Will the budget pass?",
        '"We will not back down," says Doe',
        'PM: "We will not back down"',
        "Dr. Smith wins the U.S. Open.",
        "Mr. Doe goes to Washington.",
        "Council approves harbour wall plan after years of delay, protest and a long inquiry.",
        "Will the council ever approve the harbour wall plan after years of delay, protest and"
        " a public inquiry?",
    ],
)
def test_a_headline_still_becomes_the_title(tmp_path: Path, headline: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{headline}\n\nThe council meets again on Thursday.\n", "utf-8")
    [article] = [read.article for read in read_plain_text(path)]
    assert (article.title, article.text) == (headline, "The council meets again on Thursday.")
