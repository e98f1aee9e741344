"""Speakers, session 20: a role "for" a body given after a name, and "he" after a quote
that opens its sentence.

Sentences written for the test: "X, spokesman for the armed forces," gives X the title
"spokesman" (the body after "for" is whom the role serves, not part of the title), so the
name is a person's whatever the model read; and in `X said the army had not fired. "...,"
he said.` the pronoun goes on with X, the statement just before, rather than with the
person the parse offers from further back.
"""

from __future__ import annotations

from tests.nlp.quote_support import mention_of
from workbench.core.models import Quote
from workbench.nlp.entity_appositions import role_after
from workbench.nlp.quotes import attach_speakers
from workbench.nlp.speaker_names import title_after

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


def test_he_after_an_opening_quote_is_the_one_who_just_spoke() -> None:
    text = (
        "Tomas Varga blamed the army for the fire. Rami Adeyemi said the army had not "
        'fired on the camp. "We respect the law of nations," he said.'
    )
    quote = _he_after_quote(text, "Tomas Varga")
    said = text.index("said the army")
    reported = Quote(
        said + 5, text.index('. "'), text[said + 5 : text.index('. "')], "indirect",
        None, "Rami Adeyemi", text.index("Rami"), text.index("Rami") + 12, cue="said",
    )
    mentions = [
        mention_of(text, "Tomas Varga", "PERSON"),
        mention_of(text, "Rami Adeyemi", "PERSON"),
    ]
    _, resolved = attach_speakers([reported, quote], mentions, text)
    assert resolved.speaker == "Rami Adeyemi"


def test_he_inside_a_sentence_keeps_the_parse_hint() -> None:
    text = (
        "Rami Adeyemi said the army had not fired. Later Tomas Varga, asked about the "
        'fire, told reporters "it was an accident" as he said goodbye.'
    )
    quote = _he_after_quote(text, "Tomas Varga")
    said = text.index("said the army")
    reported = Quote(
        said + 5, text.index(". Later"), text[said + 5 : text.index(". Later")], "indirect",
        None, "Rami Adeyemi", 0, 12, cue="said",
    )
    mentions = [
        mention_of(text, "Rami Adeyemi", "PERSON"),
        mention_of(text, "Tomas Varga", "PERSON"),
    ]
    _, resolved = attach_speakers([reported, quote], mentions, text)
    assert resolved.speaker == "Tomas Varga"


def test_he_after_a_quote_of_several_sentences_is_who_spoke_before_it() -> None:
    text = (
        "Tomas Varga blamed the army for the fire. Rami Adeyemi said the army had not "
        'fired on the camp. "We respect the law of nations. We never fire on camps. '
        'It is impossible," he said.'
    )
    quote = _he_after_quote(text, "Tomas Varga")
    said = text.index("said the army")
    reported = Quote(
        said + 5, text.index('. "'), text[said + 5 : text.index('. "')], "indirect",
        None, "Rami Adeyemi", text.index("Rami"), text.index("Rami") + 12, cue="said",
    )
    mentions = [
        mention_of(text, "Tomas Varga", "PERSON"),
        mention_of(text, "Rami Adeyemi", "PERSON"),
    ]
    _, resolved = attach_speakers([reported, quote], mentions, text)
    assert resolved.speaker == "Rami Adeyemi"
