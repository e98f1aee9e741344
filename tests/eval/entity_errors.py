"""Entity errors on MEANTIME dev, sorted by kind: what costs our F1, and why.

Why a module of its own: eval_entities.py gives one F1 per label, which cannot tell a
name we missed from a name we found with one word too few ("Tim" of "Tim Cook") or with
the wrong label. This module sorts every strict (exact span, equal label) error of our
pipeline into kinds, so a helper fixes the biggest kind that is a real error and leaves
alone what is only the gold's convention.

Kinds (each gold or predicted span falls into one):
- ``label``: same span, other label (gold PER, ours ORG);
- ``boundary``: overlapping span, same label, other extent, named by what differs
  ("ours cut start", "ours longer end", ...);
- ``boundary+label``: overlapping, both differ;
- ``missed``: a gold name nothing of ours overlaps;
- ``spurious``: a scored prediction overlapping no gold name (and no other annotated
  mention, which the scorer leaves unscored); ``spurious, unannotated`` when it stands
  after the fully annotated opening sentences, where the gold has no typed mention at
  all (no error of ours: ``eval_entities.py --annotated-only`` leaves these out).

Run: ``PYTHONPATH=$PWD .venv/bin/python tests/eval/entity_errors.py [--label PER]
[--kind boundary] [--examples 30]`` (development half only).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Error:
    """One error: its kind, the label it counts against, the gold and our text, context."""

    kind: str
    label: str
    gold: str
    ours: str
    context: str


def _overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _boundary(gold: Span, guess: Span) -> str:
    """What differs between two overlapping spans: which side, shorter or longer."""
    parts = []
    if guess[0] > gold[0]:
        parts.append("cut start")
    elif guess[0] < gold[0]:
        parts.append("longer start")
    if guess[1] < gold[1]:
        parts.append("cut end")
    elif guess[1] > gold[1]:
        parts.append("longer end")
    return "ours " + " + ".join(parts)


def _context(text: str, start: int, end: int, reach: int = 50) -> str:
    left = text[max(0, start - reach):start].replace("\n", " ")
    right = text[end:end + reach].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def classify(text: str, gold: Sequence[Span], others: Sequence[tuple[int, int]],
             predicted: Sequence[Span], annotated_end: int | None = None) -> list[Error]:
    """Every strict error of ``predicted`` against ``gold``, one per gold or guess."""
    errors: list[Error] = []
    exact = {span for span in gold if span in predicted}
    touched: set[Span] = set(exact)
    for span in gold:
        if span in exact:
            continue
        near = [g for g in predicted if _overlap(span, g) and g not in exact]
        same = [g for g in near if g[2] == span[2]]
        shown = text[span[0]:span[1]]
        if not near:
            errors.append(Error("missed", span[2], shown, "", _context(text, *span[:2])))
            continue
        guess = (same or near)[0]
        touched.add(guess)
        ours = f"{text[guess[0]:guess[1]]} ({guess[2]})"
        if guess[:2] == span[:2]:
            kind = f"label {span[2]}->{guess[2]}"
        elif guess[2] == span[2]:
            kind = "boundary: " + _boundary(span, guess)
        else:
            kind = f"boundary+label {span[2]}->{guess[2]}"
        errors.append(Error(kind, span[2], shown, ours, _context(text, *span[:2])))
    for guess in predicted:
        if guess in touched or any(_overlap(guess, g) for g in gold):
            continue
        if any(_overlap(guess, o) for o in others):
            continue
        kind = ("spurious" if annotated_end is None or guess[0] < annotated_end
                else "spurious, unannotated")
        errors.append(Error(kind, guess[2], "", text[guess[0]:guess[1]],
                            _context(text, *guess[:2])))
    return errors


def collect(extended: bool = False) -> list[Error]:
    """Our errors over every development document (strict, NAM/PRE.NAM gold by default)."""
    from eval_entities import gold_spans, ours
    from meantime import load_documents
    from meantime_timex import DEV_CORPORA

    from workbench.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    errors: list[Error] = []
    for doc in load_documents():
        if doc.corpus not in DEV_CORPORA:
            continue
        gold, others = gold_spans(doc, extended)
        errors += classify(doc.text, gold, others, ours(nlp, doc), doc.annotated_end)
    return errors


def report(errors: Sequence[Error], label: str | None, kind: str | None,
           examples: int) -> list[str]:
    """Counts per (label, kind), biggest first, then examples of the chosen ones."""
    counts = Counter((e.label, e.kind) for e in errors)
    lines = [f"{n:5d}  {lab}  {k}" for (lab, k), n in counts.most_common()
             if label in (None, lab) and (kind is None or k.startswith(kind))]
    grouped: dict[tuple[str, str], list[Error]] = defaultdict(list)
    for error in errors:
        grouped[(error.label, error.kind)].append(error)
    for (lab, k), _ in counts.most_common():
        if label not in (None, lab) or (kind is not None and not k.startswith(kind)):
            continue
        lines.append(f"\n== {lab} {k}")
        lines += [f"  gold={e.gold!r} ours={e.ours!r}  {e.context}"
                  for e in grouped[(lab, k)][:examples]]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the error kinds (and examples) of our pipeline on MEANTIME dev."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", choices=("PER", "ORG", "LOC"))
    parser.add_argument("--kind", help="kinds starting with this text")
    parser.add_argument("--examples", type=int, default=15)
    parser.add_argument("--extended", action="store_true", help="extended gold set")
    args = parser.parse_args(argv)
    for line in report(collect(args.extended), args.label, args.kind, args.examples):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
