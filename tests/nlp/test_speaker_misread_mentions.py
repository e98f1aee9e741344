"""Mentions the model labels against their own context are relabelled for speaker reading:
a person's band or company after "from"/"of", a place before "village", a one-word name
set off by ", an official from"."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of, pronoun_quote
from workbench.core.models import Mention, Quote
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


#: Two women named in full; the first is then written by a surname the model tags a place.
TENANTS = (
    'Renata Oyelaran has rented the flat since 1991. "It is my home," said Renata Oyelaran. '
    "Joan Pellworth, who chairs the tenants' group, spoke next. For Oyelaran, the move "
    "would be the end of everything she knows. "
    '"I am too old to start again," she said.'
)


def _credited() -> Quote:
    """The first quotation, credited to the full name written after it."""
    said = TENANTS.index("Renata Oyelaran. ")
    opening = TENANTS.index('"It')
    return Quote(opening, opening + 16, '"It is my home,"', "direct", None,
                 "Renata Oyelaran", said, said + len("Renata Oyelaran"))


def test_a_surname_read_as_a_place_is_the_person_named_in_full_before() -> None:
    at = TENANTS.index("Oyelaran, the")
    mentions = [  # the model tagged neither full name as a person; the speaker is written
        mention_of(TENANTS, "Joan Pellworth", "PERSON"),
        Mention(at, at + len("Oyelaran"), "Oyelaran", "GPE", "Oyelaran"),
    ]
    relabelled, _ = relabel_misread_mentions(mentions, [_credited()], TENANTS)
    assert [(m.label, m.entity) for m in relabelled] == [
        ("PERSON", "Joan Pellworth"), ("PERSON", "Renata Oyelaran")]


def test_she_after_that_surname_is_not_the_person_named_between() -> None:
    at = TENANTS.index("Oyelaran, the")
    mentions = [
        mention_of(TENANTS, "Renata Oyelaran", "PERSON"),
        mention_of(TENANTS, "Joan Pellworth", "PERSON"),
        Mention(at, at + len("Oyelaran"), "Oyelaran", "GPE", "Oyelaran"),
    ]
    last = TENANTS.rindex('"I am')
    she = TENANTS.rindex("she said")
    quote = Quote(last, she - 1, TENANTS[last:she - 1], "direct", "Joan Pellworth", "she",
                  she, she + 3)
    speakers = attach_speakers([_credited(), quote], mentions, TENANTS)
    assert [q.speaker for q in speakers] == ["Renata Oyelaran", "Renata Oyelaran"]


def test_a_surname_that_is_a_known_place_keeps_its_label() -> None:
    text = "Michael Jordan flew in on Monday. Talks in Jordan resumed on Tuesday."
    at = text.rindex("Jordan")
    mentions = [mention_of(text, "Michael Jordan", "PERSON"),
                Mention(at, at + 6, "Jordan", "GPE", "Jordan")]
    relabelled, _ = relabel_misread_mentions(mentions, [], text)
    assert relabelled[1].label == "GPE"
