"""Mentions the small model labels against their own context, relabelled for speaker reading.

Why: a pronoun speaker ("he said") goes to the nearest compatible earlier mention, so a
name the model tags with the wrong kind sends it astray. Three misreadings recur in news
copy, and the words around the mention settle each of them:

* a person named with his band, club or company ("Tom Fletcher from McFly", "Smith of
  Acme"): the name after "from" or "of" right behind a person is that person's
  organisation, even when the model tags it as a person;
* a place written before its kind of place ("In Suka Makmur village"): a lowercase
  "village", "district" or "province" right after the name makes it a place;
* a person with a one-word name the model takes for a place ("Fauzi, an official from
  the local disaster agency, said"): an apposition with "a"/"an" and a role noun makes
  it a person;
* a surname alone the model reads as a place ("For Ferreira, the hearing date is
  circled", after "Dolores Ferreira" was named): a one-word place no gazetteer knows,
  whose word is the surname of the one person the text named in full before it, is
  that person, so a "she" after it is hers and not the person named before her.

Kept apart from the speaker modules so the rules stay small and testable on their own;
only the speaker resolver reads the relabelled mentions. The parse's hint behind a
pronoun (``Quote.speaker`` before resolution) was read off the model's labels, so a hint
naming a mention this module takes out of the people is dropped too, and the pronoun
goes to its antecedent among the relabelled mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name

_AFFILIATION_LINK = re.compile(r"[ \u00a0]+(?:from|of)[ \u00a0]+$")
"""' from ' or ' of ' between a person and the name that follows."""

_PLACE_KIND_AFTER = re.compile(
    r"[ \u00a0]+(?:village|villages|district|province|county|regency|township|"
    r"municipality|prefecture|subdistrict)\b"
)
"""A lowercase kind of place right after a name: "Suka Makmur village"."""

_ROLE_APPOSITION = re.compile(
    r",[ \u00a0]+(?:a|an)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"(?:official|spokesman|spokeswoman|spokesperson|officer|lawyer|doctor|witness|"
    r"resident|farmer|teacher|student|villager)[ \u00a0]+(?:from|of|at|with|in|for)\b"
)
"""', an official from ...': a role noun for a person set off after a name."""

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: A speaker written by a full name: two to four capitalised words ("Dolores Ferreira").
_FULL_NAME = re.compile(r"[A-Z][\w'\u2019.-]+(?:[ \u00a0]+[A-Z][\w'\u2019.-]+){1,3}")


def relabel_misread_mentions(
    mentions: Sequence[Mention], quotes: Sequence[Quote], text: str
) -> tuple[list[Mention], list[Quote]]:
    """``mentions`` with affiliations, places and appositive people relabelled, and
    ``quotes`` without a parse hint that names a person relabelled away."""
    result = list(mentions)
    unpeopled: set[str] = set()
    surnames = _FullNamesBySurname(result, quotes)
    for i, mention in enumerate(result):
        person = surnames.person_of(mention)
        if person is not None:
            result[i] = replace(mention, label="PERSON", entity=person)
            continue
        label = _context_label(mention, result[i - 1] if i else None, text)
        if label and label != mention.label:
            result[i] = replace(mention, label=label)
            if mention.label == "PERSON":
                unpeopled.update((mention.text, mention.entity))
    still_people = {m.entity for m in result if m.label == "PERSON"}
    unpeopled -= still_people
    hinted = [
        replace(q, speaker=None) if q.speaker in unpeopled else q for q in quotes
    ]
    return result, hinted


def _context_label(mention: Mention, before: Mention | None, text: str) -> str | None:
    """The label the words around ``mention`` give it, or None to keep the model's."""
    if mention.label == "PERSON" and _is_affiliation(mention, before, text):
        return "ORG"
    if mention.label == "PERSON" and _PLACE_KIND_AFTER.match(text, mention.end):
        return "GPE"
    if mention.label in _PLACE_LABELS and len(mention.text.split()) == 1:
        if _ROLE_APPOSITION.match(text, mention.end):
            return "PERSON"
    return None


def _is_affiliation(mention: Mention, before: Mention | None, text: str) -> bool:
    """Tell whether ``mention`` follows a person and "from"/"of" ("Tom Fletcher from
    McFly")."""
    if before is None or before.label != "PERSON" or before.end > mention.start:
        return False
    return bool(_AFFILIATION_LINK.fullmatch(text, before.end, mention.start))


class _FullNamesBySurname:
    """The people named in full in a text, by their surname and where they were named:
    the model's two-word people and the full names written as speakers ("...," said
    Dolores Ferreira), which the model often leaves untagged."""

    def __init__(self, mentions: Sequence[Mention], quotes: Sequence[Quote]) -> None:
        named = [(m.start, m.text, m.entity) for m in mentions if m.label == "PERSON"]
        other = [(m.start, m.end) for m in mentions if m.label != "PERSON"]
        named += [
            (q.speaker_start, q.speaker_text, canonical_name(q.speaker_text))
            for q in quotes
            if q.speaker_start is not None and q.speaker_text
            and _FULL_NAME.fullmatch(q.speaker_text.strip())
            and not any(s < q.speaker_start + len(q.speaker_text) and q.speaker_start < e
                        for s, e in other)  # "Canada Post said": a body, no surname
        ]
        self._named: dict[str, list[tuple[int, str]]] = {}
        for start, text, entity in named:
            words = text.split()
            if len(words) > 1 and entity:
                self._named.setdefault(words[-1], []).append((start, entity))

    def person_of(self, mention: Mention) -> str | None:
        """The person a one-word place ``mention`` is the surname of: one person named in
        full before it carries that surname, and the gazetteer knows no place so called
        ("Jordan" after "Michael Jordan" may still be the country)."""
        word = mention.text.strip()
        if mention.label not in _PLACE_LABELS or " " in word:
            return None
        people = {e for at, e in self._named.get(word, ()) if at < mention.start}
        if len(people) != 1 or lookup(word) is not None:
            return None
        return people.pop()
