"""A document cited by its noun alone ("read the warning", "the proclamation said") speaks for
whoever the passage said issued it, when no organisation was written with the noun itself.

Why apart from ``speaker_document_owners`` (an organisation written right before the same
noun, or one that "issued a statement"): news names a document's author in three more ways
that leave the owner rule nothing to find, and the quote then had no canonical speaker
though the text says whose words they are (issue 15, documents owning quotes):

- the passive, "The orange warning issued by Met Éireann applied to ..." (the issuer is
  often a name the entity model never tags, so it is read from the text);
- a pronoun opening the clause a document phrase introduces, "In a statement released by
  its spokesman, it said ..." (the organisation the passage was about before it);
- a court's opinion, judgment or the summary of its decision, by the full name of the
  court the passage said issued a ruling ("the Supreme Court of Puerto Rico");
- an executive instrument — a proclamation, a decree, a presidential memorandum or
  executive order — which only a head of government or state issues: "President Ana Ruiz
  declared an emergency ... The proclamation said" is the president's.

A spokesperson who "released" the statement is its voice, not its owner, so a lowercase
word after "by" ("by spokesman X") names nobody here; a former or vice president issues no
proclamation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.mentions_before import mentions_before
from workbench.nlp.names import canonical_name
from workbench.nlp.speaker_document_owners import CITED_DOCUMENTS

#: The passage an issuer is looked for in (about two paragraphs), as for an owner.
MAX_ISSUER_DISTANCE = 1500
#: "the warning", "The proclamation", "the presidential memorandum": the cited noun.
_BARE = re.compile(r"(?:the|The)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?([a-z]+)")
#: Documents an author issues by name: the owner rule's (but a complaint, which is filed,
#: not issued) and more, as alerts and notices are put out by services and agencies the
#: model rarely tags.
ISSUED_DOCUMENTS = (CITED_DOCUMENTS - {"complaint"}) | frozenset(
    "alert advisory notice bulletin proclamation decree order directive letter guidance "
    "forecast".split()
)
#: "The orange warning issued by Met Éireann": the words after "by" up to the first that is
#: not capitalised are read as the issuer.
_ISSUED_BY = (
    r"\b{noun}s?[ \u00a0]+(?:(?:was|were|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+)?"
    r"(?:issued|released|published|put[ \u00a0]+out|sent[ \u00a0]+out)[ \u00a0]+by"
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?P<name>[\w'\u2019&.-]+(?:[ \u00a0]+[\w'\u2019&.-]+){{0,5}})"
)
#: Lowercase words allowed inside a name after its first word ("Bank of England").
_NAME_JOINERS = frozenset(("of", "for", "and", "de", "du", "the"))
#: "In a statement released by spokesman X, it said": the pronoun that opens the clause.
_INTRODUCED_FOR_PRONOUN = (
    r"\b(?:[Ii]n|[Tt]hrough)[ \u00a0]+(?:a|an|its|their)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?{noun}\b"
    r"[^.;\"\u201c\u201d]{{0,80}},[ \u00a0]+(?:it|they)[ \u00a0]"
)
_ORGANISATION_LABELS = frozenset(("ORG", "GPE", "NORP"))
#: Instruments only a head of government or state issues, and the ones that say so by an
#: adjective ("presidential memorandum", "executive order", "royal decree").
_HEAD_INSTRUMENTS = frozenset(("proclamation", "decree", "edict"))
_QUALIFIED_INSTRUMENT = (
    r"\b(?:presidential|executive|royal|emergency)[ \u00a0]+{noun}\b"
)
_QUALIFIED_NOUNS = frozenset(("memorandum", "order", "directive", "decree", "proclamation"))
#: The title right before a head's name ("United States President Donald Trump").
_HEAD_TITLE = re.compile(
    r"(?<![Vv]ice[ \u00a0])(?<![Ff]ormer[ \u00a0])(?<![Vv]ice-)"
    r"\b(?:President|Governor|King|Queen|Prime[ \u00a0]+Minister|Premier|Emperor|Chancellor)"
    r"[ \u00a0]+$"
)
_TITLE_CHARS = 30


#: A court's written word cited by its noun: "The opinion of the Court", "The summary of the
#: decision", "the judgment".
_JUDICIAL_NOUNS = "opinion|ruling|judgment|judgement|decision|verdict"
_JUDICIAL_PHRASE = re.compile(
    rf"(?:the|The)[ \u00a0]+(?:(?:summary|text)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+)?"
    rf"(?:{_JUDICIAL_NOUNS})(?:[ \u00a0]+of[ \u00a0]+the[ \u00a0]+[Cc]ourt)?"
)
#: "the Supreme Court of Puerto Rico issued a ruling": the court, its full name as written.
_COURT_RULED = re.compile(
    rf"\b(?P<court>(?:{CAPITAL}[\w'-]*[ \u00a0]+){{0,4}}Court"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"{CAPITAL}[\w'-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?{CAPITAL}[\w'-]*){{0,3}})?)"
    rf"(?:[ \u00a0]+on[ \u00a0]+{CAPITAL}\w+)?,?[ \u00a0]+"
    r"(?:issued|handed[ \u00a0]+down|delivered|released|published)[ \u00a0]+(?:a|an|its|the)"
    rf"[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?(?:{_JUDICIAL_NOUNS})\b"
)


def document_issuer(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """Who the passage before ``start`` said issued the document ``phrase`` names ("the
    warning", a speaker text), or None. ``mentions`` are sorted by start."""
    begin = max(0, start - MAX_ISSUER_DISTANCE)
    if _JUDICIAL_PHRASE.fullmatch(phrase.strip()):
        court = _court_that_ruled(begin, start, text)
        if court is not None:
            return court
    bare = _BARE.fullmatch(phrase.strip())
    if bare is None or bare.group(1) not in ISSUED_DOCUMENTS:
        return None
    noun = bare.group(1)
    return (
        _issued_by(noun, begin, start, mentions, text)
        or _pronoun_after_document(noun, begin, start, mentions, text)
        or _head_of_instrument(noun, begin, start, mentions, text)
    )


def _issued_by(
    noun: str, begin: int, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The last "<noun> issued by <Name>" before the citation: the mention written there,
    else the capitalised words themselves, read as an organisation."""
    found = _last_match(re.compile(_ISSUED_BY.format(noun=noun)), text, begin, start)
    if found is None:
        return None
    name_start = found.start("name")
    mention = _mention_at(mentions, name_start)
    if mention is not None:
        return mention
    name = _capitalised_name(found.group("name"))
    if not name:
        return None
    return Mention(name_start, name_start + len(name), name, "ORG", canonical_name(name))


def _capitalised_name(words: str) -> str:
    """The leading capitalised words of ``words`` (joiners inside allowed), trailing
    punctuation cut: "Met Éireann applied to" -> "Met Éireann"."""
    kept: list[str] = []
    for word in words.split():
        if word[:1].isupper():
            kept.append(word)
        elif kept and word in _NAME_JOINERS:
            kept.append(word)
        else:
            break
    while kept and kept[-1] in _NAME_JOINERS:
        kept.pop()
    return " ".join(kept).rstrip(".,'\u2019")


def _pronoun_after_document(
    noun: str, begin: int, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """ "In a statement released by its spokesman, it said ...": the organisation named
    last before that phrase, which the pronoun stands for."""
    found = _last_match(re.compile(_INTRODUCED_FOR_PRONOUN.format(noun=noun)), text, begin,
                        start)
    if found is None:
        return None
    return _last_mention_before(
        mentions, found.start(), begin,
        lambda m: m.label in _ORGANISATION_LABELS and m.end <= found.start(),
    )


def _head_of_instrument(
    noun: str, begin: int, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """A proclamation, a decree, or a memorandum or order the passage called presidential
    or executive: the titled head named last before the passage first wrote it."""
    qualified = None
    if noun in _QUALIFIED_NOUNS:
        qualified = re.compile(_QUALIFIED_INSTRUMENT.format(noun=noun)).search(text, begin, start)
    if qualified is None and noun not in _HEAD_INSTRUMENTS:
        return None
    first = start if qualified is None else qualified.start()
    return _last_mention_before(
        mentions, first, begin,
        lambda m: m.label == "PERSON"
        and _HEAD_TITLE.search(text, max(0, m.start - _TITLE_CHARS), m.start) is not None,
    )


def _court_that_ruled(begin: int, start: int, text: str) -> Mention | None:
    """The court the passage last said issued a ruling ("the Supreme Court of Puerto Rico
    issued a ruling"), by the full name written there: a court's opinion, judgment or
    the summary of its decision is its word, and the model often tags only "the
    Supreme Court" of that name."""
    found = _last_match(_COURT_RULED, text, begin, start)
    if found is None:
        return None
    name = found.group("court")
    at = found.start("court")
    if name.startswith(("The ", "The\u00a0")):  # "The Supreme Court ruled": no article
        name, at = name[4:], at + 4
    return Mention(at, at + len(name), name, "ORG", canonical_name(name))


def _last_match(pattern: re.Pattern[str], text: str, begin: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[begin:end]``, read in place: a copy of the
    text before each quote would cost its length."""
    found = None
    for match in pattern.finditer(text, begin, end):
        found = match
    return found


def _last_mention_before(
    mentions: Sequence[Mention], at: int, begin: int, fits: Callable[[Mention], bool]
) -> Mention | None:
    """The last mention starting before ``at`` and not before ``begin`` that ``fits``."""
    for mention in mentions_before(mentions, at):
        if mention.start < begin:
            return None
        if fits(mention):
            return mention
    return None


def _mention_at(mentions: Sequence[Mention], start: int) -> Mention | None:
    """The mention over ``start`` (one may begin at the article the pattern skips)."""
    index = bisect.bisect_right(mentions, start, key=lambda m: m.start)
    for near in (index - 1, index - 2):
        if near >= 0 and mentions[near].start <= start < mentions[near].end:
            return mentions[near]
    return None
