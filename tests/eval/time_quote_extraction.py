"""CPU time of quote extraction (``find_quotes`` + ``attach_speakers``) on news articles.

Why a separate script: the import benchmark times the whole import, where quote
extraction is a small share hidden in parse noise; issue 15 asks that speaker work does
not slow extraction by more than 10 %. Parsing is done first (cached on disk) and not
timed; then each round times extraction alone with ``time.process_time`` (CPU, so other
processes on a shared machine matter less). Run the same script against two checkouts
(``PYTHONPATH=<checkout>``) and compare the medians.

Usage: ``python tests/eval/time_quote_extraction.py [--articles 200] [--rounds 3]
[--compare BASE_CHECKOUT NEW_CHECKOUT]``; prints JSON. ``--compare`` alternates the
checkouts round by round in one process (fairest under load).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "benchmarks")]

from corpus import news_articles  # noqa: E402
from eval_quotes import load_model  # noqa: E402

CACHE = Path(os.environ.get("WORKBENCH_EVAL_CACHE", Path.home() / ".cache" / "workbench-eval"))


def extract_all(docs: list) -> int:
    """Run extraction on every parsed doc; returns the number of quotes (keeps it honest).

    Call ``load_extractor`` first: importing the package must not count as its time."""
    from workbench.core.models import Mention
    from workbench.nlp.quotes import attach_speakers, find_quotes

    total = 0
    for doc in docs:
        mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, e.text) for e in doc.ents]
        total += len(attach_speakers(find_quotes(doc), mentions, doc.text))
    return total


def parsed(count: int) -> list:
    """The first ``count`` news articles parsed, cached on disk so that timing two
    checkouts one after the other does not parse twice."""
    from spacy.tokens import DocBin

    nlp = load_model()
    meta = nlp.meta  # type: ignore[attr-defined]
    path = CACHE / "docs" / f"timing-{meta['name']}-{meta['version']}-{count}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))  # type: ignore[attr-defined]
    texts = [record["text"] for record in news_articles()[:count]]
    docs = list(nlp.pipe(texts))  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def use_checkout(root: str) -> None:
    """Make ``import workbench`` load the package under ``root`` (dropping any loaded one)
    and import the extractor now, outside the timed region."""
    for name in [n for n in sys.modules if n == "workbench" or n.startswith("workbench.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    load_extractor()


def load_extractor() -> None:
    import workbench.core.models
    import workbench.nlp.quotes  # noqa: F401


def compare(docs: list, roots: list[str], rounds: int) -> dict:
    """Time several checkouts in turn, round after round in one process, so load on a
    shared machine hits all of them alike; the ratio of medians is the comparison."""
    seconds: dict[str, list[float]] = {root: [] for root in roots}
    for _ in range(rounds):
        for root in roots:
            use_checkout(root)
            started = time.process_time()
            extract_all(docs)
            seconds[root].append(time.process_time() - started)
            sys.path.remove(root)
    medians = {root: statistics.median(values) for root, values in seconds.items()}
    first = medians[roots[0]]
    return {
        root: {"cpu_seconds": [round(s, 3) for s in seconds[root]],
               "median": round(medians[root], 3), "ratio": round(medians[root] / first, 3)}
        for root in roots
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", nargs="+", metavar="CHECKOUT",
                        help="repository roots to time in turn (the first is the baseline)")
    args = parser.parse_args()
    docs = parsed(args.articles)
    if args.compare:
        print(json.dumps(compare(docs, args.compare, args.rounds), indent=1))
        return 0
    import workbench

    load_extractor()
    seconds = []
    quotes = 0
    for _ in range(args.rounds):
        started = time.process_time()
        quotes = extract_all(docs)
        seconds.append(time.process_time() - started)
    print(json.dumps({
        "workbench": str(Path(workbench.__file__).parent),
        "articles": len(docs),
        "quotes": quotes,
        "cpu_seconds": [round(s, 3) for s in seconds],
        "median": round(statistics.median(seconds), 3),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
