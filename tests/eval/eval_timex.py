"""Measure time-expression detection and normalisation on MEANTIME and our Wikinews set.

Run: ``.venv/bin/python tests/eval/eval_timex.py [--tuning] [--errors SET] [--missed SET]
[--spurious SET]`` with SET one of dev, wikinews, dev2, dev3, dev4, dev5, dev6, dev-durations
(about a minute; ``--tuning``, and any listing, leaves out the held-out MEANTIME half and writes no
report). Three systems side by side on the same spans and protocol (``timex_scoring``):
raw spaCy DATE/TIME spans with no value, a naive baseline that parses each raw span
with ``dateparser`` (base = document creation time), and the workbench (its mentions
and values). MEANTIME is split by topic: airbus and apple are the development half
(rules were tuned there), gm and stock the held-out test half. Writes
``docs/quality-time.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE), str(REPO)]
from meantime_timex import (  # noqa: E402
    DEV_CORPORA,
    DURATION_TYPES,
    SCORED_TYPES,
    TEST_CORPORA,
    TimexDocument,
    load_timex_documents,
)
from timex_scoring import GoldTime, Prediction, TimeScores, score_document  # noqa: E402
from timex_texts import render_report  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

REPORT = REPO / "docs" / "quality-time.md"
WIKINEWS_SET = HERE / "timex_wikinews" / "expressions.jsonl"
WIKINEWS_DEV2 = HERE / "timex_wikinews_dev2" / "expressions.jsonl"
WIKINEWS_DEV3 = HERE / "timex_wikinews_dev3" / "expressions.jsonl"
WIKINEWS_DEV4 = HERE / "timex_wikinews_dev4" / "expressions.jsonl"
BUSINESS_DEV5 = HERE / "timex_business_dev5" / "expressions.jsonl"
MARKETS_DEV6 = HERE / "timex_markets_dev6" / "expressions.jsonl"
TIME_LABELS = ("DATE", "TIME")


_PARSED: dict[tuple[str, str], list] = {}
"""One parse per (system part, text): the systems share spans, so the run parses twice, not 4x."""


def raw_spans(nlp: Language, text: str) -> list[tuple[int, int, str]]:
    key = ("raw", text)
    if key not in _PARSED:
        _PARSED[key] = [(e.start_char, e.end_char, e.text) for e in nlp(text).ents
                        if e.label_ in TIME_LABELS]
    return _PARSED[key]


def naive_value(text: str, anchor: dt.date | None) -> str | None:
    """The baseline: ``dateparser`` on the span text, base = the anchor, its own precision."""
    from dateparser.date import DateDataParser

    from workbench.core.time_fallback import format_parsed

    base = dt.datetime.combine(anchor or dt.date.today(), dt.time(12))
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base,
                                                        "RETURN_TIME_AS_PERIOD": True})
    try:
        found = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    return format_parsed(found.date_obj, found.period)


def ours(title: str, text: str, published: str | None, nlp: Language) -> list[Prediction]:
    from workbench.nlp.pipeline import analyze_document

    key = (f"ours {published}", title + "\n" + text)
    if key not in _PARSED:
        analysis = analyze_document(title, text, nlp, published=published)
        _PARSED[key] = [(m.start, m.end, m.value) for m in analysis.mentions
                        if m.field == "text" and m.label in TIME_LABELS]
    return _PARSED[key]


def ours_without_tense(title: str, text: str, published: str | None,
                       nlp: Language) -> list[Prediction]:
    """Ablation: our spans, each value read with no tense (the nearest reading)."""
    from workbench.core.time_normalise import date_line_anchor, normalise_time
    from workbench.core.time_values import anchor_date

    anchor = anchor_date(published) or date_line_anchor(text)
    predictions = []
    for start, end, _ in ours(title, text, published, nlp):
        found = normalise_time(text[start:end], anchor, None)
        predictions.append((start, end, found.value if found else None))
    return predictions


Systems = dict[str, Callable[[str, str, "str | None", "Language"], list[Prediction]]]


def systems() -> Systems:
    from workbench.core.time_values import anchor_date

    def spacy_only(title: str, text: str, published: str | None, nlp: Language):
        return [(s, e, None) for s, e, _ in raw_spans(nlp, text)]

    def naive(title: str, text: str, published: str | None, nlp: Language):
        anchor = anchor_date(published)
        return [(s, e, naive_value(t, anchor)) for s, e, t in raw_spans(nlp, text)]

    return {"spaCy DATE/TIME spans (no value)": spacy_only,
            "spaCy spans + naive dateparser": naive,
            "workbench, tense off (ablation)": ours_without_tense,
            "workbench": ours}


def score_meantime(docs: list[TimexDocument], nlp: Language,
                   kinds: frozenset[str] = SCORED_TYPES) -> dict[str, TimeScores]:
    """Score the timexes of ``kinds`` (DATE/TIME by default; DURATION/SET for their table)."""
    results = {name: TimeScores() for name in systems()}
    for doc in docs:
        gold = [GoldTime(t.start, t.end, t.text, t.expected) for t in doc.timexes
                if t.kind in kinds]
        ignored = [(t.start, t.end) for t in doc.timexes if t.kind not in kinds]
        ignored += [doc.dct_span] if doc.dct_span else []
        for name, system in systems().items():
            predicted = system(doc.title, doc.body, doc.creation_time or None, nlp)
            score_document(results[name], doc.doc_id, gold, ignored, predicted, doc.body)
    return results


def load_wikinews_set(path: Path = WIKINEWS_SET) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_wikinews(nlp: Language, path: Path = WIKINEWS_SET) -> dict[str, TimeScores]:
    """Each sentence is a document of its own, anchored on its article's date."""
    results = {name: TimeScores() for name in systems()}
    for number, item in enumerate(load_wikinews_set(path)):
        sentence = item["sentence"]
        gold = []
        for expression in item["expressions"]:
            start = sentence.index(expression["text"])
            gold.append(GoldTime(start, start + len(expression["text"]), expression["text"],
                                 expression["value"]))
        ignored = [(sentence.index(text), sentence.index(text) + len(text))
                   for text in item.get("ignore", [])]
        for name, system in systems().items():
            predicted = system("", sentence, item["published"], nlp)
            score_document(results[name], f"{path.parent.name}-{number}", gold, ignored,
                           predicted, sentence)
    return results


