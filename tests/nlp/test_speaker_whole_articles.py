"""Speakers in shapes that whole articles bring and short passages do not (issue 15,
session 57: the ``articles_ca`` batch of ``tests/eval/patterns_gold``).

Why: a whole scraped article puts page furniture between its paragraphs ("Story
continues below advertisement"), names a speaker paragraphs before a pronoun or a role
noun ("the coach") stands for them, and mixes people with teams and agencies. The
passages here are written for this test (invented people, real outlets only as frames)
and each tries one such shape; none is copied from the gold articles.
"""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import canonical_speaker, passage_param

pytestmark = pytest.mark.slow  # the passages run through the whole pipeline

#: (headline, text, words opening the quotation, canonical speaker wanted, why it still
#: fails or None).
PASSAGES = [
    # A furniture line between a named speaker and the pronoun's paragraph is no subject.
    ('Tenants fight eviction',
     'Maria Lopez, who has rented in the tower since 2001, said the eviction notice came '
     'without warning.\n\nStory continues below advertisement\n\n"I have nowhere else to '
     'go," she said.',
     'I have nowhere else', 'Maria Lopez', None),
    ('Arena vote delayed',
     'Coun. Peter Vasko said the arena deal was rushed through in a single evening.\n\n'
     'Story continues after this advertisement\n\n"Nobody has seen the contract," he said.',
     'Nobody has seen the contract', 'Peter Vasko', None),
    # The person the pronoun stands for is named just before the quotation, in a phrase
    # the model read as a place.
    ('Pensioner fights rent increase',
     'Ingrid Haugen has lived in the building for 31 years.\n\nNadia Okoye, who chairs '
     "the tenants' union, said she has gathered 200 signatures against the increase.\n\n"
     'The landlord did not respond to a request for comment.\n\nFor Haugen, the hearing '
     'is a month away.\n\n"They will have to drag me out of this place," she said.',
     'They will have to drag', 'Ingrid Haugen',
     'a surname the model read as a place, named just before the quotation, is not taken '
     'over the last person named as a subject (taking it cost a Wikinews dev7 speaker)'),
    # A role two people hold ("the coach" of a game story naming both teams' coaches):
    # the one named in the paragraph just before.
    ('Flames beat Canucks',
     'Flames head coach Doug Barlow said his team was sharp from the opening faceoff.\n\n'
     '"We played the right way for 60 minutes," Barlow said.\n\nCanucks head coach '
     'Pierre Lemaire said his team never found its legs.\n\n"We were a step behind all '
     'night," Lemaire said.\n\nBarlow was asked whether the rookie would stay in the '
     'lineup.\n\n"He has given us no reason to take him out," the coach said.',
     'He has given us no reason', 'Doug Barlow', None),
    # Only a holder named as a clause's subject counts: one named after a preposition
    # is the paragraph's topic, often the "him" the other holder speaks of.
    ('Coach retires',
     'Hawks coach Dan Barlow and Eagles coach Tim Reyes shook hands at centre ice.\n\n'
     'It was the last game in charge for Barlow, who is retiring after 22 years.\n\n'
     '\u201cI will miss him. The league will miss him,\u201d the coach said.',
     'I will miss him', None, None),
    ('Tigers edge Lions',
     'Lions coach Ray Dunn and Tigers coach Sam Holt met at midfield before kickoff.\n\n'
     'Sam Holt paid tribute to Dunn, who is leaving the club after nine seasons.\n\n'
     '"He built something special here," the coach said.',
     'He built something special', 'Sam Holt', None),
    ('Garage fire',
     'Mark Dunn, a 45-year-old mechanic, watched the flames from across the street. Luis '
     'Ortega, a mechanic who rents the bay next door, arrived an hour later.\n\nOrtega '
     'said he lost every tool he owned.\n\n"Thirty years of work, gone in a night," the '
     'mechanic said.',
     'Thirty years of work', 'Luis Ortega', None),
    # A label given inside a clause another speaker's verb reports: the labeller's words.
    ('Premier defies Ottawa',
     'Manitoba Premier Walter Dyck says his government will not enforce the new fuel '
     'rules, a move federal Energy Minister Paul Haldane called "a betrayal of every '
     'family in the province."\n\nDyck made the announcement Friday.',
     'a betrayal of every family', 'Paul Haldane', None),
    # A ministry's name running on over "and" to its second field, which the model tags
    # as an organisation of its own.
    ('Daycare rules',
     "Ontario's Ministry of Education and Childcare said in an email that the rules "
     '"protect workers and employers alike."',
     'protect workers and employers', 'Ministry of Education and Childcare', None),
]


@pytest.mark.parametrize(("title", "text", "opening", "want"), [passage_param(p) for p in PASSAGES])
def test_canonical_speaker_in_a_whole_article_shape(
    title: str, text: str, opening: str, want: str | None
) -> None:
    assert canonical_speaker(title, text, opening) == want


@pytest.mark.parametrize(("text", "ministry"), [
    ("Lawyers for the Department of Justice and Treasury officials met on Monday to "
     "discuss the case.", "Department of Justice"),
    ("The shipment was seized by the Department of Homeland Security and Customs "
     "officers at the border.", "Department of Homeland Security"),
])
def test_a_ministry_and_a_body_of_its_own_stay_two(text: str, ministry: str) -> None:
    from workbench.nlp.pipeline import analyze_document  # noqa: PLC0415 - loads the model

    names = {m.entity for m in analyze_document("Case", text).mentions if m.label == "ORG"}
    assert ministry in names


def test_a_ministry_and_a_company_stay_two() -> None:
    from workbench.nlp.pipeline import analyze_document  # noqa: PLC0415 - loads the model

    text = ("The Department of Justice and Microsoft declined to comment on the ruling, "
            "which the judge issued on Friday.")
    names = {m.entity for m in analyze_document("Ruling", text).mentions if m.label == "ORG"}
    assert "Microsoft" in names
