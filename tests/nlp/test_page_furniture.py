"""Web-scraped articles: headlines, captions, credits, bylines and footers are never
quotes, entities or speakers (issue 15).

Every article here is written for these tests, in the shape pages of Canadian and US
outlets arrive in when copied from a browser: headline first, byline, dateline, prose,
a caption with its photo credit, links to other stories, share and newsletter prompts
and the comment-section footer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import analyse, direct_texts
from workbench.core.boilerplate import is_boilerplate_line, remove_boilerplate
from workbench.nlp.furniture import furniture_spans, is_furniture_line
from workbench.nlp.pipeline import analyze_document
from workbench.nlp.quote_page import headline_end

ARTICLE = """Ford: "We will get it done" on new Highway 413

By Jane Kowalski, Staff Writer
Posted by Sam Ortiz | 5:42 p.m. ET

WASHINGTON (AP) — Ontario will spend $2 billion more on roads, Premier Doug Ford said Tuesday.

"We are building the highways and the bridges this province needs," Ford told reporters.

Ford speaks at a news conference in Toronto on Tuesday. Chris Young / The Canadian Press

A truck drives on Highway 401 near Milton, Ont., on Monday. (Nathan Denette/The Canadian Press)

Photo caption: Ford leaves the legislature. "It was a long day," Ford said afterward.

Read more: Ford says "the tolls are gone for good" on Highway 407

Related: Council passes "a historic and balanced budget" after long debate

AP writer Mark Dunn contributed to this report.

Jane Kowalski is a senior reporter for the Lakeside Ledger covering Queen's Park.

\u2014 With files from Reuters

Share this article

Sign up for our newsletter

