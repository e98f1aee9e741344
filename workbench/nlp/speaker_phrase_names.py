"""The person or organisation a speaker's subject phrase names, found in the parse.

"State Department spokesperson Matthew Miller" names Matthew Miller, "the prosecutor
general of Tehran, Ali Mehr," names Ali Mehr, "The company, Maple Foods," names the
company. Split from ``speaker_phrases`` (which decides the span to underline around the
subject) because finding a name among the subject's dependents is its own concern: which
links lead to the person, and which names only say whom the subject works for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.doc_words import doc_text, entity_at
from workbench.nlp.entity_glued import glued_person_start
from workbench.nlp.entity_titles import is_occupation, office_only
from workbench.nlp.names import is_honorific
from workbench.nlp.speaker_called_names import person_named_by_participle
from workbench.nlp.speaker_gender import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")
#: Links from a subject to a name it holds; "poss" is absent: "Russia's" in "Russia's
#: Foreign Minister" names the employer, not the speaker.
_NAME_DEPS = ("compound", "flat", "appos", "nmod")
#: Links from a subject to the person it names: "the prosecutor, Ali Mehr," (appos), and
#: the parser's "Institute's director, Dr. Fauci" (conj then appos).
_APPOSITION_DEPS = ("appos", "conj", "prep", "pobj")
_APPOSITION_DEPTH = 4
_FULL_NAME_TOKENS = 2


def name_in_phrase(head: Token) -> Span | None:
    """A PERSON entity at ``head`` or hanging off it (compound, apposition), else the
    ORG/NORP/GPE entity ``head`` itself belongs to.

    Organisations and places that merely modify a common noun are not the speaker: "an
    Interpol spokesperson" and "the German government" are spoken for by the phrase.
    """
    ent = entity_at(head, ("PERSON",))
    if ent is not None:
        return ent
    appositive = _apposed_person(head)
    if appositive is not None:
        return appositive
    for child in head.children:
        if child.dep_ in _NAME_DEPS and _same_line(child, head):
            if child.dep_ == "compound" and head.pos_ == "NOUN":
                continue  # "the Trump campaign", "a Clinton aide": the phrase speaks
            ent = entity_at(child, ("PERSON",))
            if ent is not None and not _is_possessive_ent(ent):
                return _name_after_title(ent, head) or ent
    ent = person_in_apposition(head) or _organisation_in_apposition(head)
    ent = ent or _person_after_joined_titles(head) or person_named_by_participle(head)
    ent = ent or _person_closing_subject(head)
    if ent is not None:
        return ent
    ent = entity_at(head, SPEAKER_LABELS[1:])
    if ent is not None and head.ent_type_ == "GPE" and proper_run(head)[0] < ent.start:
        return None  # "Environment Canada": the longer proper name speaks, not the place
    return ent


def _name_after_title(title: Span, head: Token) -> Span | None:
    """The untagged name a title tagged alone as a person hangs on: in "Councillor Ana
    Bailão shot back" the model tags "Councillor" and leaves the name out, and the parse
    compounds the title onto "Bailão". The speaker written is the name after the title,
    as the mention grown over it names that person (``entity_title_bearers``), not the
    office; None unless ``title`` is an office only, right before ``head``'s name."""
    if head.pos_ != "PROPN" or head.ent_type_ or not office_only(title.text):
        return None
    start, end = proper_run(head)
    if title.end < start or title.end >= end:
        return None
    return head.doc[title.end:end]


