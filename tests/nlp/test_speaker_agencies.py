"""A generic noun for a public body ("the agency") stands for the nearest body of its
passage whose head word is a kind that noun covers (issue 15). Sentences written for
these tests."""

from __future__ import annotations

from workbench.core.models import Mention
from workbench.nlp.speaker_agencies import public_body


def _org(text: str, written: str, entity: str) -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, "ORG", entity)


def test_a_board_named_by_its_acronym_is_the_agency() -> None:
    text = ("Investigators from the NTSB reached the pier on Sunday. The agency said the "
            "barge had lost power.")
    ntsb = _org(text, "NTSB", "National Transportation Safety Board")
    assert public_body("agency", text.index("The agency"), [ntsb], text) is ntsb


def test_a_board_written_in_full_is_the_agency() -> None:
    text = ("The Surface Mining Reclamation Board fined the quarry. The agency said the "
            "blasting had cracked two wells.")
    board = _org(text, "Surface Mining Reclamation Board", "Surface Mining Reclamation Board")
    assert public_body("agency", text.index("The agency"), [board], text) is board


def test_a_service_named_with_its_local_office_is_the_office() -> None:
    # The noun right after the name is that body's own unit, not another office.
    text = ("The National Park Service office in Moab closed two trails on Friday. The "
            "office said the washouts would take weeks to repair.")
    service = _org(text, "The National Park Service", "National Park Service")
    assert public_body("office", text.index("The office"), [service], text) is service


def test_another_office_named_in_between_is_not_the_service() -> None:
    text = ("The National Park Service closed two trails. The mayor's office asked for "
            "help. The office said it had no crews.")
    service = _org(text, "The National Park Service", "National Park Service")
    assert public_body("office", text.index("The office"), [service], text) is None


def test_a_services_office_is_the_office_that_speaks() -> None:
    text = ("The National Weather Service office in Grand Forks issued its first flood "
            "outlook on Friday. On Sunday the office said the river would crest on Wednesday.")
    service = _org(text, "National Weather Service", "National Weather Service")
    at = text.index("the office")
    assert public_body("office", at, [service], text) is service


def test_a_bureaus_field_office_after_a_possessive_is_the_bureau() -> None:
    text = ("The FBI's Pittsburgh field office took over the case. In a short release the "
            "office said agents had searched two homes.")
    fbi = _org(text, "FBI", "FBI")
    assert public_body("office", text.index("the office"), [fbi], text) is fbi


def test_an_office_the_text_names_again_between_is_left_open() -> None:
    text = ("The Port Authority office in Newark closed early. Staff at the mayor's office "
            "were sent home too. Later the office said it would reopen on Monday.")
    port = _org(text, "Port Authority", "Port Authority")
    assert public_body("office", text.rindex("the office"), [port], text) is None


def test_an_office_no_body_is_written_before_names_no_one() -> None:
    text = ("Acme Foods moved into a new office in March. The company said on Monday that "
            "the office would close.")
    acme = _org(text, "Acme Foods", "Acme Foods")
    assert public_body("office", text.rindex("the office"), [acme], text) is None
