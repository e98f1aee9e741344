"""A town's team, told by a player's or official's role right after its name."""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_teams import team_role_after


def test_a_town_before_a_coach_or_captain_is_its_team_in_every_sentence() -> None:
    text = ("Kelso Vale beat Dunmore on Sunday. \"We were ready,\" Kelso Vale coach Ann Bray "
            "said. Dunmore captain Tom Reid agreed. Fans cheered.")
    raw = [tag(text, "Kelso Vale", "GPE"), tag(text, "Dunmore", "PERSON"),
           tag(text, "Kelso Vale", "GPE", 1), tag(text, "Ann Bray", "PERSON"),
           tag(text, "Dunmore", "PERSON", 1), tag(text, "Tom Reid", "PERSON")]
    found = entities(finalize_mentions(raw, text, ""))
    assert found["Kelso Vale"] == "ORG"
    assert found["Dunmore"] == "ORG"
    assert found["Ann Bray"] == "PERSON"


def test_a_possessive_a_title_or_a_country_is_no_team() -> None:
    text = ("Nadal's coach spoke. Rossi Captain Lee left. France coach Ana Diaz said so. "
            "Ardley head coach Bo Lin and Ardley half back Jo Kay won.")
    assert not team_role_after(tag(text, "Nadal", "PERSON"), text)
    assert not team_role_after(tag(text, "Rossi", "PERSON"), text)
    assert not team_role_after(tag(text, "France", "GPE"), text)
    assert team_role_after(tag(text, "Ardley", "GPE"), text)
    assert team_role_after(tag(text, "Ardley", "GPE", 1), text)
