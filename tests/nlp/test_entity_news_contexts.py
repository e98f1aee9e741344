"""Entity mistakes seen when reading unseen news as a new user would: a person the model
calls an organisation, articles and markup glued to a name, common phrases taken for names.

Hand-made mentions (as the small model tags them) go through the whole-document pass.
"""

from __future__ import annotations

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.consistency import vote_labels
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_appositions import role_after


def test_a_role_after_the_name_makes_a_person_and_its_surname_follows() -> None:
    text = ("Dana Okafor Reyes, Ontario's governor, quit on Friday. "
            "Reyes thanked voters in Toronto.")
    raw = [tag(text, "Dana Okafor Reyes", "ORG"), tag(text, "Reyes", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Dana Okafor Reyes"] == "PERSON"
    text = "Lena Varga Holm, the former chairman of the bank, resigned. Holm left."
    raw = [tag(text, "Lena Varga Holm", "ORG"), tag(text, "Holm", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Lena Varga Holm"] == "PERSON"


def test_who_or_his_after_a_company_or_outlet_leaves_it_an_organisation() -> None:
    for text, name in (("Bloomberg, who broke the news, said the deal was off.", "Bloomberg"),
                       ("The court heard that Veltrix hired his brother in 2019.", "Veltrix"),
                       ("Agence Nord-Presse, who first reported it, said so.",
                        "Agence Nord-Presse")):
        raw = [tag(text, name, "ORG")]
        assert entities(finalize_mentions(raw, text, "")) == {name: "ORG"}, text


def test_an_organisation_announcing_its_plans_stays_an_organisation() -> None:
    text = "Veltrix Systems announced its results. Analysts hired her."
    raw = [tag(text, "Veltrix Systems", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Veltrix Systems": "ORG"}


def test_a_lowercase_article_is_not_part_of_the_name() -> None:
    text = "A crowd looted a Corner Pharmacy, and Holt intercepted a Rafe Dimmock pass."
    raw = [tag(text, "a Corner Pharmacy", "ORG"), tag(text, "a Rafe Dimmock", "PERSON")]
    assert {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))} == {
        "Corner Pharmacy", "Rafe Dimmock"}


def test_a_capital_a_initial_is_kept() -> None:
    text = "Coach A. J. Smith said the team was ready."
    raw = [tag(text, "A. J. Smith", "PERSON")]
    assert {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))} == {
        "A. J. Smith"}


def test_markup_closed_before_a_word_is_cut_off() -> None:
    text = 'He said "Vamos." ((es))Spanish language: the original words.'
    raw = [tag(text, "es))Spanish", "NORP")]
    assert {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))} == {
        "Spanish"}
    text = "The band (from Leeds) played."
    raw = [tag(text, "Leeds)", "GPE")]
    assert {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))} == {"Leeds"}


