"""A speaker's canonical name linked to the fullest name the text gives that entity.

Why: the canonical speaker is what analysts see as "who said it" and what the Speakers
views group by, and the resolver takes a speaker mention's entity as the mention names
it. Before entity resolution (or where resolution left a form apart) that is a short
form: "Ms Livni", "Dr Martisius", "RIAA", "The State Department". News names the entity
in full once and then shortens it, so the full form is in the text: the titled surname
is the person named in full ("Tzipi Livni"), an acronym the organisation it is defined
for ("the Recording Industry Association of America (RIAA)") and an institution's short
form its full name ("the United States Department of State"). A name the model cut short
is the name the text writes in full where it was tagged ("Wanda Vázquez" -> "Wanda
Vázquez Garced", ``cut_names``), a first surname alone ("Vázquez") the one person whose
name has it before a last one, and a given name alone ("Sergey") the one person named in
full with it ("Sergey M."). A link is made only when the text names exactly one such
entity; otherwise the name stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.acronym_letters import acronym_forms, fullest_readers
from workbench.nlp.cut_names import completed_names
from workbench.nlp.entity_titles import untitled_name
from workbench.nlp.names import (
    is_acronym,
    is_honorific,
    lowercase_words,
    name_tokens,
    strip_honorifics,
)
from workbench.nlp.resolution import defined_acronym, short_form_index
from workbench.nlp.short_form_index import ShortFormIndex
from workbench.nlp.speaker_full_names import full_name_before
from workbench.nlp.speaker_given_names import GivenNames
from workbench.nlp.speaker_headline_names import is_headline_name
from workbench.nlp.untagged_names import LOOK_BACK_CHARS

_ARTICLE = re.compile(r"^(?:the|The)\s+")
#: An acronym in brackets right after a name: "United Nations Children's Fund (UNICEF)".
_BRACKETED = re.compile(r"[ \u00a0]?\(([A-Z][A-Z.&]{1,9})\)")
_FULL_NAME_WORDS = 2


class CanonicalLinks:
    """The document's full person and organisation names, and the acronyms it defines."""

    def __init__(self, mentions: Sequence[Mention], text: str) -> None:
        persons = [m for m in mentions if m.label == "PERSON" and m.field == "text"]
        lowercase = lowercase_words(text)
        self._completed = completed_names(mentions, text, lowercase)  # all hold words
        read_off = _given_names_left_out(persons, text, lowercase)
        people = {m.entity for m in persons} | read_off
        self._people = _without_cut_forms(read_off - {m.entity for m in persons}, sorted(
            name for name in {self._completed.get(name, name) for name in people}
            if len(name_tokens(name)) >= _FULL_NAME_WORDS and not is_honorific(name.split()[0])
        ))
        self._given_names = GivenNames(self._people)
        orgs = [m for m in mentions if m.label == "ORG" and m.field == "text"]
        names = {_ARTICLE.sub("", m.entity) for m in orgs}
        self._orgs = sorted(name for name in names if len(name_tokens(name)) >= _FULL_NAME_WORDS)
        defined: dict[str, set[str]] = {}
        for mention in orgs:
            acronym = defined_acronym(mention, text) or bracketed_acronym(mention, text)
            if acronym:
                defined.setdefault(acronym, set()).add(_ARTICLE.sub("", mention.entity))
        self._defined = {acronym: next(iter(names)) for acronym, names in defined.items()
                         if len(names) == 1}
        self._linked: dict[tuple[str | None, str | None], str | None] = {}
        self._by_initials: dict[str, list[str]] | None = None
        self._indexes: dict[str, tuple[ShortFormIndex, dict[tuple[str, ...], list[str]]]] = {}

    def link(self, speaker: str | None, speaker_text: str | None) -> str | None:
        """The full name ``speaker`` stands for; an unresolved acronym speaker text
        ("the CBCP" the model left untagged) is the organisation it was defined for.
        Remembered per name: a long text's many quotes repeat a few speakers, and each
        reading scans the document's names."""
        key = (speaker, speaker_text if speaker is None else None)
        if key not in self._linked:
            self._linked[key] = self._read(speaker, speaker_text)
        return self._linked[key]

    def _read(self, speaker: str | None, speaker_text: str | None) -> str | None:
        """One reading of :meth:`link`."""
        if speaker is None:
            return self._acronym(speaker_text) if speaker_text else None
        words = speaker.split()
        if speaker in self._completed:
            return self._completed[speaker]
        if not words or speaker in self._people:
            return speaker
        if is_honorific(words[0]):
            return self._titled_person(speaker)
        if len(words) == 1:  # "Sergey", the parse's name for "he": "Sergey M."
            given = self._given_names.full_name(speaker) if speaker[:1].isupper() else None
            return self._acronym(speaker) or self._first_surname(speaker) or given or speaker
        return self._organisation(speaker) or speaker

    def _titled_person(self, name: str) -> str:
        """ "Ms Livni" is the one person the text names in full ending (or starting) so:
        "Tzipi Livni"; with none, the title is cut where a full name is left
        ("Public Defender Peter Lynch" keeps Peter Lynch), as entity names have it."""
        short = strip_honorifics(name_tokens(name))
        full = self._names_for(short, "PERSON", self._people)
        if len(full) == 1:
            return full[0]
        by_first_surname = self._first_surname(short[-1]) if len(short) == 1 else None
        return by_first_surname or untitled_name(name)

    def _first_surname(self, word: str) -> str | None:
        """A lone first surname is the one person named in full with it before a last
        one ("Vázquez", "Wanda Vázquez Garced": news shortens a name with two surnames
        to the first), when no person's name starts or ends with the word itself."""
        if not word[:1].isupper():
            return None
        owners = []
        for person in self._people:
            tokens = name_tokens(person)
            if word in (tokens[0], tokens[-1]):
                return None
            if len(tokens) > _FULL_NAME_WORDS and tokens[-2] == word:
                owners.append(person)
        return owners[0] if len(owners) == 1 else None

    def _acronym(self, name: str) -> str | None:
        """An acronym's organisation: the one the text defines it for in brackets, else
        the one organisation named in full whose letters spell it (``acronym_forms``,
        a whole spelling before one without the name's opening place)."""
        word = _ARTICLE.sub("", name.strip())
        if " " in word or not is_acronym(word):
            return None
        letters = word.replace(".", "")
        if letters in self._defined:
            return self._defined[letters]
        if self._by_initials is None:
            self._by_initials = {}
            for org in self._orgs:
                for form in acronym_forms(name_tokens(org)):
                    self._by_initials.setdefault(form, []).append(org)
        spelt = fullest_readers(letters, self._by_initials.get(letters, []), name_tokens)
        return spelt[0] if len(spelt) == 1 else None

    def _organisation(self, name: str) -> str | None:
        """An institution's short form ("The State Department") is the one organisation
        the text names in full that it abbreviates ("United States Department of State")."""
        short = name_tokens(_ARTICLE.sub("", name.strip()))
        if len(short) < _FULL_NAME_WORDS:
            return None
        full = self._names_for(short, "ORG", self._orgs)
        return full[0] if len(full) == 1 else None

    def _names_for(self, short: tuple[str, ...], label: str, names: list[str]) -> list[str]:
        """The ``names`` (in their order) ``short`` abbreviates, found through an index of
        their short forms: comparing each speaker with every name was quadratic (thousands
        of acronyms, each quoted, in one page)."""
        if label not in self._indexes:
            by_key: dict[tuple[str, ...], list[str]] = {}
            for name in names:
                by_key.setdefault(name_tokens(name), []).append(name)
            self._indexes[label] = (short_form_index(by_key, label), by_key)
        index, by_key = self._indexes[label]
        found = [name for key in index.longer(short) for name in by_key[key]]
        return sorted(found, key=names.index)


