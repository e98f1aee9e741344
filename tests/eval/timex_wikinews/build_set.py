"""Write expressions.jsonl: the hand-checked Wikinews time-expression set (see ATTRIBUTION.md).

Values were decided by hand from the article's date and a calendar (the weekday checks
below guard typing slips); this script only serialises them, it never runs the normaliser.
Run: python tests/eval/timex_wikinews/build_set.py
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

W = "https://en.wikinews.org/wiki/"
# (article, published, sentence, [(expression, value)], [spans not scored: durations, ages])
ITEMS = [
    ("Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead", "2019-01-04",
     "An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of "
     "Russia.", [("Monday", "2018-12-31")], []),
    ("Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead", "2019-01-04",
     "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended "
     "their work yesterday.", [("yesterday", "2019-01-03")], []),
    ("U.S._House_issues_subpoena_to_secretary_of_state_as_special_envoy_to_Ukraine_resigns",
     "2019-09-30",
     "Friday, the United States House of Representatives issued a subpoena for documents from "
     "Secretary of State Mike Pompeo.", [("Friday", "2019-09-27")], []),
    ("Actor_Doris_Day_dies_at_97", "2019-05-16",
     "US singer, actor, and animal rights advocate Doris Day died on Monday at her home in "
     "Carmel Valley, California.", [("Monday", "2019-05-13")], []),
    ("Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway", "2020-01-10",
     "At about 15:30 local time (1430 UTC) on Tuesday a fire was reported in the \"Kiss & Fly\" "
     "section of a parking structure at Stavanger Airport, Sola in Norway.",
     [("15:30 local time", "2020-01-07T15:30"), ("1430 UTC", "2020-01-07T14:30Z"),
      ("Tuesday", "2020-01-07")], []),
    ("Catalonia_apartment_block_fire_kills_three,_injures_sixteen", "2019-01-07",
     "An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around "
     "ten kilometres from Barcelona.", [("Saturday morning", "2019-01-05TMO")], []),
    ("US_Supreme_Court_overturns_fraud_convictions_in_Kelly_v._United_States", "2020-05-08",
     "In September 2013, for four days, traffic \"ground to a halt\" at part of the George "
     "Washington Bridge.", [("September 2013", "2013-09")], ["four days"]),
    ("Polish_leader_Jaroslaw_Kaczynski_promises_stricter_punishments_for_child_abusers",
     "2019-05-15",
     "On Sunday, Polish leader Jarosław Kaczyński of the conservative Law and Justice Party "
     "publicly declared intent to impose stricter punishment for child sexual abuse.",
     [("Sunday", "2019-05-12")], []),
    ("Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78",
     "2019-01-22",
     "Former United States Central Intelligence Agency agent Tony Mendez died Saturday, aged 78, "
     "at a Frederick, Maryland assisted living facility.", [("Saturday", "2019-01-19")],
     ["aged 78"]),
    ("Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue", "2019-10-02",
     "For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed "
     "a live round on a protester yesterday.", [("yesterday", "2019-10-01")],
     ["the sixteen weeks"]),
    ("Bernie_Sanders_wins_2020_Northern_Mariana_Islands_US_Democratic_presidential_caucus",
     "2020-03-15",
     "According to the National Conference of State Legislatures, the Democratic Party is "
     "scheduled to continue its primary season on March 17, with primary elections in Florida, "
     "Illinois, Ohio, and Arizona.", [("March 17", "2020-03-17")], []),
    ("Toronto%27s_Anime_North_2019_brings_thousands_of_fans_together", "2019-05-31",
     "Many thousands of anime and manga fans descended on the Toronto Congress Centre for Anime "
     "North, a fan-run convention launched in 1997.", [("1997", "1997")], []),
    ("Hundreds_arrested_for_%27dark_web%27_child_porn_by_international_task_force", "2019-10-17",
     "Yesterday, authorities in the United Kingdom and the United States announced that 337 "
     "suspected users in 38 countries were arrested.", [("Yesterday", "2019-10-16")], []),
    ("Guitarist_Eddie_Van_Halen_dies,_aged_65", "2020-10-08",
     "Edward Lodewijk \"Eddie\" Van Halen, lead guitarist of US rock band Van Halen, died Tuesday "
     "at age 65 following an extended battle with throat cancer.", [("Tuesday", "2020-10-06")],
     ["age 65"]),
    ("UK_Supreme_Court_rules_prorogation_of_parliament_unlawful", "2019-09-24",
     "Today at 10:30 BST (0930 UTC), the Supreme Court of the United Kingdom issued a ruling on "
     "the prorogation of the Parliament of the United Kingdom until October 14.",
     [("Today", "2019-09-24"), ("10:30 BST", "2019-09-24T10:30"),
      ("0930 UTC", "2019-09-24T09:30Z"), ("October 14", "2019-10-14")], []),
    ("Former_president_of_France_Jacques_Chirac_dies_aged_86", "2019-09-26",
     "This morning Jacques Chirac, who served as President of France for twelve years, died at "
     "home in Paris, France, surrounded by family.", [("This morning", "2019-09-26TMO")],
     ["twelve years"]),
    ("Iraqi_Parliament_votes_for_expulsion_of_United_States_troops", "2020-01-06",
     "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.",
     [("last week", "2020-W01")], []),
    ("Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway", "2020-01-10",
     "The car was recalled after a similar fire in Cork, Ireland in August last year, causing "
     "damage to about 60 cars.", [("August last year", "2019-08")], []),
    ("200_in_New_Delhi,_India_drink_cow_urine_to_fight_off_COVID-19", "2020-03-17",
     "Similar sentiment was shared by a Minister of Legislative Assembly from Assam earlier this "
     "month.", [("earlier this month", "2020-03")], []),
    ("SpaceX_successfully_launches_its_first_crewed_spaceflight", "2020-05-31",
     "Boeing's first crewed mission is reportedly expected to launch next year.",
     [("next year", "2021")], []),
    ("Chilean_authorities_report_first_COVID-19_outbreak_in_Antarctica", "2020-12-26",
     "With this outbreak, the Antarctic continent became the last continent to report cases of "
     "what the World Health Organization declared a pandemic earlier this year.",
     [("earlier this year", "2020")], []),
    ("Louisiana_declares_state_of_emergency_as_Tropical_Storm_Barry_approaches_U.S._coast",
     "2019-07-12",
     "The city of New Orleans already sustained heavy rains earlier this week, with flooding.",
     [("earlier this week", "2019-W28")], []),
    ("Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng", "2020-10-22",
     "Born in Vietnam and migrated to Australia with parent in the 1990s.",
     [("the 1990s", "199")], []),
    ("Wikinews_discusses_DRM_and_DMCA_with_Richard_Stallman_after_GitHub_re-enables_public_access_to_youtube-dl",
     "2020-11-17",
     "Well, non-free software started to exist in the 1960s at least maybe in the 1950s.",
     [("the 1960s", "196"), ("the 1950s", "195")], []),
    ("Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London", "2020-02-05",
     "The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after "
     "being released from prison a week ago.", [("a week ago", "2020-01-29")], ["20"]),
    ("Bloomberg,_Warren_end_US_presidential_campaigns_following_Super_Tuesday", "2020-03-06",
     "\"Three months ago,\" he said, \"I entered the race for President to defeat Donald Trump.\"",
     [("Three months ago", "2019-12")], []),
    ("Joe_Biden_wins_2020_South_Carolina_US_Democratic_presidential_primary", "2020-03-02",
     "According to the National Conference of State Legislatures, the next primary election for "
     "either the Democratic or Republican Party is scheduled for tomorrow.",
     [("tomorrow", "2020-03-03")], []),
    ("Sultan_Qaboos_of_Oman_dies", "2020-01-12",
     "He had recently had health problems, reportedly colon cancer.",
     [("recently", "PAST_REF")], []),
    ("Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days",
     "2020-03-04",
     "Abortion of pregnancy is currently illegal in the Catholic-majority country.",
     [("currently", "PRESENT_REF")], []),
    ("Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews",
     "2020-04-14",
     "I got my green card last summer.", [("last summer", "2019-SU")], []),
    ("Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng", "2020-10-22",
     "Just like the Spanish Flu that shaped the 20th century, COVID-19 is shaping our time and "
     "the city is ill prepared for the post COVID world.", [("the 20th century", "19")], []),
    ("Wikinews_interviews_Phil_Collins,_U.S._Prohibition_Party_presidential_nominee", "2020-10-22",
     "It reached its height of popularity during the late nineteenth century.",
     [("the late nineteenth century", "18")], []),
    ("Scientists_report_correlation_between_locations_of_Easter_Island_statues_and_water_resources",
     "2019-01-12",
     "The earliest moai date to the 13th century.", [("the 13th century", "12")], []),
    ("Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join",
     "2020-01-10",
     "The May 2019 map of gas routes by Gas Infrastructure Europe draws the pipeline between the "
     "Aphrodite gas field and Thesprotia, Greece.", [("May 2019", "2019-05")], []),
    ("British_mathematician_Richard_K._Guy_dies_at_103", "2020-03-12",
     "In October 2016, the university celebrated Guy's 100th birthday.",
     [("October 2016", "2016-10")], []),
    ("British_supermarket_chain_Tesco_to_sell_its_Polish_branch_to_Salling_Group_A/S", "2020-06-21",
     "Deutsche Welle (DW) reported in mid-2019, 62 Tesco outlets had closed within a year.",
     [("mid-2019", "2019")], ["within a year", "a year"]),
    ("Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join",
     "2020-01-10",
     "On last Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh "
     "trilateral summit, that time in Athens, to sign an agreement to construct the EastMed "
     "pipeline by 2025.", [("last Thursday", "2020-01-02"), ("2025", "2025")], []),
    ("Stores_in_Australia_lower_toilet_paper_limits_per_transaction", "2020-03-13",
     "Recycled toilet paper producer Who Gives a Crap said on last Wednesday they'd run out of "
     "stock.", [("last Wednesday", "2020-03-11")], []),
    ("Puerto_Rico_governor_announces_resignation_following_protests", "2019-07-28",
     "Ricardo Llerandi, Rosselló's chief of staff, also announced his resignation effective next "
     "Wednesday, July 31.", [("next Wednesday, July 31", "2019-07-31")], []),
    ("Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews",
     "2020-07-07",
     "And of course, this system is a cornerstone, and we'll probably observe more systems like "
     "AB Aurigae in the future.", [("the future", "FUTURE_REF")], []),
    ("Three_children_seriously_injured_as_bus_hits_bridge_in_Winchester,_England", "2020-09-10",
     "Three children were taken to hospital after a bus crashed into a tunnel in Winchester, "
     "Hampshire, England at about 8:10 am this morning.",
     [("8:10 am this morning", "2020-09-10T08:10")], []),
    ("Florida_highway_pileup,_fire_kills_five_children,_two_truck_drivers", "2019-01-05",
     "The state had lanes closed last night as it worked to repair the damaged surface.",
     [("last night", "2019-01-04TNI")], []),
    ("Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage", "2019-01-14",
     "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, "
     "was stabbed last night whilst on stage at a fundraising event.",
     [("last night", "2019-01-13TNI")], []),
    ("SpaceX_successfully_launches_its_first_crewed_spaceflight", "2020-05-31",
     "SpaceX successfully launched its first crewed mission at 1922 UTC yesterday from Kennedy "
     "Space Center in Florida.", [("1922 UTC", "2020-05-30T19:22Z"), ("yesterday", "2020-05-30")],
     []),
    ("Astronomer_tells_Wikinews_about_discovery_of_closest_black_hole_known_so_far", "2020-05-22",
     "A study published in journal Astronomy & Astrophysics last month reported astronomers "
     "discovered a black hole in the Telescopium constellation.", [("last month", "2020-04")], []),
    ("US_Representative_Elijah_Cummings_dies_at_age_68", "2019-10-18",
     "Early yesterday morning, United States Representative Elijah Cummings died while in hospice "
     "care.", [("Early yesterday morning", "2019-10-17TMO")], []),
    ("German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler", "2019-02-12",
     "German migrant marine rescue charity Sea-Eye on Sunday renamed their ship after Alan Kurdi, "
     "a three-year-old Syrian child who drowned offshore of Turkey.", [("Sunday", "2019-02-10")],
     ["three-year-old"]),
    ("Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng", "2020-10-22",
     "The Lord Mayor election in the Australian city is scheduled to take place this week.",
     [("this week", "2020-W43")], []),
    ("Chilean_authorities_report_first_COVID-19_outbreak_in_Antarctica", "2020-12-26",
     "On Sunday, Chilean military authorities reported 36 infections with COVID-19 at General "
     "Bernardo O'Higgins Riquelme Base.", [("Sunday", "2020-12-20")], []),
    ("Hong_Kong_protesters_surround_downtown_police_complex", "2019-06-23",
     "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and helmets "
     "gathered around Hong Kong's principal police complex.", [("Friday", "2019-06-21")], []),
    ("Bernie_Sanders_wins_2020_Nevada_caucuses", "2020-02-23",
     "In Iowa, caucuses where held on February 3, and in New Hampshire, a primary election was "
     "held on February 11.", [("February 3", "2020-02-03"), ("February 11", "2020-02-11")], []),
    ("US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress",
     "2019-07-20",
     "On June 12, minutes before the Oversight Committee voted to refer them to the full House, "
     "Trump formally claimed the documents were subject to executive privilege.",
     [("June 12", "2019-06-12")], ["minutes"]),
    ("Coalition_authorities_report_no_casualties_from_missile_strike_on_Iraqi_air_base",
     "2019-11-10",
     "On Friday, the Combined Joint Task Force released a statement saying an attack that day on "
     "an Iraqi air base caused no casualties.",
     [("Friday", "2019-11-08"), ("that day", "2019-11-08")], []),
    ("South_African_%27Lion_Man%27_killed_by_his_lions", "2019-08-22",
     "Leon van Biljon, owner of Mahala View Lion Lodge near Pretoria, South Africa, was killed by "
     "his lions on Tuesday.", [("Tuesday", "2019-08-20")], []),
    ("SpaceX_Crew_Dragon_capsule_docks_with_International_Space_Station", "2019-03-05",
     "On Sunday, the SpaceX Crew Dragon capsule successfully docked with the International Space "
     "Station in orbit around the Earth.", [("Sunday", "2019-03-03")], []),
    ("Florida_frog_skull_survey_shows_spikes,_say_scientists", "2020-03-26",
     "In a new study released by the Florida Museum of Natural History on Monday, scientists "
     "report spiky skulls evolved at least 25 separate times in different kinds of frogs.",
     [("Monday", "2020-03-23")], []),
    ("Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27", "2019-01-23",
     "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation.",
     [("Monday", "2019-01-21")], []),
    ("SARS-CoV-2_surpasses_one_million_confirmed_infections_in_the_United_States", "2020-04-29",
     "The United States has the highest number of known infections, as of yesterday.",
     [("yesterday", "2020-04-28")], []),
    ("Puerto_Rico%27s_governor_Rossell%C3%B3_resigns,_new_governor_sworn_in", "2019-08-04",
     "If the Senate does not confirm me, I will be governor until next Wednesday.",
     [("next Wednesday", "2019-08-07")], []),
    ("On_the_campaign_trail_in_the_USA,_July_2020", "2020-08-31",
     "Trump encouraged public schools to reopen classes in-person at summer's end.",
     [("summer's end", "2020-SU")], []),
]
WEEKDAY_CHECKS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
                  "Saturday": 5, "Sunday": 6}


def _check(expression: str, value: str) -> None:
    """A weekday's value must fall on that weekday (guards typing slips)."""
    for name, number in WEEKDAY_CHECKS.items():
        if name.lower() in expression.lower() and len(value) >= 10:
            assert dt.date.fromisoformat(value[:10]).weekday() == number, (expression, value)


def main() -> None:
    lines = []
    for article, published, sentence, expressions, ignored in ITEMS:
        for text, value in expressions:
            assert text in sentence, text
            _check(text, value)
        lines.append(json.dumps({
            "url": W + article, "published": published, "sentence": sentence,
            "expressions": [{"text": t, "value": v} for t, v in expressions],
            "ignore": ignored}, ensure_ascii=False))
    target = Path(__file__).with_name("expressions.jsonl")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(ITEMS)} sentences, {sum(len(i[3]) for i in ITEMS)} expressions -> {target}")


if __name__ == "__main__":
    main()
