"""HTML pages: main text via trafilatura, metadata, safe fallback, nothing executable."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles, read_results
from workbench.ingest.articles import ArticleRead
from workbench.ingest.html_file import extract_text_with_lxml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_article_page_text_and_metadata() -> None:
    (article,) = read_articles(FIXTURES / "ingest" / "cuba_bus.html")
    assert article.title == "State-run bus crashes in Cuba en route to Havana, killing seven"
    assert article.source == "Wikinews"
    assert article.author == "Wikinews contributors"
    assert article.published == "2019-01-12"
    assert article.url is not None and article.url.startswith("https://en.wikinews.org/wiki/")
    assert article.format == "html"
    assert "A bus operated by Viazul" in article.text
    assert "\n\nThe bus overturned in wet conditions" in article.text
    for noise in ("ANALYTICS_SCRIPT_MARKER", "font-family", "Random article", "last edited"):
        assert noise not in article.text
    assert not article.text.startswith(article.title)


def test_hostile_page_never_shows_scripts_or_resources() -> None:
    (article,) = read_articles(FIXTURES / "hostile" / "script.html")
    assert article.title == "Council approves new harbour plan"
    assert article.text.startswith("Portsmouth - The city council on Tuesday approved")
    assert article.dateline == "Portsmouth"
    assert "Opponents said the cost" in article.text
    for marker in (
        "SCRIPT_MARKER",
        "STYLE_MARKER",
        "NOSCRIPT",
        "IFRAME",
        "ONLOAD",
        "IMG_MARKER",
        "JS_LINK",
        "javascript:",
        "data:",
        "attacker",
        "root:",
        "ENTITY",
        "]>",
    ):
        assert marker not in article.text


def test_fallback_extraction_skips_non_text_elements() -> None:
    markup = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<div>First<br>line</div><script>evil()</script><p>Second   paragraph\n here</p>"
        "<noscript>no</noscript><svg><text>vector</text></svg></body></html>"
    )
    text, title = extract_text_with_lxml(markup)
    assert title == "T"
    assert text == "First\nline\n\nSecond paragraph here"


def test_short_fragment_without_article_uses_fallback(tmp_path: Path) -> None:
    path = tmp_path / "snippet.htm"
    path.write_text(
        '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Site">'
        "<h1>Tiny page</h1><p>Berlin - A short note.</p>",
        encoding="utf-8",
    )
    (article,) = read_articles(path)
    assert (article.title, article.author, article.source) == ("Tiny page", "Jane Doe", "Site")
    assert article.text == "Berlin - A short note."
    assert article.dateline == "Berlin"


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<html><body><script>only()</script></body></html>", "^no text found$"),
        ("   \n  ", "^empty file$"),
    ],
)
def test_pages_without_text(tmp_path: Path, markup: str, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    with pytest.raises(IngestError, match=reason):
        read_articles(path)


def test_latin1_page_with_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    markup = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9 news</title></head>'
        "<body><p>M\u00fcnchen - Das Caf\u00e9 \u00f6ffnet wieder.</p></body></html>"
    )
    path.write_bytes(markup.encode("latin-1"))
    (article,) = read_articles(path)
    assert article.title == "Café news"
    assert "München - Das Café öffnet wieder." in article.text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<p>Mayor <a href="https://x.example/bio">Ana Ruiz</a> said the bridge would '
            "<b>reopen</b> in <em>May</em>.</p><p>Traffic was diverted on Monday.</p>",
            ["Mayor Ana Ruiz said the bridge would reopen in May.",
             "Traffic was diverted on Monday."],
        ),
        (
            '<p>Read the <a href="javascript:alert(1)">statement</a> and '
            '<a href="file:///etc/passwd">the annex</a> today.</p>',
            ["Read the statement and the annex today."],
        ),
        (  # the next piece starts with a quotation mark, a capital word, then a full stop
            '<p>Officials said <a href="#q">"We will rebuild"</a> <b>Monday</b>.</p>',
            ['Officials said "We will rebuild" Monday.'],
        ),
        (  # the next piece starts with a figure
            "<p>Turnout reached <b>62%</b>.</p>",
            ["Turnout reached 62%."],
        ),
    ],
)
def test_links_and_emphasis_on_a_short_page_stay_inside_their_sentence(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    """Before: each link and emphasis became a paragraph of its own ("Mayor" / "Ana Ruiz" / ...)."""
    path = tmp_path / "short.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text.split("\n\n") == expected


def test_a_page_whose_paragraphs_end_sentences_keeps_trafilaturas_blocks(tmp_path: Path) -> None:
    """Lines broken by <br>: trafilatura makes each a paragraph, the page's own blocks
    (lxml) keep them as one; with every paragraph ending a sentence, trafilatura's stay."""
    path = tmp_path / "page.html"
    sentences = ["The council met on Monday.", "It voted to close the bridge.",
                 "Repairs start in May."]
    path.write_text(f"<html><body><div>{'<br>'.join(sentences)}</div></body></html>",
                    encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text.split("\n\n") == sentences


def test_a_page_whose_paragraphs_end_sentences_drops_the_menu(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    paragraphs = "".join(f"<p>Paragraph {n} reports the council vote.</p>" for n in range(3))
    path.write_text(f"<html><body><nav>Home | World</nav><article>{paragraphs}</article>"
                    "</body></html>", encoding="utf-8")
    (article,) = read_articles(path)
    assert "Home" not in article.text


def test_a_legacy_page_of_unclosed_font_tags_is_read_to_its_end(tmp_path: Path) -> None:
    """Before: past 256 nested elements libxml2 dropped the rest of the page without an
    error, so 400 unclosed ``<font>`` tags kept words 0-253 and lost the last paragraph."""
    runs = "".join(f"<font>Item {i} was listed. " for i in range(400))
    page = tmp_path / "legacy.html"
    page.write_text(
        f"<html><head><title>Old list</title></head><body>{runs}"
        "<p>The council closed the list on Friday.</p></body></html>",
        encoding="utf-8",
    )
    [article] = read_articles(page)
    assert "Item 399 was listed." in article.text
    assert article.text.endswith("The council closed the list on Friday.")


def test_a_page_nested_deeper_than_any_parser_reads_is_refused_not_cut(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    depth = 5000
    page.write_text(
        f"<html><body>{'<div>' * depth}Deep words here.{'</div>' * depth}</body></html>",
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match="nested too deep"):
        read_articles(page)


def test_control_character_references_become_spaces_not_a_failed_file(tmp_path: Path) -> None:
    """Before: ``&#x1b;`` in a page failed it: "All strings must be XML compatible"."""
    page = tmp_path / "controls.html"
    page.write_text(
        "<html><body><p>Ferries &#x1b;[2J resumed &#x1; in Oslo on Monday.</p></body></html>",
        encoding="utf-8",
    )
    [article] = read_articles(page)
    assert " ".join(article.text.split()) == "Ferries [2J resumed in Oslo on Monday."


@pytest.mark.parametrize("reference", ["&#xFFFE;", "&#xFFFF;", "&#xD800;"])
def test_non_character_references_become_spaces_not_a_failed_file(
    tmp_path: Path, reference: str
) -> None:
    """lxml refuses U+FFFE/U+FFFF (and surrogates) as it does C0 controls."""
    page = tmp_path / "odd.html"
    page.write_text(
        "<html><head><title>T</title></head><body><p>Short" + reference
        + " words about ferries in Oslo.</p><p>More lines follow here.</p></body></html>",
        encoding="utf-8",
    )
    [article] = read_articles(page)
    assert "ferries in Oslo" in article.text


def test_a_year_the_article_mentions_is_not_its_publication_date(tmp_path: Path) -> None:
    """A page with no date of its own imports undated, never dated by a year in its story.

    Why: the date search looked through the text too, so a profile mentioning
    "in 2003" was published on 2003-01-01 and sat decades early on the timeline.
    """
    page = tmp_path / "yoga.html"
    page.write_text(
        "<html><head><title>Yoga lessons aim to tackle student stress</title></head><body>"
        "<article><h1>Yoga lessons aim to tackle student stress</h1>"
        "<p>Yin Yan cofounded Yogi Yoga with an Indian yoga master in 2003 to promote yoga"
        " in China, and the school has grown every year since then.</p>"
        "<p>In August 2003 the first studio opened its doors in Beijing, and students now"
        " come from every part of the city to learn.</p></article></body></html>",
        encoding="utf-8",
    )
    (article,) = read_articles(page)
    assert article.published is None
    assert "in 2003" in article.text


def test_a_date_in_the_pages_metadata_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "dated.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2017-03-05T10:00:00Z">'
        "<title>Dated</title></head><body><article><p>In 2003 something happened, and this"
        " paragraph is long enough to be the article's text.</p><p>Another paragraph of"
        " substance that the extractor keeps as text.</p></article></body></html>",
        encoding="utf-8",
    )
    (article,) = read_articles(page)
    assert article.published == "2017-03-05"


def test_template_content_a_browser_never_shows_is_not_imported(tmp_path: Path) -> None:
    """A ``<template>`` holds markup for scripts to clone; trafilatura kept its text as prose."""
    page = tmp_path / "template.html"
    page.write_text(
        "<html><head><title>Council votes</title></head><body><article>"
        "<p>The council voted on Monday to reopen the bridge after a long debate among"
        " members of the public and officials.</p>"
        '<template id="row"><p>TEMPLATE_MARKER: a comment row the page script clones'
        " for each reader who writes in.</p></template>"
        "<p>The mayor said the work would take three months and cost more than the"
        " engineers expected.</p></article></body></html>",
        encoding="utf-8",
    )
    (article,) = read_articles(page)
    assert "TEMPLATE_MARKER" not in article.text
    assert "reopen the bridge" in article.text
    assert article.text.rstrip().endswith("engineers expected.")


def test_iframe_and_noscript_fallback_text_is_not_imported(tmp_path: Path) -> None:
    """An ``<iframe>``'s fallback text became a paragraph, and the paragraph after it was cut
    at its link into three ("Body text with" / "a link" / "and more.")."""
    page = tmp_path / "iframe.html"
    page.write_text(
        "<html><head><title>Embed</title></head><body>"
        '<iframe src="file:///etc/passwd">IFRAME_MARKER</iframe>'
        "<noscript>NOSCRIPT_MARKER: enable JavaScript</noscript>"
        '<p>The council said <a href="http://example.com/a">the bridge</a> reopens soon.</p>'
        "</body></html>",
        encoding="utf-8",
    )
    (article,) = read_articles(page)
    assert article.text == "The council said the bridge reopens soon."


@pytest.mark.parametrize(
    "stated,published,refused",
    [("2024-02", "2024-02", None), ("2024-02-30", None, "2024-02-30"),
     ("2024-02-15", "2024-02-15", None)],
)
def test_a_meta_date_without_a_whole_day_is_kept_as_written_or_named(
    tmp_path: Path, stated: str, published: str | None, refused: str | None
) -> None:
    """Found by attack round 9: htmldate gave a month-only meta date the import's day of the
    month (2024-02-06 on the 6th, another day on the 7th) and turned 2024-02-30 into
    2024-02-01. A month stays a month; an impossible day is left out and named, as JSON's."""
    page = tmp_path / "month.html"
    page.write_text(
        f'<html><head><meta name="date" content="{stated}"><title>Quay</title></head><body>'
        "<article><p>The harbour council met to discuss the new quay and what it costs the"
        " town.</p><p>Members said the work would start after the spring storms.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (read,) = read_results(page)
    assert isinstance(read, ArticleRead)
    assert (read.article.published, read.refused_published) == (published, refused)
