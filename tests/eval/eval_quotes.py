"""Measure direct-quote, speaker and indirect-statement extraction on PolNeAR.

Run ``.venv/bin/python tests/eval/eval_quotes.py [--split dev|test|train|all]``; with no
split it scores dev and test and rewrites ``docs/quality-quotes.md``. The corpus is
extracted to ``~/.cache/workbench-eval`` (never into the repository: it has no licence),
and parsed documents are cached there too so re-runs only redo extraction.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import inspect
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

import polnear  # noqa: E402
from quote_error_kinds import count_kinds, extra_kind, miss_kind, speaker_kind  # noqa: E402
from quote_scoring import (  # noqa: E402
    GoldStatement,
    Predicted,
    Tally,
    gold_statements,
    score_article,
)

from workbench.core.models import Mention, Quote  # noqa: E402

REPORT = ROOT / "docs" / "quality-quotes.md"
TRIED_BEFORE_HEADING = (
    "## What was tried before issue 15 (dev numbers: F1 / speaker acc / quote-and-speaker F1)"
)
Predictor = Callable[[str, object], list[Quote]]


def load_model() -> object:
    """The app's own pipeline: the small English model with the app's tokenizer additions.

    Why not a bare ``spacy.load``: the app teaches the tokenizer news abbreviations
    ("Capt.", "Ont."), which change tokens and sentences; measuring without them would
    score a parse the app never makes.
    """
    from workbench.nlp.pipeline import ModelNotInstalled, load_pipeline

    try:
        return load_pipeline()
    except ModelNotInstalled as missing:
        raise SystemExit(str(missing)) from None


def parse_key(nlp: object) -> str:
    """The cache name of a parse: model, version, the app's tokenizer rules and components.

    Why the rules themselves (``tokenizer_fingerprint``) and the pipe names: a parse cached
    under the model's name alone would outlive a change of the app's tokenizer (a glued
    quotation mark split, an abbreviation kept whole) and score tokens the app no longer makes.
    """
    meta = nlp.meta  # type: ignore[attr-defined]
    pipes = "|".join(nlp.pipe_names).encode("utf-8")  # type: ignore[attr-defined]
    return (f"{meta['name']}-{meta['version']}-tok{tokenizer_fingerprint(nlp)}"
            f"-pipes{hashlib.sha1(pipes).hexdigest()[:6]}{component_fingerprint(nlp)}")


def component_fingerprint(nlp: object) -> str:
    """A short hash of the source of the app's own components (sentence marks set before
    the parser: ``abbreviations``' title rule, ``paragraph_sentences``), "" when none.

    Why their source: a component's rules live in its code, not in its name, so a parse
    cached before a rule changed would still be found under the same pipe names.
    """
    sources = [
        inspect.getsource(module)
        for _name, component in nlp.pipeline  # type: ignore[attr-defined]
        if (module := inspect.getmodule(component)) is not None
        and module.__name__.startswith("workbench.")
    ]
    if not sources:
        return ""
    return "-rules" + hashlib.sha1("\x00".join(sources).encode("utf-8")).hexdigest()[:6]


def tokenizer_fingerprint(nlp: object) -> str:
    """A short hash of every rule the tokenizer splits by (affixes, infixes, special cases).

    Why hash the rules themselves: no version number to remember to raise when the app's
    tokenizer learns an abbreviation or a glued-mark rule (``workbench.nlp.glued_marks``).
    """
    tokenizer = nlp.tokenizer  # type: ignore[attr-defined]
    callbacks = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")
    parts = [_pattern(getattr(tokenizer, name, None)) for name in callbacks]
    parts.extend(sorted(getattr(tokenizer, "rules", None) or {}))
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:10]


def _pattern(bound: object) -> str:
    """The regex source behind a tokenizer callback (a compiled pattern's bound method)."""
    owner = getattr(bound, "__self__", None)
    return str(getattr(owner, "pattern", "")) if owner is not None else ""


def parsed_docs(nlp: object, split: str, articles: Sequence[polnear.PolnearArticle]) -> list:
    """Parse every article once and cache the DocBin; parsing dominates the runtime."""
    from spacy.tokens import DocBin

    key = f"{parse_key(nlp)}-{split}-{len(articles)}.spacy"
    path = polnear.CACHE / "docs" / key
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))  # type: ignore[attr-defined]
        if [d.text for d in docs] == [a.text for a in articles]:
            return docs
    docs = list(nlp.pipe((a.text for a in articles), batch_size=8))  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def ent_mentions(doc: object) -> list[Mention]:
    """Mentions as the eval protocol builds them: doc.ents, entity = surface text."""
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, e.text)
        for e in doc.ents  # type: ignore[attr-defined]
    ]


