"""Whole news pages with their furniture: no entity or speaker from a byline, credit,
caption, prompt or footer, and the story's quotation keeps its speaker (issue 15).

The pages (``tests.nlp.news_furniture_pages``) are written in the shape CBC, CTV, Global
News, the Star, the Globe and Mail, the National Post, HuffPost, AP and Reuters pages
arrive in when copied from a browser with their furniture.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.news_furniture_pages import PAGES, Page
from workbench.core.models import Analysis
from workbench.nlp.furniture import furniture_spans, is_furniture_line
from workbench.nlp.pipeline import analyze_document


def _analysis(nlp: Language, page: Page) -> Analysis:
    title, _, body = page.text.partition("\n")
    return analyze_document(title, page.text, nlp)


@pytest.mark.parametrize("page", PAGES, ids=[p.text.split("\n")[0][:30] for p in PAGES])
def test_a_page_names_nobody_from_its_furniture(nlp: Language, page: Page) -> None:
    analysis = _analysis(nlp, page)
    body = {m.text for m in analysis.mentions if m.field == "text"}
    assert body.isdisjoint(page.furniture), body & set(page.furniture)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [(page.quote, page.speaker)]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Smith \u00b7 CBC News \u00b7 Posted: Mar 03, 2019 4:00 AM ET | Last Updated: "
        "March 3, 2019",
        "Jane Smith \u00b7 Reporter",
        "Posted: Mar 03, 2019 4:00 AM ET",
        "Posted March 3, 2019 4:00 pm",
        "Published Monday, March 4, 2019 4:00PM EST",
        "Mar 03, 2019 4:00 AM ET",
        "CTV News Toronto Digital Journalist",
        "CTVNewsToronto.ca Digital Journalist",
        "Jane Smith Staff Reporter",
        "Vancouver-based reporter",
        "Jane Smith, The Canadian Press",
        "\u2014 Jane Smith, HuffPost Canada",
        "Global News",
        "Jane Smith writes about politics for the Star.",
        "Jane Smith covers provincial politics for The Globe and Mail.",
        "Reach Jane Smith at jsmith@example.ca",
        "Premier Doug Ford at Queen's Park. (Global News)",
        "Ford at a news conference on Monday. (CBC News)",
        "The playground on Saturday. (Submitted by Jane Smith)",
        "A flooded road near Morris. (Supplied)",
        "Handout",
    ],
)
def test_news_site_byline_and_credit_lines(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Smith, Toronto",
        "- Mary Jones, Halifax",
        "Flood Hits Sun Valley",
        "Global News reported the story first.",
        "Jane Smith covers the cost of her own travel.",
        "He was a CBC reporter for 20 years, Smith said.",
        "The minister spoke to the Canadian Broadcasting Corporation (CBC)",
        "National Post columnist Jane Smith wrote that the plan would fail.",
        "Doug Ford",
    ],
)
def test_prose_and_signatures_are_no_byline(line: str) -> None:
    assert not is_furniture_line(line)
    assert not furniture_spans(line)


def test_a_name_line_is_furniture_only_beside_a_byline_line() -> None:
    byline = "Bike lanes\n\nMarcus Bell\nCTV News Toronto Digital Journalist\n\nThe city voted."
    assert "Marcus Bell" in [byline[s:e] for s, e in furniture_spans(byline).spans]
    subhead = "Bike lanes\n\nMarcus Bell\n\nThe city voted on Monday, Marcus Bell said."
    assert not furniture_spans(subhead)
