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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quote_scoring import GoldStatement, Predicted, is_dont_care

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
    if (kind := _short_kind("EXTRA", quoted)) is not None:
        return kind
    return "EXTRA 4-8 words" if len(_WORD.findall(quoted)) <= 8 else "EXTRA longer"


def count_kinds(
    text: str,
    predicted: Sequence[Predicted],
    gold: Sequence[GoldStatement],
    matches: dict[int, int],
    care: Sequence[tuple[int, int]],
) -> Counter[str]:
    """Kinds of one article's misses and (scored) extras."""
    kinds: Counter[str] = Counter()
    hit = set(matches.values())
    for j, g in enumerate(gold):
        if j not in hit:
            kinds[miss_kind(text, g, predicted)] += 1
    for i, p in enumerate(predicted):
        if i not in matches and not is_dont_care((p.start, p.end), care):
            kinds[extra_kind(text, p, gold)] += 1
    return kinds
