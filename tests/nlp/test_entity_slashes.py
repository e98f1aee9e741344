"""A person the model reads across a slash is cut to the name before it (issue 15, dev9:
a broadcaster's caption "David Soares/Albany County District Attorney:" made the person
"David Soares/Albany County District")."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def test_a_caption_person_is_cut_at_the_slash_and_the_surname_resolves_to_it() -> None:
    text = (
        "The sheriff says the case is strong.\n\nMary Chen/Albany County Sheriff: The "
        "evidence will speak for itself. Chen spoke after the hearing."
    )
    raw = [tag(text, "Mary Chen/Albany County", "PERSON"), tag(text, "Chen", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Mary Chen", "Mary Chen", "PERSON") in found
    assert ("Chen", "Mary Chen", "PERSON") in found


def test_a_single_word_before_the_slash_is_left_alone() -> None:
    text = "Reporting by Chen/Albany Bureau on Monday."
    raw = [tag(text, "Chen/Albany Bureau", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert not any(surface == "Chen" for surface, _, _ in found)


def test_two_peoples_surnames_joined_by_a_slash_are_the_two_people() -> None:
    text = ("Howie Brandt chose Angela De Voss as his running mate. "
            "The Brandt/De Voss ticket is on the ballot in 30 states.")
    raw = [tag(text, "Howie Brandt", "PERSON"), tag(text, "Angela De Voss", "PERSON"),
           tag(text, "Brandt/De Voss", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Brandt", "Howie Brandt", "PERSON") in found
    assert ("De Voss", "Angela De Voss", "PERSON") in found
    assert not any("/" in surface for surface, _, _ in found)


def test_a_slashed_pair_that_names_no_person_of_the_article_stays() -> None:
    text = "Howie Brandt praised the Red Hat/IBM deal."
    raw = [tag(text, "Howie Brandt", "PERSON"), tag(text, "Red Hat/IBM", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Red Hat/IBM", "Red Hat/IBM", "ORG") in found


def test_a_name_is_cut_before_a_spaced_dash_and_a_known_name_after_it_comes_back() -> None:
    text = ("Seats won: Harbour Party - 203, Valley Party - 48. Veltrix is a maker based in "
            "East Dunmore - Veltrix. Its rival, Rolls-Royce, is based in Derby. Veltrix sued.")
    raw = [tag(text, "Harbour Party - 203", "ORG"), tag(text, "Valley Party - 48", "ORG"),
           tag(text, "Veltrix", "ORG"), tag(text, "East Dunmore - Veltrix", "GPE"),
           tag(text, "Rolls-Royce", "ORG"), tag(text, "Veltrix", "ORG", 2)]
    found = body(finalize_mentions(raw, text, ""))
    assert {("Harbour Party", "Harbour Party", "ORG"), ("Valley Party", "Valley Party", "ORG"),
            ("East Dunmore", "East Dunmore", "GPE"), ("Rolls-Royce", "Rolls-Royce", "ORG")} <= found
    assert [m.label for m in finalize_mentions(raw, text, "")
            if m.start == text.index("Veltrix.")] == ["ORG"]


def test_one_word_on_each_side_of_a_spaced_hyphen_stays_one_name() -> None:
    text = "Shoppers at Wal - Mart and Labour - 203 seats."
    raw = [tag(text, "Wal - Mart", "ORG"), tag(text, "Labour - 203", "ORG")]
    found = {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))}
    assert "Wal - Mart" in found
    assert "Labour" in found
