"""Measure entity extraction on MEANTIME: raw spaCy versus our pipeline, per label.

Run: ``.venv/bin/python tests/eval/eval_entities.py`` (about a minute). Writes
``docs/quality-entities.md`` with the numbers, the protocol and what limits them.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE), str(REPO)]
from entity_confusion import measure as measure_confusion  # noqa: E402
from entity_confusion import report_rows  # noqa: E402
from entity_library import measure as measure_library  # noqa: E402
from entity_library import report_rows as library_rows  # noqa: E402
from entity_texts import CONFUSION_NOTE, LIBRARY_NOTE, TEMPLATE  # noqa: E402

REPORT = REPO / "docs" / "quality-entities.md"
WIKINEWS = REPO.parent / "shared" / "data" / "wikinews_cc_by"
LABELS = ("PER", "ORG", "LOC")
LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
             "NORP": "LOC"}
"""spaCy label -> MEANTIME type. NORP goes to LOC: MEANTIME annotates nationality
adjectives ("American", "European") as PRE.NAM mentions of the country (type LOC)."""

if TYPE_CHECKING:
    from meantime import Document, GoldMention
    from spacy.language import Language

    from workbench.core.models import Mention

Span = tuple[int, int, str]
"""(start, end, MEANTIME label) in the document's full text (headline + body)."""


@dataclass
class Tally:
    """Counts for one label: gold found, gold total, predictions right, predictions scored."""

    found: int = 0
    gold: int = 0
    right: int = 0
    scored: int = 0

    def add(self, other: Tally) -> None:
        """Accumulate another tally."""
        self.found += other.found
        self.gold += other.gold
        self.right += other.right
        self.scored += other.scored

    @property
    def recall(self) -> float:
        """Share of gold mentions found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """Share of scored predictions that match a gold mention."""
        return self.right / self.scored if self.scored else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the' and a trailing possessive, so both sides compare on the name."""
    piece = text[start:end]
    for article in ("the ", "The "):
        if piece.startswith(article):
            start += len(article)
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
            break
    return start, end


def _innermost(spans: list[Span]) -> list[Span]:
    """Keep only gold spans that contain no other gold span of the same label."""
    return [
        s for s in spans
        if not any(o != s and o[2] == s[2] and s[0] <= o[0] and o[1] <= s[1] for o in spans)
    ]


def gold_spans(doc: Document, extended: bool) -> tuple[list[Span], list[tuple[int, int]]]:
    """Gold PER/ORG/LOC name spans, and every other annotated span (not scored)."""
    from meantime import NAMED

    def wanted(m: GoldMention) -> bool:
        """Keep PER/ORG/LOC mentions that are named (or name-like and untyped)."""
        typed = m.syntactic_type in NAMED
        return m.label in LABELS and (typed or (extended and not m.syntactic_type and m.name_like))

    every = sorted({(*_trim(doc.text, m.start, m.end), m.label)
                    for m in doc.mentions if wanted(m)})
    gold = _innermost(every)
    others = [(m.start, m.end) for m in doc.mentions if not wanted(m)]
    # An outer name left out for its inner one ("Toulouse, France" for "France") still
    # says its other words are annotated: "Toulouse" there is not a false positive.
    others += [span[:2] for span in every if span not in gold]
    return gold, others


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Tell whether two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def score(gold: list[Span], others: list[tuple[int, int]], predicted: list[Span],
          lenient: bool) -> dict[str, Tally]:
    """Match predictions to gold one-to-one (exact span, or any overlap) with equal labels.

    A prediction that matches nothing but overlaps an annotated mention outside the gold
    set (a product, an index, an untyped mention) is not scored: the gold says nothing
    about it. Every other unmatched prediction is a false positive.
    """
    tallies = {label: Tally() for label in LABELS}
    used: set[int] = set()
    for span in gold:
        tallies[span[2]].gold += 1
        for index, guess in enumerate(predicted):
            hit = _overlap(span[:2], guess[:2]) if lenient else guess[:2] == span[:2]
            if index not in used and guess[2] == span[2] and hit:
                used.add(index)
                tallies[span[2]].found += 1
                tallies[span[2]].right += 1
                break
    for index, guess in enumerate(predicted):
        if index in used:
            tallies[guess[2]].scored += 1
        elif not any(_overlap(guess[:2], g[:2]) for g in gold) and any(
            _overlap(guess[:2], o) for o in others
        ):
            continue
        else:
            tallies[guess[2]].scored += 1
    return tallies


