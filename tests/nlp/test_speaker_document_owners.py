"""A document named by its noun alone ("the report said") speaks for the organisation
whose document the passage named it as ("The FIFA report says ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Mention
from workbench.nlp.speaker_document_owners import document_owner, spoken_through

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "The Halvorsen Commission report says the club paid two agents. Coach Lena Ortiz "
    "was fined. The players were accused of misconduct, the report said."
)


def _mention(name: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(name, start + 1)
    return Mention(start, start + len(name), name, label, name)


def test_a_bare_report_is_the_organisations_named_with_it_before() -> None:
    mentions = [_mention("Halvorsen Commission", "ORG"), _mention("Lena Ortiz", "PERSON")]
    start = TEXT.index("the report said")
    found = document_owner("the report", start, mentions, TEXT)
    assert found is not None and found.entity == "Halvorsen Commission"


def test_no_owner_written_before_the_noun_no_organisation() -> None:
    mentions = [_mention("Lena Ortiz", "PERSON")]
    start = TEXT.index("the report said")
    assert document_owner("the report", start, mentions, TEXT) is None
    text = "Amnesty sent observers. A report was published. Abuse was common, the report said."
    amnesty = Mention(0, 7, "Amnesty", "ORG", "Amnesty")
    assert document_owner("the report", text.index("the report"), [amnesty], text) is None
    assert document_owner("the lawyer", start, [_mention("Halvorsen Commission", "ORG")],
                          TEXT) is None


def test_the_quote_a_bare_report_makes_is_the_organisations(nlp: Language) -> None:
    text = (
        "A new UNICEF report says that schools in the region lack clean water. "
        'Girls miss "up to a week of classes every month," the report said.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker for q in quotes] == ["UNICEF"]


class _NoSlices(list):
    """Mentions that refuse to be sliced (a slice copies every mention before a quote)."""

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        assert not isinstance(key, slice), "sliced the mentions"
        return list.__getitem__(self, key)


def test_the_owner_is_looked_for_without_copying_the_mentions_before() -> None:
    mentions = _NoSlices([_mention("Halvorsen Commission", "ORG"),
                          _mention("Lena Ortiz", "PERSON")])
    start = TEXT.index("the report said")
    owner = document_owner("the report", start, mentions, TEXT)
    assert owner is not None and owner.text == "Halvorsen Commission"


def test_an_organisation_that_said_it_in_a_statement_owns_the_statement() -> None:
    """ "Canada Post said on Wednesday in a statement ... "...," the statement said": the
    organisation spoke through the document (stop 47), also when the phrase comes first
    ("Hydro Manitoba, in a statement, said")."""
    for lead in (
        "Hydro Manitoba said on Wednesday in a statement",
        "Hydro Manitoba, in a statement, said",
    ):
        text = f'{lead} that crews were out. "Power is back," the statement said.'
        mentions = [Mention(0, 14, "Hydro Manitoba", "ORG", "Hydro Manitoba")]
        found = document_owner("the statement", text.index("the statement said"), mentions, text)
        assert found is not None and found.entity == "Hydro Manitoba"


def test_an_organisation_named_in_the_statement_is_no_owner() -> None:
    text = 'Hydro Manitoba lost power in a storm. "Crews are out," the statement said.'
    mentions = [Mention(0, 14, "Hydro Manitoba", "ORG", "Hydro Manitoba")]
    assert document_owner("the statement", text.index("the statement said"), mentions, text) is None


def test_a_joint_statement_of_two_organisations_has_no_one_owner() -> None:
    """ "Acme Corp and Beta Inc said in a statement": the statement is both companies',
    so "the statement said" speaks for neither alone (not the nearer Beta Inc)."""
    text = (
        "Acme Corp and Beta Inc said in a statement on Tuesday that they would merge. "
        '"The deal is final," the statement said.'
    )
    mentions = [Mention(0, 9, "Acme Corp", "ORG", "Acme Corp"),
                Mention(14, 22, "Beta Inc", "ORG", "Beta Inc")]
    assert document_owner("the statement", text.index("the statement said"), mentions, text) is None

    text = ('Ford and the UAW said in a joint statement that talks ended. "We agree," the '
            "statement said.")
    mentions = [Mention(0, 4, "Ford", "ORG", "Ford"), Mention(13, 16, "UAW", "ORG", "UAW")]
    assert document_owner("the statement", text.index("the statement said"), mentions, text) is None


def test_a_relative_clause_between_the_organisation_and_said_in_a_statement() -> None:
    text = ("Corvane Systems, which makes payroll software for 900 schools, said in a statement "
            "that no data had been taken. Staff were told to change passwords, the statement said.")
    corvane = Mention(0, 15, "Corvane Systems", "ORG", "Corvane Systems")
    found = document_owner("the statement", text.index("the statement said"), [corvane], text)
    assert found is corvane
    far = ("Corvane Systems, which makes payroll software. Schools said in a statement that "
           "none had paid. Staff were told to change passwords, the statement said.")
    assert document_owner("the statement", far.index("the statement said"), [corvane], far) is None


@pytest.mark.parametrize(
    "text",
    [
        "Critics of Meta, which owns Facebook and Instagram, said in a statement that the"
        " platforms had failed. \u201cChildren were harmed for years,\u201d the statement said.",
        "Parents of pupils at Ridgeway Academy, which closed in June, said in a statement that"
        " the trust had failed them. \u201cOur children were let down,\u201d the statement said.",
        "Critics of Meta said in a statement that the platforms had failed. \u201cChildren were"
        " harmed for years,\u201d the statement said.",
        "Supporters of the Green Party, which lost every seat, said in a statement that the"
        " count was flawed. \u201cThousands of votes went missing,\u201d the statement said.",
        "A lawyer for Halden Shipping said in a statement that the crew had been paid."
        " \u201cEvery wage was settled in full,\u201d the statement said.",
    ],
    ids=["critics of, which", "parents of pupils at", "critics of", "supporters of the",
         "a lawyer for"],
)
def test_an_organisation_after_of_for_or_at_owns_no_statement(nlp: Language, text: str) -> None:
    """The statement is the phrase's head's ("Critics of Meta ... said in a statement")."""
    assert [q.speaker for q in direct(analyse(nlp, text))] == [None]


def test_an_organisation_issuing_a_statement_with_three_words_before_its_noun() -> None:
    """ "X issued a special weather statement": up to three words stand before the noun."""
    text = ('Prairie Weather Canada issued a special blowing snow statement for the region. '
            '"Travel may be hazardous," the statement said.')
    mentions = [Mention(0, 22, "Prairie Weather Canada", "ORG", "Prairie Weather Canada")]
    found = document_owner("the statement", text.index("the statement said"), mentions, text)
    assert found is not None and found.entity == "Prairie Weather Canada"


def test_an_organisation_further_on_in_the_clause_a_statement_opens_is_no_owner() -> None:
    """ "In a statement Friday, X said that the contractor, Y, had ...": the statement is X's,
    who opens the clause, not Y's, named inside what X said."""
    text = ('In a statement Friday, Harbourline said that the contractor, Pellworth Group, had '
            'added crews. "We expect the work done by May," the statement said.')
    owner = Mention(23, 34, "Harbourline", "ORG", "Harbourline")
    named = text.index("Pellworth Group")
    builder = Mention(named, named + 15, "Pellworth Group", "ORG", "Pellworth Group")
    found = document_owner(
        "the statement", text.index("the statement said"), [owner, builder], text)
    assert found is not None and found.entity == "Harbourline"


