"""In-document entity resolution: short forms to full names, consistent labels, missed repeats.

Why: analysts want "Miller" and "Matthew Miller" to be one person, "State Department" to
be the "US State Department" named earlier, and every repeat of a name highlighted even
where the small model missed it ("the Putin-Kim meeting").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.text import literal_spans
from workbench.nlp.acronym_letters import acronym_owners, owned_by_another, stands_for
from workbench.nlp.entity_context_kinds import repeated_as_company
from workbench.nlp.entity_fragments import PERSON_PARTICLES
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import (
    NAME_PARTICLE,
    Occupied,
    followed_by_currency,
    is_honorific,
    lowercase_words,
    name_tokens,
    previous_word,
    strip_honorifics,
)
from workbench.nlp.sentence_starts import at_sentence_start
from workbench.nlp.short_form_index import ShortFormIndex
from workbench.nlp.surname_recency import recent_bearer

RESOLVABLE = frozenset({"PERSON", "ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
"""Labels whose short forms may stand for a longer name (places are always named in full)."""
NAME_LABELS = RESOLVABLE | {"GPE", "LOC", "NORP", "LANGUAGE"}
_MAYBE_SURNAME = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})
_CORPORATE = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.",
        "plc", "llc", "group", "holdings", "ag", "sa", "nv", "se", "computer", "computers",
        "motor", "motors", "airlines", "airways", "international", "industries", "limited",
        "foods", "energy", "pharmaceuticals", "properties", "realty", "residential",
        "pharmacy", "pharmacies",
    }
)  # fmt: skip
#: Heads of institution names written "X Department" or "Department of X".
_INSTITUTIONS = frozenset(
    "department ministry office agency commission committee council bureau".split()
)
_PROPAGATED = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)

_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))
_MIDDLE_INITIAL = re.compile(CAPITAL + r"\.?")
_FOLLOWING_CAPITAL = re.compile(rf" +({CAPITAL}\w*)")
MIN_FULL_NAME = 2
MIN_SURNAME = 3
MIN_SINGLE_WORD_VOTES = 2
Key = tuple[str, ...]


def match_key(mention: Mention) -> Key:
    """Tokens used to compare names: the canonical name, person titles removed, and a
    surname's particle capitalised by opening a sentence written as in the full name
    ("Von der Leyen said" is "Ursula von der Leyen"; "Van Morrison" is left alone)."""
    tokens = name_tokens(mention.entity or mention.text)
    if mention.label != "PERSON":
        return tokens
    tokens = strip_honorifics(tokens)
    particles = tokens[:2] if len(tokens) > 2 else ()  # noqa: PLR2004 - and a surname
    if particles and particles[1] in PERSON_PARTICLES and particles[0].lower() in PERSON_PARTICLES:
        return (tokens[0].lower(), *tokens[1:])
    return tokens


def abbreviates(short: Key, full: Key, label: str) -> bool:
    """Tell whether ``short`` is a shorter way of writing ``full`` for this label.

    People: any leading or trailing part ("Miller", "Kim"). Others: a trailing part of two
    or more words ("State Department"), the name without a corporate suffix ("Apple" for
    "Apple Inc."), or an acronym ("UN" for "United Nations"); never a leading part that
    drops a real head noun ("United Nations" is not the "United Nations Security Council").
    """
    size = len(short)
    if not short or size >= len(full):
        return False
    if label == "PERSON":
        core = without_generation(full)
        return (core[-size:] == short or full[:size] == short
                or (size >= MIN_FULL_NAME and without_middle_initials(core) == short))
    if size > 1 and full[-size:] == short:
        return True
    if full[:size] == short and {token.lower() for token in full[size:]} <= _CORPORATE:
        return True
    if inverts_institution(short, full):
        return True
    return size == 1 and stands_for(short[0], full)


def inverts_institution(short: Key, full: Key) -> bool:
    """True for "State Department" and the "United States Department of State", "Justice
    Ministry" and the "Ministry of Justice": news writes an institution's name both ways
    and the short form points to the full one."""
    if len(short) < 2 or short[-1].lower() not in _INSTITUTIONS:
        return False
    head, field = short[-1], short[:-1]
    inverted = (head, "of", *field)
    if len(full) < len(inverted):
        return False
    return [t.lower() for t in full[-len(inverted) :]] == [t.lower() for t in inverted]


def without_middle_initials(tokens: Key) -> Key:
    """A person's name without middle initials: news writes "John R. Bolton" once and then
    "John Bolton", and both are one person (first and last names must agree)."""
    if len(tokens) < 3:
        return tokens
    middle = tuple(token for token in tokens[1:-1] if not _MIDDLE_INITIAL.fullmatch(token))
    return (tokens[0], *middle, tokens[-1])


def without_generation(tokens: Key) -> Key:
    """A person's name without "Jr."/"Sr."/"III": "Downey" is short for "Robert Downey Jr."."""
    if len(tokens) > 1 and tokens[-1].rstrip(".,").lower() in _GENERATIONS:
        return tokens[:-1]
    return tokens