def _mapped(text: str, items: Iterable[tuple[int, int, str]], shift: int = 0) -> list[Span]:
    """Map spaCy labels to MEANTIME types (dropping the rest) and trim the spans."""
    spans = []
    for start, end, label in items:
        if label in LABEL_MAP:
            trimmed = _trim(text, start + shift, end + shift)
            spans.append((*trimmed, LABEL_MAP[label]))
    return spans


def raw_spacy(nlp: Language, doc: Document) -> list[Span]:
    """Baseline: spaCy's doc.ents on the headline and on the body, as they come."""
    head = [(e.start_char, e.end_char, e.label_) for e in nlp(doc.title).ents]
    body = [(e.start_char, e.end_char, e.label_) for e in nlp(doc.body).ents]
    return _mapped(doc.text, head) + _mapped(doc.text, body, doc.body_start)


def ours(nlp: Language, doc: Document) -> list[Span]:
    """Our pipeline: raw_mentions on the body, then finalize_mentions with the headline."""
    from workbench.nlp.entities import finalize_mentions, raw_mentions

    return spans_of(doc, finalize_mentions(raw_mentions(nlp(doc.body)), doc.body, doc.title))


def spans_of(doc: Document, mentions: Sequence[Mention]) -> list[Span]:
    """Our mentions (headline and body) as MEANTIME spans in the document's full text."""
    head = [(m.start, m.end, m.label) for m in mentions if m.field == "title"]
    body = [(m.start, m.end, m.label) for m in mentions if m.field == "text"]
    return _mapped(doc.text, head) + _mapped(doc.text, body, doc.body_start)


System = Callable[["Language", "Document"], list[Span]]
Results = dict[tuple[str, bool, bool], dict[str, Tally]]


def evaluate(nlp: Language, docs: Sequence[Document], systems: dict[str, System]) -> Results:
    """Score every system under both gold sets and both matching rules."""
    results: Results = {}
    for name, system in systems.items():
        for doc in docs:
            predicted = system(nlp, doc)
            for extended in (False, True):
                gold, others = gold_spans(doc, extended)
                for lenient in (False, True):
                    tallies = score(gold, others, predicted, lenient)
                    bucket = results.setdefault((name, extended, lenient),
                                                {label: Tally() for label in (*LABELS, "all")})
                    for label, tally in tallies.items():
                        bucket[label].add(tally)
                        bucket["all"].add(tally)
    return results


_WORD_START = re.compile(r"(?<![\w'\u2019])(\w)")


def title_case(text: str) -> str:
    """Capitalise every word's first letter, keeping the length (and so every offset)."""

    def upper(match: re.Match[str]) -> str:
        letter = match.group(1)
        return letter.upper() if len(letter.upper()) == 1 else letter

    return _WORD_START.sub(upper, text)


def headline_scores(nlp: Language, docs: Sequence[Document]) -> dict[str, dict[str, Tally]]:
    """Strict scores on headline gold only, for the original and a Title-Cased headline."""
    from workbench.nlp.entities import finalize_mentions, raw_mentions

    scores: dict[str, dict[str, Tally]] = {}
    for doc in docs:
        body_raw = raw_mentions(nlp(doc.body))
        gold, others = gold_spans(doc, False)
        limit = len(doc.title)
        gold = [g for g in gold if g[1] <= limit]
        others = [o for o in others if o[1] <= limit]
        for case, title in (("as written", doc.title), ("Title Case", title_case(doc.title))):
            raw = [(e.start_char, e.end_char, e.label_) for e in nlp(title).ents]
            mentions = finalize_mentions(body_raw, doc.body, title)
            our = [(m.start, m.end, m.label) for m in mentions if m.field == "title"]
            for system, found in (("raw", raw), ("ours", our)):
                tallies = score(gold, others, _mapped(title, found), lenient=False)
                bucket = scores.setdefault(f"{system}, {case}",
                                           {label: Tally() for label in (*LABELS, "all")})
                for label, tally in tallies.items():
                    bucket[label].add(tally)
                    bucket["all"].add(tally)
    return scores


