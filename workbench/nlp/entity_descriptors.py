"""A company's descriptor kept out of its name: "Carmaker General Motors" is General Motors.

Why: news opens a sentence with what a company does before its name ("Carmaker General
Motors said", "Retailer Tesco posted", "Broadcaster Sky News reported"), and the
sentence start capitalises the descriptor, so the small model takes it into the span
(as an organisation, or as a person: "Retailer Tesco"). The analyst then finds an
organisation "Carmaker General Motors" beside the "General Motors" of the next
paragraph, and a person "Retailer Tesco". Mid-sentence the descriptor is lowercase
("the carmaker General Motors") and the model leaves it out, so only a sentence start
is read here.

The words are nouns for a kind of business that are nobody's given name or surname
("carmaker", "retailer", "insurer"): the span is cut after the descriptor (one name word
is enough: "Retailer Tesco") and the rest is an organisation. A full name after one that
the model read as a person stays a person unless it ends like an organisation's
("Watchdog Bob Carter", "Bookmaker Fred Done" are people). Some of the words name a
person's trade too ("Broadcaster", "Publisher", "Producer"): before a person's name they
are ``entity_job_words``' own, so such a mention is cut only when the rest ends like an
organisation ("Broadcaster Sky News", "Developer Berkeley Group"), or the model read an
organisation that is not a person's two-word name ("Publisher Penguin Random House");
"Broadcaster David Dimbleby", "Producer [Jerry Bruckheimer]" are left to the job-word rule.

A descriptor is cut only when what follows is a name on its own. Before a word that
makes a phrase with it the capital word is the name's own: "Supermarket Sweep" (a game
show), "Airline Pilots Association" (a union) are no "Sweep" and "Pilots Association".
So the descriptor stays when the text writes it with a capital mid-sentence at the start
of a name elsewhere (the same show or union named again), or when the next word is a
common word in this text (written in lower case elsewhere: "sweep", "pilots") and is the
whole rest or a plural ("airline pilots"), unless the rest is named on its own elsewhere
("Tesco shares rose"). "Carmaker General Motors" beside "general trading" is still cut:
"General" is no plural and "Motors" is no phrase with "carmaker".

A descriptor written in lower case after a word the sentence start capitalised
("Budget airline Ryanair", "Discount retailer Aldi") leaves that word alone before it,
and the model reads it as an organisation of its own ("Budget"): it is no name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import has_org_head
from workbench.nlp.entity_name_shaped_people import person_shaped
from workbench.nlp.names import canonical_name, lowercase_words, name_tokens
from workbench.nlp.sentence_starts import at_sentence_start

COMPANY_WORDS = frozenset(
    "carmaker automaker chipmaker drugmaker planemaker jetmaker toymaker steelmaker "
    "phonemaker shipbuilder housebuilder homebuilder retailer e-tailer supermarket grocer "
    "airline insurer reinsurer lender conglomerate manufacturer telco regulator watchdog "
    "bookmaker outsourcer start-up startup refiner exporter".split())
"""Kinds of business news names before a company at a sentence start, none of them a
person's name (a person may still hold one as a post: "Watchdog Bob Carter")."""
_TRADES = frozenset(
    "broadcaster publisher developer producer distributor investor operator "
    "builder brewer designer miner streamer".split())
"""Kinds of business that also name a person's trade (or a surname: "Brewer"): cut
before a name only when the name is an organisation's."""
_CUT_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
_QUALIFIER_LABELS = _CUT_LABELS - {"GPE", "NORP"}
"""What a word qualifying a lower-case descriptor may have been read as: a nationality or
a place before it is a name of its own ("German carmaker Volkswagen")."""


def _descriptor_parts(mention: Mention) -> tuple[str, str] | None:
    """(descriptor, rest) of a mention opening with a capitalised company descriptor
    before a capitalised word ("Carmaker", "General Motors"), else None."""
    head, _, rest = mention.text.partition(" ")
    word = head.lower()
    if rest[:1].isupper() and head[:1].isupper() and (word in COMPANY_WORDS or word in _TRADES):
        return head, rest
    return None


