"""Speaker names the entity model did not tag, and names that point at someone else.

Why: on unseen news the small model often leaves a speaker's name untagged
("said University of California, San Diego's chancellor, Pradeep Khosla") or tags only
the surname ("Mayor of London Sadiq Khan" with "Khan" alone). The speaker span the parse
found is still a person's name, so it is the canonical speaker, and a later "Khosla"
stands for it; but a surname tag must not pull "Sadiq Khan" onto the "Usman Khan" the
article named first.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from workbench.core.letters import CAPITAL
from workbench.core.text import end_before_spaces
from workbench.core.time_words import MONTHS, WEEKDAYS
from workbench.nlp.most_named import MostNamed
from workbench.nlp.names import (
    ONE_MEMBER,
    is_acronym,
    is_honorific,
    strip_honorifics,
)
from workbench.nlp.resolution import without_generation
from workbench.nlp.speaker_descriptions import BODY_KIND_NOUNS

if TYPE_CHECKING:
    from workbench.core.models import Mention

_PHRASE_ARTICLES = frozenset(("the", "a", "an", "s"))
_WORD = re.compile(r"[\w.'\u2019-]+")
_WORD_ONLY = re.compile(r"\w+")
#: Closing quotation marks after which a frame's attribution follows.
_MARK_CLOSERS = ('"', "'", "\u201d", "\u2019")
_NOT_IN_NAMES = re.compile(r"[/|\\()\[\]{}:;]")
#: Always capitalised, so never "written in lowercase", yet nobody's name: first-person
#: "I" (an interviewee's "and I said, ...") must not become a surname to complete.
_FIRST_PERSON = frozenset(("I", "I'm", "I\u2019m"))
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: Capitalised words that head an organisation or a group, never a person's name.
ORGANISATION_WORDS = frozenset(
    """
    agency army association authority bank board bureau campaign centre center church
    city club college commission committee company corporation council county court
    department embassy foundation government group hospital house institute ministry
    network news office organisation organization party police post press republic
    service school senate state team times tribune union university
    """.split()
)
_MAX_NAME_WORDS = 4


def name_words(text: str) -> list[str]:
    """The trailing run of capitalised words, titles dropped ("Cardinal Marc Ouellet" ->
    Marc Ouellet; "the chancellor, Pradeep Khosla" -> Pradeep Khosla)."""
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    return list(strip_honorifics(_after_last_title(run))) if run else []


def _after_last_title(run: list[str]) -> tuple[str, ...]:
    """The run from its last title on, when a full name follows it: a party before the
    title is the person's affiliation ("PQ MNA Pascal Bérubé"), while "Martin Luther King
    Jr." has no full name after its title-like word."""
    last = next((i for i in range(len(run) - 3, 0, -1) if is_honorific(run[i])), 0)
    return tuple(run[last:])


#: A common-noun phrase ending in the name of whom it speaks for or stands beside: "a
#: lawyer for Barlow", "a friend of Barlow", "a lawyer representing Barlow".
_NAME_AS_COMPLEMENT = re.compile(
    r"^(?:[a-z][\w'\u2019-]*\s+)+(?:for|of|representing|to|with|from|near|close\s+to)"
    rf"\s+(?:{CAPITAL}[\w.'\u2019-]*\s*)+$"
)

_OPENING_DETERMINERS = frozenset("a an the one another some his her their its".split())


def names_whom_it_serves(text: str) -> bool:
    """True when a speaker phrase is a common noun whose name is the complement of a
    preposition ("a lawyer for Barlow", "a friend of Barlow"): the lawyer speaks, not
    Barlow, so the phrase is no lookup key for the person's name (the guide keeps such a
    phrase as a common-noun speaker). A capitalised head ("the Secretary of State Antony
    Blinken") or a name set off by a comma ("the head of NASA, Bill Nelson") is a title."""
    words = text.strip().split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in _OPENING_DETERMINERS:  # "A lawyer for Barlow"
        words[0] = words[0].lower()
    return _NAME_AS_COMPLEMENT.match(" ".join(words)) is not None


def titled_single_name(words: list[str] | tuple[str, ...]) -> str | None:
    """The name in a speaker text of a title and one capitalised name ("Princess
    Ubolratana", "Mayor Tory"), else None."""
    if len(words) != 2 or not is_honorific(words[0]) or not words[0][:1].isupper():
        return None
    name = words[1]
    return name if name[:1].isupper() and not is_acronym(name) and name.isalpha() else None


def strip_title(text: str) -> str:
    """The name part of a speaker text, or the text itself when it holds no name."""
    words = name_words(text)
    return " ".join(words) if words else text


