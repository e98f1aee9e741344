"""Named events the model files as organisations or places, and the library's one label."""

from __future__ import annotations

from tests.nlp.entity_support import body, entities, tag
from workbench.core.models import Analysis, Mention
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.library_labels import LibraryLabels


def test_an_events_head_makes_every_mention_an_event() -> None:
    text = ("Runners gathered for the Osterby Marathon. Later the Osterby Marathon ended, and "
            "the Lindqvist Air Show opened near the Osterby Marathon route.")
    raw = [tag(text, "Osterby Marathon", "FAC"), tag(text, "Osterby Marathon", "ORG", 1),
           tag(text, "Lindqvist Air Show", "GPE"), tag(text, "Osterby Marathon", "FAC", 2)]
    found = entities(finalize_mentions(raw, text, ""))
    assert found == {"Osterby Marathon": "EVENT", "Lindqvist Air Show": "EVENT"}


def test_an_airlines_flight_by_its_number_is_an_event_not_the_airline() -> None:
    text = "Divers found the recorder of Kestrel Air Flight 318 as Kestrel Air grounded jets."
    raw = [tag(text, "Kestrel Air Flight 318", "ORG"), tag(text, "Kestrel Air", "ORG", 1)]
    found = entities(finalize_mentions(raw, text, ""))
    assert found == {"Kestrel Air Flight 318": "EVENT", "Kestrel Air": "ORG"}


def test_a_conference_or_convention_is_an_event_only_when_dated_or_a_partys() -> None:
    text = ("At the company's 2021 Harbour Developers Conference, staff met. The Coastal "
            "Leadership Conference said so. The Unity National Convention opened. The "
            "Valdor Convention bans mines.")
    raw = [tag(text, "Harbour Developers Conference", "ORG"),
           tag(text, "Coastal Leadership Conference", "ORG"),
           tag(text, "Unity National Convention", "ORG"), tag(text, "Valdor Convention", "LAW")]
    found = entities(finalize_mentions(raw, text, ""))
    assert found == {"Harbour Developers Conference": "EVENT",
                     "Coastal Leadership Conference": "ORG",
                     "Unity National Convention": "EVENT", "Valdor Convention": "LAW"}


def test_the_library_gives_an_undated_conference_the_event_a_document_dated() -> None:
    name = "Harbour Developers Conference"
    library = LibraryLabels.from_rows([])
    library.observe(Analysis(mentions=(Mention(0, len(name), name, "EVENT", name),)))
    later = library.apply(Analysis(mentions=(Mention(0, len(name), name, "ORG", name),)))
    assert [m.label for m in later.mentions] == ["EVENT"]
    assert library.settled("Coastal Leadership Conference", "ORG") == (
        "Coastal Leadership Conference", "ORG")


def test_a_flight_s_number_is_its_name_s() -> None:
    """The model stopped before the number ("[Lion Air Flight] [610]"): every flight of
    the airline was one event "Lion Air Flight"."""
    text = ("The crash of Lion Air Flight 610 killed 189 people. Lion Air Flight 904 had"
            " landed short of the runway in 2013.")
    raw = [tag(text, "Lion Air Flight", "ORG"), tag(text, "610", "CARDINAL"),
           tag(text, "189", "CARDINAL"), tag(text, "Lion Air Flight", "ORG", 1),
           tag(text, "904", "CARDINAL")]
    found = body(finalize_mentions(raw, text, ""))
    assert {(surface, label) for surface, _name, label in found if label == "EVENT"} == {
        ("Lion Air Flight 610", "EVENT"), ("Lion Air Flight 904", "EVENT")}
    assert not any(surface in ("610", "904") for surface, _name, _label in found)


def test_an_amount_after_a_flight_is_no_number_of_it() -> None:
    text = "Staff on the Lion Air Flight 1,200 passengers took were paid."
    raw = [tag(text, "Lion Air Flight", "ORG")]
    assert "Lion Air Flight" in {m.text for m in finalize_mentions(raw, text, "")}
