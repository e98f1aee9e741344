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
