"""A company read as a place and a product read as a person, told by the words around them."""

from __future__ import annotations

import pytest

from workbench.core.models import Mention
from workbench.nlp.entity_context_kinds import company_words, relabel_by_context


def mentions_of(text: str, name: str, label: str) -> list[Mention]:
    found, start = [], text.find(name)
    while start >= 0:
        found.append(Mention(start, start + len(name), name, label, name))
        start = text.find(name, start + 1)
    return found


def labels(text: str, name: str, label: str) -> set[str]:
    return {m.label for m in relabel_by_context(mentions_of(text, name, label), text)}


def test_a_place_with_a_chief_executive_or_a_ticker_is_a_company() -> None:
    assert labels("Zentrix said so. Zentrix CEO Ann Lee agreed.", "Zentrix", "GPE") == {"ORG"}
    assert labels("Intel and Zentrix (ZNTX) rose.", "Zentrix", "GPE") == {"ORG"}
    assert labels("He sold shares of Zentrix today.", "Zentrix", "LOC") == {"ORG"}


def test_a_known_place_keeps_its_label() -> None:
    assert labels("Germany CEO pay rose.", "Germany", "GPE") == {"GPE"}
    assert labels("Zentrix is a town. Many live in Zentrix.", "Zentrix", "GPE") == {"GPE"}


def test_a_one_word_person_with_a_version_or_a_product_noun_is_a_product() -> None:
    assert labels("Users of Quillo 3.5 can update. Quillo is fast.", "Quillo", "PERSON") \
        == {"PRODUCT"}
    assert labels("The Quillo browser crashed.", "Quillo", "PERSON") == {"PRODUCT"}
    assert labels("They downloaded Quillo to laptops.", "Quillo", "PERSON") == {"PRODUCT"}


@pytest.mark.parametrize("text", [
    "Users of Quillo reported crashes on Monday.",
    "Quillo users can switch at once.",
    "The Quillo update fixed the flaw.",
    "An update to Quillo fixed the flaw.",
    "Most schools upgraded to Quillo last year.",
])
def test_a_one_word_person_its_users_or_updates_name_is_a_product(text: str) -> None:
    assert labels(text, "Quillo", "PERSON") == {"PRODUCT"}


def test_a_person_who_speaks_stays_a_person_whatever_else_the_text_says() -> None:
    assert labels("Users of Quillo agreed. Quillo said he was glad.", "Quillo", "PERSON") \
        == {"PERSON"}
    assert labels("Quillo, who wrote it, asked users of Quillo to wait.", "Quillo",
                  "PERSON") == {"PERSON"}
    assert labels("Supporters of Quillo cheered as Quillo spoke.", "Quillo", "PERSON") \
        == {"PERSON"}


def test_a_familiar_platform_read_as_a_person_is_a_product_with_no_word_of_what_it_is() -> None:
    assert labels("Vim, bash and Git of course.", "Git", "PERSON") == {"PRODUCT"}
    assert labels("Windows said no such thing.", "Windows", "PERSON") == {"PERSON"}
    assert labels("Vim, bash and Quillo of course.", "Quillo", "PERSON") == {"PERSON"}


def test_a_platform_or_a_product_read_as_an_unknown_place_is_a_product() -> None:
    assert labels("It runs on Linux and BSD.", "Linux", "GPE") == {"PRODUCT"}
    assert labels("Users of Quillo reported crashes.", "Quillo", "GPE") == {"PRODUCT"}
    assert labels("Users of Paris reported crashes.", "Paris", "GPE") == {"GPE"}
    assert labels("They moved to Quillo last year.", "Quillo", "GPE") == {"GPE"}


