"""A lone surname the model tagged otherwise joins the person it ends, once labels are final."""

from __future__ import annotations

from workbench.core.models import Mention
from workbench.nlp.resolution import late_surnames


def mention(text: str, name: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label, name)


def test_a_surname_tagged_an_organisation_joins_the_person_named_in_full() -> None:
    text = "My name is Lena Varga. The tool was built by Varga in a week."
    found = late_surnames([mention(text, "Lena Varga", "PERSON"),
                           mention(text, "Varga", "ORG", occurrence=1)])
    assert [(m.label, m.entity) for m in found] == [("PERSON", "Lena Varga"),
                                                    ("PERSON", "Lena Varga")]


def test_a_known_place_a_shared_surname_or_a_lone_name_keeps_its_label() -> None:
    text = "George Washington slept here. Washington agreed."
    place = late_surnames([mention(text, "George Washington", "PERSON"),
                           mention(text, "Washington", "GPE", occurrence=1)])
    assert place[1].label == "GPE"
    text = "Ann Varga and Bob Varga met. Varga won."
    shared = late_surnames([mention(text, "Ann Varga", "PERSON"),
                            mention(text, "Bob Varga", "PERSON"),
                            mention(text, "Varga", "ORG", occurrence=2)])
    assert shared[2].label == "ORG"
    text = "Varga released a game. Varga grew."
    alone = late_surnames([mention(text, "Varga", "ORG")])
    assert alone[0].label == "ORG"
