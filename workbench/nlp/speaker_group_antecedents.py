"""Who a group pronoun speaker ("it said", "they added", "Their statement read") stands
for, read from the parse.

Split from ``speaker_antecedents`` (which resolves "he"/"she" by gender and recency)
because a group pronoun follows other evidence: the subject of the verb governing its
clause, or the main subject of the sentence before, and only a subject that can speak as
a group (an organisation, a collective noun, a document for "it").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.pronoun_fit import GROUP_LABELS
from workbench.nlp.quote_filters import in_prose
from workbench.nlp.speaker_documents import is_document
from workbench.nlp.speaker_phrases import name_phrase
from workbench.nlp.speakers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from workbench.nlp.quote_clauses import QuoteContext

#: Pronouns a group, organisation or document speaks through ("they said", "it called").
GROUP_SUBJECTS = frozenset(("they", "it"))
_GOVERNING_DEPS = ("ccomp", "xcomp", "advcl", "conj")
#: Links a group pronoun's clause may hang from on the way to the verb that governs it
#: ("denounced what it called", "the impact it said", "..., which they say").
_GROUP_LINKS = (*_GOVERNING_DEPS, "relcl", "pcomp", "pobj", "prep", "dobj", "acl")
_GROUP_OWNERS = frozenset(("their", "its"))
#: Subjects a group pronoun cannot stand for.
_NOT_GROUPS = frozenset(("PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"))
_SUBJECTS = ("nsubj", "nsubjpass")


def is_group_pronoun(pronoun: Token) -> bool:
    """True for "it"/"they" and for "Their"/"Its" owning a sentence's main subject."""
    return pronoun.lower_ in GROUP_SUBJECTS or _owns_main_subject(pronoun)


def group_name(ctx: QuoteContext, pronoun: Token) -> str | None:
    """The phrase a group pronoun speaker stands for (``_group_subject``), or None."""
    subject = _group_subject(ctx, pronoun)
    if subject is None:
        return None
    start, end = name_phrase(subject)
    return ctx.text[start:end]


def _group_subject(ctx: QuoteContext, pronoun: Token, chained: bool = False) -> Token | None:
    """ "The White House has said it believes ...", "Republicans said ...; they only
    learned": a group pronoun inside a clause stands for the subject of the verb
    governing that clause, when that subject can speak as a group. A pronoun that is
    the main subject of its sentence continues the main subject of the sentence before
    ("The city sent a letter. It says ..."), also through a governing "it" ("It's
    denouncing what it calls"). None when the parse shows no such subject: the nearest
    organisation or place mention is no evidence ("with what they call" after "a rally
    in Florida")."""
    verb = pronoun.head
    if verb.dep_ == "ROOT" and pronoun.dep_ in _SUBJECTS:
        return _previous_main_subject(ctx, pronoun)
    if _owns_main_subject(pronoun):
        return _previous_main_subject(ctx, pronoun)  # "Their statement also read"
    for _ in range(6):
        if verb.dep_ not in _GROUP_LINKS or verb.head is verb:
            return None
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(verb, ctx.outside)
        if subject is None or subject.i == pronoun.i:
            continue
        if subject.lower_ == pronoun.lower_ and not chained:
            return _group_subject(ctx, subject, chained=True)
        return subject if _speaks_as_group(ctx, subject, pronoun) else None
    return None


def _previous_main_subject(ctx: QuoteContext, pronoun: Token) -> Token | None:
    """The main-clause subject of the sentence before the pronoun's, when it can be
    what the pronoun stands for."""
    start = ctx.clause(pronoun).start
    if start == 0:
        return None
    previous = ctx.clause(ctx.doc[start - 1])
    for token in previous:
        if token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT" and token.head in previous:
            return token if _speaks_as_group(ctx, token, pronoun) else None
    return None


def _speaks_as_group(ctx: QuoteContext, subject: Token, pronoun: Token) -> bool:
    """A subject "it"/"they" may stand for: no pronoun, person or number, outside
    quotation marks, not owned by a pronoun ("Their fantasy extends to where they
    believe": they own it); "it" only for a singular, "they" also for a collective
    ("Clinton's campaign is seeking to contrast ... what they call") but not for a
    document ("The statement noted they had said": a statement is "it")."""
    if subject.pos_ == "PRON" or subject.ent_type_ in _NOT_GROUPS:
        return False
    if not in_prose(ctx, subject):
        return False
    if subject.ent_type_ in GROUP_LABELS:
        return True
    if subject.pos_ not in ("NOUN", "PROPN") or _owned_by_pronoun(subject):
        return False
    if pronoun.lower_ == "it":
        return subject.tag_ not in ("NNS", "NNPS")
    return subject.tag_ in ("NNS", "NNPS") or not is_document(subject)


def _owns_main_subject(pronoun: Token) -> bool:
    """True for "Their"/"Its" owning the main subject of a sentence ("Their statement also
    read ...", "Its report said ..."): like a subject pronoun, it continues the main
    subject of the sentence before, not the nearest organisation named."""
    owned = pronoun.head
    return (
        pronoun.dep_ == "poss"
        and pronoun.lower_ in _GROUP_OWNERS
        and owned.dep_ in _SUBJECTS
        and owned.head.dep_ == "ROOT"
    )


def _owned_by_pronoun(token: Token) -> bool:
    """True for a noun a group pronoun owns ("their fantasy", "its report"); "his tax
    returns ... they would reveal" still stands for the returns."""
    return any(child.dep_ == "poss" and child.lower_ in _GROUP_OWNERS for child in token.children)
