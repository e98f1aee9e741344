"""Entity kinds an analyst saw wrong on real news (issue 15, session 50): laws read as
organisations, titles kept in a person's name, a title read as a person of its own.

Hand-made mentions (as the small model tags them) go through the whole-document pass.
"""

from __future__ import annotations

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_titles import office_only, untitled_name


def test_a_name_headed_like_a_law_is_a_law_not_an_organisation() -> None:
    text = ("The senators cited the Harbour Safety Act and the Treaty of Ghent. The "
            "Fourteenth Amendment was read aloud before the Clean Rivers Bill passed.")
    raw = [tag(text, "Harbour Safety Act", "ORG"), tag(text, "Treaty of Ghent", "WORK_OF_ART"),
           tag(text, "Fourteenth Amendment", "ORG"), tag(text, "Clean Rivers Bill", "ORG")]
    assert set(entities(finalize_mentions(raw, text, "")).values()) == {"LAW"}


def test_a_person_called_bill_stays_a_person() -> None:
    text = "Buffalo Bill rode into town on Monday."
    raw = [tag(text, "Buffalo Bill", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"Buffalo Bill": "PERSON"}


def test_an_office_the_title_list_lacks_or_of_several_words_is_no_part_of_the_name() -> None:
    text = ("Taoiseach Aoife Brennan met Foreign Minister Raul Okafor in Dublin. "
            "Brennan and Okafor spoke to reporters.")
    raw = [tag(text, "Taoiseach Aoife Brennan", "PERSON"),
           tag(text, "Foreign Minister Raul Okafor", "PERSON"),
           tag(text, "Brennan", "PERSON", 1), tag(text, "Okafor", "PERSON", 1)]
    found = entities(finalize_mentions(raw, text, ""))
    assert found == {"Aoife Brennan": "PERSON", "Raul Okafor": "PERSON"}


def test_a_title_tagged_on_its_own_before_the_person_is_no_entity() -> None:
    """ "[Queen] [Margrethe II] opened": the model read the title as a second person."""
    text = "Queen Margrethe II opened the bridge on Monday."
    raw = [tag(text, "Queen", "PERSON"), tag(text, "Margrethe II", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"Margrethe II": "PERSON"}


def test_a_surname_that_is_a_title_word_stays_in_the_name() -> None:
    text = "Billie Jean King and Coretta Scott King were honoured."
    raw = [tag(text, "Billie Jean King", "PERSON"), tag(text, "Coretta Scott King", "PERSON")]
    assert set(entities(finalize_mentions(raw, text, ""))) == {"Billie Jean King",
                                                               "Coretta Scott King"}


def test_a_name_cut_after_a_word_that_never_ends_one_runs_on_to_its_head() -> None:
    text = "The incoming 23rd United States Senate sat on Monday."
    raw = [tag(text, "23rd United", "GPE")]
    assert entities(finalize_mentions(raw, text, "")) == {"23rd United States Senate": "ORG"}


def test_an_article_tagged_on_its_own_is_joined_to_the_name_around_it() -> None:
    text = "Scientists at Puerto Las Brisas in Chile measured the wind."
    raw = [tag(text, "Puerto", "GPE"), tag(text, "Las", "ORG"), tag(text, "Brisas", "PERSON"),
           tag(text, "Chile", "GPE")]
    found = entities(finalize_mentions(raw, text, ""))
    assert "Puerto Las Brisas" in found and not {"Las", "Brisas", "Puerto"} & set(found)


def test_an_acronym_the_text_defines_is_its_name_wherever_the_model_read_a_place() -> None:
    text = ("The Northern Valley Rescue Corps (NVRC) sent boats. Officials thanked the "
            "NVRC on Friday.")
    raw = [tag(text, "Northern Valley Rescue Corps", "ORG"), tag(text, "NVRC", "ORG"),
           tag(text, "NVRC", "GPE", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Northern Valley Rescue Corps": "ORG"}


def test_a_title_alone_is_the_one_person_the_text_names_with_it() -> None:
    text = ("Queen Margrethe II opened the bridge. Later the Queen met the builders. "
            "President Ann Lee and President Bo Chen spoke; the President left early.")
    raw = [tag(text, "Queen Margrethe II", "PERSON"), tag(text, "Queen", "PERSON", 1),
           tag(text, "President Ann Lee", "PERSON"), tag(text, "President Bo Chen", "PERSON"),
           tag(text, "President", "ORG", 2)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Queen", "Margrethe II", "PERSON") in found
    assert ("President", "President", "ORG") in found  # two presidents: no telling which


def test_a_group_word_read_as_a_nationality_before_an_organisation_is_its_first_word() -> None:
    text = "A Saraya Ashtar official and a Lebanese Hezbollah fighter were killed."
    raw = [tag(text, "Saraya", "NORP"), tag(text, "Ashtar", "ORG"),
           tag(text, "Lebanese", "NORP"), tag(text, "Hezbollah", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Saraya Ashtar": "ORG", "Lebanese": "NORP", "Hezbollah": "ORG"}


def test_a_club_ending_in_united_is_whole_and_swallows_no_day_or_person() -> None:
    text = ("Liverpool beat Manchester United Saturday at Anfield. He spoke to Leeds United "
            "Chairman Joel Glazer.")
    raw = [tag(text, "Liverpool", "ORG"), tag(text, "Manchester United", "ORG"),
           tag(text, "Saturday", "DATE"), tag(text, "Anfield", "FAC"),
           tag(text, "Leeds United", "ORG"), tag(text, "Joel Glazer", "PERSON")]
    found = entities(finalize_mentions(raw, text, ""))
    assert found["Manchester United"] == "ORG" and found["Leeds United"] == "ORG"
    assert found["Joel Glazer"] == "PERSON"


def test_a_run_after_a_cut_name_stops_at_a_person_and_takes_no_name_before_it() -> None:
    text = "The 116th United States Congress Speaker Nia Hale met Trump Los Angeles aides."
    raw = [tag(text, "116th United", "GPE"), tag(text, "Nia Hale", "PERSON"),
           tag(text, "Trump", "PERSON"), tag(text, "Los", "GPE"), tag(text, "Angeles", "GPE")]
    found = entities(finalize_mentions(raw, text, ""))
    assert found.get("Nia Hale") == "PERSON"
    assert "Trump" in found and not any(name.startswith("Trump ") for name in found)


def test_a_plural_group_word_is_no_first_word_of_the_organisation_after_it() -> None:
    text = "Senate Democrats Congress leaders met."
    raw = [tag(text, "Democrats", "NORP"), tag(text, "Congress", "ORG")]
    found = entities(finalize_mentions(raw, text, ""))
    assert "Democrats Congress" not in found and found.get("Congress") == "ORG"


def test_films_cars_and_protocols_are_no_laws() -> None:
    text = ("Fans watched Kill Bill and Sister Act before driving a Honda Accord over "
            "Internet Protocol.")
    raw = [tag(text, "Kill Bill", "WORK_OF_ART"), tag(text, "Sister Act", "WORK_OF_ART"),
           tag(text, "Honda Accord", "PRODUCT"), tag(text, "Internet Protocol", "ORG")]
    assert "LAW" not in set(entities(finalize_mentions(raw, text, "")).values())


def test_a_name_ending_on_a_title_word_is_no_office() -> None:
    assert office_only("Prime Minister") and office_only("Senate Majority Leader")
    assert not office_only("Stephen King") and not office_only("Burger King")
    assert untitled_name("Carole King Ann Lee") == "Carole King Ann Lee"
    assert untitled_name("Crown Prince Ann Lee") == "Ann Lee"