def score_tables(nlp: Language, tuning: bool) -> dict[str, dict[str, TimeScores]]:
    """Every table; when ``tuning``, all but the held-out half (which is then not run)."""
    dev_docs = load_timex_documents(DEV_CORPORA)
    tables = {"dev": score_meantime(dev_docs, nlp),
              "wikinews": score_wikinews(nlp),
              "dev2": score_wikinews(nlp, WIKINEWS_DEV2),
              "dev3": score_wikinews(nlp, WIKINEWS_DEV3),
              "dev4": score_wikinews(nlp, WIKINEWS_DEV4),
              "dev5": score_wikinews(nlp, BUSINESS_DEV5),
              "dev6": score_wikinews(nlp, MARKETS_DEV6),
              "dev-durations": score_meantime(dev_docs, nlp, DURATION_TYPES)}
    if tuning:
        return tables
    test_docs = load_timex_documents(TEST_CORPORA)
    return {"dev": tables["dev"], "test": score_meantime(test_docs, nlp),
            "wikinews": tables["wikinews"], "dev2": tables["dev2"], "dev3": tables["dev3"],
            "dev4": tables["dev4"], "dev5": tables["dev5"],
            "dev6": tables["dev6"],
            "dev-durations": tables["dev-durations"],
            "test-durations": score_meantime(test_docs, nlp, DURATION_TYPES)}


TUNING_SETS = ("dev", "wikinews", "dev2", "dev3", "dev4", "dev5", "dev6", "dev-durations")
LISTINGS = {"errors": ("", "errors"), "missed": ("MISSED", "missed"),
            "spurious": ("SPURIOUS", "spurious")}


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Options; a listing of errors is a tuning run, so it never scores the held-out half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--tuning", action="store_true",
                        help="dev sets only: the held-out half is not run, the report not written")
    for name in LISTINGS:
        parser.add_argument(f"--{name}", choices=TUNING_SETS, metavar="SET",
                            help=f"print the {name} on one dev set ({', '.join(TUNING_SETS)})")
    arguments = parser.parse_args(argv)
    arguments.tuning = arguments.tuning or any(getattr(arguments, n) for n in LISTINGS)
    return arguments


def main(argv: list[str]) -> int:
    from workbench.nlp.pipeline import load_pipeline, model_description

    arguments = parse_arguments(argv)
    began = time.perf_counter()
    nlp = load_pipeline()
    tables = score_tables(nlp, arguments.tuning)
    for name, (prefix, field) in LISTINGS.items():
        which = getattr(arguments, name)
        for row in getattr(tables[which]["workbench"], field) if which else ():
            print(*((prefix,) if prefix else ()), *row, sep=" | ")
    if not arguments.tuning:
        REPORT.write_text(render_report(tables, model_description(),
                                        time.perf_counter() - began), encoding="utf-8")
    for name, table in tables.items():
        mine = table["workbench"]
        print(f"{name}: detection F1 {mine.f1:.3f}, value accuracy {mine.value_accuracy:.3f}, "
              f"end to end {mine.end_to_end:.3f} (gold {mine.gold})")
    if not arguments.tuning:
        print(f"wrote {REPORT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
