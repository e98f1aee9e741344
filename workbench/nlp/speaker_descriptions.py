"""Canonical speakers for definite descriptions: "the board", "the 34-year-old".

Why: news names a speaker once and then describes it. "The Toronto District School Board
said ... "...," the board said" and "John Smith, 34, was charged ... "...," the
34-year-old said" keep the phrase as speaker text (what an analyst underlines), but the
canonical speaker — the entity the quote links to — is the one described. Two general
rules, both looking back only:

* a definite description whose head noun is the last word of an organisation's name
  named earlier ("the board" -> "Toronto District School Board", "the union" ->
  "Nova Scotia Nurses' Union") is the nearest such organisation;
* "the N-year-old" is the nearest person written with that age ("John Smith, 34," or
  "34-year-old John Smith"); with no age written, the one person its passage names
  ("Wayne Fortier has driven a cab for 30 years. "…," the 62-year-old said": features
  give the age only in the description), never one written with another age or named
  beside someone unnamed ("after a woman was attacked"); in a passage naming several,
  the one person the sentence before the quotation names ("Masters champion Trevor
  Immelman has become ... "…," said the 29-year-old");
* "the company" (or "the firm", "the retailer", ...: a noun for any business) is the
  nearest business named before it in its passage ("Hasbro hosted a panel ... the
  company noted"): an organisation whose name holds no word of a public body ("Toronto
  Police Service", "Ministry of Health") and that is not the outlet spoken to ("told
  Reuters");
* "the woman" (man, girl, boy, actress ...) is the one person the passage names, when
  the text has since called that person by the noun's pronoun and never by the other
  ("Jane Morrow ... Police found her car ... the woman said"). Kin nouns ("the mother")
  are left alone: they usually describe someone tied to the person named.

Two more name what no entity carries (`named_description`): a group named by whom it
belongs to ("the Trump campaign", "the government of American Samoa") is itself the
speaker, written without its article; and "the spokesperson" right after "an Interpol
spokesperson stated" is that fuller description, not a bare role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.saying_verbs import SAID
from workbench.nlp.mentions_before import mentions_before
from workbench.nlp.speaker_agencies import covers, public_body
from workbench.nlp.speaker_document_owners import CITED_DOCUMENTS
from workbench.nlp.speaker_gender import (
    FEMALE_WORDS,
    MALE_WORDS,
    PERSON_NOUNS,
    RELATIONAL_NOUNS,
)

_DEFINITE = re.compile(r"(?:the|The)[ \u00a0]+([a-z]+)")
#: "the 34-year-old", "the 45-year-old coach", "the 62-year-old retired teacher".
_AGED = re.compile(r"(?:the|The)[ \u00a0]+(\d{1,3})-year-old((?:[ \u00a0]+[a-z][a-z-]*){0,2})")
#: Organisation labels a description may stand for.
_GROUP_LABELS = frozenset(("ORG",))
#: Words after a body's head noun in its name ("Department of ...", "Commission on ...").
_NAME_CONNECTORS = frozenset(("of", "on", "for"))
#: How far back (in characters) a description looks for what it describes.
MAX_DESCRIPTION_DISTANCE = 4000
#: Most mentions looked at (a window of 4,000 characters rarely holds more than 200).
_WINDOW_MENTIONS = 400
#: Nouns for a business of any kind: "the company said" speaks for the one just named.
BUSINESS_NOUNS = frozenset(
    "company firm corporation retailer manufacturer maker carmaker automaker airline "
    "insurer startup brand chain developer publisher broadcaster network utility telecom "
    "lender".split()
)
#: Last words of a business's name that no person's name ends with ("Westwood Properties").
COMPANY_ENDINGS = frozenset(
    "properties holdings partners group industries enterprises ventures associates "
    "technologies logistics investments developments".split()
)
#: Words of a labour body's name news calls "the union" ("Public Service Alliance of Canada").
LABOUR_BODY_WORDS = frozenset("alliance federation guild brotherhood teamsters workers".split())
#: Words of a public body's name: such an organisation is no company ("Toronto Police").
PUBLIC_BODY_WORDS = frozenset(
    "agency army assembly association authority board bureau church city commission "
    "committee council county court department embassy government hospital house "
    "ministry office parliament party police school senate service university".split()
)
#: Nouns for what an organisation is, after its name in a speaker phrase ("the Teamsters
#: union said"): the body itself; not its part ("the Senate committee", "the NHS hospital").
BODY_KIND_NOUNS = BUSINESS_NOUNS | frozenset(
    "union group party movement coalition organisation organization".split())
#: Nouns for a person of one gender, none of them a tie to someone else ("the mother").
GENDERED_PERSON_NOUNS = {
    **dict.fromkeys("woman girl actress businesswoman congresswoman policewoman".split(), "f"),
    **dict.fromkeys("man boy actor businessman congressman policeman".split(), "m"),
}
#: The passage a "the woman" looks back on for the one person it names.
MAX_PERSON_DISTANCE = 800
#: Quotation marks, and how far before a post-posed phrase its quotation may close.
_MARKS = ('"', "\u201d")
_OPENING_MARKS = ('"', "\u201c")
_CLOSING_GAP = 12
_WORD = re.compile(r"[a-z]+")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")
#: A business is named in the passage of the description (about two paragraphs).
MAX_BUSINESS_DISTANCE = 1500
#: An outlet spoken to ("told Reuters", "according to CNN") is not what is described.
_SPOKEN_TO = re.compile(r"(?:\btold|\bto|\bby)[ \u00a0]+(?:the[ \u00a0]+)?$")
_AGE_AFTER = r",[ \u00a0]*{age}\b"
_BEFORE_CHARS = 40
_AGE_BEFORE = r"\b{age}-year-old[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$"
_ANY_AGE_AFTER = re.compile(_AGE_AFTER.format(age=r"\d{1,3}"))
_ANY_AGE_BEFORE = re.compile(_AGE_BEFORE.format(age=r"\d{1,3}"))
#: Someone the passage brings in unnamed ("after a woman was attacked", "an elderly
#: man"): "the N-year-old" may be that one, not the one person it names. Not after a comma,
#: "as", "is" or "was", where the phrase describes the one named ("Tom Reed, a local man,").
_UNNAMED_PERSON = re.compile(r"\b(?:[Aa]n?|[Aa]nother)((?:[ \u00a0]+[a-z-]+){1,3})")
_DESCRIBING = re.compile(r"(?:,|\bas|\bis|\bwas)[ \u00a0]*$")
_UNNAMED_PERSON_NOUNS = frozenset("man woman boy girl victim".split())
#: Groups news names by their owner: "the Trump campaign", "the government of Samoa".
OWNED_GROUP_NOUNS = frozenset(
    "administration campaign government family team cabinet embassy ministry military army".split()
)
_NAME_WORD = CAPITAL + r"[\w'’.-]*"
_OWNED = re.compile(
    rf"(?:the|The)\s+((?:{_NAME_WORD}\s+){{1,3}}([a-z]+)|([a-z]+)\s+of\s+(?:the\s+)?"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
#: A document named by the group that put it out: "The government statement".
_GROUP_DOCUMENT = re.compile(
    rf"(?:the|The)\s+({'|'.join(sorted(OWNED_GROUP_NOUNS))})\s+([a-z]+)"
)
#: Roles a passage introduces with a fuller description ("a senior police official").
ROLE_NOUNS = frozenset(PERSON_NOUNS) | frozenset("official officer source analyst".split())
#: Words that make a phrase more than a modified noun ("the head of the company", "the
#: board said"); ``speaker_business_descriptions`` reads them too.
NOT_MODIFIERS = frozenset(
    "a an the of for from to by with and or in on at that this his her their its who".split()
) | SAID
_INTRODUCED = r"\b(?:[Aa]n?|[Tt]he)\s+((?:[\w'’-]+\s+){{1,3}}?{noun})\b"


def described_entity(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The mention of what ``phrase`` (a speaker text at ``start``) describes, or None.

    ``mentions`` are the document's mentions sorted by start; only those before
    ``start`` and within :data:`MAX_DESCRIPTION_DISTANCE` count, nearest first.
    """
    phrase = phrase.strip()
    aged = _AGED.fullmatch(phrase)
    if aged is not None:
        nouns = aged.group(2).split()
        kin = bool(nouns) and nouns[-1] in RELATIONAL_NOUNS  # "the 62-year-old father"
        return _person_of_age(aged.group(1), start, mentions, text, ageless=not kin)
    definite = _DEFINITE.fullmatch(phrase)
    if definite is None:
        return None
    head = definite.group(1)
    if head in GENDERED_PERSON_NOUNS:
        return _person_by_gender(GENDERED_PERSON_NOUNS[head], start, mentions, text)
    if head in BUSINESS_NOUNS:
        return _organisation_headed(head, start, mentions) or _business(start, mentions, text)
    if head == "union":
        return _organisation_headed(head, start, mentions) or _labour_body(start, mentions)
    found = _organisation_headed(head, start, mentions)
    return found or (public_body(head, start, _earlier(start, mentions), text)
                     if covers(head) else None)