def _apposed_person(head: Token) -> Span | None:
    """The person set off by commas right after a title ("Ryanair CEO, Michael O' Leary,
    said"): the name before the title is the employer, however the model labelled it, so
    the apposition is read before the title's compounds."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and _same_line(child, head):
            ent = entity_at(child, ("PERSON",))
            if ent is not None and ent.start == head.i + 2 and not _is_possessive_ent(ent):
                return ent
    return None


def person_in_apposition(head: Token) -> Span | None:
    """A person named in apposition to the subject, a few links down.

    `According to ISNA, the prosecutor general of Tehran, Ali Mehr, said` parses with
    ISNA as subject and Ali Mehr as an apposition (of "Tehran"): the person speaks. Only
    a name reached by an apposition counts ("a friend of Miller" is not Miller).
    """
    titled = is_honorific(head.text)
    frontier = [head]
    for _ in range(_APPOSITION_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ in _APPOSITION_DEPS]
        for token in frontier:
            if token.dep_ == "pobj" and titled:
                ent = _titled_holder(token)
                if ent is not None:
                    return ent
            if token.dep_ != "appos":
                continue
            ent = entity_at(token, ("PERSON",)) or _untagged_full_name(token)
            ent = ent or _named_person_noun(head, token)
            if ent is not None and not _is_possessive_ent(ent):
                return ent
    return None


def _person_closing_subject(head: Token) -> Span | None:
    """The person set off by commas at the very end of a title's subject phrase, right
    before its verb: "Apple's worldwide vice-president of marketing for the iPod, Greg
    Joswiak, indicated". However deep the parse hangs the name in a long title (here on
    "iPod", past the hyphen it split), a name closing the subject between two commas is
    the one the title describes. Only a common-noun subject of a verb, and only a name
    the phrase ends on: "a spokesman for Jane Doe said" has no comma before the verb."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass") or head.ent_type_:
        return None
    doc, edge = head.doc, head.right_edge.i
    if edge + 2 >= len(doc) or doc[edge + 1].text != "," or head.head.i <= edge:
        return None
    if any(not (t.is_punct or t.head.i == head.head.i) for t in doc[edge + 1 : head.head.i]):
        return None  # the verb (its auxiliaries and adverbs aside) follows the comma
    ent = entity_at(doc[edge], ("PERSON",))
    if ent is None or ent.end != edge + 1 or ent.start == 0 or doc[ent.start - 1].text != ",":
        return None
    return None if _is_possessive_ent(ent) or not _same_line(doc[edge], head) else ent


def _person_after_joined_titles(head: Token) -> Span | None:
    """The name after two titles joined by "and": "said Anchorage businessman and blogger
    Andrew Halcro", "SeaMicro CEO and new AMD general manager Andrew Feldman". The parse
    makes the first title the subject and the name its conjunct; one person holds both.
    Only a bare, untagged title (no article or owner) qualifies: "the mayor and Jane Smith"
    are two people, and so are "Apple and Tim Cook", whose first conjunct is a name."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
        return None  # "CEO" is often a proper noun; a named organisation is no title
    if any(child.dep_ in ("det", "poss") for child in head.children):
        return None
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    if len(conjuncts) != 1 or not _same_line(conjuncts[0], head):
        return None
    ent = entity_at(conjuncts[0], ("PERSON",))
    if ent is None or ent[-1].i != conjuncts[0].i or _is_possessive_ent(ent):
        return None
    return ent


def _organisation_in_apposition(head: Token) -> Span | None:
    """The organisation a common noun stands for when the text names it right after
    ("The company, Maple Foods, said"): the named organisation speaks."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    for child in head.children:
        if child.dep_ == "appos" and _same_line(child, head):
            ent = entity_at(child, ("ORG",))
            if ent is not None and not _is_possessive_ent(ent):
                return ent
    return None


def _titled_holder(token: Token) -> Span | None:
    """The person holding a title written with its place: "Ambassador to Germany Richard
    Grenell", "Minister of Health Jane Doe". The parse hangs the name on the preposition;
    a name right after it ("a spokesman for Donald Trump") is whom the title serves."""
    ent = _glued_holder(token) or entity_at(token, ("PERSON",))
    if ent is None or ent.start <= token.head.i + 1 or _is_possessive_ent(ent):
        return None
    return ent


