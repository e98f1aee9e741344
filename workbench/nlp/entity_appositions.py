"""Appositions that name a person: "her lawyer, X,", "X, the governor of Y,".

Why a module of its own: the label votes (``consistency``) weigh these as strong evidence
for PERSON, and the cases where the comma's phrase belongs to someone else ("According
to NPR, former Vice President X", "a meeting in Washington, and sent Secretary of State
X") need their own rules; kept apart so the vote module stays readable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import has_org_head
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import is_honorific
from workbench.nlp.speaker_gender import PERSON_NOUNS
from workbench.nlp.speaker_role_titles import title_after, title_in_apposition

_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|the|a|an|\w+['\u2019]s)[ \u00a0]+(?:\w+[ \u00a0]+)?(\w+),[ \u00a0]+$",
    re.IGNORECASE,
)
"""'her husband, ', 'the victim's mother, ': a noun for a person set off before a name."""


_ROLE_BEFORE = re.compile(r"\b([a-z]+),[ \u00a0]+$")
"""'State Department spokesperson, ': a lowercase role right before a name set off by a
comma, with no article ("its spokesperson, X,") for the other rule to read."""


_CAPITAL_BEFORE_COMMA = re.compile(rf"\b{CAPITAL}[\w.'\u2019-]*,[ \u00a0]+$")


def _place_after_place(mention: Mention, text: str) -> bool:
    """Tell whether a known place follows a capitalised word and its comma ("Paris,
    Texas", "New York, New York"): the comma writes the place's region, not a role's
    holder."""
    return (lookup(mention.text) is not None
            and _CAPITAL_BEFORE_COMMA.search(text, max(0, mention.start - 30),
                                             mention.start) is not None)


def _after_comma(text: str, start: int) -> bool:
    """Tell whether a comma and spaces end the text before ``start`` (a line end may follow
    them: the patterns' ``$`` matches before a last newline too)."""
    end = start - 1 if text[start - 1 : start] == "\n" else start
    spaced = end
    while spaced > 0 and text[spaced - 1] in " \u00a0":
        spaced -= 1
    return spaced < end and text[spaced - 1 : spaced] == ","


def in_person_apposition(mention: Mention, text: str) -> bool:
    """Tell whether a name stands in apposition after a person's role or tie ("The
    union's president, Lana Payne,", "her lawyer, Bob Stein,", "State Department
    spokesperson, Morgan Ortagus,"): only a person is named
    so, whatever the model read (it often calls an unknown full name an organisation).
    Not a place after a place ("the mayor of New York, New York,"): a town's state.

    Every rule here reads a phrase that ends in a comma and a space right before the name;
    most names have none, and are answered without a pattern tried along the window."""
    if not _after_comma(text, mention.start):
        return False
    if _place_after_place(mention, text):
        return False
    if title_in_apposition(text, mention) is not None:
        return True
    match = _KIN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if match is not None and match.group(1).lower() in PERSON_NOUNS:
        return True
    role = _ROLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return role is not None and (is_honorific(role.group(1))
                                 or role.group(1).lower() in PERSON_NOUNS)


_POSSESSIVE_ROLE = re.compile(r",[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,3}?[\w.-]+['\u2019]s[ \u00a0]+")
"""', Puerto Rico's ', ', the company's ': the owner before a role given after a name."""


_OPENING_PHRASE = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)(?:[A-Z][a-z]+ing[ \u00a0]+)?"
    r"(?:[A-Z][a-z]+[ \u00a0]+)?(?:according[ \u00a0]+)?"
    r"(?:[Tt]o|[Ff]rom|[Ii]n|[Aa]t|[Oo]n|[Ww]ith|[Ff]or|[Aa]fter|[Bb]efore|[Dd]uring|[Uu]nder|"
    r"[Oo]utside|[Ii]nside|[Nn]ear|[Aa]cross|[Aa]mong|[Aa]mid|[Ff]ollowing)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$")
