"""Statements with no true match in the ECB+ library: the evidence the threshold is set on.

Why more than the eval's dev claims with no match: those are 144 sentences of four
topics, and a threshold set where 7% of them got a suggestion let 11% of the held-out
ones through. Three sets from development material, the threshold calibrated on the
first two, each judged on its own (``suggestion_scoring.calibrate``):

- every sentence that ECB+ marks as reporting the seminal event of a reserved odd
  topic's document (6+ words; the eval's tables count at most two per document);
- every sentence of 6+ words of the shipped Wikinews seed articles (CC BY 2.5,
  ``seeds/ATTRIBUTION.md``; nothing copied), short reports whose sentences nearly all
  state a fact: events of 2019-2020 that no ECB+ topic reports (read: COVID-19, Hong
  Kong, Navalny, Soleimani, the first impeachment, prorogation, Puerto Rico's governors,
  Kipchoge, London Bridge, Thunberg, Kobe Bryant, Biden's election; the statements
  that got a suggestion at the earlier threshold were read: none reports an ECB+ event,
  one restates background an ECB+ report also gives, Nixon resigning before impeachment,
  and counts as a false suggestion here);
- the other sentences of the reserved ECB+ documents (6+ words): quotes, background,
  season statistics, datelines ("July 25, 2005, 12: 18 AM ET"). Reported, not calibrated
  on: they are not the claims the eval's matched claims are (every one a marked event
  sentence), and the statements with nothing of their own among them are turned down
  only at a threshold that silences true reports of ECB+ events (docs/quality-suggestions.md).

Each is asked with its own document as context, as the eval's claims are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import ecbplus
from suggestion_scoring import (
    CONFIDENCE,
    Query,
    allowed_through,
    as_vector,
    false_rate_bound,
    system_metrics,
)

from workbench.core.sentences import sentence_spans
from workbench.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "wikinews"
MIN_WORDS = 6
EVENTS = "ECB+ event sentences of reserved dev topics"
WIKINEWS = "Wikinews seed sentences"
OTHERS = "ECB+ other sentences of those documents"
# The sets the threshold is calibrated on (the others are reported).
CALIBRATED = (EVENTS, WIKINEWS)


class Calibrated(Protocol):
    """What the evidence table reads of an eval mode (``eval_claim_suggestions.Mode``)."""

    label: str
    weights: dict[str, float]
    threshold: float
    tuned: dict[str, float]
    tuned_threshold: float
    evidence: dict[str, list[Query]]


def no_match_sets(reserved_every: int) -> dict[str, list[Query]]:
    """The sets by name (see the module docstring); ``reserved_every``: topics whose
    number is a multiple of it are not in the library (``NO_MATCH_EVERY``)."""
    marked = ecbplus.event_sentences()
    event: list[Query] = []
    other: list[Query] = []
    for document in ecbplus.documents():
        if document.topic % reserved_every or not document.topic % 2:
            continue
        numbers = set(marked.get(document.name, ()))
        for number, text in document.sentences.items():
            if len(text.split()) >= MIN_WORDS:
                found = event if number in numbers else other
                found.append(Query(text, -1, frozenset(), "dev", document.text))
    return {EVENTS: event, WIKINEWS: seed_statements(), OTHERS: other}


def calibration_sets(evidence: dict[str, list[Query]]) -> list[list[Query]]:
    """The sets of ``no_match_sets`` the threshold is calibrated on (``CALIBRATED``)."""
    return [found for name, found in evidence.items() if name in CALIBRATED]


def seed_statements() -> list[Query]:
    """Every sentence of 6+ words of the Wikinews seed articles, with its article as context."""
    from workbench.operations.importing import import_paths

    found = []
    with Store(None) as store:
        import_paths(store, [SEEDS], analyze=False)
        for row in store.documents.list_documents():
            text = (store.documents.get_document(row["id"]) or {}).get("text") or ""
            for start, end in sentence_spans(text):
                sentence = " ".join(text[start:end].split())
                if len(sentence.split()) >= MIN_WORDS:
                    found.append(Query(sentence, -1, frozenset(), "dev", text))
    return found


def evidence_section(modes: list[Calibrated], allowed: float) -> list[str]:
    """The report's table of the no-match evidence the threshold is calibrated on."""
    return ["## No-match evidence for the threshold (development, `suggestion_no_match`)", "",
            f"Statements with no match in the library; *allowed*: the most that may get a "
            f"suggestion while the one-sided {CONFIDENCE:.0%} Clopper-Pearson upper bound of "
            f"the rate stays at most {allowed:.0%}; the threshold is the lowest that keeps "
            "every set it is calibrated on within it (why not the third: "
            "`tests/eval/suggestion_no_match.py`).", "",
            "| asked as | set | calibrated on | statements | allowed | suggested: shipped | "
            "suggested: dev-tuned this run |",
            "| --- | --- | --- | --- | --- | --- | --- |",
            *[line for mode in modes for line in _evidence_rows(mode, allowed)], ""]


def _evidence_rows(mode: Calibrated, allowed: float) -> list[str]:
    """Each set's false suggestions, as shipped and dev-tuned, with the rate's bound."""
    lines = []
    for name, unmatched in mode.evidence.items():
        cells = []
        for weights, threshold in ((mode.weights, mode.threshold),
                                   (mode.tuned, mode.tuned_threshold)):
            rate = system_metrics(unmatched, as_vector(weights), threshold).false_rate
            passed = round(rate * len(unmatched))
            cells.append(f"{passed} ({rate:.1%}, bound "
                         f"{false_rate_bound(passed, len(unmatched)):.1%})")
        lines.append(f"| {mode.label} | {name} | {'yes' if name in CALIBRATED else 'no'} | "
                     f"{len(unmatched)} | "
                     f"{allowed_through(len(unmatched), allowed)} | {cells[0]} | {cells[1]} |")
    return lines