def _vote(name: str, counts: Counter[str], person_words: set[str]) -> str | None:
    """The label a name should carry everywhere, or None to leave each mention alone."""
    if {"PERSON", "ORG"} <= set(counts) and " " not in name:
        return "PERSON" if name in person_words else "ORG"
    (best, top), *rest = counts.most_common()
    return best if top > rest[0][1] else None


def harmonise_labels(mentions: Sequence[Mention]) -> list[Mention]:
    """Give every repeat of a name one label: the majority's, or for one-word names the
    model calls both PERSON and ORG, PERSON only when a full name ends or starts with it."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention.label in NAME_LABELS:
            votes[mention.text][mention.label] += 1
    person_words: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.label == "PERSON" and len(words) > 1:
            person_words.update((words[0], words[-1]))
    chosen = {name: _vote(name, counts, person_words)
              for name, counts in votes.items() if len(counts) > 1}
    result = []
    for mention in mentions:
        label = chosen.get(mention.text)
        if label and mention.label in NAME_LABELS and label != mention.label:
            mention = replace(mention, label=label)
        result.append(mention)
    return result


def _person_keys(mentions: Sequence[Mention]) -> set[Key]:
    """Keys of every multi-token person name in the document."""
    return {match_key(m) for m in mentions if m.label == "PERSON" and len(match_key(m)) > 1}


_SURNAME_PARTICLE = re.compile(NAME_PARTICLE, re.IGNORECASE)


def _particle_surname(key: Key, people: set[Key]) -> bool:
    """Tell whether ``key`` is a surname led by a capitalised particle ("La Riva", "De La
    Fuente") that ends exactly one person's full name in the document ("Gloria La Riva").

    Why: the model reads such a surname alone as an organisation ("La Riva said") for its
    first word; a family several people of the document share ("the band Van Halen" beside
    "Eddie Van Halen" and "Alex Van Halen") is left alone.
    """
    if len(key) < 2 or not key[0][:1].isupper() or not _SURNAME_PARTICLE.fullmatch(key[0]):  # noqa: PLR2004
        return False
    return sum(1 for person in people if len(person) > len(key)
               and person[-len(key):] == key) == 1


def relabel_surnames(mentions: Sequence[Mention],
                     companies: frozenset[str] = frozenset()) -> list[Mention]:
    """Make a lone surname a PERSON when a person with that surname is named in full,
    unless the text writes the word as a company's (``companies``: "Ford shares" beside
    "Henry Ford")."""
    people = _person_keys(mentions)
    result = []
    for mention in mentions:
        key = match_key(mention)
        if mention.label in _MAYBE_SURNAME and mention.text not in companies and (
            (len(key) == 1 and lookup(key[0]) is None
             and any(person[-1:] == key for person in people))
            or _particle_surname(key, people)
        ):
            mention = replace(mention, label="PERSON")
        result.append(mention)
    return result


def late_surnames(mentions: Sequence[Mention],
                  companies: frozenset[str] = frozenset()) -> list[Mention]:
    """A lone surname still labelled otherwise joins the one person it ends, once labels
    are final: ``relabel_surnames`` runs before the votes, so a person the votes made one
    later ("Perttu Ahola", every mention tagged ORG by the model) left the bare "Ahola" an
    organisation, a second entity on the Entities page. A known place keeps its label
    ("Washington" beside "George Washington"), a surname two people share stays, and so
    does a word the text writes as a company's (``companies``)."""
    people: defaultdict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.label == "PERSON" and len(mention.entity.split()) > 1:
            people[mention.entity.split()[-1]].add(mention.entity)
    return [replace(m, label="PERSON", entity=next(iter(people[m.entity])))
            if m.label in _MAYBE_SURNAME and " " not in m.entity and m.text not in companies
            and len(people.get(m.entity, ())) == 1 and lookup(m.entity) is None else m
            for m in mentions]


