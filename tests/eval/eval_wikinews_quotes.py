"""Measure direct quotes and speakers on the hand-annotated Wikinews set (CC BY 2.5).

Run ``.venv/bin/python tests/eval/eval_wikinews_quotes.py
[--split dev|dev2|...|dev14|dev15|test|test2] [--gold DIR]``, or ``--set patterns`` for the
attribution pattern set we wrote (``pattern_gold``, ``patterns_gold/README.md``: tuning data).
The gold lives in ``tests/eval/wikinews_gold`` (texts/<slug>.txt, articles.jsonl with the
dev to dev15/test/test2 split, quotes.jsonl, scare_quotes.jsonl, GUIDE.md); ``--gold`` or the
``WORKBENCH_WIKINEWS_GOLD`` environment variable points elsewhere (an annotator's working copy).
The matching protocol is the PolNeAR one (``quote_scoring``): a prediction matches
a gold quote when they overlap by at least half of the longer span; the speaker is right
when a predicted name agrees with the gold canonical speaker (case-insensitive, token
suffix either way) or the predicted speaker span overlaps the gold speaker text span.
Scare quotes are don't-care. "canonical speaker acc" is stricter: over matched gold
quotes that name a canonical speaker, the share whose predicted canonical speaker
(``Quote.speaker``, not the surface text) agrees with it; it shows whether pronouns and
short names were resolved. A gold common-noun speaker (kind group/common-noun: "The team",
"A judge") names no entity, and the app is meant to keep such a phrase as speaker text with
no canonical speaker, so there a prediction with ``speaker`` None is judged by its
``speaker_text``. Besides our extractor, two baselines are scored the same
way: quotation-mark regex + nearest person, and a textacy-style ``direct_quotations`` rule
(implemented here: textacy is not a dependency).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

from baseline_wins import baseline_wins, describe  # noqa: E402
from eval_quotes import (  # noqa: E402
    load_model,
    parse_key,
    predict_regex,
    predict_workbench,
    to_predicted,
)
from quote_scoring import (  # noqa: E402
    GoldStatement,
    Predicted,
    Tally,
    names_agree,
    score_article,
)

from workbench.core.models import Quote  # noqa: E402

DEFAULT_GOLD = HERE / "wikinews_gold"
CACHE = Path(os.environ.get("WORKBENCH_EVAL_CACHE", Path.home() / ".cache" / "workbench-eval"))
Predictor = Callable[[str, object], list[Quote]]
NO_SPEAKER_KINDS = frozenset({"none", "unknown", "unattributed", ""})
COMMON_NOUN_KIND = "group/common-noun"
#: Splits scored by default: dev (tuning; saturated by now), dev2 (a second tuning set added
#: when dev stopped telling anything), dev3 (a third, fresh one: the articles no other set held,
#: session 12), dev4 (a fourth, fresh one: news reports so far held only by the timex sets,
#: session 14), dev5 (a fifth, fresh one in another register: MEANTIME's business news of
#: 2004-2011, session 15), dev6 (a sixth in mainstream US news: ECB+ articles of odd topics,
#: session 16; its texts are rebuilt from ../shared and never stored, so it is skipped without
#: them), dev7 (a seventh, fresh one: 25 more ECB+ articles of odd topics, none of dev6's,
#: session 17; skipped the same way), dev8 (an eighth, fresh one: 25 more ECB+ articles of odd
#: topics, none of dev6's or dev7's, session 18; skipped the same way), dev9 (a ninth, fresh
#: one: 25 more ECB+ articles of odd topics, none of dev6's to dev8's, session 19; skipped the
#: same way), dev10 (a tenth, fresh one back in the held-out register: 30 Wikinews articles
#: of the CSVs no split held, session 20, wikinews_pick.py), dev11 (an eleventh, the confirmation
#: reading of session 20: 30 more of the CSVs, none of dev10's, wikinews_pick.py; read once,
#: not tuned on that session), dev12 (a twelfth, the confirmation reading of session 21: the
#: 22 CSV articles left with a long quotation span, topped up with 8 ECB+ articles of odd
#: topics, wikinews_pick.py; read once, not tuned on that session), dev13 (a thirteenth, the
#: confirmation reading of session 22: 9 MEANTIME articles no split held and 21 ECB+ articles
#: of odd topics, wikinews_pick.py; read twice that session, never tuned on it; tuning data
#: from session 23), dev14 (a fourteenth, the confirmation reading of session 23: 30 ECB+
#: articles of odd topics no split held, one per event, wikinews_pick.py, since neither the
#: CSVs nor MEANTIME's development half has an unheld article with a long quotation span left;
#: scored at every stop of sessions 23-25, never tuned on; tuning data from session 26;
#: skipped without ../shared like dev6), dev15 (a fifteenth, the confirmation reading of
#: session 26: the 17 CSV and 4 MEANTIME articles no split held with a quotation span of any
#: length and one ECB+ article of each odd-topic event dev14 does not hold, then a second
#: stage of 27 ECB+ articles with a long span, one per event left, wikinews_pick.py; read once,
#: not tuned on; its ECB+ part skipped without ../shared), test
#: (scored several times since),
#: test2 (the held-out set added when test was no longer fresh; scored once per round of
#: changes).
SPLITS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
    "dev12", "dev13", "dev14", "dev15", "test", "test2",
)
#: The only splits whose errors may be printed: tuning happens on these and nowhere else
#: (a confirmation set, when a session has one, is scored but is not one of them).
TUNING_SPLITS = frozenset(
    {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
     "dev12", "dev13", "dev14"}
)


@dataclass
class GoldArticle:
    """One annotated article: its text, gold quotes and don't-care scare quotes."""

    slug: str
    split: str
    text: str
    quotes: list[GoldStatement] = field(default_factory=list)
    scare: list[tuple[int, int]] = field(default_factory=list)
    #: Parallel to ``quotes``: True where the gold speaker is a common-noun phrase.
    phrase_speaker: list[bool] = field(default_factory=list)


