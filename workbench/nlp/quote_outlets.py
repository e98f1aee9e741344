"""A news outlet credited for a sentence passes the words on; it does not speak them.

News copy often ends a sentence with the outlet it took the words from: `Chief James
Steele said the department was "treating it as suspicious ...", The Anchorage Daily News
reported` or `"...," he told an EU delegation, AFP reports`. The small parse hangs the
quote (or the pronoun "he") on that final "reported"/"reports", whose subject is an
organisation, and the outlet becomes the speaker of a person's words. Here the verb of
saying that the same sentence gives a person (a named one, or a personal pronoun) wins
over the outlet; with no such verb the outlet stays (a paper that "reported" a leaked
memo's words is the only source the sentence names).

Kept apart from the attribution modules because it is one correction applied after them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import PERSON_PRONOUNS, is_speech_cue
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_cue_speakers import cue_attribution
from workbench.nlp.speakers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs by which an outlet passes on what others said.
_OUTLET_VERBS = frozenset(("report",))
_OUTLET_LABELS = frozenset(("ORG", "NORP"))
#: How the person's verb and the outlet's verb may be linked in the parse.
_LINKS = ("ccomp", "conj", "parataxis")


def is_outlet_credit(verb: Token) -> bool:
    """True for "reported"/"reports" whose subject is an organisation (an outlet)."""
    return _outlet_of(verb) is not None


def _outlet_of(verb: Token) -> Token | None:
    """The outlet that "reported"/"reports" credits: its subject, when an organisation."""
    if verb.lemma_.lower() not in _OUTLET_VERBS:
        return None
    subject = subject_of(verb)
    return subject if subject is not None and subject.ent_type_ in _OUTLET_LABELS else None


def past_outlet(ctx: QuoteContext, attribution: Attribution) -> Attribution | None:
    """The attribution to the person whose verb of saying an outlet's "reported" frames
    (or is framed by) in the quote's sentence, when the found cue is that credit."""
    cue = ctx.cue_token(attribution)
    if cue is None or not is_outlet_credit(cue):
        return None
    person_verb = _person_speech_verb(ctx, cue)
    if person_verb is None:
        return None
    found = cue_attribution(ctx, person_verb, attribution.how, None)
    return found if found.speaker else None


def is_outlet_hint(pronoun: Token, hint: str | None) -> bool:
    """True when a personal pronoun's parse antecedent ``hint`` is only the outlet whose
    "reports" governs the pronoun's clause ("he told ..., AFP reports"): a person
    pronoun never stands for the outlet, so the hint is to be dropped."""
    if hint is None or pronoun.lower_ not in PERSON_PRONOUNS:
        return False
    verb = pronoun.head
    for _ in range(3):
        if verb.head is verb or verb.dep_ not in _LINKS:
            return False
        verb = verb.head
        outlet = _outlet_of(verb)
        if outlet is not None:
            return outlet.text in hint
    return False


def _person_speech_verb(ctx: QuoteContext, cue: Token) -> Token | None:
    """A verb of saying linked to the outlet's verb (above or below it) whose subject is
    a person or a personal pronoun outside any quotation."""
    linked = [child for child in cue.children if child.dep_ in _LINKS]
    if cue.dep_ in _LINKS and cue.head is not cue:
        linked.append(cue.head)
    for verb in linked:
        subject = subject_of(verb, ctx.outside) if is_speech_cue(verb) else None
        if subject is not None and (
            subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_PRONOUNS
        ):
            return verb
    return None
