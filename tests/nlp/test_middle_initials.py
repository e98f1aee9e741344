"""A person written with and without a middle initial is one person ("John R. Bolton")."""

from __future__ import annotations

from workbench.core.models import Mention
from workbench.nlp.resolution import abbreviates, resolve, without_middle_initials


def _person(text: str, start: int) -> Mention:
    return Mention(text=text, label="PERSON", start=start, end=start + len(text), entity=text)


def test_middle_initials_are_dropped_between_first_and_last_names() -> None:
    assert without_middle_initials(("John", "R.", "Bolton")) == ("John", "Bolton")
    assert without_middle_initials(("George", "H.", "W.", "Bush")) == ("George", "Bush")
    assert without_middle_initials(("Mary", "Ann", "Smith")) == ("Mary", "Ann", "Smith")
    assert without_middle_initials(("J.", "Smith")) == ("J.", "Smith")


def test_the_name_without_its_initial_abbreviates_the_full_name_but_not_another_person() -> None:
    assert abbreviates(("John", "Bolton"), ("John", "R.", "Bolton"), "PERSON")
    assert not abbreviates(("Jane", "Bolton"), ("John", "R.", "Bolton"), "PERSON")
    assert not abbreviates(("John", "Bolton"), ("John", "R.", "Smith"), "PERSON")
    # organisations never lose a middle letter
    assert not abbreviates(("Bank", "Canada"), ("Bank", "A", "Canada"), "ORG")


def test_both_spellings_resolve_to_the_fuller_name() -> None:
    mentions = resolve([_person("John R. Bolton", 0), _person("John Bolton", 40),
                        _person("Bolton", 80)])
    assert {m.entity for m in mentions} == {"John R. Bolton"}
