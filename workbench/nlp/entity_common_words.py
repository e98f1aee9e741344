"""Common words the model took for names because of their capital letter.

Why: a sentence, a line or a transcript answer starts with a capital, so the small model
tags "Hydrogen is not toxic", "Schools reopened" or "Users complained" as an
organisation or a person, and a shouted word ("the LEFT or the RIGHT") as a person. A
new user reads such entities as noise. A one-word name is dropped when every mention of
it in the document stands where any word is capitalised and the text writes the same
word in lowercase elsewhere ("hydrogen gas"): the text itself says it is a common word.
An acronym that only labels a transcript's questions ("((WN))") goes too, and so does a
name whose every mention is a transcript answer's one- or two-word reply ("((Sara Seager))
Correct.", "((Sara Seager)) Super Earths."): a verbless reply capitalised by its place,
which then stood nearest to the answer's "we" as a false antecedent; a name the text
also uses elsewhere ("((Ann Lee)) Barack Obama." after "Obama said") is kept.
Names the document establishes otherwise (a person's first or last name, a known
place, a word it capitalises mid-sentence) are kept. A "name" with no capital at all in a
text that capitalises ("the ref") is a common phrase and goes too. So does a name whose
every mention is a hashtag ("#MeToo", "#BlackLivesMatter"): a tag a post carries, which
the model reads as a person or a body, never a name the prose writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.gazetteer import trusted_place
from workbench.nlp.names import in_transcript_label, lowercase_words
from workbench.nlp.sentence_starts import at_sentence_start
from workbench.nlp.speaker_transcripts import Transcript

_OPENS_A_PART = re.compile(r"(?:[;\[—–-]|\)\))[\s'‘’\"“”]*$")
"""Besides a sentence start, what comes before a word capitalised for its position: a
clause after a semicolon or a dash, a bracket, a transcript answer after its label."""
_REPLY_ENDS = re.compile(r"[.!?]+(?:\s|$)")
"""The reply ends its sentence at once: "Correct. We know ...", "No!"."""
_REPLY_MAX_WORDS = 2
_INTERVIEWER_MAX = 4
"""An interviewer's label in a transcript is a short acronym ("((WN))", "((Q))")."""
_SHOUTED_MIN = 4
"""A shouted common word ("LEFT") has at least this many letters ("WHO", "US" are names)."""
_CANDIDATE_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)


def _capitalised_by_position(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` opens a sentence, a line, a quote or an answer."""
    return at_sentence_start(text, start) or (
        _OPENS_A_PART.search(text, max(0, start - 6), start) is not None)


def _shouted(word: str) -> bool:
    """Tell whether ``word`` is an ordinary word in capitals ("LEFT"), not an acronym."""
    return len(word) >= _SHOUTED_MIN and word.isalpha() and word.isupper()


def _person_words(mentions: Sequence[Mention]) -> set[str]:
    """Words of multi-word person names: "Rose" of "Rose Byrne" is a name in this text."""
    return {word for m in mentions if m.label == "PERSON" and " " in m.entity
            for word in m.entity.split()}


def _interviewer_label(mentions: Sequence[Mention], text: str) -> bool:
    """Tell whether an acronym only ever labels a transcript's questions ("((WN)) What
    made you run?"): the publication asking, page furniture rather than a name."""
    word = mentions[0].entity
    return len(word) <= _INTERVIEWER_MAX and word.isupper() and all(
        in_transcript_label(text, m.start, m.end) for m in mentions)


def _common_word(mentions: Sequence[Mention], text: str, lower: frozenset[str]) -> bool:
    """Tell whether one name's mentions read as a common word of the text."""
    if _interviewer_label(mentions, text):
        return True
    word = mentions[0].entity
    if word.lower() not in lower or any(m.text != word for m in mentions):
        return False
    if _shouted(word):
        return all(m.label == "PERSON" for m in mentions)
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    return all(_capitalised_by_position(text, m.start) for m in mentions)


def _is_reply(mention: Mention, transcript: Transcript) -> bool:
    """Tell whether ``mention`` is a whole one- or two-word sentence opening a transcript
    turn ("((Sara Seager))  Correct.  We know ...", "NG: Yes."); an acronym ("NASA.") is
    a name wherever it stands. The turns are the ones the speaker rules read."""
    if len(mention.text.split()) > _REPLY_MAX_WORDS or mention.text.isupper():
        return False
    return (transcript.opens_turn(mention.start)
            and _REPLY_ENDS.match(transcript.text, mention.end) is not None)


def _replies_only(mentions: Sequence[Mention], text: str) -> set[str]:
    """Names whose every text mention is a turn's short reply (see ``_is_reply``)."""
    transcript = Transcript(text)
    if not transcript.turns:  # ordinary news prose
        return set()
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label in _CANDIDATE_LABELS:
            groups[mention.entity].append(mention)
    return {entity for entity, group in groups.items()
            if all(m.field == "text" and _is_reply(m, transcript) for m in group)}


def _hashtag(mention: Mention, text: str) -> bool:
    """Tell whether ``mention`` is a hashtag: "#" right before it or as its first character."""
    return mention.text.startswith("#") or text[max(0, mention.start - 1):mention.start] == "#"


def _hashtags_only(mentions: Sequence[Mention], text: str) -> set[str]:
    """Names whose every body mention is a hashtag ("#MeToo"); a name the prose also
    writes ("#Obama" beside "Obama said") stays."""
    tagged = {m.entity for m in mentions if m.field == "text" and _hashtag(m, text)}
    return tagged - {m.entity for m in mentions if m.field == "text" and not _hashtag(m, text)}


def _uncapitalised(mention: Mention, cased: bool) -> bool:
    """Tell whether a name mention has no capital and no digit in a text that writes
    capitals ("the ref", "undrafted rookie running"): news capitalises names, so such a
    span is a common phrase the model took for one; a text written all in lowercase (a
    chat log, a pasted transcript) keeps its names."""
    return (cased and mention.field == "text" and mention.label in _CANDIDATE_LABELS
            and not any(char.isupper() or char.isdigit() for char in mention.text))


def without_common_words(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Drop one-word names that the text shows to be capitalised common words, names
    written without a capital, hashtags, and transcript answers' short replies taken for
    names."""
    cased = any(char.isupper() for char in text)
    mentions = [m for m in mentions if not _uncapitalised(m, cased)]
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if (mention.field == "text" and mention.label in _CANDIDATE_LABELS
                and " " not in mention.entity):
            groups[mention.entity].append(mention)
    dropped = _replies_only(mentions, text) | _hashtags_only(mentions, text)
    if groups:
        lower = lowercase_words(text)
        names = _person_words(mentions)
        dropped |= {
            entity for entity, group in groups.items()
            if entity not in names and trusted_place(entity) is None
            and _common_word(group, text, lower)
        }
    if not dropped:
        return list(mentions)
    return [m for m in mentions if m.entity not in dropped]
