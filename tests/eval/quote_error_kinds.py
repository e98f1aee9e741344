"""Group PolNeAR direct-quote errors into kinds, to tell its conventions from real misses.

Run through ``eval_quotes.py --split dev|train --categories`` (never on test). The kinds
are read from the spans alone, so they are a first sort, not a verdict; reading them,
these kinds are PolNeAR's annotation conventions rather than detection errors:

* a gold span that is a lone mark: the annotator's content fragment held one mark of a
  quotation (a sentence picked out of a longer quote), so trimming to the outer marks
  leaves one character; the predictions over that quotation count as extras;
* a gold span holding several quoted pieces (`called it "X" and "Y"`): PolNeAR's unit is
  the attribution, the Wikinews guide and the baselines count each pair of marks (none of
  the stored Wikinews tuning quotes holds four marks). The pieces are told apart by what
  lies between them: a verb of saying (`"A," she said, "B."`, the quote split by its
  attribution), nothing but spaces and stops (consecutive quotations, one per paragraph),
  or the writer's own words (phrases of one clause, `a "liar" and a "whiner"`);
* short quoted phrases in an attribution's content (titles, terms, scare quotes), which
  PolNeAR counts as direct quotes and the Wikinews guide does not.

Extras with no gold span under them are told apart by length and by whether the extractor
found a cue for them (a quotation PolNeAR left unannotated usually has one; a label, a
title or a pull quote usually has none), and tweets by the markup or the word before
them. Matched quotes with a wrong speaker (``speaker_kind``) are sorted by what the gold
Source is: nothing, a pronoun or relative, a longer phrase holding our speaker's name
(the scorer's suffix rule misses it: a loss of the rule, not of the reading), a document
or outlet; else by ours: a pronoun left unresolved, a common-noun phrase ("the balloons",
"a campaign surrogate"), or another named speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quote_scoring import GoldStatement, Predicted, is_dont_care, speaker_is_right

DOUBLE_MARKS = re.compile('["\u201c\u201d\u201e\u201f\u00ab\u00bb]')
_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(r"[^\W_]+")
_SMALL = frozenset("a an the of and or in on at to for with by from vs as is it".split())
#: A verb of saying between two quoted pieces: the quotation was split by its attribution.
_SAYING = re.compile(
    r"\b(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|continued|explained|"
    r"noted|according|stated|tweeted|argued|declared|insisted|recalled|replied|responded|"
    r"warned|joked|remarked)\b",
    re.I,
)
#: Up to this many words a quoted phrase is "short" (the extractor's scare-quote bound).
SHORT_WORDS = 3
#: A tweet or post quoted: the corpus's tweet markup or the word right before the quote.
_TWEET = re.compile(r"<tweet|\btweet(?:ed|s)?\b|@\w+\s*:?\s*$", re.I)
_TWEET_WINDOW = 120
#: Gold Sources that name nobody by themselves: pronouns, relatives and a stray verb.
_PRONOUN_SOURCES = frozenset(
    "he she it they we i you him her them his its their our my who which that whose one "
    "said says".split()
)
#: A speaker phrase opened so names nobody ("The first incident", "A campaign surrogate").
_PHRASE_OPENERS = frozenset("The A An This That These Those Some Many Most".split())
#: Gold Sources that are a document, a medium or an outlet rather than a person.
_DOCUMENT_SOURCE = re.compile(
    r"\b(?:report|statement|transcript|ad|advert|video|tweet|post|poll|survey|letter|memo|"
    r"interview|voice|voice-over|release|editorial|column|article|story|book|e-?mail|sign|"
    r"website|page|document|filing|speech|excerpts?|times|news|journal|press|cnn|fox|nbc|"
    r"cbs|abc|msnbc|reuters|politico|tribune|examiner|today)s?\b",
    re.I,
)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _title_case(words: str) -> bool:
    found = _TITLE_WORD.findall(words)
    return bool(found) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL for w in found
    )


def _short_kind(prefix: str, quoted: str) -> str | None:
    words = len(_WORD.findall(quoted))
    if words > SHORT_WORDS:
        return None
    if _title_case(quoted):
        return f"{prefix} short, title case"
    return f"{prefix} short, one word" if words == 1 else f"{prefix} short, lower case"


def pieces_kind(quoted: str) -> str:
    """How the quoted pieces of one gold span are joined: by a verb of saying between two
    of them, by nothing but spaces and punctuation, or by the writer's own words."""
    marks = [m.start() for m in DOUBLE_MARKS.finditer(quoted)]
    gaps = [quoted[marks[i] + 1 : marks[i + 1]] for i in range(1, len(marks) - 1, 2)]
    if any(_SAYING.search(gap) for gap in gaps):
        return "split by an attribution"
    if not any(_WORD.search(gap) for gap in gaps):
        return "consecutive quotations"
    return "phrases of one clause"