def gold_folder(option: str | None) -> Path:
    """``--gold``, else ``WORKBENCH_WIKINEWS_GOLD``, else the folder in the repository."""
    chosen = option or os.environ.get("WORKBENCH_WIKINEWS_GOLD")
    return Path(chosen) if chosen else DEFAULT_GOLD


def _jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _slug(record: dict) -> str:
    return str(record.get("slug") or record.get("article") or record.get("doc"))


def _sources(record: dict) -> list[tuple[int, int, str]]:
    """Gold speaker as scorer sources: the in-text span (span rule) and the canonical name.

    The canonical name gets an empty span so only the name rule can match it; without a
    canonical speaker (common-noun speakers) the speaker text itself is the name.
    """
    kind = str(record.get("speaker_kind") or "").lower()
    text = record.get("speaker_text") or ""
    canonical = record.get("canonical_speaker") or record.get("speaker") or ""
    if kind in NO_SPEAKER_KINDS and not text and not canonical:
        return []
    sources = []
    start, end = record.get("speaker_start"), record.get("speaker_end")
    if text and start is not None and end is not None:
        sources.append((int(start), int(end), "" if canonical else text))
    if canonical:
        sources.append((0, 0, canonical))
    elif text and not sources:
        sources.append((0, 0, text))
    return sources


def load_gold(folder: Path, split: str) -> list[GoldArticle]:
    """Articles of ``split`` (dev to dev15, test, test2 or all) with their quotes and
    scare quotes."""
    articles = {}
    for record in _jsonl(folder / "articles.jsonl"):
        slug = _slug(record)
        if split not in ("all", record.get("split")):
            continue
        text = article_text(folder, record)
        if text is not None:
            articles[slug] = GoldArticle(slug, str(record.get("split")), text)
    add_records(articles, _jsonl(folder / "quotes.jsonl"), _jsonl(folder / "scare_quotes.jsonl"))
    done = annotated_slugs(folder)
    return [articles[slug] for slug in sorted(articles) if done is None or slug in done]


def add_records(
    articles: dict[str, GoldArticle], quotes: Iterable[dict], scares: Iterable[dict]
) -> None:
    """Hang ``quotes.jsonl`` and ``scare_quotes.jsonl`` records on their articles (shared by
    the Wikinews folder and the pattern set, so both are read by one rule)."""
    for record in quotes:
        article = articles.get(_slug(record))
        if article is not None:
            gold = GoldStatement(int(record["start"]), int(record["end"]), _sources(record))
            article.quotes.append(gold)
            article.phrase_speaker.append(record.get("speaker_kind") == COMMON_NOUN_KIND)
    for record in scares:
        article = articles.get(_slug(record))
        if article is not None:
            article.scare.append((int(record["start"]), int(record["end"])))


