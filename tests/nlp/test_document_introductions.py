"""A document cited by its noun after the quotation (`"...", read the press release.`)
speaks for the organisation that opened its clause right after a phrase naming its
document ("In a press statement released Nov. 10, the agency urged ...";
``speaker_document_owners``, issue 15, dev10). Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of
from workbench.nlp.speaker_document_owners import document_owner

TEXT = (
    "In a press statement released Nov. 10, the Red Cross urged both sides to stop. "
    '"We call on everyone to let aid through," read the press release.'
)


def test_the_organisation_after_its_document_phrase_owns_the_release() -> None:
    owner = mention_of(TEXT, "Red Cross", "ORG")
    found = document_owner("the press release", TEXT.index("the press release"), [owner], TEXT)
    assert found == owner


def test_an_organisation_after_a_sentence_end_owns_nothing() -> None:
    text = (
        "A report came out. Later, the Red Cross urged both sides to stop. "
        '"We call on everyone to let aid through," read the press release.'
    )
    owner = mention_of(text, "Red Cross", "ORG")
    start = text.index("the press release")
    assert document_owner("the press release", start, [owner], text) is None
