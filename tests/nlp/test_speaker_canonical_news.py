"""Canonical speakers of unseen news (issue 15, stop 56): a role set off after whom it
works for ("A spokesman for the company, Ian Rourke,"), a company the model
tags nothing for ("Shopify reported a loss ... the company said"), a body's post for the
person just named ("the Liberal leader"), "the judge" for a Justice, and "it" whose
antecedent is a description ("The airline blamed ... "...," it said"). Sentences written
for these tests; hand-made mentions, so the model's reading does not decide them.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Mention
from workbench.nlp.speaker_antecedent_descriptions import described_antecedent
from workbench.nlp.speaker_body_epithets import body_post_person
from workbench.nlp.speaker_descriptions import described_entity
from workbench.nlp.speaker_roles import TitledPeople
from workbench.nlp.speaker_untagged_businesses import untagged_business


def _mention(text: str, name: str, label: str = "PERSON", entity: str | None = None) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, label, entity or name)


# --- a role set off after whom it works for ----------------------------------------------

@pytest.mark.parametrize(("text", "name", "phrase"), [
    ('A spokesman for the company, Ian Rourke, confirmed the recall. "Safety comes '
     'first," the spokesman said.', "Ian Rourke", "the spokesman"),
    ('The president of the nurses\' union, Erin Ariss, spoke at noon. "We are '
     'exhausted," the president said.', "Erin Ariss", "the president"),
    ('A spokesperson for Toronto police, Const. Victor Kwong, spoke. "We need '
     'witnesses," the spokesperson said.', "Victor Kwong", "the spokesperson"),
])
def test_a_role_set_off_after_whom_it_serves_speaks_for_the_name(
    text: str, name: str, phrase: str
) -> None:
    titles = TitledPeople([_mention(text, name)], text)
    assert titles.holder(phrase, text.rindex(phrase)) == name


def test_a_role_for_someone_without_the_comma_names_nobody() -> None:
    """ "a spokesman for the company Ian Rourke founded" does not name the spokesman."""
    text = ('A spokesman for the firm Ian Rourke founded confirmed the recall. "Safety '
            'comes first," the spokesman said.')
    titles = TitledPeople([_mention(text, "Ian Rourke")], text)
    assert titles.holder("the spokesman", text.rindex("the spokesman")) is None


# --- an untagged company ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "want"), [
    ('Shopify reported a loss on Thursday. "We remain confident," the company said.',
     "the company", "Shopify"),
    ('Shopify cut 20 per cent of its staff. "It was hard," the company said.',
     "the company", "Shopify"),
    ('WestJet cancelled 200 flights on Friday. "We apologise," the airline said.',
     "the airline", "WestJet"),
    ('Shares of Loblaw rose on Tuesday. "Our stores did well," the company said.',
     "the company", "Loblaw"),
])
def test_an_untagged_business_subject_is_the_company(text: str, phrase: str, want: str) -> None:
    found = untagged_business(phrase, text.rindex(phrase), [], text)
    assert found is not None
    assert (found.entity, found.label) == (want, "ORG")


def test_a_company_read_as_a_person_of_one_word_is_the_company() -> None:
    text = 'Lululemon reported higher sales. "Demand was strong," the company said.'
    mentions = [_mention(text, "Lululemon")]
    found = untagged_business("the company", text.rindex("the company"), mentions, text)
    assert found is not None
    assert found.entity == "Lululemon"


def test_a_person_s_surname_doing_business_is_no_company() -> None:
    """ "Smith cut 40 jobs" after "John Smith": the person's."""
    text = 'Owner John Smith spoke. Smith cut 40 jobs. "It hurt," the company said.'
    at = text.index("Smith cut")
    mentions = [_mention(text, "John Smith"), Mention(at, at + 5, "Smith", "PERSON", "John Smith")]
    assert untagged_business("the company", text.rindex("the company"), mentions, text) is None


def test_a_tagged_organisation_leaves_the_company_to_the_description_rule() -> None:
    text = 'Acme Corp. said sales rose. Shopify reported a loss. "We grew," the company said.'
    mentions = [_mention(text, "Acme Corp.", "ORG")]
    assert untagged_business("the company", text.rindex("the company"), mentions, text) is None


