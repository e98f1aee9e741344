"""The verb of saying right before a quotation's opening mark speaks it.

In `Cruz said as the heckler yelled: "You suck!"` or `when Rubio thanked Miami and said
it was great to be home, a man yelled "Stay there!"` the parse hangs the quotation on the
sentence's first verb of saying (Cruz's, Rubio's), yet the writer put the words right
after the verb that introduces them: "yelled" with its own subject. A verb of saying
immediately before the opening mark (a comma or colon between at most) introducing an
utterance (a capital opens it) is the quotation's frame, so its subject speaks it,
whatever the parse attached the words to.

Kept apart from ``quote_attribution`` (how a cue is found from the parse) because it is
a check on the cue found there, asked only when another verb was chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import cue_text, is_speech_cue
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_reporters import can_speak
from workbench.nlp.speaker_documents import is_thing
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: What may stand between the verb and the opening mark.
_BETWEEN = frozenset((",", ":"))
#: Only attributions read from the quote's own sentence are checked.
_CHECKED = frozenset(("syntax", "before"))


def adjacent_cue(ctx: QuoteContext, quote: Span, found: Attribution) -> Attribution | None:
    """The attribution of the verb of saying right before ``quote`` when ``found`` names
    another cue and that verb has a subject of its own that can speak; else None."""
    if found.how not in _CHECKED or not found.cue:
        return None
    verb = _verb_before(ctx, quote)
    if verb is None or found.cue[0] <= verb.idx < found.cue[1] or not _opens_utterance(quote):
        return None
    line = ctx.paragraph[verb.i]
    head = speaker_token(verb, lambda t: can_speak(ctx, t) and ctx.paragraph[t.i] == line)
    if head is None or not can_speak(ctx, head) or is_thing(head):
        return None
    return Attribution(cue_text(verb), speaker_phrase(head), found.how)


def _opens_utterance(quote: Span) -> bool:
    """True when the quotation opens with a capital (`yelled: "You suck!"`): words
    introduced as an utterance. A phrase carrying on the writer's clause (`said Fox
    executives were calling "every 15 minutes"`) is the reporter's, which the cue found
    by the parse already knows (``quote_reporters``)."""
    first = next((t for t in quote if t.is_alpha), None)
    return first is not None and first.text[:1].isupper()


def _verb_before(ctx: QuoteContext, quote: Span) -> Token | None:
    """The verb of saying right before the opening mark (spaces and one comma or colon
    skipped), outside any quotation, or None."""
    verb = ctx.token_before(quote.start)
    if verb is not None and verb.text in _BETWEEN:
        verb = ctx.doc[verb.i - 1] if verb.i > 0 else None
    if verb is None:
        return None
    if verb.pos_ != "VERB" or not ctx.outside(verb) or not is_speech_cue(verb):
        return None
    return verb
