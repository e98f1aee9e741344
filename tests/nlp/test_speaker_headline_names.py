"""A title-case headline line read as a person is no speaker's name (issue 15): in a text
opening "Obama Reverses Bush on Species Protection Measure", the body's "Obama said" is
Obama, not "Obama Reverses Bush"; a byline that is a name alone stays a name."""

from __future__ import annotations

from workbench.core.models import Mention
from workbench.nlp.canonical_links import CanonicalLinks
from workbench.nlp.speaker_headline_names import is_headline_name, rename_headline_people

HEADLINED = (
    "Lopez Overturns Adams on River Protection Rule\n\n"
    "May 4, 2009 Mayor Lopez is restoring a rule that Adams dropped. "
    '"The work of our scientists will be respected," Lopez said. Adams did not comment.\n'
)


def _person(text: str, name: str, start: int = 0) -> Mention:
    at = text.index(name, start)
    return Mention(at, at + len(name), name, "PERSON", name)


def test_a_headline_opening_is_no_name_and_a_byline_is_one() -> None:
    assert is_headline_name("Lopez Overturns Adams", HEADLINED)
    byline = "Mary Ann Smith\n\nThe council met on Monday.\n"
    assert not is_headline_name("Mary Ann Smith", byline)
    sentence = "Lopez Overturns Adams On Rules.\n"
    assert not is_headline_name("Lopez Overturns Adams", sentence)


def test_the_headline_mention_is_dropped_and_its_entity_renamed() -> None:
    headline = _person(HEADLINED, "Lopez Overturns Adams")
    at = HEADLINED.index("Mayor Lopez")
    body = Mention(at, at + 11, "Mayor Lopez", "PERSON", "Lopez Overturns Adams")
    renamed = rename_headline_people([headline, body], HEADLINED)
    assert [(m.text, m.entity) for m in renamed] == [("Mayor Lopez", "Lopez")]


def test_a_surname_is_not_completed_from_a_headline() -> None:
    mentions = [_person(HEADLINED, "Lopez", 10), _person(HEADLINED, "Adams", 60)]
    mentions += [_person(HEADLINED, "Adams", mentions[1].end)]
    links = CanonicalLinks(mentions, HEADLINED)
    assert links.link("Adams", "Adams") == "Adams"
    assert links.link("Lopez", "Lopez") == "Lopez"
