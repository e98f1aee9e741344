"""Colon introductions: `X said: "..."`, `Shaw: "..."`, `the board was clear: "..."`.

Kept apart from ``quote_attribution`` (the cue a quote hangs on, after it or before it)
because a colon hands a quote to the clause before it even with no verb of saying
there: these rules read who that clause names (a document's author, a labelled name, a
digest's credit, the clause's subject) rather than a cue's parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.quote_caption_names import caption_name
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_cue_speakers import cue_attribution, is_cue
from workbench.nlp.quote_digests import credit_after_dash
from workbench.nlp.quote_introductions import misread_cue_author, whole_sentence
from workbench.nlp.quote_reporters import can_speak, person_subject
from workbench.nlp.quote_scene_clauses import main_clause_verb
from workbench.nlp.speaker_documents import document_author, is_document
from workbench.nlp.speaker_phrases import name_phrase, speaker_phrase
from workbench.nlp.speaker_surface import labelled_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NAME_ONLY_TOKENS = 5
#: Nouns for what someone said back or gave as a view, in `Kenney's response: "..."`.
_ANSWER_NOUNS = frozenset(
    "response reply answer reaction retort message advice verdict take view assessment "
    "explanation plea warning comment".split()
)
#: A bracketed note after a labelled name (`(R-S.C.)`, `(D-Calif.)`) is at most this long.
_AFFILIATION_TOKENS = 8


def colon_subject(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """`Biden-Harris released a statement: "We cannot accept ..." President Trump called
    it ...`: a whole quoted sentence after a colon is introduced by the clause before the
    colon, even with no verb of saying there; a cue after the quote is the next
    sentence's."""
    colon = ctx.token_before(quote.start)
    if colon is None or colon.text != ":":
        return None
    root = ctx.doc[ctx.clause(colon).start : colon.i].root
    author = _author_of_object(root)
    if author is not None:
        return Attribution(None, speaker_phrase(author), "colon")
    found = colon_intro(ctx, quote)
    if found is not None:
        return found
    subjects = [t for t in root.children if t.dep_ == "nsubj" and can_speak(ctx, t)]
    return Attribution(None, speaker_phrase(subjects[0]), "colon") if subjects else None


def _author_of_object(verb: Token) -> Token | None:
    """The named author of the document a colon introduction hands over: in `the lawyer
    read a statement from the family: "..."` the family speaks, not the reader (the parse
    often hangs "from the family" on the verb)."""
    documents = [c for c in verb.children if c.dep_ == "dobj" and is_document(c)]
    if not documents:
        return None
    sources = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return document_author(documents[0]) or (sources[0] if sources else None)


def colon_intro(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """A quote right after "X said:", "Shaw:" or "the board was clear in its findings:"."""
    mark = ctx.token_before(quote.start)
    if mark is None or mark.text not in (":", ",") or not _introduces(ctx, mark, quote):
        return None
    region = _without_affiliation(_credit_or_all(ctx.doc[ctx.clause(mark).start : mark.i]))
    cues = [t for t in region if ctx.outside(t) and is_cue(t)]
    if cues:
        verb = main_clause_verb(region, mark, cues)
        return cue_attribution(ctx, verb or cues[-1], "colon", region)
    if not len(region):
        return None
    author = misread_cue_author(region) or _answer_owner(ctx, mark, region)
    if author is not None:
        return Attribution(None, speaker_phrase(author), "colon")
    caption = caption_name(region) if mark.text == ":" else None
    if caption is not None:
        return Attribution(None, caption, "colon")
    labelled = labelled_name(mark, region)
    if labelled is not None:
        return Attribution(None, name_phrase(labelled), "colon")
    head = region.root if len(region) <= _NAME_ONLY_TOKENS else None
    if head is None or head.pos_ != "PROPN":
        head = person_subject(region, institutions=True)
    return Attribution(None, speaker_phrase(head), "colon") if head is not None else None


def _answer_owner(ctx: QuoteContext, mark: Token, region: Span) -> Token | None:
    """The owner of a noun of answer before a colon (`Premier Jason Kenney's response:
    "..."`, `Her advice to graduates: "..."`): the words are the owner's, though no verb
    of saying is written and the phrase's head is no speaker."""
    if mark.text != ":":
        return None
    head = region.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _ANSWER_NOUNS:
        return None
    owners = [c for c in head.children if c.dep_ == "poss" and can_speak(ctx, c)]
    return owners[0] if owners else None


def _without_affiliation(region: Span) -> Span:
    """The region without a bracketed note that ends it: in `Rep. Trey Gowdy (R-S.C.):
    "..."` the party and state stand between the labelled name and its colon, and the
    label is the name before them (a hyphen there is no digest's dash either)."""
    if len(region) < 3 or not region[-1].text.endswith(")"):
        return region
    for token in reversed(region[-_AFFILIATION_TOKENS:-1]):
        if token.text == "(":
            return region.doc[region.start : token.i] if token.i > region.start else region
    return region


def _credit_or_all(region: Span) -> Span:
    """The name a digest credits after a dash (`VOTERS CARE MORE ... - Frank Newport and Jim
    Harter, "..."`), read by ``quote_digests.credit_after_dash``: the words before the dash
    are the item's headline, so its subject is no speaker. Only a tail with a name in it;
    otherwise the whole region."""
    tail = credit_after_dash(region)
    if tail is None or not any(t.pos_ == "PROPN" for t in tail):
        return region
    return tail


def _introduces(ctx: QuoteContext, mark: Token, quote: Span) -> bool:
    """A colon always introduces; a comma only a whole quoted sentence ("Mick Jagger
    reacted on Twitter, "Sad news ...""), not a phrase continuing the narrative."""
    return mark.text == ":" or whole_sentence(ctx, quote)
