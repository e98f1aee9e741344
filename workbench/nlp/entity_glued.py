"""A role's place or body glued to the name after it: "Speaker of the [House Nancy Pelosi]".

Why: news writes "First Minister of Scotland Nicola Sturgeon" and "President of Ukraine
Volodymyr Zelenskyy" with no comma, and the small model often tags the place or body
and the person as one span. The analyst then sees a person named "Scotland Nicola
Sturgeon" (or an organisation, whichever the model chose) beside "Nicola Sturgeon".
After "<title> of [the]" the span is cut where a two- or three-word capitalised name
begins, when what stands before it is a place, a body's word ("House", "Senate",
"International") or the name's surname is written again in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.text import end_before_spaces
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name, is_honorific

_TITLE_OF = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?$")
"""'Minister of ', 'Speaker of the ', 'Senator from ': a title whose place or body comes
next (US news writes a legislator's state with "from": "Senator from Vermont Bernie
Sanders")."""
_BODY_WORDS = frozenset(
    "house senate congress parliament assembly commons interior treasury council court "
    "board international committee party agency department ministry navy army opposition "
    "government cabinet commission union bank".split())
"""Last words of the body a title belongs to ("Speaker of the House", "director of
Amnesty International", "Secretary of the Interior").

Not entity_name_heads.ORG_HEADS, on purpose: that list makes any multi-word name ending in
one of its words an organisation ("Douglas Aircraft", "Labour Party"), this one only
says where a title's "of" phrase stops. Some words end a title's body but not an
organisation's name ("House", "Commons", "Interior", "Treasury", "Opposition",
"Cabinet": "Bush House", "Opera House" are buildings), and most organisation heads end
no title's body ("Inc", "Times", "Airlines"); one list would relabel names across the
whole article, not just cut glued spans. ``_person_words`` reads both: a person's
name holds neither."""
_PLACE_HEADS = frozenset("city county street state province district island".split())
"""Last words of place names ("York City", "Bernardino County")."""
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(CAPITAL + r"[\w'\u2019.-]*")
_TAIL_WORDS = (2, 3)
"""A person's name after the body: given name and surname, perhaps a middle name."""


def _front_is_owner(front: str) -> bool:
    """Tell whether the words before the name are a place or a body a title belongs to."""
    return lookup(front) is not None or front.split()[-1].lower() in _BODY_WORDS


def _owner_label(front: str) -> str:
    """A body's word makes an organisation; otherwise the title's owner is a place (the
    gazetteer's label when it knows it: "Minister of Scotland", "Mayor of Koszalin")."""
    place = lookup(front)
    if place is not None:
        return place.label
    return "ORG" if front.split()[-1].lower() in _BODY_WORDS else "GPE"


def _surname_recurs(text: str, surname: str, start: int, end: int) -> bool:
    """Tell whether the surname is written again, alone, outside the glued span."""
    pattern = re.compile(rf"\b{re.escape(surname)}\b(?![ \u00a0]+{CAPITAL})")
    return any(not start <= match.start() < end for match in pattern.finditer(text))


def _person_words(tail: list[str]) -> bool:
    """Tell whether words may be a person's name: none is an organisation's head or a
    place ("Intelligence Committee", "Forum Zimbabwe", "Bernardino County")."""
    return lookup(tail[-1]) is None and not any(
        word.lower() in ORG_HEADS or word.lower() in _BODY_WORDS or word.lower() in _PLACE_HEADS
        for word in tail)


def glued_person_start(text: str, start: int, end: int, label: str) -> int | None:
    """Offset where the person's name begins inside the span ``text[start:end]`` the model
    tagged ``label`` after "<title> of", or None when it is no place glued to a name.
    The speaker rules ask it of the parse's own entity ("President of [Ukraine Volodymyr
    Zelenskyy] said"), which the cut of the mentions does not reach."""
    if label not in {"PERSON", "ORG"} or lookup(text[start:end]) is not None:
        return None
    title = _TITLE_OF.search(text, max(0, start - 40), start)
    if title is None or not is_honorific(title.group(1)):
        return None
    words = list(_WORD.finditer(text, start, end))
    if not all(_NAME_WORD.fullmatch(word.group()) for word in words):
        return None
    for first in range(1, len(words) - 1):
        tail = words[first:]
        if len(tail) not in _TAIL_WORDS or not _person_words([w.group() for w in tail]):
            continue
        front = text[start : words[first - 1].end()]
        if _front_is_owner(front) or _surname_recurs(
                text, tail[-1].group().rstrip("."), start, end):
            return tail[0].start()
    return None


def _part(mention: Mention, text: str, start: int, end: int, label: str) -> Mention:
    """The piece ``text[start:end]`` of a span cut apart, named by its own words."""
    surface = text[start:end]
    return replace(mention, start=start, end=end, text=surface, entity=canonical_name(surface),
                   label=label)


def _split(mention: Mention, text: str, cut: int) -> list[Mention]:
    """The owner (place or body) and the person, as two mentions."""
    owner_end = end_before_spaces(text, cut, mention.start)
    owner_label = _owner_label(text[mention.start : owner_end])
    return [_part(mention, text, mention.start, owner_end, owner_label),
            _part(mention, text, cut, mention.end, "PERSON")]


def split_glued_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Cut "Scotland Nicola Sturgeon" after "First Minister of" into its place and person."""
    result: list[Mention] = []
    for mention in mentions:
        cut = (
            glued_person_start(text, mention.start, mention.end, mention.label)
            if mention.field == "text" else None)
        result.extend([mention] if cut is None else _split(mention, text, cut))
    return result


_EXECUTIVE = re.compile(r"(?<=[ \u00a0])(?:CEO|CTO|CFO|COO|CIO|CMO|CSO|EVP|SVP|VP)(?:[ \u00a0]+|$)")
"""A company's executive title written between its name and the person's: "Qualys CTO
Wolfgang Kandek", "Acme CEO Jo Park" (or ending the span: the model tagged "Qualys CTO"
alone)."""


def _executive_split(mention: Mention, text: str) -> list[Mention] | None:
    """The company and the person around an executive title inside one span, or None."""
    title = _EXECUTIVE.search(text, mention.start + 1, mention.end)
    if title is None:
        return None
    person_text = text[title.end() : mention.end]
    words = person_text.split()
    if words and (len(words) not in _TAIL_WORDS
                  or not all(_NAME_WORD.fullmatch(w) for w in words)):
        return None
    company_end = end_before_spaces(text, title.start(), mention.start)
    company = _part(mention, text, mention.start, company_end, "ORG")
    if not words:
        return [company]
    return [company, _part(mention, text, title.end(), mention.end, "PERSON")]


def split_executive_titles(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Cut "Qualys CTO Wolfgang Kandek", tagged as one name, into the company and the
    person (the title between them goes: it is neither's name).

    Why: news writes a company's executive as "<Company> CEO <Name>" with no comma, and
    the small model tags the run as one organisation, person or even work of art.
    """
    result: list[Mention] = []
    for mention in mentions:
        parts = _executive_split(mention, text) if mention.field == "text" else None
        result.extend(parts or [mention])
    return result


