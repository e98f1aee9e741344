"""Canonical speakers by name: surnames shared by two people, untagged names, "Jr.".

Sentences and names are made up for these tests. Each pins one rule of issue 15's
canonical speaker: the resolved full name whenever the text gives one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.core.models import Mention, Quote
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.names import clean_span
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.quote_signatures import signature
from workbench.nlp.quotes import attach_speakers, find_quotes
from workbench.nlp.resolution import resolve
from workbench.nlp.speaker_names import (
    hint_is_a_name,
    names_someone_else,
    person_name,
    strip_title,
)
from workbench.nlp.speaker_role_titles import Role, titled_role

if TYPE_CHECKING:
    from spacy.language import Language


def person(text: str, start: int, entity: str | None = None, label: str = "PERSON") -> Mention:
    return Mention(start, start + len(text), text, label, entity or text)


def quote_by(speaker_text: str, start: int) -> Quote:
    """A direct quote placed after its speaker span (only the speaker fields matter)."""
    end = start + len(speaker_text)
    return Quote(end + 8, end + 20, '"..."', speaker_text=speaker_text,
                 speaker_start=start, speaker_end=end)


def test_a_bare_surname_stays_with_the_person_talked_about_most() -> None:
    """"Calder" after "her son Tomas Calder" is still Ruth Calder, named three times."""
    mentions = [
        person("Ruth Calder", 0),
        person("Calder", 100),
        person("Calder", 200),
        person("Tomas Calder", 300),
        person("Calder", 400),
    ]
    assert resolve(mentions)[-1].entity == "Ruth Calder"


def test_on_a_tie_the_surname_belongs_to_the_person_named_first() -> None:
    """"his daughter Nettie Baker" right after "Ginger Baker": "Baker" is Ginger."""
    mentions = [person("Anton Brisk", 0), person("Lena Brisk", 80), person("Brisk", 160)]
    assert resolve(mentions)[-1].entity == "Anton Brisk"


def test_on_a_tie_a_surname_after_a_second_bearer_named_far_from_the_first_is_that_one() -> None:
    """"Corin Vale, 18, said" … paragraphs on … "Councillor Dara Vale blasted outsiders.
    … Vale fumed": the story moved on to Dara."""
    mentions = [person("Corin Vale", 100), person("Dara Vale", 2500), person("Vale", 2650)]
    assert resolve(mentions)[-1].entity == "Dara Vale"


def test_on_a_tie_a_first_bearer_named_not_long_ago_keeps_the_surname() -> None:
    mentions = [person("Corin Vale", 1600), person("Dara Vale", 2500), person("Vale", 2650)]
    assert resolve(mentions)[-1].entity == "Corin Vale"


def test_on_a_tie_a_title_before_the_surname_picks_the_bearer_it_introduced() -> None:
    """ "Mayor John Bowes announced …" … far on "his daughter, Emma Bowes" … "Mayor Bowes
    said": the title, not the nearer bearer (the review of stop 53)."""
    text = ("Mayor John Bowes spoke." + " x" * 900 + " His daughter, Emma Bowes, agreed. "
            "Mayor Bowes said more.")
    mentions = [Mention(m.start(), m.end(), m.group(), "PERSON", m.group())
                for m in re.finditer(r"John Bowes|Emma Bowes|(?<=Mayor )Bowes", text)]
    assert [m.entity for m in resolve(mentions, text)][-1] == "John Bowes"
    far = text.replace("Mayor Bowes said", "Bowes said")
    mentions = [Mention(m.start(), m.end(), m.group(), "PERSON", m.group())
                for m in re.finditer(r"John Bowes|Emma Bowes|(?<=\. )Bowes", far)]
    assert [m.entity for m in resolve(mentions, far)][-1] == "Emma Bowes"


def test_a_surname_abbreviates_a_name_ending_in_jr() -> None:
    mentions = [person("Robert Ellery Jr.", 0), person("Ellery", 90)]
    assert resolve(mentions)[-1].entity == "Robert Ellery Jr."