@dataclass(frozen=True)
class _Names:
    """What one document says of its names, read once for all its descriptor mentions."""

    alone: frozenset[str]
    """Every body mention's text: a rest named on its own elsewhere ("Tesco")."""
    in_names: frozenset[tuple[str, str]]
    """(descriptor, next word) the text capitalises mid-sentence ("the Supermarket Sweep
    host"): there the descriptor is the name's own word."""
    lowercase: frozenset[str]


def _names(mentions: Sequence[Mention], text: str) -> _Names:
    body = [mention for mention in mentions if mention.field == "text"]
    led = [(mention, parts) for mention in body if (parts := _descriptor_parts(mention))]
    in_names = frozenset((head.lower(), rest.split(" ")[0]) for mention, (head, rest) in led
                         if not at_sentence_start(text, mention.start))
    return _Names(frozenset(mention.text for mention in body), in_names,
                  lowercase_words(text) if led else frozenset())


def _part_of_the_name(head: str, rest: str, names: _Names) -> bool:
    """Tell whether a descriptor is the name's own first word: capitalised mid-sentence
    elsewhere before the same word ("Fans of Supermarket Sweep"), or making a phrase with
    a common plural before a body's head word ("Airline Pilots Association": the text
    writes "pilots"), when the text never names the rest alone.

    A one-word rest that is also a common word is no sign: "Retailer Target ... missing
    its own target" is the company Target, as "Airline Frontier" is Frontier; a plural
    before a name that is not a body's ("Retailer Marks & Spencer ... The result marks")
    neither."""
    if rest in names.alone:
        return False
    first, _, more = rest.partition(" ")
    if (head.lower(), first) in names.in_names:
        return True
    plural = first.lower().endswith("s") and first.isalpha()
    return (bool(more) and plural and first.lower() in names.lowercase
            and has_org_head(name_tokens(rest)))


def _descriptor_end(mention: Mention, text: str, names: _Names) -> int | None:
    """Where the name after a company descriptor starts in ``mention``, or None when the
    mention opens with no descriptor (or not at a sentence start, or the descriptor is
    the name's own word)."""
    parts = _descriptor_parts(mention)
    if parts is None:
        return None
    head, rest = parts
    word = head.lower()
    tokens = name_tokens(rest)
    if not has_org_head(tokens) and (
            mention.label == "PERSON" and (word in _TRADES or len(tokens) > 1)
            or word in _TRADES and len(tokens) == 2 and person_shaped(rest)):
        return None  # "Watchdog Bob Carter", "Producer [Jerry Bruckheimer]": people
    if not at_sentence_start(text, mention.start) or _part_of_the_name(head, rest, names):
        return None
    return mention.start + len(head) + 1


_DESCRIPTOR_AFTER = re.compile(r"[ \u00a0]+([a-z][a-z-]+)[ \u00a0]+" + CAPITAL)
"""A lower-case word and a capitalised one after a mention: "[Budget] airline Ryanair"."""


def _modifies_descriptor(mention: Mention, text: str) -> bool:
    """Tell whether a one-word mention opening a sentence only qualifies the company
    descriptor after it ("[Budget] airline Ryanair", "[Discount] retailer Aldi"): a word
    the sentence start capitalised, no name of its own."""
    if " " in mention.text or not mention.text.isalpha():
        return False
    after = _DESCRIPTOR_AFTER.match(text, mention.end)
    return (after is not None and after.group(1) in COMPANY_WORDS
            and at_sentence_start(text, mention.start))


def without_company_descriptors(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with a company descriptor opening a sentence cut out of the span
    ("[Carmaker General Motors] said" -> "Carmaker [General Motors]"), the rest an
    organisation, and without a word qualifying such a descriptor ("[Budget] airline")."""
    result, names = [], _names(mentions, text)
    for mention in mentions:
        if (mention.field == "text" and mention.label in _QUALIFIER_LABELS
                and _modifies_descriptor(mention, text)):
            continue
        start = (_descriptor_end(mention, text, names)
                 if mention.field == "text" and mention.label in _CUT_LABELS else None)
        if start is not None:
            surface = text[start:mention.end]
            mention = replace(mention, start=start, text=surface,
                              entity=canonical_name(surface), label="ORG")
        result.append(mention)
    return result
