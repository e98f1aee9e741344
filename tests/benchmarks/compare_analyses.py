"""Two source trees' analyses of the same real articles, compared field by field as JSON.

Why: a speed change (issue 15) must leave every analysis as it was. ``profile_layers``
compares the trees' results too, but it times them and stores them in libraries; this
check only analyses, so it can take more articles, and it names the articles and the
first fields that differ, which is what one needs to find the change that moved them.

The articles (``bench_import``'s corpus, the first N NewsArticles bodies, with their
titles and publication dates as an import passes them) are parsed by spaCy once; each
tree's ``analyze_many`` then runs on the same parsed docs (``profile_layers.ParsedDocs``,
every doc's ``user_data`` emptied first), its modules kept apart from the other tree's
(``profile_layers.Tree``). Exit status 1 when any analysis differs. Usage::

    git worktree add --detach /tmp/base HEAD
    .venv/bin/python tests/benchmarks/compare_analyses.py --old /tmp/base --articles 300
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path[:0] = [str(HERE), str(REPO)]

from corpus import real_articles  # noqa: E402
from profile_layers import ParsedDocs, Tree  # noqa: E402


def analyses_json(tree: Tree, parsed: ParsedDocs, records: list[dict[str, str]]) -> list[str]:
    """Each article's analysis by ``tree``, as sorted-key JSON (one string per article)."""
    with tree.active():
        analyze_many = tree.module("workbench.nlp.pipeline").analyze_many
        items = [(number, record.get("title", ""), record["text"])
                 for number, record in enumerate(records)]
        published = {number: record.get("published") for number, record in enumerate(records)}
        parsed.forget_caches()
        return [json.dumps(dataclasses.asdict(analysis), sort_keys=True, ensure_ascii=False)
                for _, analysis in analyze_many(items, parsed, published=published)]


def first_difference(old: Any, new: Any, path: str = "") -> str:
    """Where two JSON values first differ, as a path and both values (shortened)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            if old.get(key) != new.get(key):
                return first_difference(old.get(key), new.get(key), f"{path}.{key}")
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                return first_difference(a, b, f"{path}[{index}]")
    return f"{path}: {json.dumps(old)[:200]} -> {json.dumps(new)[:200]}"


def main() -> None:
    """Parse once, analyse with both trees, print how many analyses differ and where."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--old", type=Path, required=True, help="the tree to compare against")
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    records = real_articles(args.articles)
    for name in [n for n in sys.modules if n == "workbench" or n.startswith("workbench.")]:
        del sys.modules[name]
    sys.path.remove(str(REPO))
    old, new = Tree(args.old.resolve()), Tree(args.new.resolve())
    with new.active():
        parsed = ParsedDocs(new.module("workbench.nlp.pipeline").load_pipeline())
    results = {name: analyses_json(tree, parsed, records)
               for name, tree in (("old", old), ("new", new))}
    differing = [number for number, (a, b) in enumerate(zip(results["old"], results["new"],
                                                            strict=True)) if a != b]
    print(f"{len(records)} articles: {len(records) - len(differing)} identical analyses, "
          f"{len(differing)} differ")
    for number in differing[:20]:
        print(f"  article {number}: " + first_difference(json.loads(results["old"][number]),
                                                         json.loads(results["new"][number])))
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