def load_patterns_gold(which: str = "patterns", batch: str | None = None) -> list[GoldArticle]:
    """The attribution pattern set we wrote (``pattern_gold``), or its batch of messy
    quotation marks (``--set marks``), or the whole articles (``--set articles``, every
    batch or ``batch`` alone), as scorer articles."""
    from pattern_gold import MARKS_FILE, PATTERNS_FILE, SPLIT, load_articles, load_patterns

    if which == "articles":
        passages = load_articles(batch)
    else:
        passages = load_patterns(MARKS_FILE if which == "marks" else PATTERNS_FILE)
    articles = {p.slug: GoldArticle(p.slug, SPLIT, p.text) for p in passages}
    add_records(
        articles,
        [q for p in passages for q in p.quotes],
        [s for p in passages for s in p.scare],
    )
    return list(articles.values())


def article_text(folder: Path, record: dict) -> str | None:
    """texts/<slug>.txt, or for dev6 to dev9 the ECB+ article rebuilt (its text is never stored);
    None when neither is on this machine."""
    if record.get("source") == "ecbplus":
        from ecbplus import document_text

        return document_text(str(record.get("ecbplus_doc")))
    path = folder / "texts" / f"{_slug(record)}.txt"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def annotated_slugs(folder: Path) -> set[str] | None:
    """Slugs already read by an annotator (``@ slug`` lines of annotations.txt, or an
    ``annotated`` flag in articles.jsonl); None when neither says, meaning all of them.

    Why: the set is annotated article by article, and an article not yet read has no
    gold quotes, so scoring it would count every prediction in it as a false alarm.
    """
    flagged = {_slug(r) for r in _jsonl(folder / "articles.jsonl") if r.get("annotated")}
    notes = folder / "annotations.txt"
    if notes.exists():
        lines = notes.read_text(encoding="utf-8").splitlines()
        flagged |= {line[1:].strip() for line in lines if line.startswith("@")}
    return flagged or None


def parsed_docs(nlp: object, articles: Sequence[GoldArticle]) -> list:
    """Parse every text once; cached by content hash so a growing gold set stays cheap."""
    from spacy.tokens import Doc, DocBin

    folder = CACHE / "docs" / f"wikinews-{parse_key(nlp)}"
    folder.mkdir(parents=True, exist_ok=True)
    docs: list[Doc] = []
    for article in articles:
        digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:16]
        path = folder / f"{digest}.spacy"
        if path.exists():
            docs.append(next(DocBin().from_disk(path).get_docs(nlp.vocab)))  # type: ignore[attr-defined]
            continue
        doc = nlp(article.text)  # type: ignore[operator]
        DocBin(store_user_data=False, docs=[doc]).to_disk(path)
        docs.append(doc)
    return docs


# --- textacy-style baseline -------------------------------------------------------------

_PAIR = re.compile('["\u201c]([^"\u201c\u201d\n]+)["\u201d]')
#: textacy's reporting verbs (``textacy.constants.REPORTING_VERBS``, abridged).
REPORTING_VERBS = frozenset(
    """
    according accuse acknowledge add admit agree allege announce argue ask assert believe
    blame charge cite claim complain concede conclude confirm contend criticize declare
    decline deny describe disagree disclose estimate explain fear hope insist maintain
    mention note observe order predict promise recall recommend reply report say stress
    suggest tell testify think urge warn worry write
    """.split()
)


def _textacy_speaker(verb: object) -> tuple[int, int] | None:
    """The verb's nsubj expanded with its compounds (textacy's ``expand_noun``)."""
    for child in verb.children:  # type: ignore[attr-defined]
        if child.dep_ in ("nsubj", "nsubjpass"):
            parts = [t for t in child.lefts if t.dep_ == "compound"] + [child]
            return parts[0].idx, child.idx + len(child.text)
    return None


def predict_textacy(text: str, doc: object) -> list[Quote]:
    """textacy ``direct_quotations``: a quoted span whose sentence (or the one after or
    before) has a reporting verb with a subject outside the quote; no cue, no quote."""
    quotes = []
    for match in _PAIR.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")  # type: ignore[attr-defined]
        if span is None:
            continue
        sent = span[0].sent
        windows = [sent]
        if sent.end < len(doc):  # type: ignore[arg-type]
            windows.append(doc[sent.end].sent)  # type: ignore[index]
        if sent.start > 0:
            windows.append(doc[sent.start - 1].sent)  # type: ignore[index]
        found = _first_cue(windows, match.start(), match.end())
        if found is None:
            continue
        start, end = found
        quotes.append(Quote(match.start(), match.end(), match.group(), speaker=text[start:end],
                            speaker_text=text[start:end], speaker_start=start, speaker_end=end))
    return quotes


