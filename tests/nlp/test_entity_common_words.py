"""Common words taken for names, and the contexts that settle a name's label.

Hand-made mentions (as the small model tags them) go through the whole-document pass,
so each test names the model mistake its rule repairs.
"""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_common_words import without_common_words


def test_a_sentence_opening_common_word_is_no_entity() -> None:
    text = ("The probe found hydrogen gas in the plume. Hydrogen is not toxic to life. "
            "Schools reopened on Monday after the schools inspector left.")
    raw = [tag(text, "Hydrogen", "ORG"), tag(text, "Schools", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {}


def test_a_word_the_text_never_writes_in_lowercase_stays_a_name() -> None:
    text = "Ryanair cut fares. Ryanair said demand was strong."
    raw = [tag(text, "Ryanair", "ORG"), tag(text, "Ryanair", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Ryanair": "ORG"}


def test_a_word_capitalised_mid_sentence_is_a_name_even_if_also_a_common_word() -> None:
    text = "Apple sold more phones. Analysts at Apple expect an apple-shaped campus."
    raw = [tag(text, "Apple", "ORG"), tag(text, "Apple", "ORG", 1)]
    assert entities(without_common_words(raw, text)) == {"Apple": "ORG"}


def test_a_given_name_that_is_also_a_word_stays_a_name() -> None:
    text = "Prices rose again. Rose Byrne said the film opens in June. Rose smiled."
    raw = [tag(text, "Rose Byrne", "PERSON"), tag(text, "Rose", "PERSON", 1)]
    result = without_common_words(raw, text)
    assert {m.text for m in result} == {"Rose Byrne", "Rose"}


def test_a_shouted_common_word_is_no_person_but_an_acronym_stays() -> None:
    text = ("Voters see themselves in neither the LEFT nor the RIGHT, the NATO envoy said, "
            "and many left the party.")
    raw = [tag(text, "LEFT", "PERSON"), tag(text, "NATO", "ORG")]
    assert entities(without_common_words(raw, text)) == {"NATO": "ORG"}


def test_a_slogan_opening_with_a_verb_names_the_place_not_a_person() -> None:
    text = ("The candidate's plan has three lines.\n\nMake Melbourne a digital city.\n\n"
            "He said he would make the council smaller. Melbourne deserves it.")
    raw = [tag(text, "Make Melbourne", "PERSON"), tag(text, "Melbourne", "PERSON", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Melbourne": "GPE"}


def test_founder_and_shares_after_a_name_make_it_a_company() -> None:
    text = ("SpaceX founder Elon Musk watched the launch. Later SpaceX shares rose, "
            "and SpaceX said the capsule was safe.")
    raw = [tag(text, "SpaceX", "PERSON"), tag(text, "Elon Musk", "PERSON"),
           tag(text, "SpaceX", "PERSON", 1), tag(text, "SpaceX", "PERSON", 2)]
    assert entities(finalize_mentions(raw, text, "")) == {"SpaceX": "ORG", "Elon Musk": "PERSON"}


def test_a_spokesman_after_a_name_does_not_make_it_a_company() -> None:
    text = "Obama spokesman Josh Earnest said Obama would sign the bill."
    raw = [tag(text, "Obama", "PERSON"), tag(text, "Josh Earnest", "PERSON"),
           tag(text, "Obama", "PERSON", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Obama"] == "PERSON"


def test_a_transcript_label_marks_a_person() -> None:
    text = ("Aparna Garg runs the division.\n\n((Interviewer)) How many were there?\n\n"
            "((Aparna Garg)) Fifteen of them.\n\n((Aparna Garg)) It is rare.")
    raw = [tag(text, "Aparna Garg", "WORK_OF_ART"), tag(text, "Aparna Garg", "WORK_OF_ART", 1),
           tag(text, "Aparna Garg", "PERSON", 2)]
    assert entities(finalize_mentions(raw, text, "")) == {"Aparna Garg": "PERSON"}


def test_an_apposition_after_a_comma_and_a_demonym_before_shares_stay_as_they_are() -> None:
    text = ("\"We are proud,\" said Joe Leonard, chairman of the airline. "
            "American shares fell while Indian shares rose.")
    raw = [tag(text, "Joe Leonard", "PERSON"), tag(text, "American", "NORP"),
           tag(text, "Indian", "NORP")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Joe Leonard": "PERSON", "American": "NORP", "Indian": "NORP"}


def test_an_interviewers_label_is_furniture_but_the_answering_person_stays() -> None:
    text = ("((WN)) Why did you run?\n\n((Dana Reyes)) For the city.\n\n"
            "((WN)) And the budget?\n\n((Dana Reyes)) It must shrink, the WN reader knows.")
    raw = [tag(text, "WN", "ORG"), tag(text, "Dana Reyes", "PERSON"), tag(text, "WN", "ORG", 1)]
    assert entities(without_common_words(raw, text)) == {"Dana Reyes": "PERSON"}
    raw.append(tag(text, "WN", "ORG", 2))  # named outside a label: a name after all
    assert entities(without_common_words(raw, text)) == {"Dana Reyes": "PERSON", "WN": "ORG"}


def test_a_one_word_person_the_text_places_things_in_is_a_place() -> None:
    text = ("Francis D'Souza, the deputy chief minister of the state of Goa, died. "
            "Goa mourned him, and the party in Goa praised him.")
    raw = [tag(text, "Francis D'Souza", "PERSON"), tag(text, "Goa", "PERSON"),
           tag(text, "Goa", "PERSON", 1), tag(text, "Goa", "PERSON", 2)]
    assert entities(finalize_mentions(raw, text, ""))["Goa"] == "GPE"


def test_faith_in_a_person_and_in_a_persons_view_keep_the_person() -> None:
    text = ("Voters said they had faith in Halvorsen. In Halvorsen's view the plan works. "
            "Halvorsen said it twice.")
    raw = [tag(text, "Halvorsen", "PERSON"), tag(text, "Halvorsen", "PERSON", 1),
           tag(text, "Halvorsen", "PERSON", 2)]
    assert entities(finalize_mentions(raw, text, ""))["Halvorsen"] == "PERSON"


def test_a_brand_written_with_an_inner_capital_is_a_company_but_mcconnell_a_person() -> None:
    text = ("SpaceX launched the capsule. The contract with SpaceX is large. "
            "McConnell praised it and DeWine agreed.")
    raw = [tag(text, "SpaceX", "PERSON"), tag(text, "SpaceX", "PERSON", 1),
           tag(text, "McConnell", "PERSON"), tag(text, "DeWine", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "SpaceX": "ORG", "McConnell": "PERSON", "DeWine": "PERSON"}


def test_a_common_word_capitalised_after_a_quote_a_semicolon_a_dash_or_a_label_goes() -> None:
    text = ("Ministers praised the solar farm; Solar power is cheap now. The panels rotate. "
            "\"Panels like these last,\" one engineer said. Wind helps too — Wind farms hum. "
            "((Q)) Turbines? ((A)) Turbines need wind and solar panels need turbines' rest.")
    raw = [tag(text, "Solar", "ORG"), tag(text, "Panels", "PERSON"), tag(text, "Wind", "ORG"),
           tag(text, "Wind", "ORG", 1), tag(text, "Turbines", "ORG"),
           tag(text, "Turbines", "ORG", 1)]
    assert entities(without_common_words(raw, text)) == {}


def test_a_common_word_capitalised_mid_sentence_stays_whatever_came_earlier() -> None:
    text = "Protesters met at Solar House; the solar lobby rented it."
    raw = [tag(text, "Solar", "ORG")]
    assert entities(without_common_words(raw, text)) == {"Solar": "ORG"}


def test_an_interviewers_label_written_with_a_space_inside_is_furniture_too() -> None:
    text = "(( WN)) Why did you run?\n\n((Dana Reyes)) For the city.\n\n(( WN)) And the budget?"
    raw = [tag(text, "WN", "ORG"), tag(text, "Dana Reyes", "PERSON"), tag(text, "WN", "ORG", 1)]
    assert entities(without_common_words(raw, text)) == {"Dana Reyes": "PERSON"}


ANSWERS = (
    "Sara Seager spoke with Wikinews.\n\n"
    "((WN)) Which planets could host life?\n\n"
    "((Sara Seager))  Super Earths.  We know hot Jupiters are too hot for life.\n\n"
    "((WN)) So little is known?\n\n"
    "((Sara Seager))  Correct.  Telescopes will tell us more.\n\n"
    "((WN)) Who builds them?\n\n"
    "((Sara Seager))  NASA.  And Europe, with Obama's old plan.\n"
)


def test_a_short_reply_opening_an_answer_is_no_entity() -> None:
    raw = [tag(ANSWERS, "Super Earths", "ORG"), tag(ANSWERS, "Correct", "ORG")]
    assert entities(without_common_words(raw, ANSWERS)) == {}


def test_an_acronym_as_a_short_reply_stays_a_name() -> None:
    raw = [tag(ANSWERS, "NASA", "ORG")]
    assert entities(without_common_words(raw, ANSWERS)) == {"NASA": "ORG"}


def test_a_reply_the_text_also_names_elsewhere_stays_a_name() -> None:
    text = ANSWERS.replace("NASA.  And", "Obama.  And")
    raw = [tag(text, "Obama", "PERSON"), tag(text, "Obama", "PERSON", 1)]
    assert entities(without_common_words(raw, text)) == {"Obama": "PERSON"}


def test_a_name_opening_a_longer_answer_sentence_stays_a_name() -> None:
    text = ANSWERS.replace("Super Earths.  We know", "Super Earths orbit cool stars.  We know")
    raw = [tag(text, "Super Earths", "ORG")]
    assert entities(without_common_words(raw, text)) == {"Super Earths": "ORG"}


def test_a_short_reply_after_a_plain_name_label_is_no_entity_either() -> None:
    """The turns are the speaker rules' own: "NG: Yes." as well as "((Name)) Yes."."""
    text = ("Q: Do the penguins come back every year?\n\nNG: Mostly.  They return in "
            "September.\n\nQ: And the chicks?\n\nNG: Later.  They stay until March.")
    raw = [tag(text, "Mostly", "ORG"), tag(text, "Later", "PERSON")]
    assert entities(without_common_words(raw, text)) == {}
    prose = "Mostly. The colony returns in September, the biologist said."
    assert entities(without_common_words([tag(prose, "Mostly", "ORG")], prose)) != {}
