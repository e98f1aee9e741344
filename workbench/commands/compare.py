"""``workbench compare A B``: two documents side by side, what they share and where they differ.

Text: the shared entities with each side's count, each side's own, the claims
linked between them, the sentence pairs that report the same thing (with the
suggestion scorer's score) and who is quoted on each side. ``--json``: the
record ``Comparison.as_dict`` gives, keys in the README. An unknown document,
or one document compared with itself, fails the input (exit 1). Two long
documents take a while, so the sentences asked are counted on a progress line
on stderr, as import and export count theirs: only on a terminal, and never
with ``--json``, whose reader is a program.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from workbench.commands.output import quoted, wrapped
from workbench.commands.spans import DOCUMENT_HELP
from workbench.commands.terminal import TerminalProgress
from workbench.core.comparison import (
    LINKS_HEADING,
    ONLY_HEADING,
    PAIRS_HEADING,
    QUOTED_HEADING,
    SHARED_HEADING,
    ComparedDocument,
    ComparedEntity,
    Comparison,
    SideSpan,
)
from workbench.export.json_export import dumps
from workbench.operations.comparing import compare_documents
from workbench.store import Store

# Entities listed by name on one line for each side's own; the rest counted.
OWN_LISTED = 12
SPAN_CHARS = 90


def add_compare_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``workbench compare A B [--json]``."""
    sub = commands.add_parser(
        "compare", help="two documents side by side: shared entities, linked claims, "
                        "sentences reporting the same thing, who is quoted",
        description="Entities are canonical (as the analysis resolved them), so two spellings "
        "of one name are one shared entity. Sentence pairs are scored by the claim-suggestion "
        "scorer: a pair is one a suggestion would list.")
    sub.add_argument("doc", metavar="DOC", help=f"the first document (A): {DOCUMENT_HELP}")
    sub.add_argument("docs", metavar="DOC_B", help="the second document (B), named the same way")
    sub.add_argument("--json", action="store_true", help="print the comparison as JSON")
    sub.set_defaults(handler=run_compare)


def run_compare(store: Store, args: argparse.Namespace) -> int:
    """Print the comparison; an unknown or repeated document raises (exit 1)."""
    first = store.documents.resolve_document(args.doc)
    second = store.documents.resolve_document(args.docs)
    bar = TerminalProgress("comparing")
    bar.enabled = bar.enabled and not args.json
    try:
        comparison = compare_documents(store, first, second, bar)
    finally:
        bar.finish()
    if args.json:
        sys.stdout.write(dumps(comparison.as_dict()))
    else:
        _print(comparison)
    return 0


def not_analysed_line(comparison: Comparison) -> str:
    """"B is not analysed: entities and quotes are not compared; run `workbench reanalyze 7`"."""
    text = comparison.not_analysed_text()
    if not comparison.to_analyse():  # both analysed, or a side still being analysed
        return text
    ids = " ".join(str(side.document_id) for side in comparison.to_analyse())
    return f"{text}; run `workbench reanalyze {ids}`"


def _print(comparison: Comparison) -> None:
    print(f"A: document {comparison.a.document_id} {quoted(comparison.a.title)}")
    print(f"B: document {comparison.b.document_id} {quoted(comparison.b.title)}")
    if note := not_analysed_line(comparison):
        print(f"\n{note}")
    print(f"\n{SHARED_HEADING} ({len(comparison.shared)}):")
    for entity in comparison.shared:
        print(f"  {entity.name} ({entity.label})  A {entity.count_a} · B {entity.count_b}")
    print(f"\n{ONLY_HEADING.format(side='A')} ({len(comparison.only_a)}): "
          f"{_names(comparison.only_a, 'a')}")
    print(f"{ONLY_HEADING.format(side='B')} ({len(comparison.only_b)}): "
          f"{_names(comparison.only_b, 'b')}")
    print(f"\n{LINKS_HEADING} ({len(comparison.linked_claims)}):")
    for link in comparison.linked_claims:
        print(f"  claim {link.claim_a} {link.reads} claim {link.claim_b}")
        print(wrapped(f"A: {_span_text(link.span_a)}", "    "))
        print(wrapped(f"B: {_span_text(link.span_b)}", "    "))
    print(f"\n{PAIRS_HEADING} ({len(comparison.sentence_pairs)}):")
    for pair in comparison.sentence_pairs:
        print(f"  score {pair.score:.2f}")
        print(wrapped(f"A: {quoted(pair.span_a.text, SPAN_CHARS)}", "    "))
        print(wrapped(f"B: {quoted(pair.span_b.text, SPAN_CHARS)}", "    "))
    print(f"\n{QUOTED_HEADING.format(side='A')}: {_speakers(comparison.a)}")
    print(f"{QUOTED_HEADING.format(side='B')}: {_speakers(comparison.b)}")


def _span_text(span: SideSpan) -> str:
    """A linked claim's words, and that it is orphaned when its text left the document."""
    return quoted(span.text, SPAN_CHARS) + span.orphaned_note


def _names(entities: Sequence[ComparedEntity], side: str) -> str:
    if not entities:
        return "none"
    shown = [f"{e.name} ×{e.count_a if side == 'a' else e.count_b}"
             for e in entities[:OWN_LISTED]]
    more = len(entities) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _speakers(side: ComparedDocument) -> str:
    if not side.analysed:
        return side.state
    return ", ".join(f"{s.name} ({s.quotes})" for s in side.speakers) or "nobody"