def bracketed_acronym(mention: Mention, text: str) -> str | None:
    """An acronym the text puts in brackets right after an organisation's name whose
    letters are not its initials but are written in it, in order, from its first:
    "United Nations Children's Fund (UNICEF)", "Singapore Airlines (SIA)". News takes
    letters from inside words for an acronym that reads well; written in brackets right
    after the name, it is that name's (``resolution.defined_acronym`` reads initials only,
    for every mention; this reading is the speaker links' alone)."""
    found = _BRACKETED.match(text, mention.end)
    if found is None or mention.label != "ORG":
        return None
    letters = found.group(1).replace(".", "")
    name = "".join(name_tokens(_ARTICLE.sub("", mention.entity))).upper()
    if len(letters) < _FULL_NAME_WORDS or not is_acronym(letters) or name[:1] != letters[0]:
        return None
    at = 0
    for letter in letters:
        at = name.find(letter, at) + 1
        if not at:
            return None
    return letters


def _without_cut_forms(read_off: set[str], people: list[str]) -> list[str]:
    """``people`` without a name read off given names (``read_off``, never tagged whole)
    that only begins another one: "Ricardo Rosselló", read off the given name before a
    later "Rosselló", is "Ricardo Rosselló Nevares" cut before the second surname, and
    kept it would make "Rosselló" a last name and no first surname. A name the model
    tagged whole stays ("Peter Capaldi" beside a headline's "Peter Capaldi Cast")."""
    tokens = {name: name_tokens(name) for name in people}
    return [
        name for name in people
        if name not in read_off or not any(
            len(other) > len(tokens[name]) and other[: len(tokens[name])] == tokens[name]
            for other in tokens.values()
        )
    ]


def _given_names_left_out(
    persons: Sequence[Mention], text: str, lowercase: frozenset[str]
) -> set[str]:
    """Full names whose given name the model left out of a one-word person mention: in
    "at all. Tzipi Livni, the Israeli foreign minister" only "Livni" is tagged. Read by
    the speakers' own :func:`full_name_before` (given names never written in lowercase,
    no title), up to the surname's last mention; a name opening a sentence counts unless
    its first word is a sentence adverb ("Later Livni"); never off a title-case headline
    line ("Obama Reverses Bush on ...": ``speaker_headline_names``)."""
    last_end: dict[str, int] = {}
    for mention in persons:
        if " " not in mention.entity and mention.entity == mention.text:
            last_end[mention.entity] = max(mention.end, last_end.get(mention.entity, 0))
    if not last_end:
        return set()
    found = set()
    for surname, end in last_end.items():
        window = text[max(0, end - LOOK_BACK_CHARS) : end]
        full = full_name_before(window, surname, lowercase, openers=True)
        if full is not None and not is_headline_name(full, text):
            found.add(full)
    return found
