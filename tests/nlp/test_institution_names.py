"""An institution written "X Department" is the "Department of X" the text names in full
(issue 15: canonical speakers and entities hold on unseen news)."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of
from workbench.nlp.resolution import abbreviates, resolve


def test_inverted_institution_name_abbreviates_the_full_one() -> None:
    full = ("United", "States", "Department", "of", "State")
    assert abbreviates(("State", "Department"), full, "ORG")
    assert abbreviates(("Justice", "Ministry"), ("Ministry", "of", "Justice"), "ORG")


def test_other_heads_and_other_fields_do_not_match() -> None:
    assert not abbreviates(("State", "University"), ("University", "of", "State"), "ORG")
    assert not abbreviates(("Justice", "Department"), ("Department", "of", "State"), "ORG")


def test_short_form_resolves_to_the_full_name() -> None:
    text = "Advice came from the United States Department of State. The State Department said."
    mentions = [
        mention_of(text, "United States Department of State", "ORG"),
        mention_of(text, "State Department", "ORG"),
    ]
    resolved = resolve(mentions)
    assert [m.entity for m in resolved] == ["United States Department of State"] * 2