def predict_workbench(text: str, doc: object) -> list[Quote]:
    """Our extractor: find_quotes on the whole article, then attach_speakers."""
    from workbench.nlp.quotes import attach_speakers, find_quotes

    return attach_speakers(find_quotes(doc), ent_mentions(doc), text)  # type: ignore[arg-type]


def predict_pipeline(text: str, doc: object) -> list[Quote]:
    """The integrated pipeline (its own chunking and entity resolution), when it exists."""
    from workbench.nlp.pipeline import analyze_document  # type: ignore[import-not-found]

    return list(analyze_document("", text).quotes)


_REGEX = re.compile('["\u201c][^"\u201c\u201d\n]+["\u201d]')


def predict_regex(text: str, doc: object) -> list[Quote]:
    """The issue's first baseline: quotation-mark regex, nearest PERSON entity as speaker."""
    people = [m for m in ent_mentions(doc) if m.label == "PERSON"]
    quotes = []
    for match in _REGEX.finditer(text):
        near = min(people, key=lambda m: abs(m.start - match.start()), default=None)
        quotes.append(
            Quote(
                match.start(),
                match.end(),
                match.group(),
                speaker=near.entity if near else None,
                speaker_text=near.text if near else None,
                speaker_start=near.start if near else None,
                speaker_end=near.end if near else None,
            )
        )
    return quotes


PREDICTORS: dict[str, Predictor] = {
    "workbench": predict_workbench,
    "pipeline": predict_pipeline,
    "regex": predict_regex,
}


def to_predicted(quote: Quote) -> Predicted:
    """Keep the fields the scorer reads: span, names and the speaker's in-text span."""
    names = tuple(n for n in (quote.speaker, quote.speaker_text) if n)
    span = None
    if quote.speaker_start is not None and quote.speaker_end is not None:
        span = (quote.speaker_start, quote.speaker_end)
    note = f"cue={quote.cue!r} conf={quote.confidence}"
    return Predicted(quote.start, quote.end, names, span, note)


def evaluate_split(
    nlp: object,
    split: str,
    predictor: Predictor,
    verbose: bool = False,
    literal: bool = False,
    kinds: Counter[str] | None = None,
    wins: Counter[str] | None = None,
    lone_mark_ends: bool | None = None,
) -> dict:
    """Score one split; returns the tallies for direct and indirect statements.

    ``kinds``, when given, collects the kinds of direct-quote errors (tuning splits);
    ``wins``, when given, collects (and prints) the quotes whose speaker only the
    textacy-style baseline gets right."""
    articles = list(polnear.iter_split(split))
    docs = parsed_docs(nlp, split, articles)
    direct, indirect = Tally(), Tally()
    started = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        quotes = predictor(article.text, doc)
        gold_direct, gold_indirect, contents = gold_statements(article, literal, lone_mark_ends)
        direct_pred = [to_predicted(q) for q in quotes if q.kind == "direct"]
        indirect_pred = [to_predicted(q) for q in quotes if q.kind == "indirect"]
        care = [(g.start, g.end) for g in gold_indirect]
        tally, matches = score_article(direct_pred, gold_direct, care)
        direct.add(tally)
        tally_i, _ = score_article(indirect_pred, gold_indirect, contents)
        indirect.add(tally_i)
        if verbose:
            show_errors(article, direct_pred, gold_direct, matches, care)
        if kinds is not None:
            kinds.update(count_kinds(article.text, direct_pred, gold_direct, matches, care))
        if wins is not None:
            wins.update(show_baseline_wins(article, doc, direct_pred, gold_direct))
    seconds = time.perf_counter() - started
    return {"articles": len(articles), "direct": direct, "indirect": indirect, "seconds": seconds}


