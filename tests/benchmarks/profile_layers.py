"""Our layers' share of an import, two source trees side by side in one process.

Why: the import benchmark (``bench_import_versions``) times whole processes, so
it says how much slower an import got, not where. Our share is what runs after
spaCy (quote finding, speakers, furniture, label votes, entity rules) and the
store's writes; on a shared machine it can only be compared between two builds
when both run on the same parsed articles in the same minutes. So:

* the articles (``bench_import``'s corpus, the first N NewsArticles bodies) are
  parsed by spaCy once; each tree's ``analyze_many`` then runs on those parsed
  docs (a stand-in ``nlp`` hands them back), so only our code is timed
  ("layers"); every doc's ``user_data`` (our per-doc caches) is emptied first;
* the store side: a fresh library per tree and round, the import without
  analysis ("import"), then ``analyze_pending`` with an extractor handing over
  that tree's analyses: the writer's saves, label votes and settling ("writer");
* the trees alternate for ``--runs`` rounds; each keeps its own set of
  ``workbench`` modules, swapped into ``sys.modules`` before each call (lazily
  imported modules included), so both live in one process;
* the two trees' analyses are compared (their ``repr``): a speed change must not
  change one result.

``--profile`` prints cProfile's view of the new tree's layers and writer (our
functions only, by cumulative and by own time). Usage::

    git worktree add --detach /tmp/base HEAD
    .venv/bin/python tests/benchmarks/profile_layers.py --old /tmp/base --articles 200
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import inspect
import io
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path[:0] = [str(HERE), str(REPO)]

from corpus import real_articles, write_jsonl  # noqa: E402

INTERLEAVED_BATCH = 10
"""Articles each tree analyses in its turn (``interleaved_layers``)."""


class ParsedDocs:
    """A stand-in ``nlp``: each text is parsed once by the real pipeline, then handed back."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.docs: dict[str, Any] = {}

    def memory_zone(self) -> contextlib.nullcontext[None]:
        """No zone: the parsed docs must outlive every run."""
        return contextlib.nullcontext()

    def pipe(self, pieces: Iterable[tuple[str, Any]], as_tuples: bool = True,
             batch_size: int = 16) -> Iterator[tuple[Any, Any]]:
        """The parsed doc of each (text, context) piece, parsing the texts not seen yet."""
        pieces = list(pieces)
        missing = list(dict.fromkeys(t for t, _ in pieces if t not in self.docs))
        for text, doc in zip(missing, self.nlp.pipe(missing, batch_size=batch_size),
                             strict=True):
            self.docs[text] = doc
        for text, context in pieces:
            yield self.docs[text], context

    def forget_caches(self) -> None:
        """Empty every doc's ``user_data``: each run reads its per-doc facts afresh."""
        for doc in self.docs.values():
            doc.user_data.clear()


class Tree:
    """One source tree's ``workbench`` modules, kept apart from the other tree's."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.modules: dict[str, Any] = {}

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Make this tree's modules the ones ``import workbench...`` finds, then keep them."""
        for name in [n for n in sys.modules if n == "workbench" or n.startswith("workbench.")]:
            del sys.modules[name]
        sys.modules.update(self.modules)
        sys.path.insert(0, str(self.root))
        try:
            yield
        finally:
            sys.path.remove(str(self.root))
            self.modules = {n: m for n, m in sys.modules.items()
                            if n == "workbench" or n.startswith("workbench.")}

    def module(self, name: str) -> Any:
        """The tree's module ``name`` (imported on first use); call inside ``active``."""
        __import__(name)
        return sys.modules[name]


def fresh_store(tree: Tree, jsonl: Path, folder: Path) -> tuple[Any, float]:
    """A new library holding the articles, pending analysis, and the seconds the import took."""
    store_class = tree.module("workbench.store").Store
    import_paths = tree.module("workbench.operations.importing").import_paths
    db = Path(tempfile.mkdtemp(dir=folder)) / "library.sqlite"
    store = store_class(db)
    started = time.process_time()
    import_paths(store, [jsonl], analyze=False)
    store.analysis.mark_for_analysis()
    return store, time.process_time() - started


def one_round(tree: Tree, parsed: ParsedDocs, jsonl: Path, folder: Path,
              profile: cProfile.Profile | None = None
              ) -> tuple[dict[str, float], list[str], tuple[list[Any], dict[str, Any]]]:
    """Import, layers and writer of one tree once: their seconds, the analyses' reprs and
    the layers' inputs (the stored items, the options of ``analyze_many``)."""
    with tree.active():
        store, imported = fresh_store(tree, jsonl, folder)
        items = store.analysis.documents_needing_analysis()
        analyze_many = tree.module("workbench.nlp.pipeline").analyze_many
        analyze_pending = tree.module("workbench.operations.analysis").analyze_pending
        dated = "published" in inspect.signature(analyze_many).parameters
        published = (store.analysis.publication_dates([i[0] for i in items]) if dated else {})
        options = {"published": published} if dated else {}
        parsed.forget_caches()
        layers, analyses = _timed(lambda: list(analyze_many(items, parsed, **options)), profile)
        seconds = {"import": imported, "layers": layers}
        if "extractor" in inspect.signature(analyze_pending).parameters:  # older trees: none
            result_class = tree.module("workbench.nlp.workers").AnalysisResult

            def extractor(whole: list[Any], _published: Any) -> list[Any]:
                done = dict(analyses)
                return [result_class(item[0], done[item[0]]) for item in whole]

            seconds["writer"], _ = _timed(lambda: analyze_pending(store, extractor=extractor),
                                          profile)
        store.close()
    return seconds, [repr(analysis) for _, analysis in analyses], (items, options)


