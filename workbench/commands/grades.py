"""Grades on the command line: ``workbench grade source|document|claim … GRADE`` and ``sources``.

The NATO/Admiralty code: a source's reliability A-F (its documents inherit
it), a document's own reliability (wins over its source's), a claim's
credibility 1-6. A grade outside the code is a usage error (exit 2, like
any malformed value) whose message names the whole range with its wording,
checked before the library is opened; a source no document names
is failed input too, with the close names the library does have. Every
change is undoable (``workbench undo``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from workbench.commands.arguments import UsageError, add_usage_check, record_id, value_on_scale
from workbench.commands.claims import CLAIM_HELP
from workbench.commands.output import outcome_options, quoted, say, say_none
from workbench.commands.spans import document_argument
from workbench.core.text import plural
from workbench.core.vocabulary import (
    CREDIBILITY_WORDING,
    RELIABILITY_WORDING,
    grade_code,
    grade_wording,
    parse_credibility,
    parse_reliability,
)
from workbench.export.json_export import dumps
from workbench.store import Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _grade_or_clear(args: argparse.Namespace) -> str | None:
    """The GRADE given, or None with ``--clear``; both or neither is a usage error."""
    if args.clear and args.grade is not None:
        raise UsageError("give a GRADE or --clear, not both")
    if not args.clear and args.grade is None:
        raise UsageError("give a GRADE (or --clear to remove the grade)")
    return None if args.clear else str(args.grade)


def _reliability_record(kind: str, ident: Any, reliability: str | None) -> dict[str, Any]:
    return {
        "id": ident,
        "kind": kind,
        "reliability": reliability,
        "wording": RELIABILITY_WORDING.get(reliability or ""),
    }


def run_grade_source(store: Store, args: argparse.Namespace) -> int:
    """Grade a source's reliability; its documents inherit it."""
    grade = _grade_or_clear(args)
    changes = store.grades.grade_source(args.name, grade)
    name = store.grades.resolve_source(args.name)
    reliability = store.grades.source_reliability(name)
    record = _reliability_record("source", name, reliability)
    record["documents"] = len(changes.documents_changed)
    if reliability is None:
        sentence = f"Source {quoted(name)} is no longer graded."
    else:
        sentence = (
            f"Source {quoted(name)} is graded {reliability} ({record['wording']});"
            " " + _inheriting(record["documents"])
        )
    return say(args, sentence, record)


def _inheriting(documents: int) -> str:
    """"1 document inherits it.", "2 documents inherit it."."""
    return f"{plural(documents, 'document')} {'inherits' if documents == 1 else 'inherit'} it."


def run_grade_document(store: Store, args: argparse.Namespace) -> int:
    """Give one document its own reliability (``--clear``: inherit its source's again)."""
    doc_id = store.documents.resolve_document(args.doc)
    store.grades.grade_document(doc_id, _grade_or_clear(args))
    grade = store.grades.document_grades([doc_id])[doc_id]
    record = _reliability_record("document", doc_id, grade.effective)
    record |= {
        "source": grade.source,
        "source_reliability": grade.source_reliability,
        "override": grade.override,
    }
    if grade.override is not None:
        sentence = f"Document {doc_id} is graded {grade.override} ({record['wording']})."
    elif grade.effective is not None:
        source = quoted(grade.source or "")
        sentence = f"Document {doc_id} inherits {grade.effective} from {source}."
    else:
        sentence = f"Document {doc_id} is not graded."
    return say(args, sentence, record)


def run_grade_claim(store: Store, args: argparse.Namespace) -> int:
    """Grade a claim's credibility 1-6."""
    grade = _grade_or_clear(args)
    store.grades.grade_claim(args.claim, grade)
    claim = store.claims.get_claim(args.claim)
    record = {
        "id": claim.id,
        "kind": "claim",
        "credibility": claim.credibility,
        "wording": CREDIBILITY_WORDING.get(claim.credibility or 0),
        "reliability": claim.reliability,
        "grade": grade_code(claim.reliability, claim.credibility),
        "grade_wording": grade_wording(claim.reliability, claim.credibility),
    }
    if claim.credibility is None:
        sentence = f"Claim {claim.id} is no longer graded."
    else:
        sentence = f"Claim {claim.id} is graded {record['grade']}: {record['grade_wording']}."
    return say(args, sentence, record)


def run_sources(store: Store, args: argparse.Namespace) -> int:
    """List the library's sources with their grades."""
    sources = store.grades.list_sources()
    if args.json:
        rows = [
            {
                "name": s.name,
                "reliability": s.reliability,
                "wording": RELIABILITY_WORDING.get(s.reliability or ""),
                "graded_at": s.graded_at,
                "documents": s.documents,
            }
            for s in sources
        ]
        sys.stdout.write(dumps(rows))
        return 0
    if not sources:
        say_none("sources", filtered=False)
    for source in sources:
        grade = source.reliability or "-"
        wording = RELIABILITY_WORDING.get(source.reliability or "", "not graded")
        print(f"{grade}  {source.name}  ({wording}; {plural(source.documents, 'document')})")
    return 0


def add_grade_commands(commands: Subparsers) -> None:
    """Register ``grade source|document|claim|sources``."""
    sub = commands.add_parser(
        "grade",
        help="grade a source's or document's reliability (A-F), a claim's credibility (1-6)",
    )
    kinds = sub.add_subparsers(dest="grade_kind", metavar="WHAT", required=True)
    source = kinds.add_parser("source", help="a source's reliability A-F, inherited")
    source.add_argument("name", metavar="NAME", help="the source as documents name it")
    _grade_arguments(source, "A-F", parse_reliability,
                     quiet_help="print only the source's name", json_help=(
        "print the grade as JSON: source, reliability and its wording, documents inheriting it"))
    source.set_defaults(handler=run_grade_source)
    document = kinds.add_parser("document", help="a document's own reliability A-F")
    document_argument(document)
    _grade_arguments(document, "A-F", parse_reliability, json_help=(
        "print the grade as JSON: document id, reliability in effect, its own and its source's"))
    document.set_defaults(handler=run_grade_document)
    claim = kinds.add_parser("claim", help="a claim's credibility 1-6")
    claim.add_argument("claim", type=record_id("claim"), metavar="CLAIM", help=CLAIM_HELP)
    _grade_arguments(claim, "1-6", parse_credibility, json_help=(
        "print the grade as JSON: claim id, credibility, its document's reliability, the grade"))
    claim.set_defaults(handler=run_grade_claim)
    listing = kinds.add_parser("sources", help="every source with its grade")
    listing.add_argument("--json", action="store_true", help=(
        "print a JSON array of the sources: name, reliability and its wording, graded_at,"
        " documents"))
    listing.set_defaults(handler=run_sources)


def _grade_arguments(sub: argparse.ArgumentParser, scale: str,
                     parse: Callable[[Any], object], *, json_help: str,
                     quiet_help: str = "print only the id") -> None:
    """GRADE on ``scale`` or --clear, and --quiet/--json described for this kind of grade."""
    sub.add_argument("grade", nargs="?", metavar="GRADE", help=f"the grade, {scale}")
    sub.add_argument("--clear", action="store_true", help="remove the grade (instead of GRADE)")
    outcome_options(sub, quiet_help=quiet_help, json_help=json_help)
    add_usage_check(sub, _grade_or_clear)
    add_usage_check(sub, value_on_scale("grade", parse))