def test_a_statement_dated_with_its_year_still_introduces_its_owner() -> None:
    text = ('In a statement released Nov. 10, 2026, the Harbour Authority urged calm. '
            '"No ships are at risk," the statement said.')
    at = text.index("Harbour Authority")
    mentions = [Mention(at, at + 17, "Harbour Authority", "ORG", "Harbour Authority")]
    found = document_owner("the statement", text.index("the statement said"), mentions, text)
    assert found is not None and found.entity == "Harbour Authority"


def _spans(text: str, *speakers: tuple[str, str]) -> list[tuple[int, int, str]]:
    """Resolved speaker spans at the first place each phrase is written."""
    return [(text.index(p), text.index(p) + len(p), entity) for p, entity in speakers]


def test_a_response_the_speaker_opened_its_clause_with_is_that_speakers() -> None:
    text = ("In a written response to questions, the department said the change would save "
            "money. Critics disagreed. \"The Secretary is confident,\" the response said.")
    spoken = _spans(text, ("the department", "Interior Department"))
    at = text.index("the response")
    assert spoken_through("the response", at, spoken, text) == "Interior Department"


def test_an_email_a_person_spoke_through_is_that_persons_after_an_apposition() -> None:
    text = ("Maria Lund, the city's chief engineer, said in an email that work had resumed. "
            "\"We expect the lanes to reopen in June,\" the email said.")
    spoken = _spans(text, ("Maria Lund", "Maria Lund"))
    assert spoken_through("the email", text.index("the email"), spoken, text) == "Maria Lund"


