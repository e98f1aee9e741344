"""A pronoun crediting a reply ("…," she replied) is the person the sentence before asked.

Why: news reports an exchange as "Brandt asked Whitlock whether the unit was for sale.
"Everything is on the table," she replied." The asker opens that sentence as its subject,
so the pronoun reading (the previous sentence's first person, the parse's subject) lands
on the one who asked, and when the two share a gender nothing else tells them apart;
worse, the wrong reading teaches the memory the asker's gender and spoils the next "he".
The one who replies is the one asked: the person named right after "asked" (or "asks")
in the sentence before the quotation, or in the quotation's own sentence before it. Only
verbs that answer a question count ("replied", "answered", "responded", "shot back"),
and only a person the pronoun fits.
"""

from __future__ import annotations

import bisect
import re

from workbench.core.models import Quote
from workbench.nlp.pronoun_fit import fits_pronoun
from workbench.nlp.speaker_memory import SpeakerMemory

#: A verb of replying right after the pronoun ("she replied", "he shot back").
_REPLY_AFTER = re.compile(r"[ \u00a0]+(?:replied|replies|answered|answers|responded|"
                          r"responds|shot[ \u00a0]+back|retorted)\b")
#: "asked" or "asks" right before the person asked ("Brandt asked Whitlock whether").
_ASKED = re.compile(r"\b(?:asked|asks)[ \u00a0]+$")
#: How far back "asked" may stand before the name that follows it.
_ASKED_CHARS = 8


def person_asked(word: str, quote: Quote, memory: SpeakerMemory) -> str | None:
    """The person asked in the sentence before ``quote`` (or in its own sentence before
    it) when the pronoun ``word`` credits a reply; None otherwise."""
    end = quote.speaker_end
    if end is None or _REPLY_AFTER.match(memory.text, end) is None:
        return None
    sentences = memory.sentences
    here = sentences.index(quote.start)
    low = sentences.starts[max(here - 1, 0)]
    first = bisect.bisect_left(memory.starts, low)
    last = bisect.bisect_left(memory.starts, quote.start)
    for mention in reversed(memory.mentions[first:last]):
        if not fits_pronoun(word, mention, memory.text) or memory.rules_out(word, mention.entity):
            continue
        before = memory.text[max(low, mention.start - _ASKED_CHARS) : mention.start]
        if _ASKED.search(before):
            return mention.entity
    return None