def _headline_table(scores: dict[str, dict[str, Tally]]) -> list[str]:
    """Markdown rows: recall / precision / F1 per label for each system and headline case."""
    rows = ["| system, headline | " + " | ".join(f"{label} R / P / F1" for label in
                                                (*LABELS, "all")) + " |",
            "|---|" + "---:|" * (len(LABELS) + 1)]
    for name in ("raw, as written", "ours, as written", "raw, Title Case", "ours, Title Case"):
        tallies = scores[name]
        cells = [f"{t.recall:.3f} / {t.precision:.3f} / {t.f1:.3f}"
                 for t in (tallies[label] for label in (*LABELS, "all"))]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    gold = scores["raw, as written"]
    rows.append("")
    rows.append("Headline gold mentions: " + ", ".join(
        f"{label} {gold[label].gold}" for label in (*LABELS, "all")) + ".")
    return rows


ABLATIONS = {
    "no gazetteer additions": ("missed_places", lambda mentions, text: []),
    "no propagation": ("propagate", lambda mentions, text: list(mentions)),
    "no label harmonisation": ("harmonise_labels", lambda mentions: list(mentions)),
    "no place relabelling": ("fix_place_labels", lambda mentions, text: list(mentions)),
}
"""Steps of finalize_mentions switched off one at a time, to show what each is worth."""


def ablate(nlp: Language, docs: Sequence[Document]) -> dict[str, dict[str, Tally]]:
    """Strict NAM/PRE.NAM scores of our pipeline with one step replaced by a no-op."""
    from unittest import mock

    from workbench.nlp import entities

    scores = {}
    for name, (attribute, stub) in ABLATIONS.items():
        with mock.patch.object(entities, attribute, stub):
            scores[name] = evaluate(nlp, docs, {"ours": ours})[("ours", False, False)]
    return scores


def _ablation_table(results: Results, ablations: dict[str, dict[str, Tally]]) -> list[str]:
    """Markdown rows: recall / F1 per label for each variant (strict, NAM/PRE.NAM gold)."""
    rows = ["| variant | " + " | ".join(f"{label} R / F1" for label in (*LABELS, "all")) + " |",
            "|---|" + "---:|" * (len(LABELS) + 1)]
    variants = {"raw spaCy": results[("raw", False, False)],
                "ours (all steps)": results[("ours", False, False)], **ablations}
    for name, tallies in variants.items():
        cells = [f"{tallies[label].recall:.3f} / {tallies[label].f1:.3f}"
                 for label in (*LABELS, "all")]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return rows


