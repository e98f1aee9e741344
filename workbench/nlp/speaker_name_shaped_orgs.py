"""People the small model tags as organisations, relabelled for speaker reading.

Why: the model reads many Spanish and Portuguese full names, given name and two surnames
("Ricardo Rosselló Nevares", "Wanda Vázquez Garced"), as organisations. Left so, the
person is missing from the people a later short name links to, and "Rosselló said" or
"Vázquez said" keeps the short form as canonical speaker (issue 15, dev10). A mention is
taken for a person only when it is shaped like a name (two to four capitalised words, no
word of an organisation's name) and the text says so: a role set off right after it
("…, Puerto Rico's governor," "…, the Secretary of Justice") or one of its later words
tagged as a person elsewhere ("Rosselló said"), or an age set off right after it, as wire
copy gives a person's ("Marcus Hill, 34, was driving"; no organisation is written so), or
an occupation opening the sentence before a full name ("Skipper Bill Tremayne said": the
sentence start capitalises the occupation, and the model reads the run as a firm; a
later "he said" then found nobody), or, the model leaving it out, right before the name
("Chef [Paris Kingsley]"). Not "his"/"her" after the name's verb: "Morgan Stanley paid
her millions" is another woman's.
Only the speaker resolver reads the relabelled mentions, as with ``speaker_misread_mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.core.text import literal_spans
from workbench.nlp.entity_job_words import is_job_word
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.entity_titles import is_occupation
from workbench.nlp.names import lowercase_words, previous_word
from workbench.nlp.sentence_starts import at_sentence_start

#: A capitalised word, its hyphenated parts capitalised too ("Al-Sawarmi", "Jean-Pierre").
_NAME_WORD = re.compile(rf"{CAPITAL}(?:{SMALL}|['\u2019-])+(?:-{CAPITAL}(?:{SMALL}|['\u2019])+)*")
_SPACED_HYPHEN = re.compile(rf"(?<=\w) - (?={CAPITAL})")
_MIN_WORDS = 2
_MAX_WORDS = 4
_ORGANISATION_WORDS = ORG_HEADS | frozenset(
    "capital forces front guard office post press school services team".split()
)
"""Words that make a capitalised run an organisation's name, not a person's: the heads
``entity_name_heads`` reads everywhere ("Labour Party"), and words that sit anywhere in
an organisation's name but head no name on their own ("Press", "Front", "Guard" ...)."""
_ROLES = (
    "governor|secretary|minister|president|vice-president|mayor|senator|representative|"
    "chief|leader|spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|chair|"
    "judge|justice|ambassador|prosecutor|attorney|lawyer|founder|ceo|executive|official|"
    "adviser|advisor|aide|commissioner|deputy|head|premier|chancellor|king|queen|prince|"
    "princess"
)
#: ", the Secretary of Justice", ", Puerto Rico's governor", ", a former minister". The
#: role ends the phrase (a comma, "of", "for", "and" ... or "-elect" after it): in ", the
#: bank whose chief executive resigned" or ", a leader in wealth management" the role word
#: sits inside a description of a firm.
_ROLE_AFTER = re.compile(
    rf",[ \u00a0]+(?:(?:the|a|an|(?:{CAPITAL}[\w.\u2019'-]*[ \u00a0]+){{0,2}}"
    rf"{CAPITAL}[\w.-]*['\u2019]s)"
    rf"[ \u00a0]+)?(?:[A-Za-z-]+[ \u00a0]+){{0,2}}?(?:{_ROLES})\b"
    r"(?=[ \u00a0]*(?:[,.;:)\u2014\u2013-]|$)|[ \u00a0]+(?:of|for|at|to|and|on)\b)",
    re.IGNORECASE,
)

