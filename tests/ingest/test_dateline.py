"""Dateline recognition: real datelines are found, ordinary dashes are not."""

from __future__ import annotations

import pytest

from workbench.ingest.dateline import detect_dateline


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
