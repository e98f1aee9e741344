"""Markdown articles with and without YAML front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles, read_results
from workbench.ingest.markdown_file import inline_to_prose, markdown_to_prose, read_front_matter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_front_matter_supplies_metadata_and_markup_becomes_prose() -> None:
    (article,) = read_articles(FIXTURES / "aleppo_front_matter.md")
    assert article.title == "Block of flats collapses in Aleppo, killing eleven"
    assert article.source == "Wikinews"
    assert article.author == "Wikinews contributors"
    assert article.published == "2019-02-05"
    assert (
        article.url
        == "https://en.wikinews.org/wiki/Block_of_flats_collapses_in_Aleppo,_killing_eleven"
    )
    assert article.format == "markdown"
    assert article.text.startswith("State media on Saturday reported")
    assert "Aleppo, Syria" in article.text
    assert "According to AFP, other buildings" in article.text
    assert "Reconstruction\n\nThe district" in article.text
    for markup in ("---", "license:", "**", "](", "![", "# ", "> ", "*Bashar"):
        assert markup not in article.text
    assert article.title not in article.text


def test_first_heading_is_the_title_without_front_matter() -> None:
    (article,) = read_articles(FIXTURES / "catalonia_heading.md")
    assert article.title == "Catalonia apartment block fire kills three, injures sixteen"
    assert article.text.startswith(
        "An apartment block caught fire on Saturday morning in Badalona,"
    )
    assert "indicated on Twitter the baby" in article.text
    assert "twitter.com" not in article.text
    assert "\n---\n" not in article.text


def test_no_heading_uses_first_line_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text("Plain first line\n\nSecond paragraph with *emphasis*.\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.title == "Plain first line"
    assert article.text == "Plain first line\n\nSecond paragraph with emphasis."


def test_front_matter_title_differs_from_heading_keeps_heading(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Official\ndate: 2020-03-01\n---\n# Other heading\n\nBody.\n")
    (article,) = read_articles(path)
    assert (article.title, article.published) == ("Official", "2020-03-01")
    assert article.text == "Other heading\n\nBody."


@pytest.mark.parametrize(
    "front_matter",
    [
        "title: [unclosed",  # invalid YAML
        "- just\n- a list",  # not a mapping
        "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\ntitle: *c",  # alias tree, not a string
        "title: !!python/object/apply:os.system ['echo hacked']",  # unsafe tag
    ],
)
def test_bad_front_matter_is_ignored_not_fatal(tmp_path: Path, front_matter: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front_matter}\n---\n# Heading\n\nBody text.\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.title == "Heading"
    assert article.text == "Body text."


def test_split_front_matter_only_at_start() -> None:
    meta, rest, _ = read_front_matter("Intro\n---\ntitle: x\n---\n")
    assert meta == {}
    assert rest.startswith("Intro")


@pytest.mark.parametrize(
    ("markdown", "prose"),
    [
        ("A [link](https://example.org) here", "A link here"),
        ("An ![image](x.png) gone", "An gone"),
        ("**bold** and __strong__ and *em* and _em_", "bold and strong and em and em"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("Use `code` please", "Use code please"),
        ("See <https://example.org>", "See https://example.org"),
        ("Text with <b>tags</b> removed", "Text with tags removed"),
        ("~~old~~ new", "old new"),
        ("2 * 3 * 4 = 24", "2 * 3 * 4 = 24"),
    ],
)
def test_inline_to_prose(markdown: str, prose: str) -> None:
    assert inline_to_prose(markdown) == prose


def test_markdown_to_prose_blocks() -> None:
    source = (
        "## Sub heading\n\nSetext\n======\n\n> quoted *line*\n\n* * *\n\n"
        "```\ncode **kept** as is\n```\n\n[ref]: https://example.org\n"
        "<script>alert('x')</script>\n- item one\n"
    )
    prose = markdown_to_prose(source)
    assert "Sub heading" in prose and "##" not in prose
    assert "Setext" in prose and "===" not in prose
    assert "quoted line" in prose and ">" not in prose
    assert "* * *" not in prose
    assert "code **kept** as is" in prose and "```" not in prose
    assert "https://example.org" not in prose
    assert "alert" not in prose
    assert "- item one" in prose


def test_setext_heading_is_a_title(tmp_path: Path) -> None:
    path = tmp_path / "setext.md"
    path.write_text("Setext title\n============\n\nBody paragraph.\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert (article.title, article.text) == ("Setext title", "Body paragraph.")


def test_heading_after_prose_is_the_title_but_stays_in_text(tmp_path: Path) -> None:
    path = tmp_path / "late.md"
    path.write_text("Intro line.\n\n# Section\n\nMore.\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert (article.title, article.text) == ("Section", "Intro line.\n\nSection\n\nMore.")


@pytest.mark.parametrize(
    ("markdown", "prose"),
    [
        ("Read [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)) first.",
         "Read Mercury first."),
        ("A [bad link](javascript:alert(1)) stays text.", "A bad link stays text."),
        ("Chart ![chart](https://example.org/chart_(2024).png) here.", "Chart here."),
        ("[one](a) (an aside) [two](b)", "one (an aside) two"),
    ],
)
def test_link_destinations_with_parentheses_leave_no_stray_bracket(
    markdown: str, prose: str
) -> None:
    """Before: the destination ended at its first ')', so "Mercury)" and "bad link)" were read."""
    assert inline_to_prose(markdown) == prose


@pytest.mark.parametrize(
    "line",
    [
        "**a " * 50_000,  # bold openers that never close
        "~~a " * 50_000,
        "<!--" * 50_000,  # comments that never close
        "<script " * 25_000,
        "![" * 100_000,  # image and link openers with no closing bracket
        "[a](" * 50_000,
        "<http:x" * 30_000,
        "`" * 200_000,
        "> " * 100_000,  # quote markers, each once a pass of a loop
    ],
    ids=["bold", "strike", "comment", "script", "image", "link", "autolink", "ticks", "quotes"],
)
def test_pathological_lines_convert_in_linear_time(line: str) -> None:
    """Before: each opener retried to the end of the line; 200,000 characters took minutes."""
    import time

    started = time.perf_counter()
    prose = markdown_to_prose(f"Intro.\n{line}\nThe mayor said no.")
    assert time.perf_counter() - started < 10
    assert prose.startswith("Intro.") and prose.endswith("The mayor said no.")


@pytest.mark.parametrize(
    ("markdown", "prose"),
    [
        ("a <!-- one <!-- two --> b", "a  b"),
        ("Kept <!-- note --> and <!-- another --> kept.", "Kept  and  kept."),
        ("An opener <!-- never closed stays.", "An opener <!-- never closed stays."),
        ("Arrow --> alone stays.", "Arrow --> alone stays."),
    ],
)
def test_a_comment_ends_at_its_first_closer_as_in_html(markdown: str, prose: str) -> None:
    """Before: the comment pattern stopped at the next opener, so "<!-- one" leaked."""
    assert inline_to_prose(markdown) == prose


@pytest.mark.parametrize(
    ("markdown", "prose"),
    [
        ('Before.\n<script>var tag = "<script>";</script>\nAfter.', "Before.\n\nAfter."),
        ("Before.\n<STYLE>p { color: red }</style >\nAfter.", "Before.\n\nAfter."),
        ("Before.\n<script>\nrun(1);\n</script>\nAfter.", "Before.\n\nAfter."),
        ("<style> never closed, <script>x()</script> closed.", " never closed,  closed."),
    ],
)
def test_a_raw_block_ends_at_its_first_closing_tag(markdown: str, prose: str) -> None:
    """Before: a script holding the string "<script>" leaked its code into the text."""
    assert markdown_to_prose(markdown) == prose


@pytest.mark.parametrize(
    "line",
    [
        "<!-- a " * 30_000,
        "<!-- a -->" * 20_000,
        "<script>" * 25_000 + "</script>",
        "<script></script" * 12_500,
        "<style " * 15_000 + "<script>x</script>" * 5_000,
        "-->" * 70_000,
    ],
    ids=["open-comments", "closed-comments", "scripts-one-close", "no-close", "mixed", "closers"],
)
def test_comment_and_raw_block_stripping_is_linear(line: str) -> None:
    """200,000 hostile characters on one line: measured 0.01-0.02 s; quadratic took minutes.

    The bound leaves room for a loaded test machine without letting a quadratic form pass.
    """
    import time

    started = time.perf_counter()
    prose = markdown_to_prose(f"Intro.\n{line}\nThe mayor said no.")
    assert time.perf_counter() - started < 0.5
    assert prose.startswith("Intro.") and prose.endswith("The mayor said no.")


@pytest.mark.parametrize("date", ["2024-02-30", "2024-02-30 10:00:00"])
def test_an_impossible_front_matter_date_keeps_the_file_and_its_title(
    tmp_path: Path, date: str
) -> None:
    """Before: YAML read ``published: 2024-02-30`` as a date, raised "day is out of range
    for month" and the whole file failed ("unexpected error while reading"). The day
    cannot exist, so it is not stored as the publication date either (it was, and the
    library list and the reader showed it as a date)."""
    note = tmp_path / "note.md"
    note.write_text(
        f"---\ntitle: Harbour report\npublished: {date}\n---\n\nThe harbour reopened.\n",
        encoding="utf-8",
    )
    [article] = read_articles(note)
    assert article.title == "Harbour report" and article.published is None


def test_a_real_front_matter_date_is_still_read_as_a_date() -> None:
    meta, _, _ = read_front_matter("---\npublished: 2024-03-05\n---\nBody.\n")
    assert meta["published"] == "2024-03-05"


def test_a_tagged_value_that_cannot_be_built_drops_the_front_matter_not_the_file() -> None:
    meta, body, _ = read_front_matter("---\ntitle: T\nx: !!int abc\n---\nBody.\n")
    assert meta == {} and body == "Body.\n"


@pytest.mark.parametrize(
    ("front_matter", "warning"),
    [
        ("title: [unclosed", "front matter left out: not valid YAML (expected ',' or ']'"),
        ("- just\n- a list", "front matter left out: not a list of keys and values"),
        ("x: !!int abc", "front matter left out: not valid YAML (invalid literal"),
    ],
)
def test_front_matter_left_out_is_a_warning_beside_the_article(
    tmp_path: Path, front_matter: str, warning: str
) -> None:
    """Before: the block vanished without a word; the body is still read, the reason named."""
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front_matter}\n---\n# Heading\n\nBody text.\n", encoding="utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError)
    assert read.article.text == "Body text." and len(read.warnings) == 1
    assert read.warnings[0].startswith(warning)


@pytest.mark.parametrize("front_matter", ["title: Fine", "", "# only a comment"])
def test_valid_or_empty_front_matter_gives_no_warning(tmp_path: Path, front_matter: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front_matter}\n---\nBody text.\n", encoding="utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError) and read.warnings == ()


def test_the_warning_quotes_the_front_matter_it_left_out(tmp_path: Path) -> None:
    """Before: it named only the YAML error; the title and author written there were lost."""
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [Harbour report\nauthor: Ann Lee\n\n---\nBody text.\n", "utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError) and read.article.text == "Body text."
    assert read.warnings[0].endswith(
        "; lines 2-4 left out: title: [Harbour report / author: Ann Lee")


def test_a_long_front_matter_left_out_is_quoted_in_part() -> None:
    block = "\n".join(f"- item {number}" for number in range(50))
    _, body, warning = read_front_matter(f"---\n{block}\n---\nBody.\n")
    assert body == "Body.\n" and warning is not None
    assert "; lines 2-51 left out: - item 0 / - item 1 / " in warning
    assert warning.endswith("…") and len(warning.split("left out: ")[-1]) == 200


def test_a_left_out_front_matter_is_cut_between_whole_characters() -> None:
    """Cut by code points, the quote kept an "e" and lost the accent written after it."""
    block = "x" * 198 + "e\u0301" + "z" * 10  # a decomposed "é" where the cut falls
    _, _, warning = read_front_matter(f"---\n{block}\n---\nBody.\n")
    assert warning is not None and warning.endswith("x…")