#: ", 34," after a name: the age news copy gives a person (never an organisation) in
#: commas; a number closing its sentence (", 34.") may be a count or a score. The age
#: goes on with the person's sentence, a lowercase word ("was driving", "of Leeds",
#: "who"), never with another number ("Acme Sales, 12, 14 and 9"), a unit or the verb a
#: figure takes ("Northfield Sales, 12, rose": a count or a score that moved).
_AGE_AFTER = re.compile(
    r",[ \u00a0]*(?:[1-9]|[1-9]\d|1[01]\d),[ \u00a0]+"
    r"(?!(?:and|or|to|per|percent|points?|million|billion|thousand|units?|rose|rise|rises|"
    r"fell|fall|falls|gained|gains|climbed|dropped|jumped|slid|slipped|increased|"
    r"decreased|declined|grew|up|down)\b)[a-z]")
#: A number set off by commas before the name too: a list of figures, no ages.
_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]*,[ \u00a0]*$")


def people_read_as_organisations(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with the name-shaped organisations the text shows to be people
    relabelled PERSON (each mention of that name); one an occupation opens is named
    without it ("Skipper Bill Tremayne" speaks as Bill Tremayne: titles are no name)."""
    tagged_people = {m.text for m in mentions if m.label == "PERSON"}
    people = {
        m.text for m in mentions
        if m.label == "ORG" and _name_shaped(m.text) and _shown_a_person(m, text, tagged_people)
    }
    return [
        replace(m, label="PERSON", entity=_without_occupation(m, text))
        if m.label == "ORG" and m.text in people else m
        for m in mentions
    ]


def _without_occupation(mention: Mention, text: str) -> str:
    """The mention's entity, less an occupation opening it at a sentence start."""
    if not _occupation_opens(mention, text) or mention.entity != mention.text:
        return mention.entity
    return mention.text.partition(" ")[2]


def _name_shaped(name: str) -> bool:
    """Two to four capitalised words, none of an organisation's name. A hyphen set off by
    spaces ("Al - Sawarmi Khalid", the trace a tokenised corpus leaves) joins its words."""
    words = _SPACED_HYPHEN.sub("-", name).split()
    return (
        _MIN_WORDS <= len(words) <= _MAX_WORDS
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and not any(word.lower() in _ORGANISATION_WORDS for word in words)
    )


def _shown_a_person(mention: Mention, text: str, tagged_people: set[str]) -> bool:
    """A role or an age set off right after the name, or one of its later words tagged as
    a person."""
    if _ROLE_AFTER.match(text, mention.end):
        return True
    if (_AGE_AFTER.match(text, mention.end)
            and not _NUMBER_BEFORE.search(text, max(0, mention.start - 12), mention.start)):
        return True
    if _occupation_opens(mention, text) or _after_opening_occupation(mention, text):
        return True
    return any(word in tagged_people for word in mention.text.split()[1:])


def _after_opening_occupation(mention: Mention, text: str) -> bool:
    """An occupation opening the sentence right before the mention ("Chef [Paris
    Kingsley] opened"), the model having left the occupation out of the name."""
    word = previous_word(text, mention.start)
    if not word.isalpha() or not _is_occupation(word, text):
        return False
    return at_sentence_start(text, text.rfind(word, 0, mention.start))


def _is_occupation(word: str, text: str) -> bool:
    """Tell whether ``word`` names a job: one of the job words (``entity_job_words``, the
    one list; those that are also names only where the text writes them in lowercase) or
    an occupation by its ending ("Economist"). Not any "-er" or "-man": "Goldman Sachs
    Asia", "Walter Reed Medical" open with names."""
    return is_occupation(word) or is_job_word(word, lowercase_words(text))


def _occupation_opens(mention: Mention, text: str) -> bool:
    """An occupation opening a sentence before a name of two or three words ("Skipper Bill
    Tremayne", "Beekeeper Ola Adeyemi-Bakare"): what follows the occupation is a name.
    Only where the text writes the run at sentence starts alone: "Turner Broadcasting
    System" or "Porter Airlines Canada" mid-sentence shows the first word is the name's."""
    first, _, rest = mention.text.partition(" ")
    if not _is_occupation(first, text) or not at_sentence_start(text, mention.start):
        return False
    if len(rest.split()) not in (2, 3) or not _name_shaped(rest):
        return False
    return all(at_sentence_start(text, start) for start, _ in literal_spans(mention.text, text))
