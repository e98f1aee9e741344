"""Canonical speakers linked to the fullest name the text gives them (issue 15).

Written sentences and hand-built mentions whose entity is their surface, as before entity
resolution: a titled surname speaks as the person named in full, an acronym as the
organisation defined for it, an institution's short form as its full name; a link is
made only when the text names exactly one such entity.
"""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.core.models import Mention, Quote
from workbench.nlp.canonical_links import CanonicalLinks
from workbench.nlp.quote_resolution import resolve_speakers


def quote_by(text: str, speaker: str, quoted: str, nth: int = 0) -> Quote:
    """A direct quote ``quoted`` whose speaker span is the ``nth`` ``speaker``."""
    start = text.index(quoted)
    at = -1
    for _ in range(nth + 1):
        at = text.index(speaker, at + 1)
    return Quote(
        start, start + len(quoted), quoted, speaker_text=speaker,
        speaker_start=at, speaker_end=at + len(speaker),
    )


def speaker_of(text: str, mentions: list[Mention], quote: Quote) -> str | None:
    (resolved,) = resolve_speakers([quote], mentions, text)
    return resolved.speaker


def test_a_titled_surname_speaks_as_the_person_named_in_full() -> None:
    text = (
        "The study was led by Naomi Harlow of the state university. "
        'Dr Harlow said the bones were "cut with care".'
    )
    mentions = [tag(text, "Naomi Harlow", "PERSON"), tag(text, "Dr Harlow", "PERSON")]
    quote = quote_by(text, "Dr Harlow", '"cut with care"')
    assert speaker_of(text, mentions, quote) == "Naomi Harlow"


def test_a_titled_surname_two_people_share_keeps_its_name() -> None:
    text = (
        "Naomi Harlow and her brother Peter Harlow run the farm. "
        'Dr Harlow said the harvest was "the best in years".'
    )
    mentions = [
        tag(text, "Naomi Harlow", "PERSON"),
        tag(text, "Peter Harlow", "PERSON"),
        tag(text, "Dr Harlow", "PERSON"),
    ]
    quote = quote_by(text, "Dr Harlow", '"the best in years"')
    assert speaker_of(text, mentions, quote) == "Dr Harlow"


def test_an_acronym_speaks_as_the_organisation_it_was_defined_for() -> None:
    text = (
        "The notice came from the National Farmers Council (NFC) on Monday. "
        'NFC said the rules were "long overdue".'
    )
    mentions = [
        tag(text, "the National Farmers Council", "ORG"),
        tag(text, "NFC", "ORG", 1),
    ]
    quote = quote_by(text, "NFC", '"long overdue"', nth=1)
    assert speaker_of(text, mentions, quote) == "National Farmers Council"


def test_an_untagged_acronym_speaker_is_its_defined_organisation() -> None:
    text = (
        "He served the Catholic Bishops' Conference of Ruritania (CBCR) for years. "
        'He was called by the CBCR "a tireless pastor".'
    )
    mentions = [tag(text, "the Catholic Bishops' Conference of Ruritania", "ORG")]
    quote = quote_by(text, "CBCR", '"a tireless pastor"', nth=1)
    assert speaker_of(text, mentions, quote) == "Catholic Bishops' Conference of Ruritania"


def test_an_institutions_short_form_speaks_as_its_full_name() -> None:
    text = (
        "The family left on advice from the United States Department of State. "
        'The State Department said the case had "intense attention".'
    )
    mentions = [
        tag(text, "the United States Department of State", "ORG"),
        tag(text, "The State Department", "ORG"),
    ]
    quote = quote_by(text, "The State Department", '"intense attention"')
    assert speaker_of(text, mentions, quote) == "United States Department of State"


def test_an_acronym_no_organisation_spells_stays_as_written() -> None:
    text = 'The airline Singapore Airlines was late. SIA said "the delays are difficult".'
    links = CanonicalLinks([tag(text, "Singapore Airlines", "ORG")], text)
    assert links.link("SIA", "SIA") == "SIA"


def test_a_person_named_in_full_and_a_pronoun_are_left_alone() -> None:
    text = "Tom Reyes met the Reyes Foundation board."
    links = CanonicalLinks(
        [tag(text, "Tom Reyes", "PERSON"), tag(text, "the Reyes Foundation", "ORG")], text
    )
    assert links.link("Tom Reyes", "Tom Reyes") == "Tom Reyes"
    assert links.link(None, "he") is None


def test_a_titled_surname_finds_the_given_name_the_model_left_out() -> None:
    text = (
        "Aid was blocked on Tuesday. Tzipi Larkin, the foreign minister, flew to Brussels. "
        'Ms Larkin said that "everything will be done".'
    )
    mentions = [tag(text, "Larkin", "PERSON"), tag(text, "Ms Larkin", "PERSON")]
    quote = quote_by(text, "Ms Larkin", '"everything will be done"')
    assert speaker_of(text, mentions, quote) == "Tzipi Larkin"


def test_a_sentence_adverb_before_a_surname_is_no_given_name() -> None:
    text = 'Talks went on. Later Larkin left the room. Ms Larkin said "we are done".'
    mentions = [tag(text, "Larkin", "PERSON"), tag(text, "Ms Larkin", "PERSON")]
    quote = quote_by(text, "Ms Larkin", '"we are done"')
    assert speaker_of(text, mentions, quote) == "Ms Larkin"


_TWO_SURNAMES = (
    "The court ruled on Friday. The health minister, Lucía Ortega Paredes, was sworn in as "
    "acting governor. Later, Ortega told reporters that \"the island needs calm\"."
)


