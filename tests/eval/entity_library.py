"""One library, not one document: labels across documents, with and without the library pass.

Why a module of its own: eval_entities.py scores each document alone, but the analyst's
Entities page is the whole library, where "Trump" as a person in ten articles and an
organisation in one is two entities. This module imports the corpus the way the app
does (documents in order, each finished document teaching ``LibraryLabels`` before the
next is saved) and counts names that carry more than one label across the library,
and the PER/ORG confusion when every document is labelled as the library would save it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from entity_confusion import Matrix, align, per_org_confusion

if TYPE_CHECKING:
    from meantime import Document
    from spacy.language import Language

    from workbench.core.models import Mention

Span = tuple[int, int, str]
Gold = Callable[["Document"], list[Span]]
Mapper = Callable[["Document", "Sequence[Mention]"], list[Span]]


@dataclass
class LibraryReport:
    """Per system ("documents alone", "library"): split names, examples, PER/ORG matrices."""

    splits: dict[str, tuple[int, int, list[str]]]
    matrices: dict[tuple[str, str], Matrix]
    wikinews: dict[str, tuple[int, int, list[str]]]
    documents: int
    wikinews_articles: int


def split_names(documents: Sequence[Sequence[tuple[str, str]]]) -> tuple[int, int, list[str]]:
    """(names with more than one label across the library, entities, examples).

    A name is an entity's canonical name, case-folded; an entity is a (name, label) as
    the library stores it (so "Liberal party" and "Liberal Party" are two). Dates and
    times are left out.
    """
    labels: dict[str, set[str]] = defaultdict(set)
    entities: set[tuple[str, str]] = set()
    for pairs in documents:
        for entity, label in pairs:
            if label not in {"DATE", "TIME"}:
                labels[entity.casefold()].add(label)
                entities.add((entity, label))
    split = sorted((name for name, found in labels.items() if len(found) > 1),
                   key=lambda name: -len(labels[name]))
    examples = [f"{name}: {'/'.join(sorted(labels[name]))}" for name in split]
    return len(split), len(entities), examples


def import_runs(nlp: Language, articles: Sequence[tuple[str, str]]
                ) -> tuple[list[tuple[Mention, ...]], list[tuple[Mention, ...]]]:
    """Each article's mentions alone, and as a library learning in order would save them."""
    from workbench.core.models import Analysis
    from workbench.nlp.entities import finalize_mentions, raw_mentions
    from workbench.nlp.library_labels import LibraryLabels

    library = LibraryLabels.from_rows([])
    alone, learnt = [], []
    for title, body in articles:
        mentions = tuple(finalize_mentions(raw_mentions(nlp(body)), body, title))
        saved = library.apply(Analysis(mentions=mentions))
        library.observe(saved)
        alone.append(mentions)
        learnt.append(saved.mentions)
    return alone, learnt


def settle_run(saved: Sequence[tuple[Mention, ...]]) -> list[tuple[Mention, ...]]:
    """The documents as the library-wide label pass leaves them once all are saved.

    The entity rows are counted from the saved mentions the way the store counts them
    (documents per name and label, mention texts as aliases), and
    ``settling_moves`` (the pass ``workbench entity settle`` and every analysis run
    end with) says which of them move where."""
    from dataclasses import replace

    from workbench.nlp.library_settling import settling_moves

    counts: dict[tuple[str, str], int] = defaultdict(int)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for found in saved:
        for key in {(m.entity, m.label) for m in found}:
            counts[key] += 1
        for mention in found:
            if mention.text != mention.entity:
                aliases[(mention.entity, mention.label)].add(mention.text)
    keys = list(counts)
    rows = [{"id": index, "name": name, "label": label, "documents": counts[(name, label)],
             "aliases": sorted(aliases[(name, label)]), "created_by": "model"}
            for index, (name, label) in enumerate(keys)]
    moves = {keys[index]: (name, label) for index, name, label in settling_moves(rows)}
    return [tuple(replace(m, entity=moves[(m.entity, m.label)][0],
                          label=moves[(m.entity, m.label)][1])
                  if (m.entity, m.label) in moves else m for m in found) for found in saved]