def _first_cue(windows: Sequence[object], start: int, end: int) -> tuple[int, int] | None:
    for window in windows:
        for token in window:  # type: ignore[attr-defined]
            if start <= token.idx < end or token.pos_ != "VERB":
                continue
            if token.lemma_.lower() in REPORTING_VERBS:
                speaker = _textacy_speaker(token)
                if speaker is not None and not start <= speaker[0] < end:
                    return speaker
    return None


def predict_pipeline(text: str, doc: object) -> list[Quote]:
    """The shipped path: chunking, entity resolution and canonical speakers."""
    from workbench.nlp.pipeline import analyze_document

    return list(analyze_document("", text).quotes)


PREDICTORS: dict[str, Predictor] = {
    "workbench": predict_workbench,
    "pipeline": predict_pipeline,
    "regex": predict_regex,
    "textacy-style": predict_textacy,
}


def evaluate(
    nlp: object, articles: Sequence[GoldArticle], predictor: Predictor, errors: bool = False
) -> dict:
    """Score direct quotes of ``articles``; returns the tally and article count."""
    docs = parsed_docs(nlp, articles)
    total = Tally()
    canonical = [0, 0]
    for article, doc in zip(articles, docs, strict=True):
        quotes = [q for q in predictor(article.text, doc) if q.kind == "direct"]
        predicted = [to_predicted(q) for q in quotes]
        tally, matches = score_article(predicted, article.quotes, article.scare)
        total.add(tally)
        for i, j in matches.items():
            want = [name for start, end, name in article.quotes[j].sources if start == end]
            if want:
                canonical[1] += 1
                agree = canonical_agrees(quotes[i], want[0], article.phrase_speaker[j])
                canonical[0] += agree
                if errors and not agree:
                    show_canonical_miss(article, quotes[i], want[0])
        if errors:
            show_errors(article, predicted, matches)
    share = canonical[0] / canonical[1] if canonical[1] else 0.0
    return {"articles": len(articles), "direct": total, "canonical": share}


def list_baseline_wins(nlp: object, articles: Sequence[GoldArticle], predictor: Predictor) -> int:
    """Print every gold quote both find where only the textacy-style speaker is right
    (tuning splits only); returns how many."""
    from collections import Counter

    kinds: Counter[str] = Counter()
    for article, doc in zip(articles, parsed_docs(nlp, articles), strict=True):
        ours = [to_predicted(q) for q in predictor(article.text, doc) if q.kind == "direct"]
        base = [to_predicted(q) for q in predict_textacy(article.text, doc)]
        for win in baseline_wins(ours, base, article.quotes):
            kinds[win.kind] += 1
            print(describe(article.slug, article.text, win))
    for kind, count in sorted(kinds.items()):
        print(f"{count:6d}  {kind}")
    return sum(kinds.values())


def canonical_agrees(quote: Quote, want: str, phrase_speaker: bool) -> bool:
    """True when the predicted canonical speaker is the gold one; for a common-noun gold
    speaker, an unresolved prediction is judged by the phrase it keeps as speaker text."""
    if names_agree(quote.speaker or "", want):
        return True
    return phrase_speaker and quote.speaker is None and names_agree(quote.speaker_text or "", want)


def show_canonical_miss(article: GoldArticle, quote: Quote, want: str) -> None:
    """Print a matched quote whose canonical speaker is wrong, with its lead-in (tuning only)."""
    before = article.text[max(0, quote.start - 90) : quote.start].replace("\n", " | ")
    print(
        f"CANON {article.slug}: ...{before!r} {quote.text[:50]!r} "
        f"got={quote.speaker!r} text={quote.speaker_text!r} want={want!r}"
    )


def show_errors(article: GoldArticle, predicted: Sequence[Predicted], matches: dict) -> None:
    """Print misses, extras and wrong speakers (tuning splits only)."""
    from quote_scoring import is_dont_care, speaker_is_right

    text = article.text
    hit = set(matches.values())
    for j, gold in enumerate(article.quotes):
        if j not in hit:
            print(f"MISS {article.slug}: {text[gold.start : gold.end][:100]!r}")
    for i, pred in enumerate(predicted):
        snippet = text[pred.start : pred.end][:80]
        if i not in matches:
            if not is_dont_care((pred.start, pred.end), article.scare):
                print(f"EXTRA {article.slug}: {snippet!r}")
        elif not speaker_is_right(pred, article.quotes[matches[i]]):
            want = [s[2] or text[s[0] : s[1]] for s in article.quotes[matches[i]].sources]
            print(f"SPK {article.slug}: {snippet!r} got={pred.names} want={want} {pred.note}")