"""'Speaking to ', 'According to ', 'From ', 'Writing in the ': a sentence opening with a
phrase of place or source, where the name is the phrase's object and what follows its
comma is the sentence's subject ("Speaking to AFP, the president of the league said")."""
_NOT_APPOSITION = frozenset(
    "and but or nor so yet while whereas which who where when as then".split())
"""First words after a comma that start a clause, not a role in apposition ("a meeting
in Washington, and sent Secretary of State X")."""


def _first_word_after(text: str, end: int) -> str:
    """The lower-cased word after a name and its comma."""
    match = re.match(r"[\s,]*([A-Za-z]+)", text[end : end + 30])
    return match.group(1).lower() if match else ""


_NAME_IN = re.compile(rf"\b{CAPITAL}[\w'\u2019-]*[ \u00a0]+{CAPITAL}[\w'\u2019-]*")
"""Two capitalised words: a name the role introduces ("Secretary of State Mike Pompeo")."""


def _opens_the_sentence(mention: Mention, text: str) -> bool:
    """Tell whether a name is the object of a phrase that opens its sentence ("From
    Israel, Secretary of State X spoke"): the role after its comma is the subject's,
    unless a second comma closes a role with no name in it ("According to Sadie Weiner,
    his former spokeswoman, he died": the apposition of the name)."""
    if _OPENING_PHRASE.search(text, max(0, mention.start - 40), mention.start) is None:
        return False
    after = text[mention.end + 1 : mention.end + 80]
    closing = re.search(r"[,;.\n(]", after)
    if closing is None or closing.group() != ",":
        return True
    role = after[: closing.start()]
    words = role.split()
    return not words or not words[-1][:1].islower() or _NAME_IN.search(role) is not None


def role_after(mention: Mention, text: str) -> bool:
    """Tell whether a role follows a name in apposition ("Ricardo Rosselló, the governor
    of Puerto Rico,", "Ricardo Rosselló, Puerto Rico's governor,", "X, an analyst at
    RBC,"): a person's name.
    Not after a sentence's opening phrase ("According to NPR, former Vice President X")
    nor before a new clause (", and sent Secretary of State X").

    Both roles follow the name's comma: a name without one is answered at once."""
    if not text.startswith(",", mention.end):
        return False
    if (_opens_the_sentence(mention, text)
            or _first_word_after(text, mention.end) in _NOT_APPOSITION):
        return False
    if title_after(text, mention) is not None or _job_noun_after(mention, text):
        return True
    owner = _POSSESSIVE_ROLE.match(text, mention.end)
    if owner is None:
        return False
    role = re.split(r"[,;.\n(]", text[owner.end() : owner.end() + 40], maxsplit=1)[0].split()
    return 0 < len(role) <= 2 and is_honorific(role[-1])  # noqa: PLR2004 - "former governor"


_TITLED_LIST = re.compile(
    rf"\b([A-Z][a-z]+)s[ \u00a0]+(?:{CAPITAL}[\w.'\u2019-]*,?[ \u00a0]+)*(?:and[ \u00a0]+)?$")
"""'Representatives Eliot Engel, Adam Schiff, and ': a plural title and the names it
introduces so far, read one capitalised word at a time (a comma may end any of them):
grouping the words into names in the pattern let a long Title Case run before a name
backtrack over every grouping."""


def in_titled_list(mention: Mention, text: str) -> bool:
    """Tell whether a name is one of a list a plural title introduces ("Senators Ada
    Brandt and Lena Holm", "Representatives A, B, and C"): each is a person, whatever the
    model read of the last one."""
    match = _TITLED_LIST.search(text, max(0, mention.start - 120), mention.start)
    return match is not None and is_honorific(match.group(1))


