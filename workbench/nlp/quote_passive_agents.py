"""The agent of a passive verb of saying speaks the quotation it labels.

`The scheme has been called "strategic ambiguity" by Maria Lopez, a professor ...`: the
one who called it so is the agent after "by". The parser hangs that "by" on the cue when
it reads the sentence well, and the cue's speaker is then found as usual; when it hangs
"by" elsewhere (on the quotation's last noun, on "as" of `described as "..." by`), the
cue had no speaker and the quote none. Asked only then, from the words right after the
closing mark, which is where a writer puts the agent of a labelling passive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_reporters import can_speak
from workbench.nlp.speaker_documents import is_thing
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.verb_subjects import is_agentless_passive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Named agents only: `by the end of the week`, `by far` name nobody.
_NAMED = frozenset(("PERSON", "ORG", "NORP", "GPE"))


def passive_agent(ctx: QuoteContext, quote: Span, attribution: Attribution) -> Attribution | None:
    """``attribution`` with the agent of its passive cue as speaker (`was called "X" by
    Name`), or None when it has a speaker, its cue is not passive or no "by" and a
    speaking noun follow the closing mark."""
    cue = ctx.cue_token(attribution)
    if attribution.speaker or cue is None:
        return None
    if not is_agentless_passive(cue):  # the parse hung no "by" on the cue itself
        return None
    agent = _agent_after(ctx, quote)
    if agent is None:
        return None
    return Attribution(attribution.cue, speaker_phrase(agent), attribution.how)


def _agent_after(ctx: QuoteContext, quote: Span) -> Token | None:
    """The name after `by` right after the quotation (a comma between at most)."""
    doc = ctx.doc
    i = quote.end
    while i < len(doc) and doc[i].is_punct and doc[i].text in ",\u2019\u201d\"":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "by" or not ctx.outside(doc[i]):
        return None
    agent = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    if agent is None or not can_speak(ctx, agent) or is_thing(agent):
        return None
    return agent if agent.pos_ == "PROPN" or agent.ent_type_ in _NAMED else None
