"""Speakers for a quote whose own sentence names nobody, read from the sentence around it.

Kept apart from ``quote_attribution`` (cues inside the quote's sentence): these are the
weaker fallbacks ``quotes`` tries after a colon introduction and a continued quote \u2014
the subject of the quote's clause, or of the sentence just before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import PERSON_PRONOUNS, is_speech_cue
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_headline_credits import headline_credit
from workbench.nlp.quote_reporters import person_subject
from workbench.nlp.speaker_copulas import described_by_quote
from workbench.nlp.speaker_descriptions import (
    OWNED_GROUP_NOUNS,
    PUBLIC_BODY_WORDS,
    ROLE_NOUNS,
)
from workbench.nlp.speaker_documents import DOCUMENT_NOUNS
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Heads climbed from the quote to the verb whose subject is taken.
_CLIMB = 4
_NAME_LABELS = frozenset(("PERSON", "ORG", "NORP"))
_PLACE_LABELS = frozenset(("GPE", "LOC", "DATE", "TIME", "FAC"))
#: Common nouns that can speak as a clause's subject: people's roles, public bodies,
#: an owned group ("his campaign") and written things ("the ad", "the statement").
_SPEAKING_NOUNS = ROLE_NOUNS | PUBLIC_BODY_WORDS | OWNED_GROUP_NOUNS | DOCUMENT_NOUNS


def clause_subject(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """A quoted phrase inside a sentence whose subject is a person ("He anticipated that
    the challenge would be "dealing with ..."") is that person's, cue or not."""
    clause = ctx.clause(quote[0])
    if not any(t.is_alpha for t in ctx.doc[clause.start : quote.start]):
        return None
    head = person_subject(clause, institutions=True)
    if head is None or not ctx.outside(head):
        head = governing_subject(ctx, quote) or _framing_clause_subject(ctx, quote)
    if head is None or described_by_quote(head, quote):
        return None  # `ATI is "throwing in the towel"`: said of ATI, not by it
    return Attribution(None, speaker_phrase(head), "clause")


def _framing_clause_subject(ctx: QuoteContext, quote: Span) -> Token | None:
    """The person doing what the clause before a comma-introduced quote says: in `Steve
    Jobs extended an invitation to the label, "we have always loved the Beatles"` the
    parser makes the quote's verb the root and the clause before it its complement, as
    it does for `Jobs said, "..."`. Only a person subject, and only a clause that ends
    with the comma right before the opening mark."""
    before = ctx.token_before(quote.start)
    if before is None or before.text != ",":
        return None
    root = next((t for t in quote if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    for clause in root.children:
        if clause.dep_ != "ccomp" or clause.i >= quote.start or not ctx.outside(clause):
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and subject.ent_type_ == "PERSON" and ctx.outside(subject):
                return subject
    return None


def governing_subject(ctx: QuoteContext, quote: Span) -> Token | None:
    """The subject of the nearest verb governing a quoted phrase, when it can speak:
    `Clinton fired back that the "people of New York voted for me twice"`, `The Sanders
    campaign projects that "imposing a tax ..." would raise $75 billion`. No verb of
    saying, yet the clause says whose words they are; the parse often roots such a
    sentence elsewhere ("believed"), so its root's subject is no guide."""
    clause = ctx.clause(quote[0])
    token = next((t for t in quote if not quote.start <= t.head.i < quote.end), None)
    current = token.head if token is not None else None
    for _ in range(_CLIMB):
        if current is None or not clause.start <= current.i < clause.end:
            return None
        if ctx.outside(current) and current.pos_ in ("VERB", "AUX"):
            subjects = [c for c in current.children if c.dep_ == "nsubj" and ctx.outside(c)]
            if subjects:
                return subjects[0] if speaks(subjects[0]) else None
        if current.head is current:
            return None
        current = current.head
    return None


def speaks(token: Token) -> bool:
    """A subject that can say something: a name, a personal pronoun, or a noun for a
    person, a public body, an owned group or a written thing."""
    if token.ent_type_ in _NAME_LABELS or token.lower_ in PERSON_PRONOUNS:
        return True
    if token.pos_ == "PROPN":
        return token.ent_type_ not in _PLACE_LABELS
    return token.pos_ == "NOUN" and token.lemma_.lower() in _SPEAKING_NOUNS


def previous_subject(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """`Miller spoke to reporters. "..."`: a sentence-initial quote takes the person who
    is the subject of the sentence just before it (same or previous paragraph)."""
    doc = ctx.doc
    sent = ctx.clause(quote[0])
    lead = [t for t in doc[sent.start : quote.start] if not (t.is_space or t.is_punct)]
    start = sent.start
    while start > 0 and doc[start - 1].is_space:
        start -= 1
    if lead or start == 0:
        return None
    previous = ctx.clause(doc[start - 1])
    head = person_subject(previous)
    if head is not None and not ctx.outside(head):
        head = None
    head = headline_credit(previous) or head or _reporting_subject(ctx, previous)
    return Attribution(None, speaker_phrase(head), "previous") if head is not None else None


def _reporting_subject(ctx: QuoteContext, sent: Span) -> Token | None:
    """The speaker of the first verb of saying in ``sent`` when its root has no usable
    subject: `If anything, Ash argued in his email, the incident is ...` or `Schoen
    elaborated in an editorial that superdelegates ... may reconsider.` (parsed with
    "reconsider" as root) introduce the quoted paragraph that follows just as well."""
    for token in sent:
        if not (ctx.outside(token) and is_speech_cue(token)):
            continue
        head = speaker_token(token, ctx.outside)
        if head is not None and speaks(head):
            return head
    return None


#: Verbs whose direct object is whom they address ("told reporters", "asked the judge"),
#: so the object is not something of their own they report.
_ADDRESSING_VERBS = frozenset(
    "tell ask inform notify assure remind warn advise answer thank promise".split()
)
_ADDRESSEE_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
#: Verbs of agreeing: a next sentence "His barber, Julian Clark, concurred." answers what
#: was just said; a writer crediting the words to the one agreeing puts a comma there.
_AGREEING_VERBS = frozenset(("agree", "concur"))


def reports_its_own(cue: Token, attribution: Attribution) -> bool:
    """True when a next-sentence cue is busy with a statement of its own, so the quote
    before it is not what it reports: a clause ("Officials say the storm caused damage"),
    an infinitive ("urges users to update"), a thing it adds or notes ("Ty Lawson added 16
    points", "Inslee noted the role of the late senator"), agreement with what was said
    ("Julian Clark concurred."), or a verb with nobody to credit at all ("Damage was
    estimated at $1 million"). An addressee ("told reporters") is
    nothing of its own, so "-- Smith told reporters." still credits the quote."""
    if not attribution.speaker or cue.lemma_ in _AGREEING_VERBS:
        return True
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ in ("ccomp", "xcomp") or _reported_object(cue, child):
            return True
    return False


def _reported_object(cue: Token, child: Token) -> bool:
    """A direct object that is a thing said or counted, not the person spoken to."""
    if child.dep_ != "dobj" or cue.lemma_ in _ADDRESSING_VERBS:
        return False
    return child.pos_ not in ("PRON", "PROPN") and child.ent_type_ not in _ADDRESSEE_LABELS


#: Sentences back from a quote that an indirect report may still hand it its speaker.
_REPORT_SENTENCES = 3


def reporter_since(ctx: QuoteContext, quote: Span, since: int) -> Attribution | None:
    """`"A," said Warren. Chan said the deal helps ATI. "B."`: a quote that names nobody
    after an indirect report ("Chan said ...") written since the last quote (token
    ``since``) is the reporter's, not the last quote's speaker: news hands the voice to
    the person it last reported, directly or not. The nearest report in the quote's
    paragraph, within ``_REPORT_SENTENCES`` sentences, wins."""
    doc = ctx.doc
    para = ctx.paragraph[quote[0].i]
    index = quote.start
    for _ in range(_REPORT_SENTENCES):
        while index > 0 and (doc[index - 1].is_space or doc[index - 1].is_punct):
            index -= 1
        if index <= since or index == 0 or ctx.paragraph[index - 1] != para:
            return None
        sentence = ctx.clause(doc[index - 1])
        if sentence.start < since:
            return None
        head = _reporting_subject(ctx, sentence)
        if head is not None:
            return Attribution(None, speaker_phrase(head), "previous")
        index = sentence.start
    return None


def paragraph_reporter(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """The reporter of an indirect report earlier in the quote's paragraph, for a quote
    with no quote before it there (`Brill has argued that the law was crippled. As a
    result, there's still "a very powerful industry ..."`).

    Why: ``reporter_since`` hands the voice to the last reporter only after a quote in
    the same paragraph; a paragraph that opens with the report and then quotes its words
    in the writer's own sentence is the same voice, and the quote otherwise named nobody.
    """
    return reporter_since(ctx, quote, 0)


def relative_after(ctx: QuoteContext, quote: Span, attribution: Attribution) -> bool:
    """True when the speaker found is a "which" or "that" right after the closing mark
    (`"He has been aggressive with the overtime rule," which Mozloom thinks will lead ...`,
    `the chant "Lock her up!" that ricocheted through the arena`).

    Why: a relative straight after a quotation stands for what was quoted (or the chant,
    the subject line it names), never for the one who said it, so its verb is no frame for
    the quote; the quote is then read as one that names nobody in its own sentence (often
    carrying on the last speaker)."""
    if attribution.speaker is None:
        return False
    start, end = attribution.speaker
    if start < quote.end_char or ctx.text[start:end].lower() not in ("which", "that"):
        return False
    gap = ctx.text[quote.end_char : start]
    return not any(c.isalnum() for c in gap)