_ROLE_NOUNS = frozenset(
    "actor actress singer rapper comedian nominee candidate journalist reporter activist "
    "blogger novelist author poet writer filmmaker businessman businesswoman billionaire "
    "astronaut scientist economist analyst footballer quarterback striker goalkeeper "
    "pitcher boxer wrestler golfer cyclist swimmer sprinter suspect defendant survivor "
    "victim lawmaker legislator entrepreneur pianist musician guitarist drummer painter "
    "sculptor photographer chef lobbyist strategist pollster commentator presenter anchor "
    "columnist correspondent historian professor researcher surgeon prosecutor lawyer "
    "attorney".split())
"""Lowercase nouns for what a person is or does, written right before a full name with
no comma ("porn actress Stormy Daniels", "presidential nominee Darrell Castle"). Not
"model", "producer", "player", "star", "client", "investor" or "host", which stand before
products and companies as often ("client Goldman Sachs", "star Manchester United
striker")."""
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \u00a0]+$")
_JOB_NOUNS = frozenset(
    "analyst economist strategist spokesperson spokesman spokeswoman professor "
    "researcher scientist historian columnist correspondent journalist reporter lawyer "
    "attorney surgeon physician nurse lawmaker legislator businessman businesswoman actor "
    "actress singer rapper comedian novelist poet pianist musician guitarist drummer "
    "painter sculptor photographer astronaut footballer quarterback goalkeeper boxer "
    "wrestler golfer cyclist swimmer sprinter".split())
"""Jobs only a person holds, read after a name ("X, an analyst at RBC,").
Not "defendant", "victim", "suspect", "survivor", "candidate" or "nominee", which a
company, a utility or a gang is as often ("Imperial Oil, the defendant in the case,"),
nor "author", "pollster" or "entrepreneur" ("the author of the report", "Léger, the
pollster")."""
_ROLE_NOUN_AFTER = re.compile(
    r",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}?"
    rf"(?:{'|'.join(sorted(_JOB_NOUNS))})(?=[,;.]|[ \u00a0]+(?:at|for|of|with|in|who)\b)")
"""', an analyst at RBC', ', a senior economist with TD,': a job only a person holds, set
off after a name, is what the named one does ("Louis-Philippe Ouellet, an analyst at
...", a hyphenated given name the model reads as a company's)."""


def _job_noun_after(mention: Mention, text: str) -> bool:
    """Tell whether a person's job is set off after a name with no organisation's head
    word or suffix ("Veltrix Systems, an analyst of ..." stays a company)."""
    return (_ROLE_NOUN_AFTER.match(text, mention.end) is not None
            and not has_org_head(tuple(mention.text.split())))


def role_noun_before(mention: Mention, text: str) -> bool:
    """Tell whether a lowercase role noun stands right before a name of two or more
    capitalised words ("nominee Darrell Castle"): a person's full name, whatever the model
    read (it calls many an unknown one an organisation)."""
    words = mention.text.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):  # noqa: PLR2004
        return False
    match = _WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return match is not None and match.group(1) in _ROLE_NOUNS


_AFFILIATION = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"({CAPITAL}[\w&.'\u2019-]*(?:[ \u00a0]+(?:(?:{CAPITAL}|[0-9])[\w&.'\u2019-]*|and|of|for))*)")
"""' of Rogaland Fire and Rescue', ' of the WESH 2 news': the body a person speaks for."""
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+$")
_LINKING_WORDS = frozenset({"and", "of", "for"})


def affiliation_after(mention: Mention, text: str) -> bool:
    """Tell whether a full name is followed by "of" and the organisation its bearer
    works for ("Jo Vik of Bergen Fire and Rescue said", "told Ana Ruiz of KXAN news"):
    news names a person so, and the model calls many an unknown one an organisation.
    Not after "the" ("the Royal Academy of Arts" is the body itself), not a known place
    ("Islamic Republic of Iran") and not when "of" leads to a place ("Goldman Sachs of
    New York" is a company and its home)."""
    words = mention.text.split()
    if (not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words)  # noqa: PLR2004
            or lookup(mention.text) is not None
            or _ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)):
        return False
    match = _AFFILIATION.match(text, mention.end)
    if match is None:
        return False
    body = match.group(1).rstrip(".'\u2019").split()  # "of California." ends a sentence
    while body and body[-1] in _LINKING_WORDS:
        body.pop()
    return lookup(" ".join(body)) is None