def miss_kind(text: str, gold: GoldStatement, predicted: Sequence[Predicted]) -> str:
    """The kind of a gold direct quote nothing matched."""
    span = (gold.start, gold.end)
    quoted = text[gold.start : gold.end]
    found = [p for p in predicted if _overlap((p.start, p.end), span)]
    if gold.end - gold.start <= 2:
        return "MISS lone mark (annotation cut)"
    if len(DOUBLE_MARKS.findall(quoted)) >= 4:
        return f"MISS several quoted pieces in one gold span, {pieces_kind(quoted)}"
    if found:
        return "MISS extent differs"
    return _short_kind("MISS", quoted) or "MISS longer, nothing found"


def extra_kind(text: str, pred: Predicted, gold: Sequence[GoldStatement]) -> str:
    """The kind of a predicted direct quote that matched no gold span."""
    span = (pred.start, pred.end)
    under = [g for g in gold if _overlap((g.start, g.end), span)]
    if under and all(g.end - g.start <= 2 for g in under):
        return "EXTRA over a lone-mark gold span"
    pieces = [text[g.start : g.end] for g in under]
    pieces = [quoted for quoted in pieces if len(DOUBLE_MARKS.findall(quoted)) >= 4]
    if pieces:
        return f"EXTRA one piece of a several-piece gold span, {pieces_kind(pieces[0])}"
    if under:
        return "EXTRA extent differs"
    quoted = text[pred.start : pred.end]
    line = text.rfind("\n", 0, pred.start) + 1
    if _TWEET.search(text[max(line, pred.start - _TWEET_WINDOW) : pred.start]):
        return "EXTRA a tweet or post"
    cue = "no cue" if pred.note.startswith("cue=None") else "with a cue"
    if (kind := _short_kind("EXTRA", quoted)) is not None:
        return f"{kind}, {cue}"
    words = len(_WORD.findall(quoted))
    return f"EXTRA 4-8 words, {cue}" if words <= 8 else f"EXTRA longer, {cue}"


def _source_words(source: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(source)]


def speaker_kind(pred: Predicted, gold: GoldStatement) -> str:
    """The kind of a wrong speaker on a matched quote, read from the gold Source."""
    sources = [_source_words(s[2]) for s in gold.sources]
    if not sources:
        return "SPK gold names no source"
    if not pred.names and pred.speaker_span is None:
        return "SPK we name nobody"
    if any(words and all(w in _PRONOUN_SOURCES for w in words) for words in sources):
        return "SPK gold source a pronoun, relative or verb"
    ours = {_source_words(name)[-1] for name in pred.names if _source_words(name)}
    if any(ours & set(words) for words in sources):
        return "SPK gold source a longer phrase holding our name (scorer's rule)"
    if any(_DOCUMENT_SOURCE.search(s[2]) for s in gold.sources):
        return "SPK gold source a document or outlet"
    if ours and ours <= _PRONOUN_SOURCES:
        return "SPK ours a pronoun left unresolved"
    if all(not name[:1].isupper() or name.split()[0] in _PHRASE_OPENERS for name in pred.names):
        return "SPK ours a common-noun phrase"
    return "SPK another speaker"


def count_kinds(
    text: str,
    predicted: Sequence[Predicted],
    gold: Sequence[GoldStatement],
    matches: dict[int, int],
    care: Sequence[tuple[int, int]],
) -> Counter[str]:
    """Kinds of one article's misses, (scored) extras and wrong speakers."""
    kinds: Counter[str] = Counter()
    hit = set(matches.values())
    for i, j in matches.items():
        if not speaker_is_right(predicted[i], gold[j]):
            kinds[speaker_kind(predicted[i], gold[j])] += 1
    for j, g in enumerate(gold):
        if j not in hit:
            kinds[miss_kind(text, g, predicted)] += 1
    for i, p in enumerate(predicted):
        if i not in matches and not is_dont_care((p.start, p.end), care):
            kinds[extra_kind(text, p, gold)] += 1
    return kinds
