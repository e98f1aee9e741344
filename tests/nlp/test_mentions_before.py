"""The walk back from a speaker phrase to the mentions before it, shared by three rules."""

from __future__ import annotations

from workbench.core.models import Mention
from workbench.nlp.mentions_before import mentions_before

TEXT = "The Harbour Board met Ann Lee in Oslo. Its report said the board would act."


def _mention(text: str, label: str) -> Mention:
    start = TEXT.index(text)
    return Mention(start, start + len(text), text, label, text)


MENTIONS = [_mention("Harbour Board", "ORG"), _mention("Ann Lee", "PERSON"),
            _mention("Oslo", "GPE"), _mention("Its report said", "ORG")]
AT = TEXT.index("report")


def _texts(within: int | None = None, window: int | None = None) -> list[str]:
    return [m.text for m in mentions_before(MENTIONS, AT, within=within, window=window)]


def test_every_mention_starting_before_the_point_nearest_first() -> None:
    assert _texts() == ["Its report said", "Oslo", "Ann Lee", "Harbour Board"]


def test_within_skips_a_mention_over_the_point_and_stops_at_the_first_too_far() -> None:
    oslo_end = TEXT.index("Oslo") + len("Oslo")
    assert _texts(within=AT - oslo_end) == ["Oslo"]  # Ann Lee ends farther: the walk stops
    assert _texts(within=AT) == ["Oslo", "Ann Lee", "Harbour Board"]


def test_window_looks_at_that_many_mentions_the_skipped_one_included() -> None:
    assert _texts(within=AT, window=2) == ["Oslo"]