def _table(results: Results, extended: bool, lenient: bool) -> list[str]:
    """Markdown rows: recall, precision and F1 for raw spaCy and ours, per label."""
    rows = [
        "| label | gold | recall raw | recall ours | precision raw | precision ours "
        "| F1 raw | F1 ours |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    raw, our = results[("raw", extended, lenient)], results[("ours", extended, lenient)]
    for label in (*LABELS, "all"):
        a, b = raw[label], our[label]
        rows.append(
            f"| {label} | {a.gold} | {a.recall:.3f} | **{b.recall:.3f}** | {a.precision:.3f} "
            f"| **{b.precision:.3f}** | {a.f1:.3f} | **{b.f1:.3f}** |"
        )
    return rows


def _gold_counts(docs: Sequence[Document]) -> Counter[str]:
    """How many mentions each gold set and the untyped remainder hold."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts["all mentions"] += len(doc.mentions)
        counts["untyped"] += sum(1 for m in doc.mentions if not m.syntactic_type)
        counts["gold NAM/PRE.NAM"] += len(gold_spans(doc, False)[0])
        counts["gold extended"] += len(gold_spans(doc, True)[0])
    return counts


def report(results: Results, extra: dict[str, Any],
           docs: Sequence[Document], model: str, seconds: float) -> str:
    """The Markdown page written to docs/quality-entities.md."""
    counts = _gold_counts(docs)
    sections = []
    for extended, lenient, heading in (
        (False, False, "Gold = NAM/PRE.NAM, strict (exact span)"),
        (False, True, "Gold = NAM/PRE.NAM, lenient (overlap)"),
        (True, False, "Gold = extended (+ untyped name-like mentions), strict"),
        (True, True, "Gold = extended (+ untyped name-like mentions), lenient"),
    ):
        sections += [f"### {heading}", "", *_table(results, extended, lenient), ""]
    sections += ["### Gold = NAM/PRE.NAM, annotated sentences only (strict, then lenient)", "",
                 "MEANTIME typed its mentions only in each article's headline, date line and "
                 "first four sentences;\nthese tables score only the names found there (a "
                 "name further on is in no gold).", "",
                 *_table(extra["annotated"], False, False), "",
                 *_table(extra["annotated"], False, True), ""]
    sections += ["### Headlines only (strict, NAM/PRE.NAM gold)", "",
                 "The same headlines as written (sentence case) and converted to Title "
                 "Case,\nthe way most news sites print them; the body is unchanged.", "",
                 *_headline_table(extra["headlines"]), ""]
    sections += ["### Label confusion (PER vs ORG) and label flips", "", CONFUSION_NOTE, "",
                 *report_rows(extra["confusion"]), ""]
    sections += ["### One library: labels across documents", "", LIBRARY_NOTE, "",
                 *library_rows(extra["library"]), ""]
    sections += ["### What each step is worth (strict, NAM/PRE.NAM gold)", "",
                 "Each row switches one step of `finalize_mentions` off; a row equal to "
                 "\"ours (all steps)\" means the step changes nothing on this corpus "
                 "(it may still matter elsewhere, and its unit tests say why it exists).", "",
                 *_ablation_table(results, extra["ablations"]), ""]
    return TEMPLATE.format(
        model=model, docs=len(docs), seconds=seconds, tables="\n".join(sections),
        mentions=counts["all mentions"], untyped=counts["untyped"],
        named=counts["gold NAM/PRE.NAM"], extended=counts["gold extended"],
    )


def _verdict(results: Results) -> list[str]:
    """One line per label: is ours at least raw on recall and F1 (strict, NAM/PRE.NAM)?"""
    raw, our = results[("raw", False, False)], results[("ours", False, False)]
    return [f"{label}: recall {raw[label].recall:.3f} -> {our[label].recall:.3f}, F1 "
            f"{raw[label].f1:.3f} -> {our[label].f1:.3f}: "
            + ("ours >= raw" if our[label].recall >= raw[label].recall
               and our[label].f1 >= raw[label].f1 else "OURS BELOW RAW")
            for label in (*LABELS, "all")]


def main(argv: Sequence[str] | None = None) -> int:
    """Run both systems over MEANTIME, print a summary and write the report (unless
    ``--no-report``: a helper comparing two builds must not rewrite the docs)."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-report", action="store_true", help="print only")
    parser.add_argument("--dev", action="store_true",
                        help="development half only (airbus, apple; the Wikinews articles of"
                             " the tuning splits), no ablations, print only: what a helper"
                             " tunes on (the gm and stock half, the held-out articles unread)")
    args = parser.parse_args(argv)
    from meantime import annotated_systems, load_documents
    from meantime_timex import DEV_CORPORA

    from workbench.nlp.pipeline import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    docs = load_documents()
    if args.dev:
        docs = [doc for doc in docs if doc.corpus in DEV_CORPORA]
    systems = annotated_systems({"raw": raw_spacy, "ours": ours})
    results = evaluate(nlp, docs, systems["whole text"])
    annotated = evaluate(nlp, docs, systems["annotated sentences"])
    extra: dict[str, Any] = {"ablations": {} if args.dev else ablate(nlp, docs),
                             "headlines": headline_scores(nlp, docs), "annotated": annotated}
    gold_sets = {"NAM/PRE.NAM": lambda d: gold_spans(d, False)[0],
                 "extended": lambda d: gold_spans(d, True)[0]}
    extra["confusion"] = measure_confusion(nlp, docs, {"raw": raw_spacy, "ours": ours},
                                           gold_sets, REPO / "seeds")
    extra["library"] = measure_library(nlp, docs, gold_sets, spans_of, WIKINEWS, args.dev)
    seconds = time.perf_counter() - started
    model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
    page = report(results, extra, docs, model, seconds)
    if not (args.no_report or args.dev):
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        REPORT.write_text(page, encoding="utf-8")
    for line in [*_table(results, False, False), *_table(results, False, True),
                 "Annotated sentences only (strict, lenient):",
                 *_table(annotated, False, False), *_table(annotated, False, True),
                 *_ablation_table(results, extra["ablations"]),
                 *_headline_table(extra["headlines"]), *report_rows(extra["confusion"]),
                 *library_rows(extra["library"]),
                 *_verdict(results), "Annotated sentences only:", *_verdict(annotated)]:
        print(line)
    if not (args.no_report or args.dev):
        print(f"wrote {REPORT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
