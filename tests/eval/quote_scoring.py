"""Gold extraction and scoring for the PolNeAR quote evaluation (protocol from the issue).

Kept apart from the runner so the protocol can be read (and reviewed) on its own:

* gold direct quotes are Content fragments that contain a double quotation mark,
  trimmed to their outer marks (a fragment holding one mark keeps its other end: the
  annotator began or stopped the selection inside the quotation); every other
  attribution is don't-care for the direct-quote score and is the gold for indirect
  statements;
* a prediction matches a gold span when their overlap is at least half of the longer
  span; matching is one-to-one (largest overlaps first);
* a speaker is right when its in-text span overlaps the gold Source span, or its name
  equals the Source text case-insensitively, or one is a token suffix of the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from polnear import PolnearArticle, Span

DOUBLE_MARKS = re.compile('["\u201c\u201d\u201e\u201f\u00ab\u00bb]')
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


@dataclass
class GoldStatement:
    """A gold span with the Source spans (and their text) of every attribution sharing it."""

    start: int
    end: int
    sources: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Predicted:
    """The fields of a predicted quote the scorer needs (absolute article offsets)."""

    start: int
    end: int
    names: tuple[str, ...] = ()
    speaker_span: Span | None = None
    note: str = ""


@dataclass
class Tally:
    """Counts for one kind of statement, summed over articles."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0

    def add(self, other: Tally) -> None:
        """Accumulate another tally into this one."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.speaker_right += other.speaker_right

    def scores(self) -> dict[str, float]:
        """Precision, recall, F1, speaker accuracy and quote-and-speaker F1."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        sp = self.speaker_right / self.predicted if self.predicted else 0.0
        sr = self.speaker_right / self.gold if self.gold else 0.0
        return {
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "speaker_accuracy": self.speaker_right / self.matched if self.matched else 0.0,
            "quote_speaker_f1": _f1(sp, sr),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _add_gold(table: dict[Span, GoldStatement], span: Span, sources: list) -> None:
    entry = table.setdefault(span, GoldStatement(span[0], span[1]))
    entry.sources.extend(s for s in sources if s not in entry.sources)


def join_fragments(text: str, fragments: Sequence[Span]) -> list[Span]:
    """Join brat fragments separated only by whitespace.

    PolNeAR was annotated in brat with one sentence per display line, so a passage
    selected across sentences is stored as fragments split at those line breaks
    (``1921 2172;2173 2335``); only gaps with text in them are real discontinuities.
    """
    joined: list[Span] = []
    for start, end in sorted(fragments):
        if joined and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


OPENING_MARKS = frozenset("\u201c\u201e\u201f")
CLOSING_MARKS = frozenset("\u201d")


def quoted_extent(text: str, fragment: Span, marks: Sequence[int], lone_mark_ends: bool) -> Span:
    """The gold span of one content fragment holding ``marks`` (offsets of double marks).

    Trimmed to its outer marks. A fragment holding a single mark was selected from
    inside the quotation (brat: the annotator began after the opening mark or stopped
    before the closing one); trimming it to that mark leaves a one-character gold
    quote no extractor can match, so with ``lone_mark_ends`` the fragment keeps its
    other end: an opening mark runs to the fragment's end, a closing one from its
    start. A straight mark is taken as the end with less text beyond it.
    """
    start, end = fragment
    if len(marks) > 1 or not lone_mark_ends:
        return marks[0], marks[-1] + 1
    mark = marks[0]
    inner_start = start + len(text[start:end]) - len(text[start:end].lstrip())
    inner_end = start + len(text[start:end].rstrip())
    before, after = mark - inner_start, inner_end - (mark + 1)
    opens = text[mark] in OPENING_MARKS or (text[mark] not in CLOSING_MARKS and after > before)
    return (mark, max(inner_end, mark + 1)) if opens else (min(inner_start, mark), mark + 1)


def gold_statements(
    article: PolnearArticle, literal: bool = False, lone_mark_ends: bool | None = None
) -> tuple[list[GoldStatement], list[GoldStatement], list[Span]]:
    """Return (direct gold, indirect gold, every content fragment) for one article.

    ``literal`` keeps brat's fragments as stored instead of joining display splits and
    trims a lone mark to itself; ``lone_mark_ends`` (default: not ``literal``) says
    whether a fragment holding one mark keeps its other end (see ``quoted_extent``).
    """
    keep_ends = not literal if lone_mark_ends is None else lone_mark_ends
    text = article.text
    direct: dict[Span, GoldStatement] = {}
    indirect: dict[Span, GoldStatement] = {}
    contents: list[Span] = []
    for attribution in article.attributions:
        sources = [(s, e, text[s:e]) for s, e in attribution.source]
        has_quote = False
        fragments = attribution.content if literal else join_fragments(text, attribution.content)
        for start, end in fragments:
            contents.append((start, end))
            marks = [m.start() for m in DOUBLE_MARKS.finditer(text, start, end)]
            if marks:
                has_quote = True
                span = quoted_extent(text, (start, end), marks, keep_ends)
                _add_gold(direct, span, sources)
        if not has_quote:
            hull = (attribution.content[0][0], max(e for _, e in attribution.content))
            _add_gold(indirect, hull, sources)
    return list(direct.values()), list(indirect.values()), contents


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(predicted: Sequence[Span], gold: Sequence[Span]) -> dict[int, int]:
    """One-to-one matching (prediction index -> gold index), largest overlaps first."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            ov = _overlap(p, g)
            if ov and 2 * ov >= max(p[1] - p[0], g[1] - g[0]):
                pairs.append((ov, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: dict[int, int] = {}
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p[i] = j
            used_g.add(j)
    return used_p


def _tokens(name: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(_POSSESSIVE.sub("", name.strip()))]


def names_agree(name: str, source: str) -> bool:
    """Case-insensitive equality, possessive stripped, or one a token suffix of the other."""
    a, b = _tokens(name), _tokens(source)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[-len(short) :] == short


def speaker_is_right(pred: Predicted, gold: GoldStatement) -> bool:
    """Apply the issue's speaker rule; a gold statement without Source wants no speaker."""
    if not gold.sources:
        return pred.speaker_span is None and not pred.names
    for s, e, source_text in gold.sources:
        if pred.speaker_span and _overlap(pred.speaker_span, (s, e)):
            return True
        if any(names_agree(name, source_text) for name in pred.names):
            return True
    return False


def is_dont_care(span: Span, dont_care: Iterable[Span]) -> bool:
    """True when at least half of ``span`` lies inside one don't-care span."""
    return any(2 * _overlap(span, c) >= span[1] - span[0] for c in dont_care)


def score_article(
    predicted: Sequence[Predicted], gold: Sequence[GoldStatement], dont_care: Iterable[Span]
) -> tuple[Tally, dict[int, int]]:
    """Score one article's predictions; unmatched predictions over don't-care spans are dropped."""
    spans = [(p.start, p.end) for p in predicted]
    matches = match_spans(spans, [(g.start, g.end) for g in gold])
    care = list(dont_care)
    tally = Tally(gold=len(gold))
    for i, pred in enumerate(predicted):
        if i in matches:
            tally.predicted += 1
            tally.matched += 1
            tally.speaker_right += speaker_is_right(pred, gold[matches[i]])
        elif not is_dont_care(spans[i], care):
            tally.predicted += 1
    return tally, matches