def test_scores_counts_and_titled_people_are_no_product() -> None:
    assert labels("Federer won 6-4 as Quillo 6-3 lost.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("Quillo 20 goals so far.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("Mr. Quillo spoke. Quillo 3.5 is his.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("Quillo said the numbers rose.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("Two versions of Quillo's story.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("The board installed Quillo as chair.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("The army installed Quillo in power.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("Updates for Quillo came late.", "Quillo", "PERSON") == {"PERSON"}
    assert labels("A Quillo installation drew crowds.", "Quillo", "PERSON") == {"PERSON"}


def test_a_place_put_in_the_news_is_no_product() -> None:
    assert labels("Updates for Quillo residents came late.", "Quillo", "GPE") == {"GPE"}


def test_a_language_before_a_persons_noun_is_a_nationality() -> None:
    text = "English drummer Tom Vale died. French officials and a Welsh poet came."
    found = relabel_by_context([*mentions_of(text, "English", "LANGUAGE"),
                                *mentions_of(text, "French", "LANGUAGE")], text)
    assert {m.label for m in found} == {"NORP"}


def test_a_language_used_as_one_stays_a_language() -> None:
    for text in ("Ana is an English teacher.", "She spoke English better than him.",
                 "They answered in English and French.", "Most English speakers agreed."):
        assert labels(text, "English", "LANGUAGE") == {"LANGUAGE"}, text


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("A wet English summer ended.", "English", "NORP"),
        ("Trucks queued at the French border.", "French", "NORP"),
        ("The sign used Chinese characters.", "Chinese", "LANGUAGE"),
        ("Greek letters name the storms.", "Greek", "LANGUAGE"),
    ],
)
def test_a_language_before_a_lower_case_er_noun(text: str, name: str, label: str) -> None:
    """Not only people nouns: "English summer", "French border" take the word as the
    country's adjective, a nationality and never the language; the letters a language is
    written in ("Chinese characters", "Greek letters") are the language's own."""
    assert labels(text, name, "LANGUAGE") == {label}


def test_a_nationality_before_the_word_language_is_the_language() -> None:
    text = "Spanish language: hola. Spanish troops left."
    found = relabel_by_context(mentions_of(text, "Spanish", "NORP"), text)
    assert [m.label for m in found] == ["LANGUAGE", "NORP"]


def test_a_store_after_the_is_a_company_not_a_person() -> None:
    text = "Buy it from Zentrix's Gadget Store. The Gadget Store sells 900 apps."
    assert labels(text, "Gadget Store", "PERSON") == {"ORG"}
    assert labels("Norway's Kari Store spoke.", "Kari Store", "PERSON") == {"PERSON"}


def test_a_platform_word_that_is_part_of_a_person_s_full_name_stays_a_person() -> None:
    """Person evidence wins over the platform list: "Safari" beside "Safari Jones said"."""
    text = "Safari Jones said the plan would fail. Later Safari was not convinced."
    full = Mention(0, 12, "Safari Jones", "PERSON", "Safari Jones")
    bare_start = text.index("Safari", 1)
    bare = Mention(bare_start, bare_start + 6, "Safari", "PERSON", "Safari")
    assert [m.label for m in relabel_by_context([full, bare], text)] == ["PERSON", "PERSON"]
    assert labels("Later Safari was not convinced.", "Safari", "PERSON") == {"PRODUCT"}


def test_a_bare_name_with_a_company_s_shares_or_dealers_is_a_company_word() -> None:
    """What a company has right after a bare name ("Ford shares", "Ford's chief
    executive"); "shares" as a verb or a person's holding ("Smith's shares") is none."""
    text = ("Ford shares fell. Henry Ford's heir spoke. Ford dealers met. Ford's chief "
            "executive left. Harrison Ford shares his memories. Smith's shares rose.")
    found = company_words(
        [*mentions_of(text, "Ford", "ORG"), *mentions_of(text, "Smith", "ORG")], text)
    assert found == frozenset({"Ford"})
    verb_only = "Harrison Ford shares his memories. Smith's shares rose."
    assert company_words([*mentions_of(verb_only, "Ford", "ORG"),
                          *mentions_of(verb_only, "Smith", "ORG")], verb_only) == frozenset()


@pytest.mark.parametrize(("text", "name"), [
    ("Apps ship through the online Mac Tool Store from July.", "Mac Tool Store"),
    ("Songs sold on Zentrix's online Tune Store rose.", "Tune Store"),
    ("Sales at the popular Quillo Shop fell.", "Quillo Shop"),
])
def test_a_store_after_its_article_or_owner_and_a_modifier_is_a_company(
        text: str, name: str) -> None:
    assert labels(text, name, "PERSON") == {"ORG"}


def test_a_person_named_store_after_a_persons_noun_stays_a_person() -> None:
    text = "Norway's foreign minister Jonas Gahr Store said so."
    assert labels(text, "Jonas Gahr Store", "PERSON") == {"PERSON"}


@pytest.mark.parametrize("text", [
    "The phone developed by Zentrix sold well.",
    "The trademark belongs to Zentrix, a court said.",
])
def test_an_unknown_place_that_makes_or_owns_things_is_a_company(text: str) -> None:
    assert labels(text, "Zentrix", "GPE") == {"ORG"}
    assert labels(text.replace("Zentrix", "Germany"), "Germany", "GPE") == {"GPE"}


def test_a_name_before_a_place_noun_is_a_place() -> None:
    assert labels("A fire broke out in the Varel Bagh area of the city.", "Varel Bagh",
                  "PERSON") == {"GPE"}
    assert labels("Protesters formed in Seattle's Harrow Hill neighborhood. Harrow Hill "
                  "emptied later.", "Harrow Hill", "ORG") == {"GPE"}


def test_a_name_before_a_place_noun_that_speaks_stays_a_person() -> None:
    text = "Talks covered the Varel area. Varel said the area was calm."
    assert labels(text, "Varel", "PERSON") == {"PERSON"}


def test_a_body_before_area_that_acts_elsewhere_or_an_acronym_is_no_place() -> None:
    """Issue 15: a club the text writes as winning, or an acronym, is no neighbourhood."""
    text = ("Salah was brought down in the Marlow area in the second half. Marlow won "
            "the match 2-1.")
    assert labels(text, "Marlow", "ORG") == {"ORG"}
    text = "Ministers discussed security in the QSCE area. The QSCE sent observers."
    assert labels(text, "QSCE", "ORG") == {"ORG"}
    assert labels("A fire broke out in the Varel area.", "Varel", "ORG") == {"GPE"}


def test_a_name_before_a_regions_kind_is_a_place() -> None:
    assert labels("Floods cut roads in Korvan province on Tuesday. Korvan has no power.",
                  "Korvan", "PERSON") == {"GPE"}
    assert labels("Shelling hit the Dravet region overnight. Dravet has been dark since March.",
                  "Dravet", "ORG") == {"GPE"}
    assert labels("A bomb in Halden district killed four.", "Halden", "PERSON") == {"GPE"}


def test_a_person_before_plural_districts_stays_a_person() -> None:
    """Review: "Biden districts" are districts a person won, not a place named Biden."""
    text = ("Republicans need to win Halvorsen districts in New York and California to keep "
            "the House. Halvorsen has campaigned in three of them this month.")
    assert labels(text, "Halvorsen", "PERSON") == {"PERSON"}


def test_a_company_before_a_place_noun_that_modifies_a_job_stays_a_company() -> None:
    """Review: "a Kroger district manager" manages a company's district."""
    text = ("A Brantley district manager told workers the store would close. Brantley "
            "confirmed the closure in an email.")
    assert labels(text, "Brantley", "ORG") == {"ORG"}
    text = "The Brantley area manager quit. Her store reopened in May."
    assert labels(text, "Brantley", "ORG") == {"ORG"}


def test_a_name_before_a_place_noun_with_a_companys_words_elsewhere_is_no_place() -> None:
    text = "Vans idled outside the Brantley county depot. Brantley shares fell 3%."
    assert labels(text, "Brantley", "ORG") == {"ORG"}
    text = "Crews worked in Brantley county overnight. Brantley shares fell 3%."
    assert labels(text, "Brantley", "ORG") == {"ORG"}
