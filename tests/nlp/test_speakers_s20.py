"""Speakers, session 20: a role "for" a body given after a name, and "he" after a quote
that opens its sentence.

Sentences written for the test: "X, spokesman for the armed forces," gives X the title
"spokesman" (the body after "for" is whom the role serves, not part of the title), so the
name is a person's whatever the model read; and in `X said the army had not fired. "...,"
he said.` the pronoun goes on with X, the statement just before, rather than with the
person the parse offers from further back.
"""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import mention_of
from workbench.core.models import Quote
from workbench.nlp.entity_appositions import role_after
from workbench.nlp.quotes import attach_speakers
from workbench.nlp.speaker_role_titles import title_after

_SPOKESMAN = "Rami Adeyemi, spokesman for the country's armed forces, said the army held back."


def test_role_for_a_body_after_a_name_is_a_title() -> None:
    mention = mention_of(_SPOKESMAN, "Rami Adeyemi", "ORG")
    role = title_after(_SPOKESMAN, mention)
    assert role is not None
    assert role.title == "spokesman"
    assert role_after(mention, _SPOKESMAN)


def test_role_at_a_body_and_a_place_after_of_still_read() -> None:
    text = "Lena Fischer, the director at the city museum, said it would reopen."
    role = title_after(text, mention_of(text, "Lena Fischer", "PERSON"))
    assert role is not None
    assert role.title == "director"
    text = "Amir Haddad, the governor of Kassala, said the roads were closed."
    role = title_after(text, mention_of(text, "Amir Haddad", "PERSON"))
    assert role is not None
    assert (role.title, role.place) == ("governor", "kassala")


def test_no_role_in_a_clause_after_the_name() -> None:
    text = "Lena Fischer, who voted for the plan at the meeting, said it would pass."
    assert title_after(text, mention_of(text, "Lena Fischer", "PERSON")) is None


def _he_after_quote(text: str, hint: str) -> Quote:
    """The last quote of ``text`` (its last '"..."' pair), credited to "he" right after it,
    with the parse's ``hint``."""
    end = text.rindex('"') + 1
    start = text.rindex('"', 0, end - 1)
    he = text.index("he said", end)
    return Quote(start, end, text[start:end], "direct", hint, "he", he, he + 2, cue="said")


def _rami_reported(text: str) -> Quote:
    """Rami Adeyemi's reported speech: from after "said" to the end of its sentence."""
    said = text.index("said the army")
    rami = text.index("Rami Adeyemi")
    stop = text.index(". ", said)
    return Quote(
        said + 5, stop, text[said + 5 : stop], "indirect",
        None, "Rami Adeyemi", rami, rami + 12, cue="said",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Tomas Varga blamed the army for the fire. Rami Adeyemi said the army had not "
            'fired on the camp. "We respect the law of nations," he said.',
            "Rami Adeyemi",
            id="he-after-an-opening-quote-is-who-just-spoke",
        ),
        pytest.param(
            "Rami Adeyemi said the army had not fired. Later Tomas Varga, asked about the "
            'fire, told reporters "it was an accident" as he said goodbye.',
            "Tomas Varga",
            id="he-inside-a-sentence-keeps-the-parse-hint",
        ),
        pytest.param(
            "Tomas Varga blamed the army for the fire. Rami Adeyemi said the army had not "
            'fired on the camp. "We respect the law of nations. We never fire on camps. '
            'It is impossible," he said.',
            "Rami Adeyemi",
            id="he-after-several-sentences-is-who-spoke-before-it",
        ),
    ],
)
def test_he_after_a_quote(text: str, speaker: str) -> None:
    """The parse offers Tomas Varga; "he" opening no new sentence after the quote goes on
    with Rami Adeyemi's statement just before, unless the quote sits inside a sentence."""
    names = sorted(["Tomas Varga", "Rami Adeyemi"], key=text.index)
    mentions = [mention_of(text, name, "PERSON") for name in names]
    quote = _he_after_quote(text, "Tomas Varga")
    _, resolved = attach_speakers([_rami_reported(text), quote], mentions, text)
    assert resolved.speaker == speaker
