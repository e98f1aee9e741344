"""Page chrome of North American news sites leaves the reader's body on import (issue 15).

Buttons, section labels, sign-up prompts, moderation notes and republication notes copied
from CBC, CTV, Global News, Postmedia and Canadian Press pages. Every line is written for
these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.boilerplate import is_boilerplate_line
from workbench.ingest.readers import read_articles

STORY = "Halifax council voted on Tuesday to build three new bike lanes downtown."


@pytest.mark.parametrize(
    "line",
    [
        "Social Sharing",
        "CLICK HERE",
        "CLICK HERE to get the latest news",
        "Click here to sign up for breaking news alerts",
        "Story continues below",
        "Share",
        "Email",
        "Print",
        "Copy link",
        "Hide caption",
        "Toggle caption",
        "Enlarge this image",
        "Related Video",
        "Latest Stories",
        "Most Popular",
        "Top Stories",
        "Sponsored Content",
        "Recommended for you",
        "Share via Email",
        "Share this item on Facebook",
        "Sign up to receive daily headline news from CTV News Toronto",
        "This report by The Canadian Press was first published March 3, 2019.",
        "Comments may take up to an hour for moderation before appearing on the site.",
        "We reserve the right to close comments at any time.",
        "Postmedia is committed to maintaining a lively but civil forum for discussion.",
        "Want to discuss? Please read our Commenting Policy first.",
        "Follow AP's coverage of the wildfires at https://apnews.com/hub/wildfires",
        "This article originally appeared on HuffPost US.",
        "This story first appeared in The Tyee.",
        "Save",
        "12 Comments",
        "Reprints",
    ],
)
def test_news_site_chrome_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3 per cent on Monday.",
        "Print media have struggled for a decade, she said.",
        "More than 200 people attended the vigil.",
        "Most popular among voters was the carbon tax rebate.",
        "Email records show the deal was signed in May.",
        "Story continues to develop, police said on Tuesday.",
        "The report was first published by the province in 2017.",
        "The union is committed to maintaining a civil tone, its president said.",
        "Follow the coverage of the trial, he urged.",
        "The article appeared in the journal Science last year.",
        "Save the date, organizers said.",
    ],
)
def test_prose_starting_like_chrome_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_chrome_leaves_the_body_on_import(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        f"Bike lanes approved\n\nSocial Sharing\n\n{STORY}\n\nStory continues below\n\n"
        "Share\n\nTop Stories\n\nComments may take up to an hour for moderation before "
        "appearing on the site.\n",
        encoding="utf-8",
    )
    (article,) = read_articles(path)
    assert article.text == STORY


# Sentences of an article that open with chrome wording but go on as prose (review of
# issue 15): losing them from the body is the worst failure an importer can have.
PROSE_LIKE_CHROME = [
    "The university is committed to providing a safe space for discussion, the president "
    "said in a statement.",
    "This report was first published in 2017 and has been widely cited by critics of the "
    "policy.",
    "Comments may take weeks to be moderated under the new law, the regulator warned.",
    "This report appeared in the journal Nature on Wednesday and drew on data from 40 "
    "countries.",
    "The council is committed to fostering a respectful debate on the budget, Mayor Ruiz said.",
    "This story first appeared in a school newsletter before parents shared it online.",
    "Comments may take days to be moderated, the platform admitted.",
]


@pytest.mark.parametrize("line", PROSE_LIKE_CHROME)
def test_prose_opening_with_chrome_words_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_prose_opening_with_chrome_words_stays_on_import(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    body = "\n\n".join([STORY, *PROSE_LIKE_CHROME])
    path.write_text(f"Bike lanes approved\n\n{body}\n\nShare\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text == body


@pytest.mark.parametrize(
    "line",
    [
        "Postmedia is committed to maintaining a lively but civil forum for discussion and "
        "encourage all readers to share their views on our articles. Comments may take up to "
        "an hour for moderation before appearing on the site.",
        "This article was originally published by The Conversation.",
        "This report by The Canadian Press was first published Oct. 5, 2021.",
    ],
)
def test_full_chrome_notes_still_leave(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Please be respectful of the family's privacy at this difficult time, police said.",
        "Comments are closed to the public until the hearing resumes, the judge ruled.",
        "Kindly refrain from speculating about the cause, the fire chief told reporters.",
        "Follow us on Twitter, the protesters chanted.",
        "Get the newsletter out by Friday, the editor told staff.",
    ],
)
def test_a_line_reporting_someone_is_never_chrome(line: str) -> None:
    assert not is_boilerplate_line(line)
