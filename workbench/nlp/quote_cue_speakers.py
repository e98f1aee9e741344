"""From a cue to its speaker: which tokens are cues, and the attribution a cue gives.

Kept apart from ``quote_attribution`` (which cue frames a quote: the one it hangs on, one
after it, one before it) and ``quote_colons`` (a colon introduction) because both ask
the same two questions of a cue once they have one: is this word a cue, and who is its
speaker (its parse subject, else a name next to it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.cues import (
    PERSON_PRONOUNS,
    cue_text,
    is_according_to,
    is_claim_noun,
    is_speech_cue,
)
from workbench.nlp.doc_words import is_misread_surname
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_document_relatives import relative_issuer
from workbench.nlp.quote_frame_participles import framing_subject, opening_participle_speaker
from workbench.nlp.quote_reporters import (
    OUTER_DEPTH,
    REPORTED_DEPS,
    can_speak,
    outer_speech_cue,
)
from workbench.nlp.quote_set_off_speakers import set_off_speaker
from workbench.nlp.speaker_documents import (
    document_author,
    is_document,
    is_document_reading,
    is_thing,
)
from workbench.nlp.speaker_handles import handle_next_to
from workbench.nlp.speaker_inverted_objects import inverted_object
from workbench.nlp.speaker_inverted_roles import person_ending_role_run
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speaker_surface import (
    inverted_name_after,
    name_after_title,
    person_before_cue,
    post_posed_speaker,
)
from workbench.nlp.speaker_word_surnames import surname_before_cue
from workbench.nlp.speakers import speaker_token
from workbench.nlp.verb_subjects import is_agentless_passive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs whose passive subject is the one heard or recorded speaking ("was heard saying").
_HEARD_VERBS = frozenset(("hear", "overhear", "see", "catch", "record", "film", "tape"))
#: A place near a cue is where something was said, not who said it ("in Cleveland").
_PLACES = frozenset(("GPE", "LOC", "FAC"))


def is_cue(token: Token) -> bool:
    return (
        is_according_to(token)
        or is_claim_noun(token)
        or is_speech_cue(token)
        or is_document_reading(token)
    )


def cue_attribution(ctx: QuoteContext, cue: Token, how: str, region: Span | None) -> Attribution:
    """Build the attribution for ``cue``: its parse subject, else a name near it."""
    line = ctx.paragraph[cue.i]

    def usable(token: Token) -> bool:
        """A subject that can speak, on the cue's line ("5:45 p.m." above a paragraph
        is no second subject of its verb)."""
        return can_speak(ctx, token) and ctx.paragraph[token.i] == line

    head = _author_of_announced(ctx, cue) or _heard_speaker(cue, usable)
    head = head or framing_subject(cue, usable)
    head = head or speaker_token(cue, usable)
    if head is not None:
        head = relative_issuer(cue, head, usable) or head
    if head is not None:
        head = name_after_title(head) or head
    if head is not None and not can_speak(ctx, head):
        head = None  # agents, relative-clause heads and "according to" skip ``usable``
    head = surname_before_cue(cue) or head
    head = person_ending_role_run(cue, head) or head
    if head is not None and _misread_verb(head):
        reporting = _reporting_verb(ctx, cue)
        if reporting is not None:
            return cue_attribution(ctx, reporting, how, region)
    if head is not None and is_thing(head):
        outer = _outer_cue(ctx, cue)
        if outer is not None:
            return outer
    if head is None and not is_agentless_passive(cue):
        head = inverted_name_after(cue) or inverted_object(cue) or _nearest_name(
            ctx, region if region is not None else ctx.clause(cue), cue
        )
        head = head or handle_next_to(cue) or post_posed_speaker(cue) or set_off_speaker(cue)
        head = head or opening_participle_speaker(ctx, cue)
    head = person_before_cue(cue, head, ctx.outside) or head
    speaker = speaker_phrase(head) if head is not None else None
    return Attribution(cue_text(cue), speaker, how)


def _misread_verb(head: Token) -> bool:
    """True for a verb the parse made the cue's subject: in `It said that Trump supports
    "Hillary-style healthcare" and the procedure sometimes called ...` "supports" is read
    as the subject of "called"; a verb names nobody, so the verb of saying whose report
    holds the cue gives the speaker ("It"). A participle with its own determiner or
    possessive is a noun the tagger read as a verb, and a person who speaks ("the accused
    told officers", "the injured told them"); with no verb of saying above, the subject
    stays too ("A handbook ... described")."""
    if head.pos_ not in ("VERB", "AUX") or head.ent_type_:
        return False
    return not any(child.dep_ in ("det", "poss") for child in head.children)


def _reporting_verb(ctx: QuoteContext, cue: Token) -> Token | None:
    """The nearest verb of saying whose reported clause holds ``cue``, whoever its subject."""
    current = cue
    for _ in range(OUTER_DEPTH):
        if current.dep_ not in REPORTED_DEPS or current.head is current:
            return None
        current = current.head
        if ctx.outside(current) and is_speech_cue(current):
            return current
    return None


def _heard_speaker(cue: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The one heard speaking: in `a reporter can be heard asking Trump` or `she was caught
    on tape saying` the passive subject of a verb of hearing or recording speaks, though
    the parse gives the verb of saying no subject of its own (the object is the one asked)."""
    verb = cue.head
    if cue.dep_ not in ("xcomp", "advcl") or verb.lemma_.lower() not in _HEARD_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and usable(c)]
    return subjects[0] if subjects else None


def _author_of_announced(ctx: QuoteContext, cue: Token) -> Token | None:
    """The named author of a document the cue's subject only announces, when the quote
    lies inside the document's phrase: in `The Coast Guard has announced an order by
    Admiral Elson Hermogino directing units to "join ..."` the words are the order's, so
    its author's, not the Coast Guard's."""
    for child in cue.children:
        if child.dep_ != "dobj" or not is_document(child):
            continue
        if all(ctx.outside(t) for t in child.subtree):
            return None
        author = document_author(child)
        return author if author is not None and author.dep_ == "pobj" else None
    return None


def _outer_cue(ctx: QuoteContext, cue: Token) -> Attribution | None:
    """The speech cue whose reported clause holds ``cue``, when its subject is no thing:
    in `She says it underscores that Trump is "unfit"` or `Holm said in the letter that
    the advertisement "wrongfully" suggests ...` the words are the person's report."""
    found = outer_speech_cue(ctx, cue)
    if found is None:
        return None
    return Attribution(cue_text(found[0]), speaker_phrase(found[1]), "syntax")


def _nearest_name(ctx: QuoteContext, region: Span, cue: Token) -> Token | None:
    """A name or pronoun next to ``cue`` when the parse gave the cue no usable subject.

    People outrank other names and modifiers ("a top Trump surrogate") never count, so
    `"...," Flynn, a top Trump surrogate, said` still finds Flynn; nor do dates and times
    (`said Wednesday`), which never speak, nor the one a verb names or tells
    (`Sutcliffe, speaking on CFRA, called Ford a "bully"`, read as "Sutcliffe, called
    Ford", leaves "Ford" the name given, never the one who calls).
    """
    candidates = [
        t
        for t in region
        if can_speak(ctx, t)
        and t.dep_ not in ("compound", "amod", "poss", "nmod", "dobj", "oprd", "dative")
        and not _verb_object(t)
        and not _in_adverbial_after(t, cue)
        and (t.ent_type_ not in _PLACES or is_misread_surname(t))
        and (t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" or t.lower_ in PERSON_PRONOUNS)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda t: (t.ent_type_ != "PERSON", abs(t.i - cue.i)))


def _in_adverbial_after(token: Token, cue: Token) -> bool:
    """True for a word of a clause after the cue that only sets its scene: in `"...,"
    Park, the city's first woman mayor, said when Smith asked her a question` Smith
    asked and "her" was asked; the one who said is the name before the cue, however
    the parser attached it."""
    return any(
        clause.dep_ == "advcl" and clause.i > cue.i
        and clause.left_edge.i <= token.i <= clause.right_edge.i
        for clause in cue.children
    )


def _verb_object(token: Token) -> bool:
    """True for the object of a preposition that belongs to a verb ("regarding Muslims",
    "spoke to reporters"): something the clause is about, never its speaker. The object
    of a noun's preposition can be ("Mayor of London Sadiq Khan")."""
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    return preposition.pos_ == "VERB" or preposition.head.pos_ in ("VERB", "AUX")