_DEMONYM_STEMS = (("n", ""), ("an", ""), ("an", "a"), ("ian", ""), ("ian", "e"), ("ese", "a"),
                  ("i", ""), ("ish", "ey"), ("ish", ""), ("ean", "ea"), ("n", "a"))
"""How a nationality word is made from its country's name, as (ending, what replaces it):
"Russian" (Russia), "Brazilian" (Brazil), "Chinese" (China), "Iraqi" (Iraq), "Turkish"
(Turkey), "Korean" (Korea), "Ukrainian" (Ukraine)."""
_COUNTRY_KINDS = frozenset({"country", "continent"})
_IRREGULAR_NATIONALITIES = frozenset(
    "American British English Scottish Welsh Irish French German Dutch Greek Swiss Thai "
    "Korean Spanish Danish Swedish Polish Finnish Filipino Norwegian".split())
"""Nationality words not made from the name the gazetteer keeps for the country."""


def is_nationality_word(word: str) -> bool:
    """Tell whether a word is a known country's or continent's adjective: a foreign
    surname the model also calls a nationality ("Safavian", "Basilashvili") is not."""
    if word in _IRREGULAR_NATIONALITIES:
        return True
    for ending, stem_end in _DEMONYM_STEMS:
        if word.endswith(ending) and len(word) > len(ending) + 2:  # noqa: PLR2004
            place = lookup(word[: len(word) - len(ending)] + stem_end)
            if place is not None and place.kind in _COUNTRY_KINDS:
                return True
    return False


def _demonym_tail(mention: Mention, norp_words: frozenset[str]) -> int | None:
    """Offset where a nationality word the text elsewhere uses as one begins at the end of
    a person's span ("the [Hillary Russian] reset"), or None."""
    words = list(_WORD.finditer(mention.text))
    if mention.label != "PERSON" or len(words) < 2:  # noqa: PLR2004
        return None
    last = words[-1].group()
    if last not in norp_words or not is_nationality_word(last):
        return None
    return mention.start + words[-1].start()


def _demonym_split(mention: Mention, text: str, cut: int) -> list[Mention]:
    """The person and the nationality word, as two mentions."""
    person_end = end_before_spaces(text, cut, mention.start)
    return [_part(mention, text, mention.start, person_end, mention.label),
            _part(mention, text, cut, mention.end, "NORP")]


def split_demonym_tails(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Cut a nationality word off the end of a person's span: "the Hillary Russian reset".

    Why: the small model reads a given name followed by a nationality adjective as one
    full name, and the later steps then take every "Russian" in the article for that
    person's surname. A name's last word is no nationality word when the same article
    tags that word a nationality elsewhere ("Russian officials")."""
    norp_words = frozenset(m.text for m in mentions if m.label == "NORP" and m.field == "text")
    result: list[Mention] = []
    for mention in mentions:
        cut = _demonym_tail(mention, norp_words) if mention.field == "text" else None
        result.extend([mention] if cut is None else _demonym_split(mention, text, cut))
    return result
