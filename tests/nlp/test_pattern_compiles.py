"""Patterns built from a word are compiled once per word, not once per call (stop 53).

Why: ``re`` keeps only 512 compiled patterns, and a long import cycles through them with
the patterns built from each article's names, so a pattern built per call was compiled
again nearly every time (the owner of "the government of X" holds the large ``CAPITAL``
class: most of a millisecond each). These tests count ``re.compile`` calls, never time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from workbench.core.models import Mention
from workbench.nlp.speaker_descriptions import named_description
from workbench.nlp.speaker_gender import genders_from_text
from workbench.nlp.speaker_roles import TitledPeople


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every pattern ``re.compile`` is asked for from now on."""
    asked: list[str] = []
    real: Callable[..., re.Pattern[str]] = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        asked.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    return asked


def _group_document(owner: str) -> tuple[str, int]:
    text = f"The government of {owner} announced the ban. The government statement said so."
    return text, text.index("The government statement")


def test_a_group_document_compiles_its_group_pattern_once(compiles: list[str]) -> None:
    text, start = _group_document("Burundi")
    assert named_description("The government statement", start, text, 0) == "government of Burundi"
    compiles.clear()
    text, start = _group_document("Samoa")
    assert named_description("The government statement", start, text, 0) == "government of Samoa"
    assert compiles == []


def test_a_bare_role_compiles_its_introduction_pattern_once(compiles: list[str]) -> None:
    text = "An Interpol spokesperson spoke. The spokesperson said it was done."
    start = text.index("The spokesperson")
    assert named_description("The spokesperson", start, text, 0) == "Interpol spokesperson"
    compiles.clear()
    text = text.replace("Interpol", "UN")
    assert named_description("The spokesperson", text.index("The spokesperson"), text, 0) == (
        "UN spokesperson")
    assert compiles == []


def _mechanic(name: str) -> tuple[TitledPeople, str]:
    text = f"{name}, a 45-year-old mechanic, was there. The mechanic said it was late."
    person = Mention(0, len(name), name, "PERSON", name)
    return TitledPeople([person], text), text


def test_a_described_role_compiles_its_pattern_once(compiles: list[str]) -> None:
    people, text = _mechanic("Mark Dunn")
    assert people.holder("The mechanic", text.index("The mechanic")) == "Mark Dunn"
    compiles.clear()
    people, text = _mechanic("Joe Bell")
    assert people.holder("The mechanic", text.index("The mechanic")) == "Joe Bell"
    assert compiles == []


def test_genders_compile_no_surname_pattern_when_no_pronoun_asks(compiles: list[str]) -> None:
    text = "Anna Berg met Tom Hale in Oslo. Berg and Hale signed the deal."
    people = [Mention(0, 9, "Anna Berg", "PERSON", "Anna Berg"),
              Mention(14, 22, "Tom Hale", "PERSON", "Tom Hale")]
    genders_from_text(text, people, lambda offset: int(offset > text.index(".")), [])
    assert not [p for p in compiles if "Berg" in p or "Hale" in p]


def test_genders_compile_the_surname_pattern_when_a_pronoun_asks(compiles: list[str]) -> None:
    text = "Anna Berg met Tom Hale in Oslo. She said the Hale plan was late."
    people = [Mention(0, 9, "Anna Berg", "PERSON", "Anna Berg")]
    genders_from_text(text, people, lambda offset: int(offset > text.index(".")), [])
    assert len([p for p in compiles if "Berg" in p]) == 1


def _quarterbacks(team: str, other: str) -> tuple[TitledPeople, str]:
    text = (f"{team} quarterback Cody Hutchins threw for 300 yards. {other} quarterback "
            f"Dane Pruitt threw two interceptions. \"We kept fighting,\" the {team} "
            "quarterback said.")
    people = [Mention(text.index(name), text.index(name) + len(name), name, "PERSON", name)
              for name in ("Cody Hutchins", "Dane Pruitt")]
    return TitledPeople(people, text), text


def test_a_qualified_role_compiles_no_pattern_per_qualifier(compiles: list[str]) -> None:
    """ "the Winnipeg quarterback": the qualifier, a name, is found with ``whole_words``."""
    people, text = _quarterbacks("Winnipeg", "Ottawa")
    at = text.index("the Winnipeg quarterback")
    assert people.holder("the Winnipeg quarterback", at) == "Cody Hutchins"
    compiles.clear()
    people, text = _quarterbacks("Saskatchewan", "Calgary")
    at = text.index("the Saskatchewan quarterback")
    assert people.holder("the Saskatchewan quarterback", at) == "Cody Hutchins"
    assert compiles == []
