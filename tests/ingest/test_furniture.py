"""Page furniture: footers leave the body on import; credits, bylines, captions are found.

Every example is written for these tests (none is copied from an article).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SEED
from workbench.core.boilerplate import (
    is_boilerplate_line,
    outlet_named_in_footer,
    remove_boilerplate,
)
from workbench.ingest.readers import read_articles
from workbench.nlp.furniture import furniture_spans

STORY = "Council members voted 7-2 on Monday to close the bridge for repairs."


def _found(text: str) -> list[str]:
    """The furniture stretches of ``text`` as strings."""
    return [text[start:end] for start, end in furniture_spans(text).spans]


@pytest.mark.parametrize(
    "line",
    [
        "The comments posted here are not from the Lakeside Ledger. Please keep it civil.",
        "Comments are closed.",
        "Share this article",
        "Share on Facebook",
        "Follow us on Twitter for more local news",
        "Follow Jane Doe on Instagram",
        "Sign up for our Morning Briefing newsletter and get the headlines in your inbox.",
        "Subscribe now",
        "© 2031 Lakeside Media Group. All rights reserved.",
        "Read more: Bridge repairs to cost twice the estimate",
    ],
)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        STORY,
        "Officials said the comments posted online were not from the mayor's office.",
        "She told followers on Twitter that the bridge would reopen in May.",
        "Share prices fell 4% after the announcement.",
        "Subscribers to the water service will get a refund, the utility said.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_remove_boilerplate_keeps_paragraphs() -> None:
    text = f"{STORY}\n\nShare this article\n\nThe work starts in June.\n\nComments are closed."
    assert remove_boilerplate(text) == f"{STORY}\n\nThe work starts in June."


def test_remove_boilerplate_returns_clean_text_unchanged() -> None:
    text = f"{STORY}\n\nThe work starts in June."
    assert remove_boilerplate(text) is text


def test_footer_leaves_the_body_on_import(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(
        "Bridge to close\n\n"
        f"{STORY}\n\n"
        "The comments posted here are not from Lakeside Ledger. Kindly refrain from insults.\n",
        encoding="utf-8",
    )
    (article,) = read_articles(path)
    assert article.text == STORY


def test_the_outlet_a_footer_names_becomes_the_source(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(
        f"Bridge to close\n\n{STORY}\n\n"
        "The comments posted here are not from Lakeside Ledger. Kindly refrain from insults.\n",
        encoding="utf-8",
    )
    (article,) = read_articles(path)
    assert article.source == "Lakeside Ledger"
    (seed,) = read_articles(SEED)
    assert seed.source == "Cnews Live"


def test_a_stated_source_wins_and_a_footer_naming_nobody_gives_none(tmp_path: Path) -> None:
    stated = tmp_path / "stated.md"
    stated.write_text(
        f"---\ntitle: Bridge\nsource: River Wire\n---\n\n{STORY}\n\n"
        "The comments posted here are not from Lakeside Ledger.\n",
        encoding="utf-8",
    )
    assert read_articles(stated)[0].source == "River Wire"
    anonymous = tmp_path / "anonymous.txt"
    anonymous.write_text(
        f"Bridge\n\n{STORY}\n\nThe views expressed here do not reflect the views of the editors.\n",
        encoding="utf-8",
    )
    assert read_articles(anonymous)[0].source is None
    assert outlet_named_in_footer("Lakeside Ledger said the comments posted here are fine.") is None


def test_article_made_only_of_boilerplate_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "prompt.txt"
    path.write_text("Prompt\n\nSubscribe now\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text == "Subscribe now"


def test_seed_footer_is_gone_from_the_body() -> None:
    (article,) = read_articles(SEED)
    assert "comments posted here" not in article.text
    assert article.text.endswith("satellite program.")


def test_credit_line_under_a_photo() -> None:
    text = f"{STORY}\nCrews inspect the east span on Friday. Jane Doe / The Lakeside Ledger\n"
    assert _found(text) == ["Crews inspect the east span on Friday. Jane Doe / The Lakeside Ledger"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (f"Crews worked overnight (Photo: Jane Doe) to finish. {STORY}", "(Photo: Jane Doe)"),
        # a paragraph too long to be a caption loses only its credit (a short line ending
        # in a credit is a caption, furniture throughout: test_credit_line_under_a_photo)
        (f"{STORY} Drivers will be sent across the old rail crossing until the work is done "
         "late in the summer. [Image by John Roe/AFP]", "[Image by John Roe/AFP]"),
        ("Photo by Mark Tan/Reuters\n" + STORY, "Photo by Mark Tan/Reuters"),
        ("Image: Lakeside Ledger archive\n" + STORY, "Image: Lakeside Ledger archive"),
    ],
)
def test_credits(text: str, credit: str) -> None:
    assert credit in _found(text)


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe, Staff Writer",
        "By Jane Doe and John Roe | The Lakeside Ledger",
        "By Maria de la Cruz",
        "Reporting by Jane Doe; editing by John Roe",
        "With files from The Canadian Press",
    ],
)
def test_bylines(byline: str) -> None:
    assert _found(f"{byline}\n{STORY}") == [byline]


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    assert _found(f"By Tuesday, the army had left the city.\n{STORY}") == []


def test_caption_line() -> None:
    assert _found(f"FILE PHOTO: The east span in 2029.\n{STORY}") == [
        "FILE PHOTO: The east span in 2029."
    ]


def test_dateline_abbreviation_and_agency() -> None:
    text = "HALIFAX, N.S. (CP) — Ferry service resumed on Sunday after the storm."
    assert _found(text) == ["N.S. (CP)"]
    assert _found("KINGSTON, Ont. — The council met.") == ["Ont."]


def test_agency_with_a_stray_bracket() -> None:
    text = f"{STORY} The report was first obtained by the Associated Press (\nMore follows."
    assert _found(text) == ["Associated Press ("]


def test_plain_story_has_no_furniture() -> None:
    assert not furniture_spans(f"{STORY}\n\nThe work starts in June, Ms. Doe said.")
