"""Person mentions for speakers the entity model left untagged (or tagged in part).

Why: the store links a quote to its speaker through an entity row, and entity rows come
from mentions. A speaker resolved from its own words ("said Pradeep Khosla", a later
"Cattelan" standing for "Maurizio Cattelan") has a canonical name but, when the model
tagged neither, no mention, so the quote lost its speaker link and the person never
appeared among the document's entities. A name right next to a cue verb is the best
evidence of a person the text offers, so the speaker span's name becomes a PERSON
mention of that canonical name; a shorter mention inside it ("Khan" of "Mayor of London
Sadiq Khan", resolved to another Khan) gives way to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote
from workbench.core.whole_words import written_words_spans
from workbench.nlp.entity_titles import office_alone
from workbench.nlp.speaker_names import name_words, person_name
from workbench.nlp.speaker_relatives import name_before_relative

#: Lower than the model's usual mentions: found by the quote rules, not by the tagger.
SPEAKER_MENTION_CONFIDENCE = 0.7
#: Capitalised words of documents and laws, which a misparsed speaker span can hold
#: ("Republic Act No. 3846"): never part of a person's name.
_DOCUMENT_WORDS = frozenset("act amendment article bill decree law no report section".split())


def with_speaker_mentions(
    quotes: Iterable[Quote], mentions: Sequence[Mention], text: str
) -> list[Mention]:
    """``mentions`` plus a PERSON mention for each speaker name that no body mention
    covers, sorted like ``finalize_mentions``; mentions inside such a name are dropped.
    A speaker the document names elsewhere keeps that entity's label ("Florida Highway
    Patrol described" beside "the Florida Highway Patrol" the model read as a body): one
    entity, one label."""
    body = sorted((m for m in mentions if m.field == "text"), key=lambda m: m.start)
    starts = [m.start for m in body]
    longest = max((m.end - m.start for m in body), default=0)
    added: dict[tuple[int, int], Mention] = {}
    replaced: set[int] = set()
    for quote in quotes:
        found = _name_in_span(quote, text)
        if found is None or (found.start, found.end) in added:
            continue
        # only mentions starting within the longest mention's length can overlap
        low = bisect.bisect_left(starts, found.start - longest)
        high = bisect.bisect_left(starts, found.end)
        overlapping = [m for m in body[low:high] if found.start < m.end]
        inside = all(found.start <= m.start and m.end <= found.end for m in overlapping)
        covered = any(m.entity == quote.speaker for m in overlapping)
        if inside and not covered:
            added[(found.start, found.end)] = found
            replaced.update(id(m) for m in overlapping)
    if not added:
        return list(mentions)
    kept = [m for m in mentions if id(m) not in replaced]
    labels = {m.entity: m.label for m in kept if m.field == "text"}
    found = [replace(m, label=labels.get(m.entity, m.label)) for m in added.values()]
    return sorted([*kept, *found], key=lambda m: (m.field, m.start, m.end))


def _name_in_span(quote: Quote, text: str) -> Mention | None:
    """The speaker's name as written in its span ("Khosla" in "the chancellor, Khosla"),
    as a mention of ``quote.speaker``; None when the span does not write it or the
    canonical speaker is no person's full name (an organisation the parse kept) or an
    office alone ("former [Vice President] of the United States Joe Biden"), which the
    entity pass leaves out too."""
    start, end, speaker = quote.speaker_start, quote.speaker_end, quote.speaker
    if start is None or end is None or not speaker or not person_name(speaker):
        return None
    if text[start:end] == "who":  # the name the relative "who" stands for
        start, end = name_before_relative(text, start) or (start, end)
    words = name_words(text[start:end])
    if not words or words != speaker.split()[-len(words) :]:
        return None
    if any(w.lower().rstrip(".") in _DOCUMENT_WORDS for w in speaker.split()):
        return None
    writings = written_words_spans(words, text[start:end])  # no pattern per name
    if not writings:
        return None
    found_start, found_end = writings[-1]  # the last writing: titles and roles come before
    mention = Mention(
        start + found_start,
        start + found_end,
        text[start + found_start:start + found_end],
        "PERSON",
        speaker,
        confidence=SPEAKER_MENTION_CONFIDENCE,
    )
    return None if office_alone(mention, text) else mention  # "[Vice President] of the US X"
