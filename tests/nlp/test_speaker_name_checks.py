"""Review findings on the stop-56 speaker rules (issue 15): a common noun opening its
sentence is no untagged company ("Revenue posted a gain ... the company said"), and a
body's post ("the NDP leader") is only a person the text writes with that body.
Sentences written for these tests; hand-made mentions.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Mention
from workbench.nlp.speaker_antecedent_descriptions import described_antecedent
from workbench.nlp.speaker_body_epithets import body_post_person
from workbench.nlp.speaker_roles import TitledPeople
from workbench.nlp.speaker_untagged_businesses import untagged_business


def _mention(text: str, name: str, label: str = "PERSON", entity: str | None = None) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, label, entity or name)


def _entity(found: Mention | None) -> str | None:
    return None if found is None else found.entity


# --- a common noun opening its sentence is no company -------------------------------------

@pytest.mark.parametrize(("text", "phrase", "allowed"), [
    ('Shopify reported a loss on Tuesday. Revenue posted a 20 per cent gain in the '
     'quarter.\n\n"We are still growing," the company said.', "the company", {"Shopify", None}),
    ('Shopify reported a loss on Tuesday. Sales posted a 20 per cent gain in the '
     'quarter.\n\n"We are still growing," the company said.', "the company", {"Shopify", None}),
    ('WestJet cancelled 200 flights on Monday as a storm hit Toronto. Travellers posted '
     'photos of long lines.\n\n"Safety comes first," the airline said.', "the airline",
     {"WestJet", None}),
    ('Wall Street stock indexes fell on Monday. Traders sold.\n\n"It was a rough day," '
     "the firm said.", "the firm", {None}),
    # variants: a plural of a noun opening its sentence, a place's shares
    ('Profits posted a record on Friday.\n\n"We did well," the company said.',
     "the company", {None}),
    ('Customers cancelled orders after the recall.\n\n"We are sorry," the retailer said.',
     "the retailer", {None}),
    ('Toronto shares rose on Friday.\n\n"We did well," the company said.',
     "the company", {None}),
])
def test_a_common_noun_or_market_is_no_untagged_company(
    text: str, phrase: str, allowed: set[str | None]
) -> None:
    assert _entity(untagged_business(phrase, text.rindex(phrase), [], text)) in allowed


def test_a_word_the_text_also_writes_in_lowercase_is_no_company() -> None:
    """ "Growth posted" mid-paragraph is the common noun the text writes as "growth"."""
    text = ('Growth posted a gain while growth elsewhere slowed.\n\n"We did well," the '
            "company said.")
    assert untagged_business("the company", text.rindex("the company"), [], text) is None


def test_it_said_after_a_common_noun_is_no_company() -> None:
    text = ('Shopify reported a loss. Revenue posted a gain. The company blamed weak '
            'demand. "We remain confident," it said.')
    found = described_antecedent("The company", text.rindex("it said"), [], text)
    assert _entity(found) in {"Shopify", None}


def test_a_brand_opening_its_sentence_is_still_the_company() -> None:
    text = 'Lululemon posted a record quarter. "Demand was strong," the company said.'
    assert _entity(untagged_business("the company", text.rindex("the company"), [], text)) \
        == "Lululemon"


@pytest.mark.parametrize(("text", "company"), [
    ('Apple posted a loss in its services unit on Thursday.\n\n"We expected a hard '
     'quarter," the company said. Apple Inc. said it would keep buying back shares.', "Apple"),
    ('Staples cut 500 jobs at its head office on Monday.\n\n"This was a hard decision," '
     "the company said. Staples' chief executive wrote to staff.", "Staples"),
    ('Apple posted a loss on Thursday.\n\n"We expected a hard quarter," the company said. '
     "Shares of Apple fell 3 per cent after the bell.", "Apple"),
])
def test_a_brand_that_is_a_common_noun_is_the_company_the_text_names_as_one(
    text: str, company: str
) -> None:
    """A common noun opening its sentence is a company where the text also writes it with
    a company's cue: its legal form, its chief executive, shares of it."""
    found = untagged_business("the company", text.index("the company"), [], text)
    assert _entity(found) == company


