"""A saved page keeps its joiners and direction marks, as a text file does (attack run 22).

trafilatura keeps only printable characters: the rainbow flag came in as a
white flag and a rainbow, a family emoji as three people, a Persian word lost
its non-joiner and Scotland's flag its tag characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import read_articles
from workbench.ingest.joiners import keep_joiners

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
RAINBOW = "\U0001f3f3\ufe0f\u200d\U0001f308"
SCOTLAND = "\U0001f3f4" + "".join(chr(0xE0000 + ord(c)) for c in "gbsct") + "\U000e007f"
PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want": ZWNJ inside the word
FILLER = "The port authority said traffic would return to normal within weeks, officials added."


def page(paragraph: str, title: str = "Harbour news") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{paragraph}</p><p>{FILLER}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (f"A family {FAMILY} and a {RAINBOW} flag were seen at the harbour.", None),
        (f"Fans waved the {SCOTLAND} flag at the harbour on Monday.", None),
        (f"The word {PERSIAN} was painted on the harbour wall on Monday.", None),
        ("A family &#x1F468;&zwj;&#128105;&#8205;&#x1f467; waited at the harbour.",
         f"A family {FAMILY} waited at the harbour."),
        ("The sign read \u05e9\u05dc\u05d5\u05dd&rlm; 2024 at the harbour.",
         "The sign read \u05e9\u05dc\u05d5\u05dd\u200f 2024 at the harbour."),
    ],
)  # fmt: skip
def test_a_page_keeps_joiners_and_marks(
    tmp_path: Path, written: str, expected: str | None
) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(written), encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text.split("\n\n")[0] == (expected or written)


def test_the_title_keeps_them_too(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page("The harbour reopened on Monday.", f"Pride {RAINBOW} at the harbour"),
                    encoding="utf-8")  # fmt: skip
    (article,) = read_articles(path)
    assert article.title == f"Pride {RAINBOW} at the harbour"


def test_a_stand_in_the_page_already_holds_is_never_used() -> None:
    markup = "\U00020000 a\u200db"
    kept, joiners = keep_joiners(markup)
    assert kept.startswith("\U00020000 a") and kept[-2] != "\U00020000"
    assert joiners.restore(kept) == markup