def test_a_name_without_a_capital_is_a_common_phrase() -> None:
    text = "Coach Ivo Marsh signed undrafted rookie running back Joel Park. I told the ref."
    raw = [tag(text, "undrafted rookie running", "GPE"), tag(text, "ref", "ORG"),
           tag(text, "Joel Park", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"Joel Park": "PERSON"}


def test_an_all_lowercase_text_keeps_its_names() -> None:
    text = "chat log: met joel park in leeds today"
    raw = [tag(text, "joel park", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"joel park": "PERSON"}


def test_the_first_of_two_surnames_alone_is_the_person() -> None:
    text = ("Marta Quiroga Beltrán, the governor, resigned. Quiroga said she was leaving. "
            "Critics said Quiroga had failed.")
    raw = [tag(text, "Marta Quiroga Beltrán", "PERSON"), tag(text, "Quiroga", "ORG"),
           tag(text, "Quiroga", "ORG", 1)]
    found = {(m.text, m.label) for m in finalize_mentions(raw, text, "") if m.field == "text"}
    assert ("Quiroga", "PERSON") in found
    assert ("Quiroga", "ORG") not in found


def test_a_family_name_inside_a_suffixed_name_is_no_surname() -> None:
    text = ("Chairman Arlo Benedict Thibodeaux Jr. spoke on Monday. "
            "Thibodeaux shares fell. Thibodeaux cut jobs.")
    raw = [tag(text, "Arlo Benedict Thibodeaux Jr.", "PERSON"), tag(text, "Thibodeaux", "ORG", 1),
           tag(text, "Thibodeaux", "ORG", 2)]
    voted = vote_labels(raw, text)
    assert {m.label for m in voted if m.text == "Thibodeaux"} == {"ORG"}


def test_a_brand_followed_by_who_stays_an_organisation() -> None:
    text = "Skyrail, which flies cargo, and VelTanker, who retains the rights, signed."
    raw = [tag(text, "VelTanker", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"VelTanker": "ORG"}


def test_a_place_and_a_plural_is_a_team_not_a_person() -> None:
    text = "The Jacksonville Jaguars lost again, and the Cayman Islands voted."
    raw = [tag(text, "Jacksonville Jaguars", "PERSON"), tag(text, "Cayman Islands", "GPE")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Jacksonville Jaguars": "ORG", "Cayman Islands": "GPE"}


def test_a_person_whose_given_name_is_a_small_town_is_no_team() -> None:
    text = "The defence was praised by Roy Williams."
    raw = [tag(text, "Roy Williams", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"Roy Williams": "PERSON"}


def test_a_bare_role_before_a_comma_names_a_person() -> None:
    text = "Foreign Ministry spokesperson, Hollis Wren, denied the report on Monday."
    raw = [tag(text, "Hollis Wren", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Hollis Wren": "PERSON"}
    text = "Sales rose in March, Veltrix Systems reported."
    raw = [tag(text, "Veltrix Systems", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Veltrix Systems": "ORG"}


def test_a_role_after_an_opening_phrase_is_the_subjects_not_the_names() -> None:
    for text, name in (
            ("Speaking to Nordpress, the president of the league said the vote was rigged.",
             "Nordpress"),
            ("The state sends 84 delegates. According to KRVN, former Vice President Ada "
             "Brandt leads the count.", "KRVN"),
            ("Writing in the Courier, the chairman of the board said so.", "Courier")):
        raw = [tag(text, name, "ORG")]
        assert entities(finalize_mentions(raw, text, "")) == {name: "ORG"}, text


def test_a_closed_role_after_an_opening_phrase_is_the_names_apposition() -> None:
    text = ("The senator died on Monday. According to Mara Quist, his former spokeswoman, "
            "he died at home.")
    raw = [tag(text, "Mara Quist", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Mara Quist": "PERSON"}


def test_a_new_clause_after_the_comma_is_no_apposition() -> None:
    text = ("The council held talks in Dunmore, and sent Secretary of State Ada Brandt to "
            "Lisbon. Dunmore welcomed her.")
    raw = [tag(text, "Dunmore", "GPE"), tag(text, "Dunmore", "GPE", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Dunmore"] == "GPE"


def test_a_role_in_apposition_after_a_name_inside_a_sentence_still_names_a_person() -> None:
    text = "Voters in the north backed Lena Varga Holm, the former chairman of the bank."
    raw = [tag(text, "Lena Varga Holm", "ORG")]
    assert entities(finalize_mentions(raw, text, ""))["Lena Varga Holm"] == "PERSON"


def test_the_city_of_a_town_is_a_place_whatever_the_model_read() -> None:
    text = ("The seat is centred on the city of Wendabrook. Wendabrook voters go to the "
            "polls on Saturday.")
    raw = [tag(text, "Wendabrook", "ORG"), tag(text, "Wendabrook", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Wendabrook"] == "GPE"
    text = "Riots spread from the neighbourhood of Kallori, where police fired tear gas."
    raw = [tag(text, "Kallori", "PERSON")]
    assert entities(finalize_mentions(raw, text, ""))["Kallori"] == "GPE"


def test_a_place_after_a_role_and_a_place_is_the_places_region() -> None:
    text = "Yesterday, Lena Holm, the mayor of Portland, Oregon, ended her campaign."
    raw = [tag(text, "Lena Holm", "PERSON"), tag(text, "Portland", "PERSON"),
           tag(text, "Oregon", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Lena Holm": "PERSON", "Portland": "GPE", "Oregon": "GPE"}


def test_a_places_people_are_a_group_not_a_person_or_a_product() -> None:
    text = ("Londoners queued for hours, and one Londoner said so. Hong Kongers marched. "
            "Anna Baker spoke for the Porter family.")
    raw = [tag(text, "Londoners", "PRODUCT"), tag(text, "Londoner", "PERSON", 1),
           tag(text, "Hong Kongers", "PERSON"), tag(text, "Anna Baker", "PERSON"),
           tag(text, "Porter", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Londoner": "NORP", "Hong Kongers": "NORP",
        "Anna Baker": "PERSON", "Porter": "PERSON"}


def test_a_known_town_after_in_or_from_is_a_place_not_an_organisation() -> None:
    text = ("He was flown from Omsk to Berlin. Doctors in Omsk found nothing. According to "
            "Omsk officials, the case was closed.")
    raw = [tag(text, "Omsk", "ORG"), tag(text, "Berlin", "GPE"), tag(text, "Omsk", "ORG", 1),
           tag(text, "Omsk", "ORG", 2)]
    assert entities(finalize_mentions(raw, text, ""))["Omsk"] == "GPE"
    text = "Shares in Veltrix fell, and according to Omsk Energy, its results were poor."
    raw = [tag(text, "Veltrix", "ORG"), tag(text, "Omsk Energy", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Veltrix": "ORG", "Omsk Energy": "ORG"}


def test_every_name_a_plural_title_introduces_is_a_person() -> None:
    text = ("The bill was written by Representatives Ada Brandt, Lena Holm, and Rafe "
            "Dimmock, who chair the committees. Senators Tom Ode and Kai Varga agreed.")
    raw = [tag(text, "Ada Brandt", "PERSON"), tag(text, "Lena Holm", "PERSON"),
           tag(text, "Rafe Dimmock", "ORG"), tag(text, "Tom Ode", "PERSON"),
           tag(text, "Kai Varga", "ORG")]
    found = entities(finalize_mentions(raw, text, ""))
    assert found["Rafe Dimmock"] == "PERSON" and found["Kai Varga"] == "PERSON"
    text = "Shares of Veltrix Systems and Nordbank rose."
    raw = [tag(text, "Veltrix Systems", "ORG"), tag(text, "Nordbank", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Veltrix Systems": "ORG", "Nordbank": "ORG"}


def test_a_long_title_case_run_before_a_name_is_read_in_linear_time() -> None:
    """Imported text is untrusted: a headline set in Title Case (or a run of capitalised
    words) between a plural word and a name must not make the titled-list reading
    backtrack over every way of grouping those words into names."""
    import time

    from workbench.nlp.entity_appositions import in_titled_list

    text = "Voters " + "Ab " * 26 + "say Ada Brandt won."
    mention = tag(text, "Ada Brandt", "PERSON")
    began = time.perf_counter()
    assert not in_titled_list(mention, text)
    assert time.perf_counter() - began < 1.0
    listed = "Senators Ada Brandt, Lena Holm and Kai Varga agreed."
    assert in_titled_list(tag(listed, "Kai Varga", "ORG"), listed)


def test_according_to_keeps_a_source_named_like_a_town_an_organisation() -> None:
    """"to Omsk" makes the gazetteer's town a place; "according to Omsk" names a source
    that speaks, whatever its case, so the model's organisation stands."""
    for text, label in (("The figures are wrong, he wrote to Omsk.", "GPE"),
                        ("The figures are wrong, according to Omsk.", "ORG"),
                        ("According\u00a0to Omsk, the figures are wrong.", "ORG")):
        assert entities(finalize_mentions([tag(text, "Omsk", "ORG")], text, "")) == {
            "Omsk": label}


def test_a_role_noun_set_off_after_a_name_makes_a_person() -> None:
    """ "X, an analyst at ...": what a person does, set off after a name the model read as
    a company (a hyphenated given name); a company set off by a noun no person is stays one."""
    text = ("Jean-Sébastien Ouimet, an analyst at Laurentian Capital, cut his target. "
            "Ouimet expects slower sales.")
    raw = [tag(text, "Jean-Sébastien Ouimet", "ORG"), tag(text, "Ouimet", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, ""))["Jean-Sébastien Ouimet"] == "PERSON"
    text = "Veltrix Systems, a supplier of parts to the plant, cut its forecast."
    raw = [tag(text, "Veltrix Systems", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Veltrix Systems": "ORG"}


def test_a_role_a_company_or_a_gang_can_hold_set_off_after_its_name_leaves_it_one() -> None:
    """ "X, the defendant in the case," or "X, the victim of a ransomware attack,": a
    company, a utility or a gang is a defendant, a victim or a suspect as often as a
    person, so only a job a person alone holds votes for one."""
    for text, name in (
            ("Halvern Oil, the defendant in the case, denied any wrongdoing. "
             "Halvern Oil said it would appeal the ruling.", "Halvern Oil"),
            ("Tidewater Power, the victim of a ransomware attack in March, warned customers. "
             "Tidewater Power said 280,000 accounts were exposed.", "Tidewater Power"),
            ("Iron Crows, the suspect in several of the killings according to police, held "
             "a rally. Police said the Iron Crows had been watched since 2019.", "Iron Crows")):
        raw = [tag(text, name, "ORG"), tag(text, name, "ORG", 1)]
        assert entities(finalize_mentions(raw, text, "")) == {name: "ORG"}, text


def test_a_job_set_off_after_a_name_with_an_organisations_head_is_no_persons() -> None:
    """ "X Legal Group, the lawyer for the family,": a name whose own head word is an
    organisation's is no person, whatever job follows it."""
    text = ("Harbourside Legal Group, the lawyer for the family, filed the claim on Monday. "
            "Mara Quill, the lawyer for the city, declined to comment.")
    firm, person = tag(text, "Harbourside Legal Group", "ORG"), tag(text, "Mara Quill", "ORG")
    assert (role_after(firm, text), role_after(person, text)) == (False, True)