def test_an_untagged_full_name_is_the_canonical_speaker_and_its_surname_finds_it() -> None:
    text = "x" * 400
    quotes = [quote_by("Cardinal Tomas Verhoeven", 10), quote_by("Verhoeven", 200)]
    first, second = resolve_speakers(quotes, [], text)
    assert first.speaker == "Tomas Verhoeven"
    assert second.speaker == "Tomas Verhoeven"


def test_common_noun_and_organisation_phrases_are_not_personal_names() -> None:
    assert not person_name("A Hampshire Police spokesman")
    assert not person_name("Hampshire Police")
    assert not person_name("NASA")
    assert not person_name("Okafor")  # one word: only as the surname of a known name
    assert person_name("Pradeep Okafor")
    assert strip_title("Mayor Ingrid Solberg's") == "Ingrid Solberg"
    (quote,) = resolve_speakers([quote_by("A Hampshire Police spokesman", 0)], [], "x" * 80)
    assert quote.speaker is None


def test_a_fuller_name_over_a_surname_mention_is_not_the_other_bearer() -> None:
    """"Grace Okoro" where the model tagged only "Okoro", resolved to "Daniel Okoro"."""
    tagged = person("Okoro", 106, entity="Daniel Okoro")
    assert names_someone_else(tagged, "Grace Okoro")
    assert not names_someone_else(tagged, "Daniel Okoro")
    assert not names_someone_else(person("Okoro", 0, entity="Daniel Okoro"), "Mr. Okoro")
    text = "x" * 200
    mentions = [person("Daniel Okoro", 0), tagged]
    (quote,) = resolve_speakers([quote_by("Grace Okoro", 100)], mentions, text)
    assert quote.speaker == "Grace Okoro"


def test_a_surname_read_as_a_place_speaks_as_the_person_of_that_name() -> None:
    text = "x" * 200
    mentions = [person("Robert Ellery Jr.", 0), person("Ellery", 100, label="GPE")]
    (quote,) = resolve_speakers([quote_by("Ellery", 100)], mentions, text)
    assert quote.speaker == "Robert Ellery Jr."


def test_untagged_given_name_joins_the_tagged_surname(nlp: Language) -> None:
    """The parse links "Ingrid" to the tagged "Solberg": the speaker is Ingrid Solberg,
    not the Marit Solberg the article is about."""
    text = (
        "Marit Solberg was arrested on Monday. Solberg denies the charge.\n\n"
        "\u201cThe ferry will sail at noon,\u201d tweeted Mayor of Halden Ingrid Solberg "
        "(no relation)."
    )
    doc = nlp(text)
    raw = [person(e.text, e.start_char, label=e.label_) for e in doc.ents]
    mentions = [m for m in finalize_mentions(raw, text, "") if m.field == "text"]
    (quote,) = attach_speakers(find_quotes(doc), mentions, text)
    assert quote.speaker_text == "Ingrid Solberg"
    assert quote.speaker == "Ingrid Solberg"


