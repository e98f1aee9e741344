"""Label confusion on MEANTIME and label flips on the shipped Wikinews seeds.

Why a module of its own: eval_entities.py scores spans; this one asks a different
question, "when we find the name, do we give it the right type?", which is what the
analyst sees as "Twitter (Person)". A confusion matrix over aligned spans answers it
without caring whether the span is exact, and the seed check counts names that change
label inside one article (the visible symptom of the same problem on unseen news).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from unittest import mock

if TYPE_CHECKING:
    from meantime import Document
    from spacy.language import Language

Span = tuple[int, int, str]
MISSED = "none"
ROWS = ("PER", "ORG", "LOC")
COLUMNS = ("PER", "ORG", "LOC", MISSED)
Matrix = Counter[tuple[str, str]]


def _overlap(a: Span, b: Span) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(gold: Sequence[Span], predicted: Sequence[Span]) -> Matrix:
    """Count (gold label, predicted label) pairs, each gold span taking its best overlap.

    Predictions carry MEANTIME labels only (other spaCy labels were dropped when mapping),
    so a gold span whose only overlap is a product or a date counts as missed.
    """
    matrix: Matrix = Counter()
    for span in gold:
        best = max(predicted, key=lambda guess: _overlap(span, guess), default=None)
        if best is None or _overlap(span, best) == 0:
            matrix[(span[2], MISSED)] += 1
        else:
            matrix[(span[2], best[2])] += 1
    return matrix


def per_org_confusion(matrix: Matrix) -> int:
    """Gold PER tagged ORG plus gold ORG tagged PER."""
    return matrix[("PER", "ORG")] + matrix[("ORG", "PER")]


def matrix_rows(matrix: Matrix) -> list[str]:
    """Markdown table: gold label down, predicted label across."""
    rows = ["| gold \\ predicted | " + " | ".join(COLUMNS) + " |",
            "|---|" + "---:|" * len(COLUMNS)]
    for gold in ROWS:
        rows.append(f"| {gold} | " + " | ".join(str(matrix[(gold, c)]) for c in COLUMNS) + " |")
    return rows


SystemSpans = Callable[["Language", "Document"], list[Span]]


def confusion(nlp: Language, docs: Sequence[Document], system: SystemSpans,
              gold_of: Callable[[Document], list[Span]]) -> Matrix:
    """Sum the aligned confusion of one system over every document."""
    total: Matrix = Counter()
    for doc in docs:
        total.update(align(gold_of(doc), system(nlp, doc)))
    return total


def label_flips(mentions: Sequence[tuple[str, str]]) -> int:
    """Entities (case-folded canonical names) that carry more than one label in a document."""
    labels: dict[str, set[str]] = defaultdict(set)
    for entity, label in mentions:
        labels[entity.casefold()].add(label)
    return sum(1 for found in labels.values() if len(found) > 1)


def seed_articles(root: Path) -> list[tuple[str, str]]:
    """(title, body) of every shipped seed article, read by the app's own readers."""
    from workbench.ingest.readers import iter_input_files, read_articles

    articles = []
    for path in iter_input_files([root]):
        articles += [(a.title, a.text) for a in read_articles(path)]
    return articles


def seed_flips(nlp: Language, articles: Sequence[tuple[str, str]],
               finalize: Callable[..., list]) -> tuple[int, int, list[str]]:
    """(documents with a flip, flipped entities, examples) for one finalize function."""
    from workbench.nlp.entities import raw_mentions

    documents = flipped = 0
    examples: list[str] = []
    for title, body in articles:
        mentions = finalize(raw_mentions(nlp(body)), body, title)
        pairs = [(m.entity, m.label) for m in mentions if m.field == "text"]
        count = label_flips(pairs)
        if count:
            documents += 1
            flipped += count
            examples += _flip_examples(pairs)[:2]
    return documents, flipped, examples


def _flip_examples(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """Readable 'name: LABEL/LABEL' strings for the flipped entities of one document."""
    labels: dict[str, set[str]] = defaultdict(set)
    for entity, label in pairs:
        labels[entity.casefold()].add(label)
    return [f"{name}: {'/'.join(sorted(found))}" for name, found in labels.items()
            if len(found) > 1]


def _identity_steps() -> dict[str, Callable[..., list]]:
    """Stand-ins that switch this issue's steps of finalize_mentions off ("today")."""
    return {
        "vote_labels": lambda mentions, *_args, **_options: list(mentions),
        "apply_known_names": lambda mentions: list(mentions),
        "normalise_dates": lambda mentions, text: list(mentions),
        "_outside": lambda furniture, mentions: list(mentions),
    }


@contextmanager
def steps_off() -> Iterator[None]:
    """Run finalize_mentions as it was before label votes, known names and furniture."""
    from workbench.nlp import entities

    with ExitStack() as stack:
        for attribute, stub in _identity_steps().items():
            stack.enter_context(mock.patch.object(entities, attribute, stub))
        yield


@dataclass
class ConfusionReport:
    """Matrices per (gold set, system): raw spaCy, ours with this issue's steps off, ours."""

    matrices: dict[tuple[str, str], Matrix]
    flips: dict[str, tuple[int, int, list[str]]]
    seed_documents: int


Gold = Callable[["Document"], list[Span]]


def _all_matrices(nlp: Language, docs: Sequence[Document], system: SystemSpans,
                  gold_sets: dict[str, Gold], name: str) -> dict[tuple[str, str], Matrix]:
    """One system's matrix under every gold set."""
    return {(gold, name): confusion(nlp, docs, system, of) for gold, of in gold_sets.items()}


def measure(nlp: Language, docs: Sequence[Document], systems: dict[str, SystemSpans],
            gold_sets: dict[str, Gold], seeds: Path) -> ConfusionReport:
    """Confusion on MEANTIME and label flips on the seeds, with the steps off and on."""
    from workbench.nlp.entities import finalize_mentions

    articles = seed_articles(seeds)
    matrices = _all_matrices(nlp, docs, systems["raw"], gold_sets, "raw spaCy")
    with steps_off():
        matrices |= _all_matrices(nlp, docs, systems["ours"], gold_sets, "ours, steps off")
        before = seed_flips(nlp, articles, finalize_mentions)
    matrices |= _all_matrices(nlp, docs, systems["ours"], gold_sets, "ours")
    after = seed_flips(nlp, articles, finalize_mentions)
    return ConfusionReport(matrices, {"steps off": before, "ours": after}, len(articles))


def report_rows(result: ConfusionReport) -> list[str]:
    """Markdown: the PER/ORG confusion per gold set and system, matrices, seed flips."""
    rows = ["| gold | system | gold PER tagged ORG | gold ORG tagged PER | PER/ORG confusion |",
            "|---|---|---:|---:|---:|"]
    for (gold, name), matrix in result.matrices.items():
        rows.append(f"| {gold} | {name} | {matrix[('PER', 'ORG')]} | {matrix[('ORG', 'PER')]} "
                    f"| **{per_org_confusion(matrix)}** |")
    for (gold, name), matrix in result.matrices.items():
        rows += ["", f"Confusion matrix, {name}, gold {gold} (gold down, predicted across):",
                 "", *matrix_rows(matrix)]
    rows += ["", f"Label flips on the {result.seed_documents} shipped seed articles "
             "(entities with more than one label in one document):", "",
             "| run | documents with a flip | flipped entities | examples |", "|---|---:|---:|---|"]
    for name, (documents, flipped, examples) in result.flips.items():
        shown = "; ".join(examples[:4]) or "none"
        rows.append(f"| {name} | {documents} | {flipped} | {shown} |")
    return rows
