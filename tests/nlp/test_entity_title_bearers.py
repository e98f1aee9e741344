"""A title the model tagged alone before an untagged name is that person (issue 15).

Passages written for these tests, in the North American style the PolNeAR helper met
("Councillor Ana Bailão shot back"); the small model tags only the title in each.
"""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import tag
from workbench.core.models import Mention
from workbench.nlp.entity_title_bearers import with_title_bearers
from workbench.nlp.pipeline import analyze_document

_BAILAO = "Ana Bailão"


def _people(text: str) -> set[tuple[str, str]]:
    analysis = analyze_document("", text)
    return {(m.text, m.entity) for m in analysis.mentions
            if m.field == "text" and m.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Councillor Ana Bailão shot back at critics on Tuesday.", "Councillor Ana Bailão"),
        ("Alderman Ana Bailão shot back at critics on Tuesday.", "Alderman Ana Bailão"),
        ("The motion was moved by Coun. Ana Bailão and passed.", "Coun. Ana Bailão"),
        ("The motion was moved by Alderman Ana Bailão and passed.", "Alderman Ana Bailão"),
    ],
)
def test_the_title_tagged_alone_names_its_bearer(text: str, surface: str) -> None:
    assert _people(text) == {(surface, _BAILAO)}


@pytest.mark.parametrize("title", ["Councillor", "Alderman"])
def test_the_bearer_of_a_title_tagged_alone_speaks(title: str) -> None:
    text = (f"Asked whether the budget would pass, {title} Ana Bailão shot back: "
            '"We have the votes."')
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == [_BAILAO]


@pytest.mark.parametrize(
    "text",
    [
        '"This budget is a fantasy," Councillor Ana Bailão shot back.',
        'Councillor Ana Bailão shot back: "This budget is a fantasy."',
    ],
)
def test_the_speaker_written_is_the_bearer_not_the_title(text: str) -> None:
    """The parse hangs the title on the untagged name; the speaker text is the name."""
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [(q.speaker_text, q.speaker) for q in quotes] == [(_BAILAO, _BAILAO)]


def test_a_name_with_particles_and_hyphens_is_taken_whole() -> None:
    text = "Later, Councillor Pierre de la Rosa-Núñez spoke."
    grown = with_title_bearers([tag(text, "Councillor", "PERSON")], text)
    assert [(m.text, m.label) for m in grown] == [
        ("Councillor Pierre de la Rosa-Núñez", "PERSON")]


def test_a_part_of_the_name_the_model_tagged_is_taken_in() -> None:
    text = "The motion was moved by Coun. Ana Bailão and passed."
    mentions = [Mention(24, 28, "Coun", "ORG", "Coun"), tag(text, "Bailão", "ORG")]
    assert [(m.text, m.label) for m in with_title_bearers(mentions, text)] == [
        ("Coun. Ana Bailão", "PERSON")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Mayor said nothing about the fire.", "Mayor"),
        ("Every Councillor must file a report by Friday.", "Councillor"),
        ("Chief Financial Officer Anna Kowalski said revenue was up.", "Chief"),
        ("The Councillor Monday meeting was cancelled.", "Councillor"),
    ],
)
def test_a_title_without_a_name_after_it_is_left_alone(text: str, surface: str) -> None:
    mentions = [tag(text, surface, "PERSON")]
    if "Monday" in text:
        mentions.append(tag(text, "Monday", "DATE"))
    assert with_title_bearers(mentions, text) == mentions


def test_a_name_the_model_tagged_is_left_to_the_title_rule() -> None:
    text = "Queen Elizabeth II opened Parliament."
    mentions = [tag(text, "Queen", "PERSON"), tag(text, "Elizabeth II", "PERSON")]
    assert with_title_bearers(mentions, text) == mentions


def test_a_name_word_the_text_writes_in_lowercase_is_no_name() -> None:
    text = "Mayor Said Farewell To Town. He said farewell at noon."
    mentions = [tag(text, "Mayor", "PERSON")]
    assert with_title_bearers(mentions, text) == mentions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a rural municipality's head: cut before a full name, not from "Reeve Carney"
        ('"Our roads come first," said Reeve Élise Beauchamp.',
         ("Reeve Élise Beauchamp", "Élise Beauchamp")),
        ("Reeve Carney sang at the fair.", ("Reeve Carney", "Reeve Carney")),
        # a school board's: the model reads "Trustee Amber Morley" as an organisation
        ('Asked about the delay, Trustee Amber Morley shot back: "Ask the province."',
         ("Trustee Amber Morley", "Amber Morley")),
    ],
)
def test_reeve_and_trustee_are_titles(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text)