def test_a_document_no_speaker_spoke_through_is_no_ones() -> None:
    text = ("Maria Lund said the lanes would reopen. An email sent to residents on Friday "
            "disagreed. \"Work is suspended,\" the email said.")
    spoken = _spans(text, ("Maria Lund", "Maria Lund"))
    assert spoken_through("the email", text.index("the email"), spoken, text) is None
    assert spoken_through("the building", text.index("the email"), spoken, text) is None


def test_the_quote_a_response_makes_is_the_body_that_answered(nlp: Language) -> None:
    text = (
        "The Interior Department plans to close 14 regional offices by next summer.\n\n"
        "In a written response to questions, the department said the change would save "
        'about $60 million. "The Secretary believes these offices can serve the public '
        'better from fewer locations," the response said.'
    )
    speakers = [q.speaker for q in direct(analyse(nlp, text))]  # the model's "The ..."
    assert [(s or "").removeprefix("The ") for s in speakers] == ["Interior Department"]


def test_a_second_document_of_the_kind_brought_in_between_is_no_ones() -> None:
    letter = ("Union president Dana Moore said in a letter to members that the vote would be "
              "held Friday. The company answered on Thursday with a letter of its own to every "
              "employee. \"We value every worker,\" the letter said.")
    email = ("Chief engineer Maria Lund said in an email that the beam was sound. City "
             "officials released another email on Friday, sent by a contractor in 2020. "
             "\"The beam is fine for now,\" the email said.")
    reply = ("In a written response, the ministry said the pipeline was safe. Two farmers "
             "sent replies of their own to the regulator. \"No leak was found,\" the reply said.")
    for text, phrase, speaker in ((letter, "the letter", "Dana Moore"),
                                  (email, "the email", "Maria Lund"),
                                  (reply, "the reply", "the ministry")):
        spoken = _spans(text, (speaker, speaker))
        assert spoken_through(phrase, text.rindex(phrase), spoken, text) is None


def test_the_same_document_named_again_still_speaks_for_its_writer() -> None:
    text = ("Union president Dana Moore said in a letter to members that the vote would be "
            "held Friday. In the letter, she also thanked the night shift. That letter went "
            "out on Monday. \"We will not be divided,\" the letter said.")
    spoken = _spans(text, ("Dana Moore", "Dana Moore"))
    at = text.index("the letter said")
    assert spoken_through("the letter", at, spoken, text) == "Dana Moore"