def _labour_body(start: int, mentions: Sequence[Mention]) -> Mention | None:
    """The nearest organisation in the passage whose name is a labour body's without the
    word "Union" ("The Public Service Alliance of Canada rejected the offer. The union
    said"): news calls an alliance, federation or guild of workers "the union"."""
    for mention in _earlier(start, mentions):
        if start - mention.end > MAX_BUSINESS_DISTANCE:
            return None
        words = {w.lower().strip(".,'’") for w in mention.text.split()}
        if mention.label in _GROUP_LABELS and words & LABOUR_BODY_WORDS:
            return mention
    return None


def _earlier(start: int, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Mentions ending before ``start`` within the distance, nearest first (walking back
    at most ``_WINDOW_MENTIONS``, so a long document costs the window, not its length)."""
    return mentions_before(mentions, start, within=MAX_DESCRIPTION_DISTANCE,
                           window=_WINDOW_MENTIONS)


def _organisation_headed(head: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    for mention in _earlier(start, mentions):
        words = mention.text.split()
        if mention.label in _GROUP_LABELS and len(words) > 1 and head in _head_words(words):
            return mention
    return None


def _head_words(words: Sequence[str]) -> tuple[str, ...]:
    """The nouns a body's name may be cited by: its last word ("the board" for "Toronto
    District School Board") and the word before its first "of"/"on"/"for" ("the
    department" for "California Department of Corrections", "the commission" for
    "Commission on Presidential Debates")."""
    lowered = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lowered) if w in _NAME_CONNECTORS), None)
    return (lowered[-1],) if not cut else (lowered[-1], lowered[cut - 1])


def fuller_body(mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The body named in full earlier for a one-word mention of its head noun that the
    model tagged as an organisation itself ("The California Department of Corrections
    ... The Department issued a statement"): the capitalised noun is a short form."""
    words = mention.text.split()
    if mention.label not in _GROUP_LABELS or len(words) != 1:
        return None
    head = words[0].lower()
    if head not in PUBLIC_BODY_WORDS:
        return None
    return _organisation_headed(head, mention.start, mentions)