def person_name(text: str) -> bool:
    """True when a speaker text is a full personal name: two to four capitalised words,
    no lowercase word (that makes a common-noun phrase: "a Hampshire Police spokesman"),
    no acronym and no organisation word ("Hampshire Police", "State Department")."""
    words = _WORD.findall(text)
    if any(w[:1].islower() for w in words):
        return False
    names = name_words(text)
    if not 2 <= len(names) <= _MAX_NAME_WORDS:
        return False
    return not any(is_acronym(w) or w.lower() in ORGANISATION_WORDS for w in names)


def names_someone_else(mention: Mention, speaker_text: str) -> bool:
    """True when the speaker text names a person more fully than the mention it overlaps,
    and differently from the entity that mention was resolved to ("Sadiq Khan" over a
    "Khan" mention that stands for "Usman Khan")."""
    if mention.label != "PERSON":
        return False
    spoken = [w.lower() for w in name_words(speaker_text)]
    tagged = [w.lower() for w in name_words(mention.text)]
    entity = {w.lower() for w in name_words(mention.entity)}
    return len(spoken) > len(tagged) and not set(spoken) <= entity and not entity <= set(spoken)


def hint_is_a_name(name: str, lowercase_words: frozenset[str]) -> bool:
    """True when the name the parse put behind a pronoun is a person's name: capitalised
    words not ending in a title ("States Senator" is half of a title) and, for one word,
    not a common noun that merely opens a sentence ("Fitness was a big factor"), and no
    credit line's "Name / Agency" (a slash or bracket is in no one's name)."""
    if _NOT_IN_NAMES.search(name) or name.strip() in _FIRST_PERSON:
        return False
    words = _WORD.findall(name)
    if not words or not 1 <= len(words) <= _MAX_NAME_WORDS:
        return False
    if any(not w[:1].isupper() for w in words) or is_honorific(words[-1]):
        return False
    if words[-1].lower() in ORGANISATION_WORDS:
        return False
    return len(words) > 1 or words[0].lower() not in lowercase_words




class PeopleByName:
    """Every person the text names, under each ending of the name, in reading order.

    One lookup for both kinds of person: PERSON mentions (by their resolved entity) and
    full names of speakers the model left untagged ("Pradeep Khosla"), so a later
    "Khosla" or "Miller" finds either. Why an index: scanning every mention per quote made
    speaker resolution quadratic (a 1 MB one-line text spent 28 s there).
    """

    def __init__(self) -> None:
        self.by_ending: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._keys: dict[str, tuple[str, ...]] = {}
        self._most: dict[tuple[str, ...], MostNamed] = {}  # who leads, per ending

    def add(self, entity: str, start: int) -> None:
        """Record that the text names ``entity`` at ``start`` (calls come in reading order
        for mentions; an untagged speaker may come later and is inserted in place)."""
        tokens = tuple(w.lower() for w in _WORD_ONLY.findall(entity))
        endings = {tokens[-size:] for size in range(1, len(tokens) + 1)}
        core = without_generation(tokens)  # "Downey" for "Robert Downey Jr."
        endings |= {core[-size:] for size in range(1, len(core) + 1)}
        for ending in endings:
            named = self.by_ending.setdefault(ending, [])
            if named and (start, entity) < named[-1]:  # out of reading order: count again
                self._most.pop(ending, None)
            bisect.insort(named, (start, entity))

    def add_untagged(self, text: str, start: int) -> str:
        """Remember the full name in a speaker text no mention carries; return it."""
        name = " ".join(name_words(text))
        self.add(name, start)
        return name

    def find(self, name: str, start: int) -> str | None:
        """The person ``name`` ("Miller", "Sen. Miller") stands for: the one the text has
        named most up to ``start`` (ties: named first), or anywhere when nobody before
        and the name is written as a name."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = tuple(w.lower() for w in _WORD_ONLY.findall(strip_title(name)))
        ending = key if key in self.by_ending else self._full_name_ending(key)
        named = self.by_ending.get(ending) if ending else None
        if not named:
            return None
        before = bisect.bisect_left(named, (start, ""))
        if not before and not name.istitle():
            return None
        most = self._most.setdefault(ending, MostNamed())
        if len(most) < len(named):  # namings added since: count them on
            most.extend([entity for _, entity in named[len(most):]])
        return most.leader(before or len(named))

    def _full_name_ending(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """Where a person named in full is named, for a name with a word no title list
        knows before that full name ("Chef Anna Kingsley" for Anna Kingsley: an occupation
        opening a sentence); the longest ending of two words or more that names someone."""
        for size in range(len(key) - 1, 1, -1):
            if self.by_ending.get(key[-size:]):
                return key[-size:]
        return None


#: Words opening a phrase for one unnamed member of a group ("another Republican").


def names_whole_phrase(mention: Mention, phrase: str, phrase_start: int) -> bool:
    """True when ``mention`` is the speaker phrase itself, give or take titles and articles.

    "the German government" overlaps the NORP "German", and "a spokesperson for Toronto
    FC" an ORG, but neither is spoken for by that entity: a lowercase word outside the
    mention (other than an article) means the phrase is headed by a common noun. A place
    is the phrase only alone: "Environment Canada" is an agency, not Canada. An
    organisation followed by the noun for what it is ("the Teamsters union") is the phrase.
    """
    inside_start = max(0, mention.start - phrase_start)
    inside_end = max(inside_start, mention.end - phrase_start)
    rest = phrase[:inside_start] + " " + phrase[inside_end:]
    words = [w for w in _WORD_ONLY.findall(rest) if w.lower() not in _PHRASE_ARTICLES]
    if mention.label == "GPE" and words:
        return False  # a place inside a longer name: "Environment Canada" is not Canada
    if mention.label == "ORG" and _kind_after(words, phrase[inside_end:]):
        return True
    opening = _WORD_ONLY.findall(phrase[:inside_start])
    if mention.label == "NORP" and opening and opening[0].lower() in ONE_MEMBER:
        return False  # "an Iowa Democrat" is one member, not the party
    return not any(w[0].islower() for w in words)


def _kind_after(words: list[str], after: str) -> bool:
    """True when the one word after an organisation's name is what it is ("the Teamsters union")."""
    return len(words) == 1 and after.strip() == words[0] and words[0] in BODY_KIND_NOUNS