def test_a_letter_cited_after_another_one_arrived_has_no_speaker(nlp: Language) -> None:
    text = (
        "Nurses' union leader Ellen Park said in a letter to members that a strike vote "
        "would be held on Friday. Hartwell Hospital replied on Wednesday with a letter of "
        'its own to every nurse. "We have offered the best raise in a decade," the letter '
        "said."
    )
    assert [q.speaker for q in direct(analyse(nlp, text))][-1] == "Hartwell Hospital"


def _mentions_in(text: str, *named: tuple[str, str]) -> list[Mention]:
    """Mentions at the first place each name is written, sorted by start."""
    found = [Mention(text.index(n), text.index(n) + len(n), n, label, n) for n, label in named]
    return sorted(found, key=lambda m: m.start)


def test_a_letter_an_organisation_answered_with_is_that_organisations() -> None:
    text = ("Union president Dana Moore said in a letter to members that the vote would be "
            "held Friday. Hartwell Hospital replied on Wednesday with a letter of its own. "
            "\"We offered a fair raise,\" the letter said.")
    mentions = _mentions_in(text, ("Dana Moore", "PERSON"), ("Hartwell Hospital", "ORG"))
    owner = document_owner("the letter", text.index("the letter said"), mentions, text)
    assert owner is not None and owner.entity == "Hartwell Hospital"


def test_an_answering_letter_followed_by_another_is_no_organisations() -> None:
    text = ("Hartwell Hospital replied on Wednesday with an email to every nurse. The union "
            "sent another email on Thursday. \"Talks are over,\" the email said.")
    mentions = _mentions_in(text, ("Hartwell Hospital", "ORG"))
    assert document_owner("the email", text.index("the email said"), mentions, text) is None
    assert document_owner("the memoir", text.index("the email said"), mentions, text) is None


def test_an_email_cited_after_officials_released_another_has_no_speaker(nlp: Language) -> None:
    text = (
        "Chief engineer Maria Lund said in an email that the crack had been found in 2019. "
        "City officials released another email on Friday, sent by a contractor in 2020. "
        '"The beam is fine and needs no repair," the email said.'
    )
    assert [q.speaker for q in direct(analyse(nlp, text))][-1] is None


def test_a_statement_dated_with_its_weekday_still_introduces_its_owner() -> None:
    """ "In a statement issued Friday, Oct. 3, the X said": the weekday's comma is the
    date's, not a clause's."""
    text = ('In a statement issued Friday, Oct. 3, the Harbour Authority said the terminal '
            'would close for two weeks. "We will reopen when it is safe," the statement said.')
    at = text.index("Harbour Authority")
    mentions = [Mention(at, at + 17, "Harbour Authority", "ORG", "Harbour Authority")]
    found = document_owner("the statement", text.index("the statement said"), mentions, text)
    assert found is not None and found.entity == "Harbour Authority"


def test_a_report_cited_after_another_report_came_in_between_is_no_ones() -> None:
    owned = ("The NCAA report says the program broke four rules. A second report, written "
             "for the players' union, found only two. \"The violations were minor,\" the "
             "report said.")
    issued = ("The Harbour Authority issued a statement on Monday. The ferry workers' union "
              "put out a statement of its own. \"Service resumes Friday,\" the statement said.")
    for text, name, phrase in ((owned, "NCAA", "the report"),
                               (issued, "Harbour Authority", "the statement")):
        at = text.index(name)
        mentions = [Mention(at, at + len(name), name, "ORG", name)]
        assert document_owner(phrase, text.rindex(phrase), mentions, text) is None


def test_the_same_report_cited_again_is_still_its_owners() -> None:
    text = ("The NCAA report says the program broke four rules. The report was sent to the "
            "school on Friday. The coaches are accused of failing to report the payments. "
            "\"The violations were serious,\" the report said.")
    mentions = [Mention(4, 8, "NCAA", "ORG", "NCAA")]
    found = document_owner("the report", text.rindex("the report"), mentions, text)
    assert found is not None and found.entity == "NCAA"
