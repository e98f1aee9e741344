"""Full names with two surnames that the model tags as organisations (issue 15, dev10):
relabelled people when the text shows them to be (``speaker_name_shaped_orgs``), and a
lone first surname then links to the full name (``canonical_links``). Sentences written
for these tests; mentions made by hand, as the model tags them."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of
from workbench.core.models import Mention
from workbench.nlp.canonical_links import CanonicalLinks
from workbench.nlp.speaker_name_shaped_orgs import people_read_as_organisations

TEXT = (
    "Marta Ruiz Olmedo, the Minister of Health, spoke first. Sources Corp Ltd stayed away. "
    "Later, Ruiz said the clinics would open."
)


def _last(text: str, surface: str, label: str) -> Mention:
    """A hand-made mention at the last ``surface`` (the lone surname after the full name)."""
    start = text.rindex(surface)
    return Mention(start, start + len(surface), surface, label, surface)


def _labels(text: str, mentions: list) -> dict[str, str]:
    return {m.text: m.label for m in people_read_as_organisations(mentions, text)}


def test_a_name_shaped_organisation_with_a_role_after_it_is_a_person() -> None:
    mentions = [mention_of(TEXT, "Marta Ruiz Olmedo", "ORG"), _last(TEXT, "Ruiz", "ORG")]
    assert _labels(TEXT, mentions) == {"Marta Ruiz Olmedo": "PERSON", "Ruiz": "ORG"}


def test_a_later_word_tagged_as_a_person_shows_it_too() -> None:
    text = "Pedro Gil Soto resigned on Monday. Gil said he was proud of the work."
    mentions = [mention_of(text, "Pedro Gil Soto", "ORG"), _last(text, "Gil", "PERSON")]
    assert _labels(text, mentions)["Pedro Gil Soto"] == "PERSON"


def test_organisations_stay_organisations() -> None:
    text = "Sources Corp Ltd, the firm's parent, agreed. Banco Popular Group, a lender, did not."
    mentions = [
        mention_of(text, "Banco Popular Group", "ORG"),  # an organisation's word
        mention_of(text, "Sources Corp Ltd", "ORG"),  # shaped like a name, but no role
    ]
    assert set(_labels(text, mentions).values()) == {"ORG"}


def test_a_role_word_inside_a_description_of_a_firm_is_no_role() -> None:
    """The role must end the phrase after the comma (", the Secretary of Justice", ", a
    former minister,"): in ", the bank whose chief executive resigned" or ", a leader in
    wealth management" the role word is inside a description of the firm."""
    text = ("Harlow Bristow, the bank whose chief executive resigned, said profits rose. "
            "Kessel Marlow, a leader in wealth management, agreed. Ines Vidal Sola, the "
            "governor-elect, and Rui Lopes Maia, the president and founder, did not.")
    mentions = [mention_of(text, name, "ORG") for name in (
        "Harlow Bristow", "Kessel Marlow", "Ines Vidal Sola", "Rui Lopes Maia")]
    assert _labels(text, mentions) == {"Harlow Bristow": "ORG", "Kessel Marlow": "ORG",
                                       "Ines Vidal Sola": "PERSON", "Rui Lopes Maia": "PERSON"}


def test_a_first_surname_links_to_the_full_name_not_to_its_cut_form() -> None:
    """ "Marta Ruiz" is read off the given name before "Ruiz" inside the full name; kept,
    it would make "Ruiz" a last name and block the link."""
    mentions = people_read_as_organisations(
        [mention_of(TEXT, "Marta Ruiz Olmedo", "ORG"), _last(TEXT, "Ruiz", "PERSON")], TEXT
    )
    assert CanonicalLinks(mentions, TEXT).link("Ruiz", "Ruiz") == "Marta Ruiz Olmedo"


def test_a_name_the_model_tagged_whole_is_kept_beside_a_longer_one() -> None:
    """A headline's "Jane Doe Named" is no fuller form of the body's tagged "Jane Doe"."""
    text = "Jane Doe Named Coach\n\nJane Doe will coach the team. Doe said she was thrilled."
    mentions = [
        mention_of(text, "Jane Doe Named", "PERSON"),
        Mention(text.index("Jane Doe will"), text.index("Jane Doe will") + 8, "Jane Doe",
                "PERSON", "Jane Doe"),
    ]
    assert "Jane Doe" in CanonicalLinks(mentions, text)._people


def test_every_organisation_head_the_entity_vote_reads_keeps_a_run_an_organisation() -> None:
    """One list of organisation words (``entity_name_heads.ORG_HEADS``) for the vote and
    this reading: "Dana Lee Studios, the founder," names a company and its founder."""
    text = "Harlan Ross Media, a director, agreed. Dana Lee Studios, the founder, did too."
    mentions = [mention_of(text, "Harlan Ross Media", "ORG"),
                mention_of(text, "Dana Lee Studios", "ORG")]
    assert set(_labels(text, mentions).values()) == {"ORG"}


def test_an_organisation_head_after_a_person_is_no_left_out_surname() -> None:
    """``cut_names`` reads the same organisation heads: "Ben Porter Technologies" is the
    company after a person's name, not a third word of the name."""
    from workbench.nlp.cut_names import completed_names

    text = "Ben Porter Technologies said it was sorry. Porter was away."
    mentions = [mention_of(text, "Ben Porter", "PERSON"), _last(text, "Porter", "PERSON")]
    assert completed_names(mentions, text, frozenset()) == {}


def test_an_age_set_off_after_the_name_shows_a_person() -> None:
    """Wire copy gives a person's age in commas ("Marcus Hill, 34, was driving"); a
    number that closes its sentence is no age."""
    text = "Marcus Hill, 34, was driving home. Quarry Point Mining, 12. Lena Ward Estates, 7 units."
    mentions = [
        mention_of(text, "Marcus Hill", "ORG"),
        mention_of(text, "Quarry Point Mining", "ORG"),  # an organisation's word
        mention_of(text, "Lena Ward Estates", "ORG"),  # no comma after the number
    ]
    assert _labels(text, mentions) == {
        "Marcus Hill": "PERSON", "Quarry Point Mining": "ORG", "Lena Ward Estates": "ORG",
    }


def test_a_number_in_commas_is_an_age_only_where_a_person_s_sentence_goes_on() -> None:
    """An age goes on with the person's sentence ("Lena Ward, 12, was"); a figure in
    commas before a verb of change, another number or a list of figures is no age."""
    text = ("Northfield Sales, 12, rose. Harbor Lane Traders, 7, 9 and 11 followed. "
            "Totals were 4, Dover Pike Books, 6, was last. Lena Ward, 12, was in the car.")
    mentions = [
        mention_of(text, "Northfield Sales", "ORG"),
        mention_of(text, "Harbor Lane Traders", "ORG"),
        mention_of(text, "Dover Pike Books", "ORG"),
        mention_of(text, "Lena Ward", "ORG"),
    ]
    assert _labels(text, mentions) == {
        "Northfield Sales": "ORG", "Harbor Lane Traders": "ORG", "Dover Pike Books": "ORG",
        "Lena Ward": "PERSON",
    }


def test_his_or_her_after_a_firm_s_verb_shows_no_person() -> None:
    """ "Morgan Stanley paid her millions", "denied her claims": the "her" is another
    person (an object or her possessive), so the firm stays a firm and is no "she"
    (the review of stop 53 found "she" going to Morgan Stanley)."""
    text = ("A former trader sued the bank. Morgan Stanley paid her millions. Dana Pike "
            "Holdings denied her claims. Tarn Logistics hired her as a driver.")
    mentions = [mention_of(text, "Morgan Stanley", "ORG"),
                mention_of(text, "Dana Pike Holdings", "ORG"),
                mention_of(text, "Tarn Logistics", "ORG")]
    assert set(_labels(text, mentions).values()) == {"ORG"}


def test_a_name_after_an_occupation_opening_the_sentence_is_a_person() -> None:
    text = "Trade was slow. Plumber Ines Varga-Holt closed early on Monday."
    mentions = [mention_of(text, "Ines Varga-Holt", "ORG")]
    assert _labels(text, mentions) == {"Ines Varga-Holt": "PERSON"}