def _glued_holder(token: Token) -> Span | None:
    """The person in a place and name the model tagged as one entity after the title's
    "of": "President of [Ukraine Volodymyr Zelenskyy] said" is Volodymyr Zelenskyy, and
    "Mayor of [Leeds Anna Price]" Anna Price."""
    ent = entity_at(token, ("ORG", "PERSON"))
    if ent is None:
        return None
    text = doc_text(token.doc)
    cut = glued_person_start(text, ent.start_char, ent.end_char, token.ent_type_)
    return None if cut is None else token.doc.char_span(cut, ent.end_char)


def _same_line(child: Token, head: Token) -> bool:
    """True when no line break separates ``child`` from ``head``: a signature line
    ("—Troy Roberts") above a paragraph is no part of its first sentence's subject."""
    low, high = sorted((child.i, head.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in head.doc[low:high])


def _named_person_noun(head: Token, name: Token) -> Span | None:
    """The name in apposition to a noun for a person ("her husband, Karim,"), whatever
    label the model gave it (a lone given name is often read as a place)."""
    if head.lower_ not in PERSON_NOUNS or name.pos_ != "PROPN" or name.head.i != head.i:
        return None
    start, end = proper_run(name)
    return name.doc[start:end]


def _untagged_full_name(token: Token) -> Span | None:
    """ "Pradeep Khosla" in apposition that the small model left untagged: two or more
    proper nouns with no entity label at all (a tagged place or organisation never is)."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return None
    start, end = proper_run(token)
    if end - start < _FULL_NAME_TOKENS or any(t.ent_type_ for t in token.doc[start:end]):
        return None
    return token.doc[start:end]


def _is_possessive_ent(ent: Span) -> bool:
    """ "Russia's" in "Russia's Foreign Minister" names the employer, not the speaker."""
    last = ent[-1]
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return last.tag_ == "POS" or (nxt is not None and nxt.tag_ == "POS")


def proper_run(head: Token) -> tuple[int, int]:
    """Token range of the contiguous proper-noun run ending at ``head``."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= head.i:
        start -= 1
    return start, head.i + 1


def person_after_possessive(phrase: Span) -> Span | None:
    """The person a misparsed phrase names after its employer's possessive ("U of T's
    Emily Smith" with "U" read as the head noun): the person speaks, not the phrase."""
    for token in phrase[1:]:
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.i > 0:
            if token.doc[token.i - 1].tag_ == "POS":
                ent = entity_at(token, ("PERSON",))
                return ent if ent is not None and ent.end <= phrase.end else None
    return None


def with_given_names(ent: Span) -> Span:
    """A person tagged by surname only ("Sadiq" untagged before "Khan") with the untagged
    proper nouns compounded onto it, so the speaker is not mistaken for another Khan."""
    if ent[-1].ent_type_ != "PERSON":
        return ent
    doc = ent.doc
    start = ent.start
    while start > 0:
        token = doc[start - 1]
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "compound":
            break
        if not any(c.isalpha() for c in token.text):
            break  # the dot of "Capt. Mark Jones", split from its title, is no given name
        if not ent.start <= token.head.i < ent.end or is_honorific(token.text):
            break
        start -= 1
    return doc[start : ent.end] if start < ent.start else ent


_NOT_ONLY_PEOPLE = frozenset(
    "partner owner manager neighbour neighbor friend colleague specialist generalist "
    "chemist florist optician".split())
"""Person nouns and trades a company is called as often as a person is ("Siemens, a
partner in the project", "Boots, the chemist"): no sign that the name is a person's."""


def described_as_person(token: Token) -> bool:
    """True for a name an apposition calls a person by trade ("Nadia Petrov, a
    biostatistician at the University of Washington, said", the name read as an
    organisation): no body is a biostatistician, so the name can be "she". Not for a noun
    a company is called as often ("Siemens, a partner in the project", "Boots, the
    chemist"): a company is no "she" (review, session 58)."""
    return any(
        child.dep_ == "appos" and child.lower_ not in _NOT_ONLY_PEOPLE
        and (is_occupation(child.text) or child.lower_ in PERSON_NOUNS)
        for child in token.children
    )