def test_a_common_noun_with_no_company_cue_stays_declined() -> None:
    text = ('Apple posted a loss on Thursday.\n\n"We expected a hard quarter," the company '
            "said. Apple pie sales fell too.")
    assert untagged_business("the company", text.index("the company"), [], text) is None


# --- a body's post is a person written with that body -------------------------------------

@pytest.mark.parametrize(("text", "name", "phrase"), [
    ('Liberal MP John McKay defended the bill in the House on Monday.\n\n"This is a '
     'disgrace," the NDP leader said.', "John McKay", "the NDP leader"),
    ('Prime Minister Justin Trudeau defended the carbon tax in Regina on Monday.\n\n'
     '"Families are paying more," the Conservative leader said in Ottawa.',
     "Justin Trudeau", "the Conservative leader"),
    ('Auston Matthews scored twice for Toronto on Saturday.\n\n"We got lucky," the Oilers '
     "captain said.", "Auston Matthews", "the Oilers captain"),
    # variant: a body written after the name, but another one
    ('Jagmeet Singh, the NDP leader, spoke in Ottawa.\n\n"We will vote no," the Liberal '
     "leader said.", "Jagmeet Singh", "the Liberal leader"),
])
def test_a_body_s_post_is_nobody_the_text_does_not_write_with_that_body(
    text: str, name: str, phrase: str
) -> None:
    found = body_post_person(phrase, text.rindex(phrase), [_mention(text, name)], text)
    assert found is None


@pytest.mark.parametrize(("text", "name", "phrase"), [
    ('NDP Leader Jagmeet Singh spoke in Ottawa.\n\n"We will vote no," the NDP leader '
     "said.", "Jagmeet Singh", "the NDP leader"),
    ('Jagmeet Singh, the NDP leader, spoke in Ottawa.\n\n"We will vote no," the NDP '
     "leader said.", "Jagmeet Singh", "the NDP leader"),
    ('Connor McDavid of the Oilers scored twice.\n\n"It was a team effort," the Oilers '
     "captain said.", "Connor McDavid", "the Oilers captain"),
    ('Maple Leafs captain Auston Matthews scored twice.\n\n"We got lucky," the Maple '
     "Leafs captain said.", "Auston Matthews", "the Maple Leafs captain"),
])
def test_a_body_s_post_is_the_person_written_with_that_body(
    text: str, name: str, phrase: str
) -> None:
    found = body_post_person(phrase, text.rindex(phrase), [_mention(text, name)], text)
    assert _entity(found) == name


# --- a title written as the noun goes before one that only maps to it ---------------------

@pytest.mark.parametrize(("text", "names", "phrase", "want"), [
    ('Judge Emmet Sullivan ruled on Monday that the case must go on. In a separate filing, '
     'Supreme Court Justice Neil Gorsuch wrote that the law was clear.\n\n"The government '
     'has not met its burden," the judge wrote.', ("Emmet Sullivan", "Neil Gorsuch"),
     "the judge", "Emmet Sullivan"),
    # variant: the Justice named first, the judge after
    ('Justice Sheilah Martin wrote for the majority. Judge Anne Molloy heard the trial.\n\n'
     '"The evidence was thin," the judge said.', ("Sheilah Martin", "Anne Molloy"),
     "the judge", "Anne Molloy"),
    # "the justice" is the Justice, not the judge
    ('Judge Emmet Sullivan ruled on Monday. Justice Neil Gorsuch wrote that the law was '
     'clear.\n\n"The law is clear," the justice wrote.', ("Emmet Sullivan", "Neil Gorsuch"),
     "the justice", "Neil Gorsuch"),
])
def test_a_title_written_as_the_noun_goes_first(
    text: str, names: tuple[str, ...], phrase: str, want: str
) -> None:
    titles = TitledPeople([_mention(text, name) for name in names], text)
    assert titles.holder(phrase, text.rindex(phrase)) == want