def _targets(keys: Iterable[Key], label: str) -> dict[Key, set[Key]]:
    """Map each key to the maximal longer keys it abbreviates (empty when it is full),
    through an index of short forms (comparing every pair was quadratic)."""
    return short_form_index(keys, label).targets()


def short_form_index(keys: Iterable[Key], label: str) -> ShortFormIndex:
    """An index of ``keys`` deciding with :func:`abbreviates`."""
    return ShortFormIndex(keys, label, abbreviates, _person_forms)


def _person_forms(full: Key) -> tuple[Key, Key]:
    core = without_generation(full)
    return core, without_middle_initials(core)


def _resolve_label(mentions: list[Mention], indices: list[int], label: str,
                   text: str = "") -> None:
    """Set ``entity`` on the mentions of one label, in place.

    When a short form fits several full names already seen ("Trump" after "Donald Trump"
    and "Melania Trump"), it stands for the one the text has talked about most so far:
    news style names a second bearer of a surname by given name ("Melania"), so the
    bare surname stays with the principal, and on a tie with the one named first ("Ginger
    Baker" before "his daughter Nettie Baker") unless the story moved on to the other
    (``surname_recency``).
    """
    keys = {index: match_key(mentions[index]) for index in indices}
    targets = _targets(keys.values(), label)
    owners = acronym_owners(text)
    for key, options in targets.items():
        if len(key) == 1 and key[0] in owners:
            targets[key] = {o for o in options if not owned_by_another(key[0], o, owners)}
    first_seen: dict[Key, int] = {}
    last_seen: dict[Key, int] = {}
    talked_about: Counter[Key] = Counter()
    for index in indices:
        key, start = keys[index], mentions[index].start
        options = targets.get(key, set())
        chosen = key
        if len(options) == 1:
            chosen = next(iter(options))
        elif options:
            seen = [(talked_about[o], -first_seen[o], o) for o in options if o in first_seen]
            chosen = max(seen)[2] if seen else key
            tied = [o for count, _, o in seen if count == max(seen)[0]]
            first_at = {o: mentions[first_seen[o]].start for o in tied if o in first_seen}
            chosen = recent_bearer(tied, last_seen, start, first_at, text) or chosen
        first_seen.setdefault(key, index)
        last_seen[chosen] = start
        talked_about[chosen] += 1
        entity = " ".join(chosen)
        if mentions[index].entity != entity:  # most keep theirs: no copy (``replace`` is slow)
            mentions[index] = replace(mentions[index], entity=entity)


def resolve(mentions: Sequence[Mention], text: str = "") -> list[Mention]:
    """Point every short form at the full name it abbreviates (``Mention.entity``);
    ``text`` lets a title before a shared surname pick its bearer."""
    result = sorted(mentions, key=lambda m: (m.start, m.end))
    by_label: dict[str, list[int]] = defaultdict(list)
    for index, mention in enumerate(result):
        if mention.label in RESOLVABLE:
            by_label[mention.label].append(index)
    for label, indices in by_label.items():
        _resolve_label(result, indices, label, text)
    return result


