"""A company's two-word name the model cut in two, joined again: "[Lockheed] [Martin]".

Why: the small model often tags the first word of a two-word company name as the
organisation and the second as a person or a product ("[Northrop] [Grumman] CEO Ron
Sugar", "documents from [Lockheed] [Martin], Boeing's rival"); the Entities table then
holds a person "Martin" and a product "Grumman". Two names written one space apart are
rarely two entities, but a brand and its product are ("Microsoft Windows"), so the two
are joined only when the text shows one name: the two words tagged as one mention
elsewhere in the document, or a company's word right after them ("CEO", "shares").

The other way round, news shortens a company's name to its first word ("Iranian airline
Mahan Air" ... "Mahan's permit"), and the model reads the short form as a person (or as
a place no gazetteer knows: "Cisco System" ... "Cisco has promised"): a one-word person,
not titled nor a word of a person's full name, that begins exactly one organisation's
name ending on an organisation's word ("Air", "Airlines", "Group", "Bank") is that
organisation (issue 15).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.core.saying_verbs import SPEECH_VERBS, finite_forms
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.model_lexicon import lexicon_nouns
from workbench.nlp.names import canonical_name, is_honorific, previous_word
from workbench.nlp.speaker_institutions import INSTITUTION_NOUNS

_SECOND_WORD = re.compile(CAPITAL + SMALL + "+")
"""The second half: one capitalised word ("Martin", "Grumman"), no product's code."""
_SECOND_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "ORG"})
_COMPANY_AFTER = re.compile(
    r"[ \u00a0]+(?:CEO|chief[ \u00a0]+executive|chairman|chairwoman|founder|co-founder|"
    r"president|spokesman|spokeswoman|spokesperson|shares|stock|executives?|employees)\b")
"""What follows a company's name and no product's ("Northrop Grumman CEO")."""


def joined_company_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each organisation and the one word tagged right after it (one
    space apart) joined into one organisation, when the text shows the two are one name."""
    whole = {m.text for m in mentions if m.field == "text" and " " in m.text}
    ordered = sorted(mentions, key=lambda m: (m.field, m.start))
    result: list[Mention] = []
    skip = False
    for first, second in zip(ordered, [*ordered[1:], None], strict=False):
        if skip:
            skip = False
            continue
        if second is not None and _one_name(first, second, text, whole):
            name = text[first.start:second.end]
            result.append(replace(first, end=second.end, text=name,
                                  entity=canonical_name(name)))
            skip = True
        else:
            result.append(first)
    return result


def _one_name(first: Mention, second: Mention, text: str, whole: set[str]) -> bool:
    """Tell whether an organisation and the word after it are one company's name, or a
    ministry's name and the field after its "and"."""
    if first.field != "text" or second.field != "text" or first.label != "ORG":
        return False
    if _field_after_and(first, second, text):
        return True
    if (second.label not in _SECOND_LABELS or text[first.end:second.start] != " "
            or not _SECOND_WORD.fullmatch(second.text) or " " in first.text):
        return False
    name = text[first.start:second.end]
    return name in whole or _COMPANY_AFTER.match(text, second.end) is not None


def _field_after_and(first: Mention, second: Mention, text: str) -> bool:
    """ "[Ministry of Municipal Affairs] and [Housing]", "[Department of Fisheries] and
    [Oceans]": a ministry's name runs on over "and" to the fields it covers, which the
    model tags as an organisation of their own. Only after a body's "<kind> of" opening,
    and only words that are common nouns capitalised ("Housing", "Family Development"):
    "the Department of Justice and Microsoft" are two. Nor a body of its own after the
    "and" ("the Ministry of Defence and Army"), nor a word that a lowercase noun after it
    makes a modifier ("Department of Justice and Treasury officials": the officials of a
    second body, the ministry's name ended before its "and")."""
    words = first.text.split()
    if (second.label != "ORG" or text[first.end:second.start] != " and "
            or len(words) < _BODY_WORDS or words[0].lower() not in _BODY_KINDS
            or words[1] != "of"):
        return False
    fields = second.text.split()
    nouns = lexicon_nouns()
    return (len(fields) <= _MAX_FIELD_WORDS
            and " ".join(fields).lower() not in _BODIES_ALONE
            and not _noun_after(text, second.end, nouns)
            and all(_SECOND_WORD.fullmatch(word) and word.lower() in nouns for word in fields))


def _noun_after(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Tell whether a lowercase common noun follows ``end`` ("Treasury officials",
    "Customs officers"), its plural too; a verb of saying ("says", "said") is none."""
    found = _NEXT_WORD.match(text, end)
    if found is None or found.group(1) in _SAYING_FORMS:
        return False
    word = found.group(1)
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


_BODY_KINDS = frozenset("ministry department office secretariat committee".split())
_BODIES_ALONE = INSTITUTION_NOUNS | frozenset(
    "treasury customs cabinet parliament congress senate marines".split())
"""Bodies a state keeps under their own name, never a ministry's field ("Treasury",
"Customs", "Army", "Police")."""
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)\b")
_SAYING_FORMS = finite_forms(SPEECH_VERBS)
_BODY_WORDS = 3  # "Ministry of Health": a kind, "of" and a field at least
_MAX_FIELD_WORDS = 2

_COMPANY_LAST_WORDS = ORG_HEADS | frozenset({"air", "system"})
"""The last word of a name that makes it an organisation's ("Mahan Air", "Saha Airlines",
"Cisco System", as news misspells "Cisco Systems")."""


def _short_form(mention: Mention) -> bool:
    """A one-word body mention read as a person, or as a place no gazetteer knows."""
    if mention.field != "text" or " " in mention.text:
        return False
    return mention.label == "PERSON" or (mention.label in {"GPE", "LOC"}
                                         and lookup(mention.text) is None)


def short_company_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one-word "person" or unknown "place" that begins exactly
    one organisation's name ("Mahan" beside "Mahan Air", "Cisco" beside "Cisco System")
    made a mention of that organisation."""
    companies: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.entity.split()
        if (mention.label == "ORG" and len(words) > 1
                and words[-1].lower() in _COMPANY_LAST_WORDS):
            companies.setdefault(words[0], set()).add(mention.entity)
    if not companies:
        return list(mentions)
    people_words = {word for m in mentions if m.label == "PERSON" and " " in m.entity
                    for word in m.entity.split()}
    return [replace(m, label="ORG", entity=next(iter(companies[m.text])))
            if _short_form(m) and len(companies.get(m.text, ())) == 1 and m.text not in people_words
            and not is_honorific(previous_word(text, m.start)) else m
            for m in mentions]
