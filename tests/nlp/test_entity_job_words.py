"""A job word opening a sentence stays out of a person's name (issue 15, session 52).

Hand-made model mentions: the model takes "Striker" in "Striker José Peñalver signed"
into the PERSON span, and the app then showed a person "Striker José Peñalver". Job
words that are also names ("Baker Mayfield") keep their place unless the text writes
the word in lowercase too.
"""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def _entity_of(text: str, name: str) -> str:
    """The entity the model's person mention ``name`` ends up named as."""
    found = body(finalize_mentions([tag(text, name, "PERSON")], text, "News"))
    return next(entity for written, entity, _label in found if written == name)


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Striker José Peñalver signed a new deal. Peñalver was happy.",
     "Striker José Peñalver", "José Peñalver"),
    ("Chef Paris Kingsley opened her third restaurant. Kingsley was happy.",
     "Chef Paris Kingsley", "Paris Kingsley"),
    ("Footballer Kwame Osei scored twice. Osei was happy.",
     "Footballer Kwame Osei", "Kwame Osei"),
    ("The storm came. Skipper Bill Tremayne kept the boats in. Tremayne was right.",
     "Skipper Bill Tremayne", "Bill Tremayne"),
    ("Judge Roy Moore ruled on Monday. Moore was firm.", "Judge Roy Moore", "Roy Moore"),
    ("Baker Anna Lund opened at dawn. The baker sold out. Lund was happy.",
     "Baker Anna Lund", "Anna Lund"),
    # what a local story calls the people it quotes (stop 56): no job, no name either
    ("The river rose. Neighbour Bill Thompson saw it. Thompson was scared.",
     "Neighbour Bill Thompson", "Bill Thompson"),
    ("Witness Tom Healy called 911. Healy was shaken.", "Witness Tom Healy", "Tom Healy"),
])
def test_a_job_word_opening_a_sentence_is_not_part_of_the_name(
    text: str, name: str, want: str
) -> None:
    assert _entity_of(text, name) == want


@pytest.mark.parametrize(("text", "name"), [
    # a job word that is also a name, the text never writing it in lowercase
    ("Baker Mayfield Jones threw three touchdowns on Sunday.", "Baker Mayfield Jones"),
    ("Mason Greenwood Hall scored on Sunday.", "Mason Greenwood Hall"),
    # one word left: a two-word name
    ("Baker Mayfield threw three touchdowns on Sunday.", "Baker Mayfield"),
    # not at a sentence start: the capital is the name's
    ("The award went to Chef Paris Kingsley on Friday.", "Chef Paris Kingsley"),
])
def test_a_name_a_job_word_opens_is_kept_where_the_text_does_not_show_the_job(
    text: str, name: str
) -> None:
    assert _entity_of(text, name) == name