GOLD_ARTICLES = Path(__file__).resolve().parent / "wikinews_gold" / "articles.jsonl"
"""Which Wikinews gold split holds each article, by URL (the CSV rows carry the URL)."""


def development_urls(manifest: Path = GOLD_ARTICLES) -> frozenset[str]:
    """The URLs of the Wikinews articles a tuning split holds.

    Why: ``--dev`` is what a helper tunes on, so its two-label counts may read only the
    articles of the tuning splits; the CSVs also hold the held-out splits' articles (and
    articles no split holds yet, which a later split may still pick)."""
    import json

    from eval_wikinews_quotes import TUNING_SPLITS

    records = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return frozenset(_canonical_url(str(record["url"])) for record in records
                     if record.get("split") in TUNING_SPLITS and record.get("url"))


def _canonical_url(url: str) -> str:
    """The CSVs spell URLs with a doubled slash (``wikinews.org//wiki/``); the gold does not."""
    return url.replace("wikinews.org//wiki/", "wikinews.org/wiki/")


def wikinews_articles(folder: Path, only: frozenset[str] | None = None
                      ) -> list[tuple[str, str]]:
    """(title, text) of the CC BY Wikinews articles shipped to the team, in date order,
    read by the app's own CSV reader (so the text is what an import stores); with
    ``only``, just the articles whose URL it holds."""
    from workbench.ingest import read_articles

    articles = [article for path in sorted(folder.glob("wikinews_*.csv"))
                for article in read_articles(path)
                if only is None or _canonical_url(article.url or "") in only]
    articles.sort(key=lambda article: (article.published or "", article.title))
    return [(article.title, article.text) for article in articles]


def measure(nlp: Language, docs: Sequence[Document], gold_sets: dict[str, Gold],
            spans_of: Mapper, wikinews: Path, dev: bool = False) -> LibraryReport:
    """Import ``docs`` (then the Wikinews articles in ``wikinews``, unannotated; with
    ``dev``, only those of the tuning splits) in order, with and without the library pass;
    count split names and the PER/ORG confusion."""
    alone_found, learnt_found = import_runs(nlp, [(doc.title, doc.body) for doc in docs])
    alone = list(zip(docs, alone_found, strict=True))
    learnt = list(zip(docs, learnt_found, strict=True))
    settled = list(zip(docs, settle_run(learnt_found), strict=True))
    splits, matrices = {}, {}
    for name, runs in (("documents alone", alone), ("library", learnt),
                       ("library, settled", settled)):
        splits[name] = split_names([[(m.entity, m.label) for m in found] for _, found in runs])
        for gold, of in gold_sets.items():
            matrix: Matrix = Matrix()
            for doc, found in runs:
                matrix.update(align(of(doc), spans_of(doc, found)))
            matrices[(gold, name)] = matrix
    only = development_urls() if dev else None
    articles = wikinews_articles(wikinews, only) if wikinews.is_dir() else []
    news_alone, news_learnt = import_runs(nlp, articles)
    runs = {"documents alone": news_alone, "library": news_learnt,
            "library, settled": settle_run(news_learnt)}
    news = {name: split_names([[(m.entity, m.label) for m in found] for found in run])
            for name, run in runs.items()}
    return LibraryReport(splits, matrices, news, len(docs), len(articles))


def report_rows(result: LibraryReport) -> list[str]:
    """Markdown: split names per run, and the PER/ORG confusion per gold set."""
    rows = ["| corpus | run | entities | names with more than one label | examples |",
            "|---|---|---:|---:|---|"]
    for corpus, splits in ((f"MEANTIME ({result.documents})", result.splits),
                           (f"Wikinews CC BY ({result.wikinews_articles})", result.wikinews)):
        for name, (split, total, examples) in splits.items():
            shown = "; ".join(examples[:5]) or "none"
            rows.append(f"| {corpus} | {name} | {total} | {split} | {shown} |")
    rows += ["", "| gold | run | gold PER tagged ORG | gold ORG tagged PER | PER/ORG confusion |",
             "|---|---|---:|---:|---:|"]
    for (gold, name), matrix in result.matrices.items():
        rows.append(f"| {gold} | {name} | {matrix[('PER', 'ORG')]} | {matrix[('ORG', 'PER')]} "
                    f"| **{per_org_confusion(matrix)}** |")
    return rows