TABLE_HEAD = (
    "| set | articles | gold direct | P | R | F1 | speaker acc | quote+speaker F1 | "
    "canonical speaker acc |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


def format_row(name: str, result: dict) -> str:
    """One Markdown row of direct-quote numbers."""
    tally: Tally = result["direct"]
    s = tally.scores()
    return (
        f"| {name} | {result['articles']} | {tally.gold} | {s['precision']:.3f} | "
        f"{s['recall']:.3f} | {s['f1']:.3f} | {s['speaker_accuracy']:.3f} | "
        f"{s['quote_speaker_f1']:.3f} | {result['canonical']:.3f} |"
    )


def rows_for(nlp: object, folder: Path, splits: Sequence[str]) -> dict[str, dict]:
    """Every predictor on every split (the table ``eval_quotes`` puts in the report)."""
    rows = {}
    for split in splits:
        articles = load_gold(folder, split)
        if not articles:
            continue  # dev6 to dev9 without the shared ECB+ files
        for name in ("workbench", "pipeline", "regex", "textacy-style"):
            rows[f"Wikinews {split}, {name}"] = evaluate(nlp, articles, PREDICTORS[name])
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, score and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=[*SPLITS, "all"])
    parser.add_argument("--gold", help="gold folder (default: WORKBENCH_WIKINEWS_GOLD or repo)")
    parser.add_argument("--predictor", choices=sorted(PREDICTORS))
    parser.add_argument("--errors", action="store_true", help="print errors (tuning splits only)")
    parser.add_argument(
        "--baseline-wins", action="store_true",
        help="list quotes whose speaker only the textacy-style baseline gets (tuning splits)",
    )
    parser.add_argument(
        "--set", choices=("wikinews", "patterns", "marks", "articles"), default="wikinews",
        help="patterns: the attribution pattern set we wrote; marks: its batch of messy "
        "quotation marks; articles: whole articles we wrote in outlets' styles (all "
        "tuning data, no splits)",
    )
    parser.add_argument(
        "--batch", help="with --set articles: score articles_<BATCH>.json alone (us, ca, …)"
    )
    args = parser.parse_args(argv)
    if args.batch and args.set != "articles":
        parser.error("--batch is for --set articles")
    if args.set in ("patterns", "marks", "articles"):
        return score_patterns(args)
    splits = list(SPLITS) if args.split is None else [args.split]
    tuning_only = args.errors or args.baseline_wins
    if tuning_only and (len(splits) > 1 or splits[0] not in TUNING_SPLITS):
        parser.error(
            "--errors and --baseline-wins are for one tuning split (dev to dev14); "
            "do not tune on test"
        )
    folder = gold_folder(args.gold)
    if not (folder / "articles.jsonl").exists():
        print(f"no Wikinews gold at {folder}", file=sys.stderr)
        return 1
    nlp = load_model()
    if args.baseline_wins:
        predictor = PREDICTORS[args.predictor or "workbench"]
        list_baseline_wins(nlp, load_gold(folder, splits[0]), predictor)
    print(TABLE_HEAD)
    if args.predictor is None and not args.errors:
        for name, result in rows_for(nlp, folder, splits).items():
            print(format_row(name, result))
        return 0
    name = args.predictor or "workbench"  # the errors to tune on are the workbench's
    for split in splits:
        result = evaluate(nlp, load_gold(folder, split), PREDICTORS[name], args.errors)
        print(format_row(f"Wikinews {split}, {name}", result))
    return 0


def score_patterns(args: argparse.Namespace) -> int:
    """Score the pattern set (all tuning data, so ``--errors`` and ``--baseline-wins`` are
    allowed) with every predictor, or with ``--predictor`` alone."""
    nlp = load_model()
    articles = load_patterns_gold(args.set, args.batch)
    if args.baseline_wins:
        list_baseline_wins(nlp, articles, PREDICTORS[args.predictor or "workbench"])
    every = ["workbench", "pipeline", "regex", "textacy-style"]
    names = [args.predictor] if args.predictor else every
    print(TABLE_HEAD)
    for name in names:
        result = evaluate(nlp, articles, PREDICTORS[name], args.errors and name == names[0])
        label = args.set.capitalize() + (f" {args.batch}" if args.batch else "")
        print(format_row(f"{label}, {name}", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
