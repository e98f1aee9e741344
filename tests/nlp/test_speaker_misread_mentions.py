"""Mentions the model labels against their own context are relabelled for speaker reading:
a person's band or company after "from"/"of", a place before "village", a one-word name
set off by ", an official from"."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of, pronoun_quote
from workbench.nlp.quotes import attach_speakers
from workbench.nlp.speaker_misread_mentions import relabel_misread_mentions

BAND = (
    "Singer Tom Fletcher from McFly was thrilled as he tweeted: "
    '"That was tense, what a choice!"'
)
VILLAGE = (
    "Five people died, Fauzi, an official from the local disaster agency, told AFP. "
    "In Suka Makmur village a landslide killed one man, said the official. "
    '"A man was working at a plantation," he said.'
)


def _labels(text: str, people: list[tuple[str, str]]) -> list[str]:
    mentions = [mention_of(text, surface, label) for surface, label in people]
    relabelled, _ = relabel_misread_mentions(mentions, [], text)
    return [m.label for m in relabelled]


def test_a_person_after_a_person_and_from_is_the_persons_organisation() -> None:
    assert _labels(BAND, [("Tom Fletcher", "PERSON"), ("McFly", "PERSON")]) == [
        "PERSON", "ORG"]
    of = "Jane Moss of Brightline said so."
    assert _labels(of, [("Jane Moss", "PERSON"), ("Brightline", "PERSON")]) == [
        "PERSON", "ORG"]


def test_a_person_after_other_words_keeps_its_label() -> None:
    text = "Tom Fletcher met Danny Jones from the band."
    assert _labels(text, [("Tom Fletcher", "PERSON"), ("Danny Jones", "PERSON")]) == [
        "PERSON", "PERSON"]


def test_a_name_before_village_is_a_place_and_an_appositive_official_a_person() -> None:
    labels = _labels(VILLAGE, [("Fauzi", "GPE"), ("Suka Makmur", "PERSON")])
    assert labels == ["PERSON", "GPE"]
    place = "Fighting reached Aleppo, a city in the north of the country."
    assert _labels(place, [("Aleppo", "GPE")]) == ["GPE"]


def test_he_after_a_person_named_with_his_band_is_the_person() -> None:
    mentions = [mention_of(BAND, "Tom Fletcher", "PERSON"), mention_of(BAND, "McFly", "PERSON")]
    quote = pronoun_quote(BAND, "he", hint="McFly")
    assert [q.speaker for q in attach_speakers([quote], mentions, BAND)] == ["Tom Fletcher"]


def test_he_after_a_village_is_the_official_named_before() -> None:
    mentions = [mention_of(VILLAGE, "Fauzi", "GPE"), mention_of(VILLAGE, "Suka Makmur", "PERSON")]
    quote = pronoun_quote(VILLAGE, "he", hint="Suka Makmur")
    assert [q.speaker for q in attach_speakers([quote], mentions, VILLAGE)] == ["Fauzi"]