def interleaved_layers(trees: dict[str, Tree], parsed: ParsedDocs,
                       inputs: dict[str, tuple[list[Any], dict[str, Any]]], rounds: int,
                       batch: int = INTERLEAVED_BATCH) -> dict[str, list[float]]:
    """Seconds of each tree's layers per round, the trees taking turns every ``batch``
    articles (which goes first alternates too): the load of a shared machine changes
    within a minute, so two whole-corpus runs one after the other differ by more than
    the change measured."""
    totals = {name: [0.0] * rounds for name in trees}
    count = len(next(iter(inputs.values()))[0])
    for run in range(rounds):
        for turn, first in enumerate(range(0, count, batch)):
            order = list(trees) if (run + turn) % 2 == 0 else list(reversed(trees))
            for name in order:
                items, options = inputs[name]
                with trees[name].active():
                    analyze_many = trees[name].module("workbench.nlp.pipeline").analyze_many
                    parsed.forget_caches()
                    seconds, _ = _timed(lambda: list(analyze_many(  # noqa: B023
                        items[first:first + batch], parsed, **options)), None)  # noqa: B023
                totals[name][run] += seconds
    return totals


def _timed(work: Callable[[], Any], profile: cProfile.Profile | None) -> tuple[float, Any]:
    started = time.process_time()
    if profile is None:
        result = work()
    else:
        result = profile.runcall(work)
    return time.process_time() - started, result


def print_profile(profile: cProfile.Profile, root: Path, lines: int) -> None:
    """Our functions only, by cumulative then by own time."""
    for key in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats(key).print_stats(str(root / "workbench"), lines)
        text = out.getvalue().replace(str(root) + "/", "")
        print(f"--- by {key} ---")
        print(text[text.find("   ncalls"):])


def main() -> None:
    """Parse once, alternate the trees for ``--runs`` rounds, print seconds per 100 articles."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--old", type=Path, required=True, help="the tree to compare against")
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile the new tree too")
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args()
    records = real_articles(args.articles)
    folder = Path(tempfile.mkdtemp(prefix="profile-layers-"))
    jsonl = write_jsonl(records, folder / "articles.jsonl")
    for name in [n for n in sys.modules if n == "workbench" or n.startswith("workbench.")]:
        del sys.modules[name]
    sys.path.remove(str(REPO))
    trees = {"old": Tree(args.old.resolve()), "new": Tree(args.new.resolve())}
    with trees["new"].active():
        nlp = trees["new"].module("workbench.nlp.pipeline").load_pipeline()
    parsed = ParsedDocs(nlp)
    reprs, inputs = {}, {}
    for name, tree in trees.items():  # parses every text once; warms lazy imports
        _, reprs[name], inputs[name] = one_round(tree, parsed, jsonl, folder)
    same = reprs["old"] == reprs["new"]
    seconds: dict[str, dict[str, list[float]]] = {n: {} for n in trees}
    for run in range(args.runs):
        order = list(trees) if run % 2 == 0 else list(reversed(trees))
        for name in order:
            measured, _, _ = one_round(trees[name], parsed, jsonl, folder)
            for part, value in measured.items():
                seconds[name].setdefault(part, []).append(value * 100 / len(records))
    for name, values in interleaved_layers(trees, parsed, inputs, args.runs).items():
        seconds[name]["layers, taking turns"] = [v * 100 / len(records) for v in values]
    print(f"{len(records)} articles, {args.runs} rounds; identical analyses: {same}")
    print("seconds per 100 articles (median, min-max):")
    parts = ("layers, taking turns", "layers", "writer", "import")
    for part in [p for p in parts if p in seconds["old"]]:
        cells = [f"{name} {statistics.median(v[part]):.2f} ({min(v[part]):.2f}-{max(v[part]):.2f})"
                 for name, v in seconds.items()]
        ratio = statistics.median(seconds["new"][part]) / statistics.median(seconds["old"][part])
        print(f"  {part:20s} " + "   ".join(cells) + f"   new/old {ratio:.2f}")
    if args.profile:
        profile = cProfile.Profile(time.process_time)
        one_round(trees["new"], parsed, jsonl, folder, profile)
        print_profile(profile, trees["new"].root, args.lines)
    if not same:
        differing = sum(a != b for a, b in zip(reprs["old"], reprs["new"], strict=True))
        print(f"ANALYSES DIFFER in {differing} of {len(records)} articles")
        sys.exit(1)


if __name__ == "__main__":
    main()