def show_errors(
    article: polnear.PolnearArticle,
    predicted: Sequence[Predicted],
    gold: Sequence[GoldStatement],
    matches: dict[int, int],
    care: Sequence[tuple[int, int]],
) -> None:
    """Print misses, false alarms and wrong speakers, each with its kind
    (``quote_error_kinds``; tuning aid on dev/train only)."""
    from quote_scoring import is_dont_care, speaker_is_right

    text = article.text
    hit = set(matches.values())
    for j, g in enumerate(gold):
        if j not in hit:
            kind = miss_kind(text, g, predicted).removeprefix("MISS ")
            print(f"MISS [{kind}] {article.name}: {text[g.start : g.end][:110]!r}")
    for i, p in enumerate(predicted):
        snippet = text[p.start : p.end][:90]
        if i not in matches:
            if not is_dont_care((p.start, p.end), care):
                kind = extra_kind(text, p, gold).removeprefix("EXTRA ")
                print(f"EXTRA [{kind}] {article.name}: {snippet!r}")
        elif not speaker_is_right(p, gold[matches[i]]):
            want = [s[2] for s in gold[matches[i]].sources]
            kind = speaker_kind(p, gold[matches[i]]).removeprefix("SPK ")
            print(f"SPK [{kind}] {article.name}: {snippet!r} got={p.names} want={want} {p.note}")


def show_baseline_wins(
    article: polnear.PolnearArticle,
    doc: object,
    predicted: Sequence[Predicted],
    gold: Sequence[GoldStatement],
) -> Counter[str]:
    """Print the gold quotes whose speaker only the textacy-style baseline names; their kinds."""
    from baseline_wins import baseline_wins, describe
    from eval_wikinews_quotes import predict_textacy

    base = [to_predicted(q) for q in predict_textacy(article.text, doc)]
    found = baseline_wins(predicted, base, gold)
    for win in found:
        print(describe(article.name, article.text, win))
    return Counter(win.kind for win in found)


def format_row(name: str, result: dict) -> str:
    """One Markdown table row of direct-quote and indirect numbers."""
    d = result["direct"].scores()
    i = result["indirect"].scores()
    return (
        f"| {name} | {result['articles']} | {result['direct'].gold} | {d['precision']:.3f} | "
        f"{d['recall']:.3f} | {d['f1']:.3f} | {d['speaker_accuracy']:.3f} | "
        f"{d['quote_speaker_f1']:.3f} | {i['recall']:.3f} | {i['precision']:.3f} | "
        f"{i['speaker_accuracy']:.3f} |"
    )