def _surname(mention: Mention) -> str | None:
    """The last word of a person's full name, if it is safe to look for on its own."""
    words = mention.entity.split()
    if mention.label != "PERSON" or len(words) < MIN_FULL_NAME or mention.field != "text":
        return None
    last = words[-1]
    if len(last) < MIN_SURNAME or not last[0].isupper() or lookup(last) is not None:
        return None
    return last


def _trusted(form: str, mentions: list[Mention]) -> bool:
    """Tell whether a form is a name worth looking for again (not a one-off model slip)."""
    if not form[:1].isupper() or form in _CALENDAR or len(form) < MIN_SURNAME:
        return False
    if " " in form or " " in mentions[0].entity:
        return True
    return len(mentions) >= MIN_SINGLE_WORD_VOTES


#: "the Catholic Bishops' Conference of the Philippines (CBCP)": an acronym defined in
#: brackets right after the name it stands for, or as what the name is "known as".
_DEFINED_ACRONYM = re.compile(
    r"\s?\(([A-Z]{2,6})\)|,?\s(?:(?:also|better|commonly)\s)?known\sas\s(?:the\s)?([A-Z]{2,6})\b")


def defined_acronym(mention: Mention, text: str) -> str | None:
    """The acronym the text defines for an organisation right after naming it, when its
    letters are the name's initials ("Catholic Bishops' Conference of the Philippines
    (CBCP)"); news then writes only "the CBCP", which the model often leaves untagged."""
    if mention.label != "ORG" or mention.field != "text":
        return None
    found = _DEFINED_ACRONYM.match(text, mention.end)
    if found is None:
        return None
    tokens = name_tokens(mention.entity)
    acronym = found.group(1) or found.group(2)
    return acronym if len(tokens) >= MIN_FULL_NAME and stands_for(acronym, tokens) else None


def _known_forms(mentions: Sequence[Mention], text: str) -> dict[str, Mention]:
    """Surface forms (people's surnames, defined acronyms) that stand for one entity."""
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    seen: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label in _PROPAGATED and mention.field == "text":
            owners[mention.text].add((mention.label, mention.entity))
            seen[mention.text].append(mention)
    observed = set(seen)
    for mention in mentions:
        short = _surname(mention) or defined_acronym(mention, text)
        if short and short not in observed:
            owners[short].add((mention.label, mention.entity))
            seen[short].append(mention)
    return {
        form: seen[form][0]
        for form, found in owners.items()
        if len(found) == 1 and _trusted(form, seen[form])
    }


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Tell whether a capitalised word touches the span (then it is part of another name)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if (before and (before.isalnum() or before in "@#_")) or after.isalnum() or after == "_":
        return True
    following = _FOLLOWING_CAPITAL.match(text[end : end + 40])
    if following and not is_honorific(following.group(1)):
        return True
    word = previous_word(text, start)
    if before != " " or not word[:1].isupper() or not word[-1:].isalnum() or is_honorific(word):
        return False
    word_start = start - 1 - len(word)
    return not (at_sentence_start(text, word_start) and word.lower() in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset(
    "the in at on from to and but for of by with after before while when as both only "
    "meanwhile however also then so if yet since under over about against between".split()
)


def propagate(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Add mentions for repeats of established names the model missed (case-sensitive)."""
    forms = _known_forms(mentions, text)
    occupied = Occupied((m.start, m.end) for m in mentions if m.field == "text")
    lowercase = lowercase_words(text)
    added: list[Mention] = []
    for form in sorted(forms, key=len, reverse=True):
        spans = literal_spans(form, text)
        model = repeated_as_company(form, forms[form], spans, text)  # "Dell shares"
        for start, end in spans:
            if occupied.overlaps(start, end) or _inside_longer_name(text, start, end):
                continue
            if followed_by_currency(text, end):
                continue
            if form.lower() in lowercase and at_sentence_start(text, start):
                continue
            occupied.add(start, end)
            added.append(replace(model, start=start, end=end, text=form, confidence=0.8))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