_LIST_GAP = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+")
"""What parts two items of a list: ", ", ", and ", " and "."""


def listed_between_people(mention: Mention, text: str,
                          people: Sequence[tuple[int, int]]) -> bool:
    """Tell whether a full name stands in a list between two people's full names ("his
    counterparts, Ana Ruiz, Nikos Pappas and Jean Lebrun, met"): one list names one kind
    of thing, and the model often calls the unknown name in it an organisation.
    ``people`` are the (start, end) spans of the document's full person names, in order."""
    words = mention.text.split()
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):  # noqa: PLR2004
        return False
    return _listed_between(mention, text, people, _LIST_GAP)


_ORGANISATION_LIST_GAP = re.compile(
    r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:[Tt]he[ \u00a0]+)?")
"""A list's gap before an organisation, which may keep its article ("Newsweek, Politico,
The Hill and Time")."""


def one_word_listed_between_organisations(mention: Mention, text: str,
                                          organisations: Sequence[tuple[int, int]]) -> bool:
    """Tell whether a one-word name stands in a list between two organisations ("Newsweek,
    Politico, The Hill and Time reported"): an outlet or a company like its neighbours,
    though the model read a person (a person in such a list is named in full).
    ``organisations`` are the (start, end) spans of the document's organisations, in order."""
    if " " in mention.text or not mention.text[:1].isupper():
        return False
    return _listed_between(mention, text, organisations, _ORGANISATION_LIST_GAP)


def _listed_between(mention: Mention, text: str, spans: Sequence[tuple[int, int]],
                    gap: re.Pattern[str]) -> bool:
    """Tell whether the spans right before and right after a mention are list items with it.

    Searched in ``spans`` by key: lists of their ends and starts built at each call made
    the vote over a page of thousands of names quadratic (20 s of 75 for 127,000
    characters of capitalised words; attack run 14)."""
    before = bisect_right(spans, mention.start, key=itemgetter(1)) - 1
    after = bisect_left(spans, mention.end, key=itemgetter(0))
    return (before >= 0 and after < len(spans)
            and gap.fullmatch(text, spans[before][1], mention.start) is not None
            and gap.fullmatch(text, mention.end, spans[after][0]) is not None)


_LIFE_VERBS = r"(?:died|dies|was[ \u00a0]+born|was[ \u00a0]+buried|was[ \u00a0]+survived)"
"""What only a person does: an organisation is founded and dissolved, it is not born and
does not die."""


def surname_lives_or_dies(mention: Mention, text: str) -> bool:
    """Tell whether a full name's last word is written alone elsewhere as the subject of
    a verb only people take ("a seat formerly held by Elijah Cummings ... Cummings died
    in October"): the name is a person's, whatever the model called it."""
    words = mention.text.split()
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):  # noqa: PLR2004
        return False
    surname = words[-1]
    for end in _life_verb_subject_ends(text):
        start = end - len(surname)
        if (start >= 0 and text[start:end] == surname
                and not (start and _WORD_OR_HYPHEN.match(text, start - 1))
                and not mention.start <= start < mention.end):
            return True
    return False


_LIFE_VERB_AFTER = re.compile(rf"[ \u00a0]+{_LIFE_VERBS}\b")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


@lru_cache(maxsize=8)
def _life_verb_subject_ends(text: str) -> tuple[int, ...]:
    """Where each word written right before a verb only people take ends, read once per
    text: scanning the whole text again for every name made a long document's analysis
    quadratic (a 1,000-name text took minutes)."""
    return tuple(match.start() for match in _LIFE_VERB_AFTER.finditer(text))