TABLE_HEAD = (
    "| split | articles | gold direct | P | R | F1 | speaker acc | quote+speaker F1 | "
    "indirect R | indirect P | indirect speaker acc |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)


def table(rows: dict[str, dict]) -> str:
    """Markdown table of named results."""
    return "\n".join([TABLE_HEAD] + [format_row(name, r) for name, r in rows.items()])


def write_report(nlp: object, rows: dict[str, dict]) -> None:
    """Rewrite docs/quality-quotes.md: measured tables plus the prose in quote_report."""
    from quote_report import REPORT_TEMPLATE
    from report_sections import keep_written_sections

    splits = list(rows)
    literal = {
        f"{s} (literal fragments)": evaluate_split(nlp, s, predict_workbench, literal=True)
        for s in splits
    }
    lone_marks = {
        f"{s} (lone marks trimmed to themselves)": evaluate_split(
            nlp, s, predict_workbench, lone_mark_ends=False
        )
        for s in splits
    }
    regex = {f"{s} regex baseline": evaluate_split(nlp, s, predict_regex) for s in splits}
    regex |= {
        f"{s} regex baseline (literal)": evaluate_split(nlp, s, predict_regex, literal=True)
        for s in splits
    }
    pipeline = "(workbench.nlp.pipeline is not available)"
    if importlib.util.find_spec("workbench.nlp.pipeline") is not None:
        pipeline = table(
            {f"{s} via analyze_document": evaluate_split(nlp, s, predict_pipeline) for s in splits}
        )
    body = REPORT_TEMPLATE.format(
        wikinews=wikinews_table(nlp, splits),
        results=table(rows),
        literal=table(literal),
        lone_marks=table(lone_marks),
        baselines=table(regex),
        pipeline=pipeline,
        seconds=sum(r["seconds"] for r in rows.values()),
        articles=sum(r["articles"] for r in rows.values()),
    )
    if REPORT.exists():
        old = REPORT.read_text(encoding="utf-8")
        body = keep_written_sections(old, body, before=TRIED_BEFORE_HEADING)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(body, encoding="utf-8")


def wikinews_table(nlp: object, splits: Sequence[str]) -> str:
    """The Wikinews set beside PolNeAR (same scorer), or why it is missing."""
    import eval_wikinews_quotes as wikinews

    folder = wikinews.gold_folder(None)
    if not (folder / "articles.jsonl").exists():
        return f"(no Wikinews gold at {folder})"
    companions = {
        "dev": (
            "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
            "dev12", "dev13", "dev14", "dev15",
        ),
        "test": ("test", "test2"),
    }
    wikinews_splits = [w for s in splits for w in companions.get(s, (s,))]
    rows = wikinews.rows_for(nlp, folder, wikinews_splits)
    return "\n".join([wikinews.TABLE_HEAD] + [wikinews.format_row(n, r) for n, r in rows.items()])


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, score the requested splits and print (and maybe save) the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["dev", "test", "train"])
    parser.add_argument("--predictor", choices=sorted(PREDICTORS), default="workbench")
    parser.add_argument("--errors", action="store_true", help="print misses (not on test)")
    parser.add_argument("--no-report", action="store_true")
    parser.add_argument("--literal", action="store_true", help="score brat fragments as stored")
    parser.add_argument(
        "--lone-marks-trimmed", action="store_true",
        help="trim a fragment holding one mark to that mark (the protocol before stop 58)",
    )
    parser.add_argument(
        "--categories", action="store_true", help="count direct-quote errors by kind (not on test)"
    )
    parser.add_argument(
        "--baseline-wins", action="store_true",
        help="list quotes whose speaker only the textacy-style baseline gets (not on test)",
    )
    args = parser.parse_args(argv)
    splits = ["dev", "test"] if args.split is None else [args.split]
    if (args.errors or args.categories or args.baseline_wins) and "test" in splits:
        parser.error(
            "--errors, --categories and --baseline-wins are for tuning splits; do not tune on test"
        )
    nlp = load_model()
    predictor = PREDICTORS[args.predictor]
    kinds: Counter[str] | None = Counter() if args.categories else None
    wins: Counter[str] | None = Counter() if args.baseline_wins else None
    rows = {
        s: evaluate_split(
            nlp, s, predictor, args.errors, args.literal, kinds, wins,
            lone_mark_ends=False if args.lone_marks_trimmed else None,
        )
        for s in splits
    }
    print(TABLE_HEAD)
    for name, result in rows.items():
        print(format_row(name, result), f"({result['seconds']:.1f}s)")
    for kind, count in sorted({**(kinds or {}), **(wins or {})}.items()):
        print(f"{count:6d}  {kind}")
    if args.split is None and args.predictor == "workbench" and not args.no_report:
        write_report(nlp, rows)
        print(f"wrote {REPORT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
