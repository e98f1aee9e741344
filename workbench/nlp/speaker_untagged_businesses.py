"""A company the model tags nothing for, found by what it does, for "the company said".

Why: "the company", "the airline", "the retailer" speak for the business named before
them (``speaker_descriptions``), but only for a name the model tagged. A one-word brand
is often left untagged or read as a person ("Shopify reported a loss ... the company
said", "WestJet cancelled 200 flights ... the airline said", "[Lululemon] PERSON reported
higher sales"), so the quotation kept "the company" and no canonical speaker. A
capitalised name that is the subject of a business verb ("reported a loss", "cancelled
flights", "laid off", "posted", "recalled") or whose shares are written of ("Shares of
Loblaw", "Rogers shares") is such a business: people do not report quarters or have
shares. Read only as a fallback, when no organisation is named in the passage, and
never for a name that stands for a person of two words or more ("Smith announced" after
"John Smith"). A candidate must look like a name, not a common noun a sentence opens with
("Revenue posted a gain", "Travellers posted photos"): not a word the model's lexicon
knows as a noun or a stop word when it opens its sentence (nor the plural of one), no
word the document also writes in lowercase, no trusted place, no market ("Wall Street
stock indexes fell"). The window read is the description rule's business distance before the
speaker, once per quote with one pattern compiled at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from workbench.core.models import Mention
from workbench.core.whole_words import written_words_spans
from workbench.nlp.gazetteer import trusted_place
from workbench.nlp.mentions_before import mentions_before
from workbench.nlp.model_lexicon import lexicon_nouns
from workbench.nlp.names import lowercase_words
from workbench.nlp.sentence_starts import at_sentence_start
from workbench.nlp.speaker_descriptions import BUSINESS_NOUNS, MAX_BUSINESS_DISTANCE

#: "the company", "The airline": the bare business noun a speaker phrase may be.
_BARE = re.compile(r"[Tt]he[ \u00a0]+([a-z]+)")
_NAME = r"[A-Z][\w&'\u2019.-]*[a-z0-9][\w&'\u2019-]*"
#: A capitalised name of one to three words, then a verb only a business does (its
#: quarter, its workforce, its fleet, its products) or its shares.
_BUSINESS_SUBJECT = (
    rf"(?<![\w.&'\u2019-])(?P<name>{_NAME}(?:[ \u00a0]{_NAME}){{0,2}})[ \u00a0]+"
    r"(?:(?:has[ \u00a0]+|had[ \u00a0]+|will[ \u00a0]+|also[ \u00a0]+)?"
    r"(?:report(?:ed|s)?[ \u00a0]+(?:a|an|its|higher|lower|weaker|stronger|record|"
    r"quarterly|annual|first|second|third|fourth|net|better|worse)"
    r"|posted|posts|post|recalled|recalls|recall|laid[ \u00a0]+off|lays[ \u00a0]+off"
    r"|cancell?ed|cancels|cut[ \u00a0]+(?:\d+|about|some|more|its|hundreds|thousands)"
    r"|shed|sheds|shares|stock|beat[ \u00a0]+(?:analysts|expectations|estimates)"
    r"|missed[ \u00a0]+(?:analysts|expectations|estimates)"
    r"|filed[ \u00a0]+for[ \u00a0]+(?:bankruptcy|creditor))\b)"
    rf"|(?<![\w-])[Ss]hares[ \u00a0]+(?:of|in)[ \u00a0]+(?P<owner>{_NAME}"
    rf"(?:[ \u00a0]{_NAME}){{0,2}})"
)


@cache
def _business_subject() -> re.Pattern[str]:
    """The business-verb pattern, compiled at its first use, not at import (the app's
    import time is over its budget; most documents ask no "the company" of it)."""
    return re.compile(_BUSINESS_SUBJECT)

#: Capitalised words that open a sentence or stand for someone, never a company's name.
_NOT_NAMES = frozenset(
    "the it its he she they we i this that these those there then but and a an in on "
    "at after before when while its also his her their our".split()
)


def untagged_business(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The untagged business a bare "the company" (``phrase`` at ``start``) stands for:
    the nearest business-verb subject in the passage before it that looks like a name
    (a common noun opening its sentence is passed over); None when an
    organisation is named there (the description rule's own) or for any other phrase."""
    bare = _BARE.fullmatch(phrase.strip())
    if bare is None or bare.group(1) not in BUSINESS_NOUNS:
        return None
    begin = max(0, start - MAX_BUSINESS_DISTANCE)
    before = list(mentions_before(mentions, start, within=MAX_BUSINESS_DISTANCE))
    if any(m.label == "ORG" for m in before):
        return None
    subjects = map(_subject, _business_subject().finditer(text, begin, start))
    names = [(name, at) for name, at in subjects if _looks_like_a_name(name, at, text)]
    if not names or _person_named(*names[-1], before):
        return None
    name, at = names[-1]
    return Mention(at, at + len(name), name, "ORG", name)