def test_a_name_the_model_cut_short_speaks_as_the_name_in_full() -> None:
    text = _TWO_SURNAMES
    mentions = [tag(text, "Lucía Ortega", "PERSON"), tag(text, "Ortega", "PERSON", 1)]
    links = CanonicalLinks(mentions, text)
    assert links.link("Lucía Ortega", "Ortega") == "Lucía Ortega Paredes"


def test_a_first_surname_alone_speaks_as_the_person_with_two_surnames() -> None:
    text = _TWO_SURNAMES
    mentions = [tag(text, "Lucía Ortega", "PERSON"), tag(text, "Ortega", "PERSON", 1)]
    quote = quote_by(text, "Ortega", '"the island needs calm"', nth=1)
    assert speaker_of(text, mentions, quote) == "Lucía Ortega Paredes"
    assert CanonicalLinks(mentions, text).link("Governor Ortega", None) == (
        "Lucía Ortega Paredes"
    )


def test_a_first_surname_someone_else_ends_with_keeps_its_name() -> None:
    text = _TWO_SURNAMES + " Her rival Tomás Ortega disagreed."
    mentions = [
        tag(text, "Lucía Ortega", "PERSON"),
        tag(text, "Ortega", "PERSON", 1),
        tag(text, "Tomás Ortega", "PERSON"),
    ]
    assert CanonicalLinks(mentions, text).link("Ortega", "Ortega") == "Ortega"


def test_a_role_or_company_word_after_a_misread_name_is_no_surname() -> None:
    text = (
        "The Divisional Railway Manager opened the line. Ben Porter Industries said "
        'it had "no comment". Porter was away. Emily Hart Monday said "fine". Hart left.'
    )
    mentions = [
        tag(text, "Divisional Railway", "PERSON"),
        tag(text, "Ben Porter", "PERSON"),
        tag(text, "Porter", "PERSON", 1),
        tag(text, "Emily Hart", "PERSON"),
        tag(text, "Hart", "PERSON", 1),
    ]
    links = CanonicalLinks(mentions, text)
    assert links.link("Divisional Railway", None) == "Divisional Railway"
    assert links.link("Ben Porter", None) == "Ben Porter"
    assert links.link("Emily Hart", None) == "Emily Hart"  # a weekday is no surname


def test_a_given_name_alone_speaks_as_the_one_person_named_in_full_with_it() -> None:
    text = (
        "We reached Dmitri K., one of the volunteers, on Friday. Dmitri said the camp "
        "was full. Scott Hale and Ann Scott run the kitchen."
    )
    mentions = [
        tag(text, "Dmitri K.", "PERSON"),
        tag(text, "Dmitri", "PERSON", 1),
        tag(text, "Scott Hale", "PERSON"),
        tag(text, "Ann Scott", "PERSON"),
    ]
    links = CanonicalLinks(mentions, text)
    assert links.link("Dmitri", None) == "Dmitri K."
    assert links.link("Scott", None) == "Scott"  # a surname too: no one to link


def test_a_word_another_entity_holds_is_no_left_out_surname() -> None:
    """``cut_names`` reads no other entity's word as a surname: in a photo credit the
    agency after the name is an organisation, not the rest of the name."""
    text = (
        "Mayor Ana Ruiz opened the bridge. Photo by Ana Ruiz Telemundo. Ruiz said "
        '"it is done".'
    )
    mentions = [
        tag(text, "Ana Ruiz", "PERSON"),
        tag(text, "Ana Ruiz", "PERSON", 1),
        tag(text, "Telemundo", "ORG"),
        tag(text, "Ruiz", "PERSON", 2),
    ]
    assert CanonicalLinks(mentions, text).link("Ana Ruiz", None) == "Ana Ruiz"


def test_an_acronym_of_a_hyphenated_name_speaks_as_that_body() -> None:
    text = (
        "Officials from Federal-Indigenous Relations and Treaty Affairs Canada met the "
        "band council on Friday. FIRTAC said talks would resume "
        '"as soon as the chief is ready to meet again".'
    )
    mentions = [
        tag(text, "Federal-Indigenous Relations and Treaty Affairs Canada", "ORG"),
        tag(text, "FIRTAC", "ORG"),
    ]
    quote = quote_by(text, "FIRTAC", '"as soon as the chief is ready to meet again"')
    assert speaker_of(text, mentions, quote) == (
        "Federal-Indigenous Relations and Treaty Affairs Canada")


def test_a_local_body_by_its_kinds_letters_speaks_as_that_body() -> None:
    text = (
        "The Kugluktuk Fishers and Trappers Association met on Tuesday. Later, the FTA "
        'said the char run was "the strongest in a decade".'
    )
    mentions = [
        tag(text, "The Kugluktuk Fishers and Trappers Association", "ORG"),
        tag(text, "FTA", "ORG"),
    ]
    quote = quote_by(text, "FTA", '"the strongest in a decade"')
    assert speaker_of(text, mentions, quote) == "Kugluktuk Fishers and Trappers Association"


def test_an_acronym_speaks_as_the_body_spelling_it_whole_not_one_without_its_opening_word(
) -> None:
    text = (
        "An economist at the Canadian Imperial Bank of Commerce cut his forecast. The "
        "Insurance Bureau of Canada counted the claims. Later, the IBC said the storm was "
        '"the costliest in the province\'s history".'
    )
    mentions = [
        tag(text, "the Canadian Imperial Bank of Commerce", "ORG"),
        tag(text, "Insurance Bureau of Canada", "ORG"),
        tag(text, "IBC", "ORG"),
    ]
    quote = quote_by(text, "IBC", '"the costliest in the province\'s history"')
    assert speaker_of(text, mentions, quote) == "Insurance Bureau of Canada"