Associated Press (

The comments posted here are not from the Lakeside Ledger. Please keep it civil.
"""

STORY_QUOTE = '"We are building the highways and the bridges this province needs,"'
FURNITURE_NAMES = ("Jane Kowalski", "Sam Ortiz", "Chris Young", "Nathan Denette", "Mark Dunn",
                   "Reuters", "Associated Press", "Lakeside Ledger", "AP")


@pytest.fixture(scope="module")
def analysis(nlp: Language):  # type: ignore[no-untyped-def]
    title = ARTICLE.split("\n")[0]
    return analyze_document(title, ARTICLE, nlp)


def test_only_the_story_quote_is_a_quote(analysis) -> None:  # type: ignore[no-untyped-def]
    assert [q.text for q in analysis.quotes if q.kind == "direct"] == [STORY_QUOTE]


def test_furniture_names_are_no_entities(analysis) -> None:  # type: ignore[no-untyped-def]
    body = {m.text for m in analysis.mentions if m.field == "text"}
    assert "Doug Ford" in body
    assert body.isdisjoint(FURNITURE_NAMES)


def test_the_story_quote_keeps_its_speaker(analysis) -> None:  # type: ignore[no-untyped-def]
    (quote,) = [q for q in analysis.quotes if q.kind == "direct"]
    assert quote.speaker == "Doug Ford"


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Sam Ortiz | 5:42 p.m. ET",
        "Posted by Sam Ortiz | 5:42 p.m.",
        "By Jane Doe | Updated 10:15 a.m.",
        "By Jane Doe, Jan. 5, 2025 10:15 a.m.",
        "Story by Ana Ruiz",
        "\u2014 With files from Reuters",
        "With files from The Canadian Press",
        "AP writer Mark Dunn contributed to this report.",
        "Reuters reporter Ana Ruiz contributed reporting from Kyiv.",
        "Jane Kowalski is a reporter for the Lakeside Ledger.",
        "Related: Council passes budget",
        "READ MORE: Bridge to close for a year",
        "A truck on Highway 401 on Monday. (Nathan Denette/The Canadian Press)",
        "Ford at Queen's Park on Tuesday. Chris Young / The Canadian Press",
        "An aerial view of Halifax on Monday. Getty Images",
        "Smith arrives for the meeting. Credit: Sarah Kim for The Daily Planet",
        "Smith arrives for the meeting. Sarah Kim for The Daily Planet",
        "President Joe Biden walks to the Oval Office on Monday. (AP Photo/Evan Vucci)",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the army had left the city.",
        "By Ana Ruiz's count, the polls closed at 8 p.m.",
        "By Jane Doe's reckoning, the council sat until 11:40 p.m.",
        "Jane Kowalski is a nurse who has worked in Brampton for 20 years.",
        "Ana Ruiz is a reporter for the Kyiv Independent who was detained in March.",
        "Smith, who contributed to the report, said the findings were clear.",
        'Related groups said the plan was "a disaster for the region," Ms. Lee said.',
        "She contributed $500 to the campaign, records show, and said she would give more.",
        "The band AC/DC played two shows in Toronto (Rogers Centre) last year.",
    ],
)
def test_prose_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture_line(line)
    assert not furniture_spans(line)


def test_a_dateline_agency_is_furniture_and_the_city_is_not() -> None:
    text = "LONDON (Reuters) \u2014 Prices rose in May, the statistics office said."
    assert [text[s:e] for s, e in furniture_spans(text).spans] == ["(Reuters)"]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ('Trudeau: "We will not back down" on tariffs\n\nOTTAWA \u2014 ...', True),
        ('Mayor: "We will fix it."\n\nThe mayor said ...', True),
        ("Trump: 'We will win'\n\nWASHINGTON \u2014 ...", True),
        ("Trump: 'We will win.'\n\nWASHINGTON \u2014 ...", True),
        ('Prime Minister Justin Trudeau: "We will act."\n\nOTTAWA \u2014 ...', True),
        ('Ana de la Cruz: "I was never told."\n\nMANILA \u2014 ...', True),
        ('Mayor Anna Smith said: "We will rebuild the bridge by May."\n\nWork starts.', False),
        ('The minister told parliament: "We will not raise taxes."\n\nMPs left.', False),
        ("Union votes to strike\nBy Ana Ruiz", True),
        ('"We will fix it," the mayor said on Monday.\n\nShe left.', False),
        ("One line only", False),
    ],
)
def test_headline_line(text: str, headline: bool) -> None:
    assert (headline_end(text) > 0) is headline


def test_a_quote_opening_the_story_is_no_headline(nlp: Language) -> None:
    text = '"We will fix the bridge," the mayor said on Monday.\n\nWork starts in June.'
    assert direct_texts(nlp, text) == ['"We will fix the bridge,"']


def test_a_lede_introducing_its_quote_with_a_colon_keeps_it(nlp: Language) -> None:
    text = 'Mayor Anna Smith said: "We will rebuild the bridge by May."\n\nWork starts soon.'
    assert direct_texts(nlp, text) == ['"We will rebuild the bridge by May."']


def test_a_signed_quote_on_the_first_line_is_no_headline() -> None:
    assert headline_end("\u201cHe cannot lead us.\u201d \u2015 Marta Quiroga\nMore.") == 0


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Story continues below advertisement",
        "Listen to this article",
        "Open this photo in gallery:",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Tags: wildfires, British Columbia",
        "Trending Now",
        "Report an error",
        "Editorial code of conduct",
        "This article was first published on Sept. 14, 2023.",
        "Have a news tip? Email us at news@example.ca",
        "Got a news tip?",
        "Have a story tip: send it to tips@example.com",
        "Got a tip about your neighbourhood? Contact our newsroom at 555-0100.",
        "Tags: U.S. politics, Donald Trump, Elections 2024",
        "Topics: Russia-Ukraine war | Europe | Defence",
        "Filed under: Politics",
    ],
)
def test_page_chrome_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement revenue fell 12 per cent in the quarter, the company said.",
        "Tags on the stolen cars had been changed, police said.",
        "Trending topics on the site included the strike and the wildfire.",
        "Our standards for drinking water are among the strictest in Canada, she said.",
        "Got a tip-off from a neighbour, officers raided the flat.",
        "Have a tip for young players? Keep it simple, he said.",
        "Got a tip from a caller: the van had been parked there for weeks, police said.",
        "Topics: housing and transit dominated the debate.",
        "Tags: the council voted to rename the street, residents said.",
    ],
)
def test_prose_starting_like_page_chrome_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_page_chrome_leaves_the_body_and_names_no_entity(nlp: Language) -> None:
    text = (
        "Wildfire forces evacuation\n\nListen to this article\n\n"
        "Mayor Rob Fraser said residents had left the town by noon.\n\nAdvertisement\n\n"
        "Tags: wildfires, British Columbia\n\nMore from CTV News\n\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    assert remove_boilerplate(text) == (
        "Wildfire forces evacuation\n\nMayor Rob Fraser said residents had left the town by "
        "noon.\n\nMore from CTV News"
    )
    body = {m.text for m in analyze_document("", text, nlp).mentions}
    assert "Rob Fraser" in body
    assert body.isdisjoint({"British Columbia", "CTV News", "Thomson Reuters Trust Principles"})


def test_a_speaker_never_reaches_across_a_paragraph_break(nlp: Language) -> None:
    text = (
        "Premier Danielle Smith arrives for the meeting. Credit: Sarah Kim for The Daily "
        'Planet\n\nSmith said the province "will not accept strings attached to every '
        'dollar."'
    )
    (quote,) = [q for q in analyse(nlp, text) if q.kind == "direct"]
    assert quote.speaker_text == "Smith"
    body = {m.text for m in analyze_document("", text, nlp).mentions}
    assert body.isdisjoint({"Sarah Kim", "Daily Planet", "The Daily Planet"})


LONG_BODY_LINE = (
    '"We will rebuild the harbour wall before the winter storms arrive," Mayor Ana Ruiz told '
    "residents at a packed town hall meeting in Lunenburg on Monday night. Getty Images"
)


def test_a_long_body_line_ending_in_a_credit_keeps_its_quote(nlp: Language) -> None:
    # only the credit is furniture: the line is prose, and so is the quote on it
    assert len(LONG_BODY_LINE) > 150
    assert [LONG_BODY_LINE[s:e] for s, e in furniture_spans(LONG_BODY_LINE).spans] == [
        "Getty Images"
    ]
    assert not is_furniture_line(LONG_BODY_LINE)
    assert direct_texts(nlp, "Harbour repairs\n\n" + LONG_BODY_LINE) == [
        '"We will rebuild the harbour wall before the winter storms arrive,"'
    ]


def test_a_short_caption_ending_in_a_bracketed_credit_is_furniture_throughout() -> None:
    line = "Crews clear the road in Lunenburg on Monday. (Photo: Ana Ruiz/Reuters)"
    assert [line[s:e] for s, e in furniture_spans(line).spans] == [line]
    assert is_furniture_line(line)


def test_a_quoted_footer_on_its_own_line_is_no_quote(nlp: Language) -> None:
    text = (
        'The council meets again in June, the mayor said.\n\n'
        '"Follow Ana Ruiz on Twitter @anaruizNEWS."'
    )
    assert is_furniture_line('"Follow Ana Ruiz on Twitter @anaruizNEWS."')
    assert direct_texts(nlp, text) == []


def test_a_follow_prompt_inside_a_spoken_line_stays_a_quote(nlp: Language) -> None:
    text = 'She told the crowd: "Follow us on Twitter for updates," and left the stage quickly.'
    assert not is_furniture_line(text)
    assert direct_texts(nlp, text) == ['"Follow us on Twitter for updates,"']