def _subject(match: re.Match[str]) -> tuple[str, int]:
    """The business a business-verb match names, and where: the verb's subject
    ("WestJet cancelled") or the shares' owner ("Shares of Loblaw")."""
    group = "name" if match.group("name") else "owner"
    return match.group(group), match.start(group)


def _person_named(name: str, at: int, mentions: Sequence[Mention]) -> bool:
    """Tell whether ``name`` at ``at`` is a person's: a person mention there whose entity
    is a full name ("Smith" for "John Smith"), or any mention of a non-business kind."""
    for mention in mentions:
        if mention.start <= at < mention.end:
            if mention.label == "PERSON":
                return len(mention.entity.split()) > 1
            return mention.label not in ("ORG", "PRODUCT", "NORP", "FAC")
    return False


#: Words of a market or its index, whose "stock" or "shares" are no company's.
_MARKET_WORDS = frozenset(
    "wall bay nasdaq tsx dow nyse ftse nikkei seng dax s&p stock market markets index "
    "indexes indices exchange".split()
)


def _looks_like_a_name(name: str, at: int, text: str) -> bool:
    """Tell whether ``name`` at ``at`` reads as a company's name, not a pronoun or
    function word ("It posted"), a common noun capitalised by its sentence ("Revenue
    posted", "Sales posted", "Travellers posted"), a place or a market ("Wall Street
    stock indexes")."""
    words = name.split()
    if (words[0].lower() in _NOT_NAMES or any(word.lower() in _MARKET_WORDS for word in words)
            or trusted_place(name)):
        return False
    first = words[0].lower()
    if len(words) == 1 and first in lowercase_words(text):
        return False
    return not (at_sentence_start(text, at) and _common_word(first)
                and not named_as_company(name, text))


_COMPANY_AFTER = (
    r"(?:,?[ \u00a0]+(?:Inc|Corp|Ltd|Co|plc|LLC)\b"
    r"|(?:'s|\u2019s|'|\u2019)?[ \u00a0]+(?:chief[ \u00a0]+executive|CEO|shares|stock"
    r"|share[ \u00a0]+price|earnings|revenue|shareholders|stores)\b)"
)
_COMPANY_BEFORE = r"\b(?:[Ss]hares|[Ss]take|[Ss]tock)[ \u00a0]+(?:of|in)[ \u00a0]+$"
_BEFORE_REACH = 16


@cache
def _company_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What a company's name is written with right after it (its legal form; its chief,
    shares or results: "Apple Inc.", "Apple's chief executive", "Staples shares") and
    right before it ("shares of Apple", "a stake in Apple"), compiled at first use."""
    return re.compile(_COMPANY_AFTER), re.compile(_COMPANY_BEFORE)


def named_as_company(name: str, text: str) -> bool:
    """Tell whether the text writes ``name`` with a company's cue somewhere ("Apple Inc.",
    "Apple's chief executive", "shares of Apple"): a brand that is also a common word
    ("Apple posted a loss", "Staples cut 500 jobs") is then a name even where it opens its
    sentence, which alone would read as the noun."""
    after, before = _company_cues()
    return any(after.match(text, end)
               or before.search(text, max(0, start - _BEFORE_REACH), start)
               for start, end in written_words_spans(name.split(), text))


def _common_word(word: str) -> bool:
    """Tell whether the model's lexicon knows ``word`` (lowercase) as a stop word or a
    common noun, or as the plural of one ("travellers", "companies")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if word in STOP_WORDS:
        return True
    nouns = lexicon_nouns()
    singulars = {word}
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    if word.endswith("es"):
        singulars.add(word[:-2])
    if word.endswith("s"):
        singulars.add(word[:-1])
    return any(singular in nouns for singular in singulars)
