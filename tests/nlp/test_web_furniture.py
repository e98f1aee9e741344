"""Inline share bars, e-mail addresses and URLs are furniture: never an entity or speaker."""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import mention_of
from workbench.core.models import Mention
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.furniture import furniture_spans
from workbench.nlp.web_furniture import share_bar_spans, web_address_spans

BAR = ("Share Facebook Twitter Google+ WhatsApp Tumblr LinkedIn Digg reddit Newsvine "
       "Permalink https://news.example.org/p/4Qz7T")
STORY = (f"The ministers met in Oslo on Monday to discuss the fishing quota. {BAR} "
         "Talks resume in Bergen next week, officials said.")


def _surfaces(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions if m.field == "text"]


def test_inline_share_bar_is_one_span_with_its_permalink() -> None:
    (span,) = share_bar_spans(STORY)
    assert STORY[span[0] : span[1]] == BAR


@pytest.mark.parametrize("prose", [
    "She posted the video on Facebook, Twitter and Instagram within minutes.",
    "Staff could send Facebook Messenger notes to the desk.",
    "Readers share, print and email the recipe more than any other.",
])
def test_platforms_named_in_prose_are_not_a_share_bar(prose: str) -> None:
    assert share_bar_spans(prose) == []


def test_share_bar_mentions_are_dropped_and_the_story_kept() -> None:
    raw = [mention_of(STORY, "Oslo", "GPE"), mention_of(STORY, "Share Facebook", "ORG"),
           mention_of(STORY, "Newsvine Permalink https://news.example.org/p/4Qz7T", "ORG"),
           mention_of(STORY, "Bergen", "GPE")]
    assert _surfaces(finalize_mentions(raw, STORY, "")) == ["Oslo", "Bergen"]


def test_web_addresses_are_furniture() -> None:
    text = "Contact: desk.news@paper.example.com or see www.paper.example.com/about."
    spans = web_address_spans(text)
    assert [text[s:e] for s, e in spans] == ["desk.news@paper.example.com",
                                            "www.paper.example.com/about"]
    assert furniture_spans(text).overlaps(*spans[0])


def test_an_email_byline_is_not_a_person() -> None:
    text = "Contact the writer at marthaolsen@dailyexample.com.\nThe harbour reopened today."
    raw = [mention_of(text, "marthaolsen@dailyexample.com", "PERSON")]
    assert _surfaces(finalize_mentions(raw, text, "")) == []


def test_a_name_glued_to_its_address_is_trimmed_to_the_name() -> None:
    text = "Reporting from the harbour, Martha Olsen marthaolsen@dailyexample.com filed late."
    raw = [mention_of(text, "Martha Olsen marthaolsen@dailyexample.com", "PERSON")]
    (mention,) = finalize_mentions(raw, text, "")
    assert (mention.text, mention.label) == ("Martha Olsen", "PERSON")
    assert text[mention.start : mention.end] == "Martha Olsen"


def test_a_name_after_a_url_is_kept() -> None:
    text = "The figures (https://example.org/report Harbour Authority of Bergen) rose."
    raw = [mention_of(text, "https://example.org/report Harbour Authority of Bergen", "ORG")]
    assert _surfaces(finalize_mentions(raw, text, "")) == ["Harbour Authority of Bergen"]


def test_one_word_left_after_an_address_is_not_a_name() -> None:
    text = "Write to olsen@dailyexample.com CV attached, said the notice."
    raw = [mention_of(text, "olsen@dailyexample.com CV", "PERSON")]
    assert _surfaces(finalize_mentions(raw, text, "")) == []


def test_a_platform_counts_only_as_a_word_of_its_own() -> None:
    # the "x" ending "inbox" is no third platform (X is one since the lists were merged)
    assert share_bar_spans("Send Facebook Twitter http://example.org/inbox today.") == []
    assert share_bar_spans("Share X Facebook Bluesky") == [(0, len("Share X Facebook Bluesky"))]


def test_an_address_reads_at_most_64_characters_before_its_at_sign() -> None:
    """Attack run 14: imported content with a 100,000-character token (a base64 blob, a
    row of dots between words) took 18 s in the e-mail pattern, which read the rest of the
    run from every one of its characters; an address's local part is at most 64 characters
    (RFC 5321), so the pattern never looks further back than that for its "@" (the speed
    itself is measured by the import benchmark, not here)."""
    text = "Write to " + "x" * 70 + "@example.com today."
    [(start, end)] = web_address_spans(text)
    assert text[start:end] == "x" * 64 + "@example.com"


def test_a_long_token_before_an_address_leaves_the_address_alone() -> None:
    blob = "On " + "a" * 200_000 + " day, " + "b." * 50_000 + " write to jane.doe@example.com."
    spans = web_address_spans(blob)
    assert [blob[start:end] for start, end in spans] == ["jane.doe@example.com"]