def test_a_verb_people_do_too_names_no_company() -> None:
    text = 'Shopify announced the cuts. "We grew," the company said.'
    assert untagged_business("the company", text.rindex("the company"), [], text) is None


# --- a body's post for the person just named ----------------------------------------------

@pytest.mark.parametrize(("text", "phrase"), [
    # the body written with the person (review of stop 56: a name alone says no body)
    ('Liberal leader Mark Carney spoke in Toronto on Friday. "We are united," the Liberal '
     "leader said.", "the Liberal leader"),
    ('Mark Carney of the Oilers scored twice for Edmonton. "It was a team effort," the '
     "Oilers captain said.", "the Oilers captain"),
])
def test_a_body_s_post_is_the_person_just_named(text: str, phrase: str) -> None:
    found = body_post_person(phrase, text.rindex(phrase), [_mention(text, "Mark Carney")], text)
    assert found is not None
    assert found.entity == "Mark Carney"


@pytest.mark.parametrize(("text", "phrase"), [
    # a coach is someone else than the player just named
    ('Mark Carney scored twice. "It was a team effort," the Oilers coach said.',
     "the Oilers coach"),
    # an unnamed holder brought in before
    ('A former Liberal leader came. Mark Carney spoke. "We are united," the Liberal leader '
     "said.", "the Liberal leader"),
    # no body named: a post anyone may hold
    ('Mark Carney spoke in Toronto. "We are united," the leader said.', "the leader"),
])
def test_a_post_open_to_others_names_nobody(text: str, phrase: str) -> None:
    mentions = [_mention(text, "Mark Carney")]
    assert body_post_person(phrase, text.rindex(phrase), mentions, text) is None


def test_a_justice_is_the_judge() -> None:
    text = ('Justice Sheilah Martin wrote for the majority. "The charter protects this '
            'right," the judge wrote.')
    titles = TitledPeople([_mention(text, "Sheilah Martin")], text)
    assert titles.holder("the judge", text.rindex("the judge")) == "Sheilah Martin"


# --- a group pronoun whose antecedent is a description ------------------------------------

@pytest.mark.parametrize(("text", "phrase", "body", "label"), [
    ('Air Canada reported a loss. The airline blamed weak demand. "We remain confident," '
     "it said.", "The airline", "Air Canada", "ORG"),
    ('The Toronto District School Board met on Monday. The board voted to close three '
     'schools. "This was hard," it said.', "The board", "Toronto District School Board",
     "ORG"),
    ('Shopify reported a loss. The company blamed weak demand. "We remain confident," it '
     "said.", "The company", "Shopify", None),
])
def test_a_description_a_group_pronoun_stands_for_is_the_body_it_describes(
    text: str, phrase: str, body: str, label: str | None
) -> None:
    mentions = [_mention(text, body, label)] if label else []
    found = described_antecedent(phrase, text.rindex("it said"), mentions, text)
    assert found is not None
    assert found.entity == body


def test_a_description_not_written_just_before_describes_nothing() -> None:
    text = ('Air Canada reported a loss. ' + "Demand fell. " * 60
            + '"We remain confident," it said.')
    mentions = [_mention(text, "Air Canada", "ORG")]
    assert described_antecedent("The airline", text.rindex("it said"), mentions, text) is None


def test_a_noun_the_model_took_into_the_name_still_describes_the_person() -> None:
    """ "[Organizer Jean Tremblay]" named Jean Tremblay: "the organizer" is that person."""
    text = ('Organizer Jean Tremblay said they wanted lower taxes. "We are drowning," the '
            "organizer said.")
    mention = _mention(text, "Organizer Jean Tremblay", entity="Jean Tremblay")
    titles = TitledPeople([mention], text)
    assert titles.holder("the organizer", text.rindex("the organizer")) == "Jean Tremblay"


def test_the_utility_is_the_business_named_before() -> None:
    """ "the utility said" after "Hydro One said 300,000 customers lost power"."""
    text = ('Hydro One said 300,000 customers lost power. "Crews are working around the '
            'clock," the utility said.')
    found = described_entity("the utility", text.rindex("the utility"),
                             [_mention(text, "Hydro One", "ORG")], text)
    assert found is not None
    assert found.entity == "Hydro One"