#: How far before its pronoun the parse's one-word hint is looked for (its sentence).
_HINT_CHARS = 300


def opens_the_pronouns_sentence(text: str, name: str, start: int) -> bool:
    """True when ``name``, the one word the parse put behind the pronoun at ``start``,
    is the capitalised word opening that pronoun's own sentence ("Business has been slow
    since April, she said."): a paraphrase's subject, whose capital is the sentence's, is
    no evidence of a name, and the pronoun's antecedent is looked for instead; a capital
    after it makes it part of a longer name ("Joanne Hsu said ..."). Read from the last
    sentence end before ``start`` only, in place."""
    if not _may_be_surname(name):
        return False
    begin = max(0, start - _HINT_CHARS)
    opened = max(text.rfind(end, begin, start) for end in (". ", "\n", "? ", "! "))
    first = end_before_spaces(text, start)  # nothing before the pronoun: no hint
    at = opened + 1 if opened >= 0 else begin
    while at < first and not text[at].isalnum():
        at += 1
    after = at + len(name)
    if not text.startswith(name, at) or after >= first:
        return False
    following = text[after : after + 2]  # a capital after a space: a longer name
    return not (following[:1].isalnum() or following[:1] in "'\u2019-"
                or (following[:1] == " " and following[1:].isupper()))


def lone_surname_at(text: str, start: int, word: str) -> bool:
    """True when ``word`` at ``start`` can be taken for a surname on its own: a word that
    may be one, written where only a name is capitalised."""
    return _may_be_surname(word) and _mid_sentence(text, start)


def _may_be_surname(word: str) -> bool:
    """A lone word that can be a surname: letters, more than "I", no acronym ("VP"), no
    day or month (the parse takes "Wednesday" in `"...," said Wednesday a White House
    official` for a subject)."""
    lowered = word.lower()
    if not word.isalpha() or len(word) < 2 or word.isupper():  # noqa: PLR2004
        return False
    return lowered not in WEEKDAYS and lowered not in MONTHS


def _mid_sentence(text: str, start: int) -> bool:
    """True where only a name is capitalised: after a lowercase word (`said Okafor`), a
    comma, or a quotation closed by its comma, "?" or "!" (`"...," Okafor said`). Not
    after a bracket, a closing mark ending a sentence or a line break: something else
    may open a sentence there ("((WN)) Statistics show", `[.]" Sources report`). Read
    back from ``start`` over the white space alone: asked once per quote, a copy of the
    text before each would read a long text once per quote."""
    last = end_before_spaces(text, start) - 1
    before = text[max(0, last - 1) : last + 1]  # the last two characters written
    if before[-1:] in _MARK_CLOSERS:
        # a tokenised text writes the closing mark apart: `the TARDIS, " BBCOne promoted`
        inside = end_before_spaces(text, last) - 1
        return inside >= 0 and text[inside] in (",", "?", "!")
    return before[-1:] == "," or before[-1:].islower()


def writes_another(passage: str, hint: str, entity: str) -> bool:
    """True when ``passage`` writes the surname of ``hint`` (a person the parse found) and
    that is not a word of ``entity``: a second person there, tagged or not."""
    surname = _WORD_ONLY.findall(hint)[-1:]
    if not surname or surname[0] in _WORD_ONLY.findall(entity):
        return False
    return surname[0] in _WORD_ONLY.findall(passage)