def test_he_opening_a_sentence_continues_the_previous_statement(nlp: Language) -> None:
    """The parse would pick the last named subject; the statement just before wins."""
    text = (
        "Analyst Ken Brody said the vote would be close. Since then, a Republican, Dana "
        "Whitfield, has backed the inquiry, telling the Carson Ledger: \u201cI'm a big fan "
        "of oversight, so let the committees get to work.\u201d He continued by noting that "
        "\u201cusing government agencies against rivals would be wrong.\u201d"
    )
    doc = nlp(text)
    mentions = [m for m in finalize_mentions(
        [person(e.text, e.start_char, label=e.label_) for e in doc.ents], text, "")
        if m.field == "text"]
    quotes = [q for q in attach_speakers(find_quotes(doc), mentions, text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Dana Whitfield", "Dana Whitfield"]


def test_a_pronoun_hint_must_be_a_name() -> None:
    """Half a title ("States Senator") or a sentence-opening common noun ("Fitness") is
    not who "he" is; a capitalised surname the text never writes in lowercase is."""
    lowercase = frozenset({"fitness", "was", "a"})
    assert not hint_is_a_name("States Senator", lowercase)
    assert not hint_is_a_name("Fitness", lowercase)
    assert not hint_is_a_name("Hampshire Police", lowercase)
    assert hint_is_a_name("Pierce", lowercase)
    assert hint_is_a_name("Brock Pierce", lowercase)
    text = "Jarrod Kidston coaches the team. " + "x" * 60
    mentions = [person("Jarrod Kidston", 0)]
    quote = Quote(80, 90, '"..."', speaker="Fitness", speaker_text="he",
                  speaker_start=70, speaker_end=72)
    (resolved,) = resolve_speakers([quote], mentions, text + " fitness")
    assert resolved.speaker == "Jarrod Kidston"


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons(nlp: Language) -> None:
    """Reader reactions listed one per line, each signed: never the previous signer."""
    text = (
        "We asked readers what they thought of the debate.\n\n"
        "\u201cThe moderators lost control of the room early on.\u201d \u2015 Maria Lindqvist\n"
        "\u201cNeither of them answered a single question about housing.\u201d\u2015 "
        "Tobias Ferreira\u00a0\n"
        "\u201cI switched it off after twenty minutes.\u201d \u2014 Ayo Bankole.\n"
    )
    quotes = [q for q in find_quotes(nlp(text)) if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == ["Maria Lindqvist", "Tobias Ferreira", "Ayo Bankole"]


def test_a_signature_needs_a_name_that_ends_the_line() -> None:
    assert signature('"Go." \u2014 Jane Doe (@jdoe) May 3', 5) is not None
    assert signature('"Go." \u2014 and then Jane Doe left', 5) is None
    assert signature('"Go," Jane Doe said.', 5) is None


def test_dashes_and_no_break_spaces_are_not_part_of_a_name() -> None:
    text = "\u2015\u00a0Christina Olidem\u00a0"
    start, end = clean_span(text, 0, len(text))
    assert text[start:end] == "Christina Olidem"


def test_a_whole_quoted_sentence_after_a_comma_is_the_subjects(nlp: Language) -> None:
    """"reacted" is no speech verb, but the comma introduces the quoted sentence."""
    text = (
        "Lena Marsh died on Sunday.\n\nTomas Berg of The Quiet Hours also reacted on "
        "Twitter, \u201cSad news hearing that Lena has died, I remember touring with her "
        "in the early days.\u201d"
    )
    (quote,) = [q for q in find_quotes(nlp(text)) if q.kind == "direct"]
    assert quote.speaker_text == "Tomas Berg"


def test_as_x_put_it_and_chanting_are_speech(nlp: Language) -> None:
    text = (
        "The main test for the permit is a \u201csteady and lawful source of income,\u201d "
        "as a ministry guidance note put it.\n\n"
        "Marchers in the square chanted \u201cWhat curfew?\u201d until dawn."
    )
    first, second = [q for q in find_quotes(nlp(text)) if q.kind == "direct"]
    assert first.speaker_text is not None and first.speaker_text.endswith("guidance note")
    assert second.speaker_text == "Marchers"


def test_the_role_speaker_is_the_one_person_named_with_that_title() -> None:
    text = (
        "Vice President Ana Ruiz met President Omar Haddad on Monday. "
        "The president said the talks went well."
    )
    mentions = [person("Ana Ruiz", text.index("Ana")), person("Omar Haddad", text.index("Omar"))]
    start = text.index("The president")
    (quote,) = resolve_speakers([quote_by("The president", start)], mentions, text + " " * 40)
    assert quote.speaker == "Omar Haddad"
    assert titled_role("the Pope") == Role("pope")
    assert titled_role("the company") is None


def test_a_role_two_people_held_stays_unresolved() -> None:
    text = "President Omar Haddad and President Lea Moss met. The president left early."
    mentions = [person("Omar Haddad", 10), person("Lea Moss", text.index("Lea"))]
    start = text.index("The president")
    (quote,) = resolve_speakers([quote_by("The president", start)], mentions, text + " " * 40)
    assert quote.speaker is None