def _business(start: int, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The nearest organisation before ``start`` in its passage that can be a business."""
    for mention in _earlier(start, mentions):
        if start - mention.end > MAX_BUSINESS_DISTANCE:
            return None
        spoken_to = _SPOKEN_TO.search(text, max(0, mention.start - 20), mention.start)
        if spoken_to or not (mention.label in _GROUP_LABELS or _company_read_as_person(mention)):
            continue
        if not {w.lower().strip(".,'’") for w in mention.text.split()} & PUBLIC_BODY_WORDS:
            return mention
    return None


def _company_read_as_person(mention: Mention) -> bool:
    """A name the model read as a person whose last word only a business's name ends
    with ("Westwood Properties", "Calder Holdings"): "the company" may stand for it."""
    words = mention.text.split()
    return mention.label == "PERSON" and len(words) > 1 and words[-1].lower() in COMPANY_ENDINGS


def _person_by_gender(
    gender: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The only person named in the passage before ``start``, when a pronoun of
    ``gender`` (and none of the other) has stood for someone since that name."""
    people = _one_person_before(start, mentions)
    if not people:
        return None
    since = {w.lower() for w in _PRONOUN.findall(text, people[-1].end, start)}
    wanted, other = (FEMALE_WORDS, MALE_WORDS) if gender == "f" else (MALE_WORDS, FEMALE_WORDS)
    return people[0] if since & wanted and not since & other else None


def _person_of_age(
    age: str, start: int, mentions: Sequence[Mention], text: str, ageless: bool = True
) -> Mention | None:
    """The nearest person written with ``age``, else (``ageless``) the one person the
    passage names with no age; a kin noun after the age ("the 62-year-old father") is
    often someone tied to the one person named, so it takes only a written age."""
    after, before = _age_patterns(age)
    for mention in _earlier(start, mentions):
        if mention.label == "PERSON" and _written_with_age(mention, text, after, before):
            return mention
    if not ageless:
        return None
    return _only_person_ageless(start, mentions, text) or person_just_named(start, mentions, text)


@lru_cache(maxsize=256)
def _age_patterns(age: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The age written after a name and before a noun, compiled once per age."""
    return re.compile(_AGE_AFTER.format(age=age)), re.compile(_AGE_BEFORE.format(age=age))


def _one_person_before(start: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of the one person the passage before ``start`` names, nearest first;
    empty when it names nobody or more than one person (then no description is theirs)."""
    people = [
        m for m in _earlier(start, mentions)
        if m.label == "PERSON" and start - m.end <= MAX_PERSON_DISTANCE
    ]  # fmt: skip
    return people if len({m.entity for m in people}) == 1 else []


def _written_with_age(
    mention: Mention, text: str, after: re.Pattern[str], before: re.Pattern[str]
) -> bool:
    """True when ``mention`` is written with an age ``after`` it ("John Smith, 34,") or
    ``before`` it ("34-year-old John Smith")."""
    preceding = text[max(0, mention.start - _BEFORE_CHARS) : mention.start]
    return bool(after.match(text, mention.end) or before.search(preceding))


def _only_person_ageless(start: int, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The one person the passage before ``start`` names, when none of its mentions is
    written with an age: "the 62-year-old" then describes that person, whose age the
    text gives only here. Two people, an age written for another, or someone brought in
    unnamed ("after a woman was attacked") leave it open."""
    people = _one_person_before(start, mentions)
    if not people or any(_written_with_age(m, text, _ANY_AGE_AFTER, _ANY_AGE_BEFORE)
                         for m in people):
        return None
    passage = text[min(m.start for m in people) : start]
    for found in _UNNAMED_PERSON.finditer(passage):
        if _UNNAMED_PERSON_NOUNS.intersection(found.group(1).split()) and not (
            _DESCRIBING.search(passage, 0, found.start())
        ):
            return None
    return people[0]


def person_just_named(
    start: int, mentions: Sequence[Mention], text: str, aged: bool = True
) -> Mention | None:
    """The one person the sentence before the quotation names, for "the N-year-old" after
    it: a news report moves from one person to the next, and the age describes the one it
    has just introduced. Not when that sentence names two people, a kin ("his son") since,
    or, for an age (``aged``; an epithet, "the evangelist", gives none), someone unnamed
    since ("a woman") or an age of its own."""
    cut = _quotation_start(start, text)
    people = [m for m in _earlier(cut, mentions) if m.label == "PERSON"]
    if not people or cut - people[0].end > MAX_PERSON_DISTANCE:
        return None
    nearest = people[0]
    opening = max(text.rfind(stop, 0, nearest.start) for stop in (". ", "! ", "? ", "\n"))
    named = [m for m in people if m.start > opening]
    if len({m.entity for m in named}) != 1 or _inside_marks(text[opening + 1 : nearest.start]):
        return None
    if aged and any(_written_with_age(m, text, _ANY_AGE_AFTER, _ANY_AGE_BEFORE) for m in named):
        return None
    words = set(_WORD.findall(text, nearest.end, cut))
    blocking = RELATIONAL_NOUNS | _UNNAMED_PERSON_NOUNS if aged else RELATIONAL_NOUNS
    return None if words & blocking else nearest


def _inside_marks(before: str) -> bool:
    """True when a sentence's words ``before`` a name leave a quotation open: the name is
    someone's words, not the report's."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _quotation_start(start: int, text: str) -> int:
    """Where the quotation just before a post-posed phrase at ``start`` opens (`"…,"
    said the 29-year-old`), else ``start``: names inside the quotation are no antecedent."""
    closing = max(text.rfind(mark, max(0, start - _CLOSING_GAP), start) for mark in _MARKS)
    if closing < 0:
        return start
    opening = max(text.rfind(mark, 0, closing) for mark in _OPENING_MARKS)
    return opening if opening >= 0 else start


@cache
def _group_named_pattern(noun: str) -> re.Pattern[str]:
    """ "The <noun> of <owner>", compiled once per group noun (``OWNED_GROUP_NOUNS``, a
    handful). Why: the owner's words hold the large ``CAPITAL`` class, most of a millisecond
    to compile, and ``re``'s own cache of 512 patterns is cycled through by the per-name
    patterns of a long import, so each call compiled it again."""
    owner = rf"(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    return re.compile(rf"\b[Tt]he\s+({noun}\s+of\s+{owner})")


def _group_named_before(noun: str, start: int, text: str) -> str | None:
    """The group the text last named with ``noun`` and its owner before ``start`` ("The
    government of Burundi announced ..." for a later "The government statement")."""
    found = None
    named = _group_named_pattern(noun)
    for match in named.finditer(text, max(0, start - MAX_DESCRIPTION_DISTANCE), start):
        found = " ".join(match.group(1).split())
    return found


@cache
def _introduced_pattern(noun: str) -> re.Pattern[str]:
    """A role introduced with its description ("an Interpol spokesperson"), compiled once
    per role noun (``ROLE_NOUNS``: the cache stays small)."""
    return re.compile(_INTRODUCED.format(noun=re.escape(noun)))


def named_description(phrase: str, start: int, text: str, passage_start: int) -> str | None:
    """The speaker a description names when no entity does: an owned group without its
    article ("The Trump campaign" -> "Trump campaign"), a group's document for the group
    named before ("The government statement" -> "government of Burundi"), or, for a bare
    definite role ("the spokesperson"), the fuller description the passage (from
    ``passage_start``) gave that role last ("an Interpol spokesperson" -> "Interpol
    spokesperson")."""
    phrase = phrase.strip()
    owned = _OWNED.fullmatch(phrase)
    if owned is not None and (owned.group(2) or owned.group(3)) in OWNED_GROUP_NOUNS:
        return owned.group(1)
    group_document = _GROUP_DOCUMENT.fullmatch(phrase)
    if group_document is not None and group_document.group(2) in CITED_DOCUMENTS:
        return _group_named_before(group_document.group(1), start, text)
    definite = _DEFINITE.fullmatch(phrase)
    if definite is None or definite.group(1) not in ROLE_NOUNS:
        return None
    introduced = _introduced_pattern(definite.group(1))
    fuller = None
    for match in introduced.finditer(text, passage_start, start):
        modifiers = match.group(1).split()[:-1]
        if not {w.lower() for w in modifiers} & NOT_MODIFIERS:
            fuller = " ".join(match.group(1).split())
    return fuller
