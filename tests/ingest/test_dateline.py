"""Dateline recognition: real datelines are found, ordinary dashes are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.ingest.articles import build_article
from workbench.ingest.dateline import detect_dateline, published_on_date_line


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("Washington - On Wednesday, the US State Department issued a warning.", "Washington"),
        ("KYIV, Ukraine — Russian forces shelled the city overnight.", "KYIV, Ukraine"),
        ("KYIV, Ukraine (AP) — Russian forces shelled the city overnight.", "KYIV, Ukraine"),
        ("London (Reuters) - Britain's economy grew faster than expected.", "London"),
        (
            "WASHINGTON, Sept 13 (Reuters) - The State Department said on Wednesday",
            "WASHINGTON, Sept 13",
        ),
        ("New York – Stocks rose on Monday.", "New York"),
        ("The Hague - Judges at the court ruled on Friday.", "The Hague"),
        ("Rio de Janeiro - Carnival began on Friday.", "Rio de Janeiro"),
        ("ST. LOUIS (AP) — A judge ruled on Monday.", "ST. LOUIS"),
        ("São Paulo - Jürgen Müller won the award.", "São Paulo"),
        ("Łódź - Café owners protested.", "Łódź"),
        ("BEIRUT—Protesters gathered on Sunday.", "BEIRUT"),
        ('Moscow - "We will respond," the ministry said.', "Moscow"),
    ],
)
def test_detects_datelines(paragraph: str, dateline: str) -> None:
    assert detect_dateline(paragraph) == dateline


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister said - with a smile - that talks would go on.",
        "Meanwhile - and this matters - prices rose.",
        "Meanwhile - Prices rose sharply.",
        "John Smith - a local farmer - said the harvest was poor.",
        "Prices rose 5% - the highest rise in a decade.",
        "Russia—the largest country—said nothing.",
        "In a statement released late on Wednesday night by the ministry - Officials said",
        "On Wednesday, the US State Department issued a stern warning.",
        "The Putin-Kim meeting lasted five hours.",
        "- A bullet point - Not a dateline.",
        "However - It was not to be.",
        "We asked: Why - Nobody knows.",
        "",
    ],
)
def test_ignores_ordinary_sentences(paragraph: str) -> None:
    assert detect_dateline(paragraph) is None


def test_dash_far_from_start_is_not_a_dateline() -> None:
    paragraph = "Washington" + " and" * 30 + " - Then"
    assert detect_dateline(paragraph) is None


TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Harbour strike ends after two weeks\n\nNovember 14, 2025\n\nDock workers returned on "
         "Friday.", "2025-11-14"),
        ("Council approves budget\nBy Ana Lopes\nTuesday, 3 June 2025\nThe council voted.",
         "2025-06-03"),
        ("LISBON, June 3, 2025 - The council voted on the budget.", "2025-06-03"),
        ("Council approves budget\n\nThe council voted on June 3, 2025, after a long debate.",
         None),
        ("Council approves budget\nIt was founded on June 3, 1999.\nMore text.", None),
        ("Stadium opens\n\nMarch 5, 2031\n\nThe stadium will open.", None),
        ("Old letter found\n\nMarch 5, 1450\n\nA letter was found.", None),
        ("Council approves budget\n\nFebruary 30, 2025\n\nThe council voted.", None),
        ("No date at all here.\n\nJust text.", None),
    ],
)
def test_a_date_on_its_own_line_near_the_top_dates_the_article(body: str,
                                                               expected: str | None) -> None:
    """Plain-text and MEANTIME-style articles carry their date only on a line of its own
    under the headline; far-future, far-past and impossible days are no publication date."""
    assert published_on_date_line(body, TODAY) == expected


def test_an_article_without_a_publication_date_takes_its_date_line(tmp_path: Path) -> None:
    body = "Harbour strike ends\n\nNovember 14, 2025\n\nDock workers returned on Friday."
    article = build_article(text=body, fmt="text", path=tmp_path / "a.txt").article
    assert article.published == "2025-11-14"
    given = build_article(
        text=body, fmt="text", path=tmp_path / "a.txt", published="2025-11-15"
    ).article
    assert given.published == "2025-11-15"
