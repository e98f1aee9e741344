"""Analysis of Competing Hypotheses on the command line: ``workbench ach …``.

``new`` opens an analysis of a question, ``rename`` rewords it,
``hypothesis`` adds one (2-12 per analysis), ``hypothesis-edit`` rewords it,
``hypothesis-remove`` removes it with its ratings, ``evidence`` adds a claim
(or highlight or note) as a row, ``evidence-remove`` takes a row out (the
claim stays), ``rate`` fills a cell (``CC C N I II`` or their long names),
``delete`` removes a whole analysis (its hypotheses, rows and ratings; the
claims stay), ``show`` prints the scored matrix, ``list`` the analyses. Creating and
changing commands print the id (an object with ``"id"`` under ``--json``);
the window's matrix editor offers the same actions. Every refusal — an unknown rating or id, a
hypothesis count out of range, a deleted claim — is failed input (exit 1) with
one line naming the problem, and nothing changes. Every change is undoable
(``workbench undo``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.commands.arguments import (
    add_usage_check,
    label_text,
    record_id,
    value_on_scale,
)
from workbench.commands.output import outcome_options, quoted, say, say_none, shorten
from workbench.core.ach_records import MAX_HYPOTHESES, MIN_HYPOTHESES, AchAnalysis
from workbench.core.ach_scoring import FORMULA, hypotheses_by_rank
from workbench.core.vocabulary import parse_ach_rating
from workbench.export.json_export import dumps
from workbench.operations.ach import analysis_record
from workbench.store import Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
RATING_HELP = "CC C N I II, or very-consistent consistent neutral inconsistent very-inconsistent"
# Help for the positionals every verb shares: what each id is and where it is listed.
ACH_HELP = "the analysis's id (see `workbench ach list`)"
HYPOTHESIS_HELP = "the hypothesis's id in that analysis (see `workbench ach show ACH`)"
EVIDENCE_HELP = "the evidence row's id in that analysis (see `workbench ach show ACH`)"
QUESTION_HELP = "the question the hypotheses answer"
HYPOTHESIS_TEXT_HELP = "the hypothesis, in words"


def run_new(store: Store, args: argparse.Namespace) -> int:
    """Open an analysis of QUESTION (with its first hypotheses if given)."""
    analysis_id = store.ach.create_analysis(args.question, args.hypothesis or ()).ids[0]
    record = {"id": analysis_id, "question": store.ach.get_analysis(analysis_id).question}
    return say(args, f"Analysis {analysis_id}: {quoted(record['question'])}.", record)


def run_hypothesis(store: Store, args: argparse.Namespace) -> int:
    """Add a hypothesis to an analysis."""
    hypothesis_id = store.ach.add_hypothesis(args.ach, args.text).ids[0]
    record = {"id": hypothesis_id, "analysis_id": args.ach, "text": " ".join(args.text.split())}
    return say(args, f"Hypothesis {hypothesis_id} in analysis {args.ach}.", record)


def run_evidence(store: Store, args: argparse.Namespace) -> int:
    """Add a claim (or highlight or note) as an evidence row."""
    evidence_id = store.ach.add_evidence(args.ach, args.claim).ids[0]
    record = {"id": evidence_id, "analysis_id": args.ach, "claim_id": args.claim}
    kind = store.annotations.get_annotation(args.claim).kind  # a highlight or note may be too
    sentence = f"Evidence {evidence_id} ({kind} {args.claim}) in analysis {args.ach}."
    return say(args, sentence, record)


def run_rename(store: Store, args: argparse.Namespace) -> int:
    """Reword an analysis's question."""
    store.ach.set_question(args.ach, args.question)
    record = {"id": args.ach, "question": store.ach.get_analysis(args.ach).question}
    return say(args, f"Analysis {args.ach}: {quoted(record['question'])}.", record)


def run_hypothesis_edit(store: Store, args: argparse.Namespace) -> int:
    """Reword a hypothesis of analysis ACH (its ratings stay)."""
    _require_hypothesis(store.ach.get_analysis(args.ach), args.hypothesis)
    store.ach.edit_hypothesis(args.hypothesis, args.text)
    record = {"id": args.hypothesis, "analysis_id": args.ach, "text": " ".join(args.text.split())}
    return say(args, f"Hypothesis {args.hypothesis}: {quoted(record['text'])}.", record)


def run_hypothesis_remove(store: Store, args: argparse.Namespace) -> int:
    """Remove a hypothesis and its ratings (refused when fewer than two would remain)."""
    _require_hypothesis(store.ach.get_analysis(args.ach), args.hypothesis)
    store.ach.remove_hypothesis(args.hypothesis)
    record = {"id": args.hypothesis, "analysis_id": args.ach, "removed": True}
    return say(args, f"Removed hypothesis {args.hypothesis} from analysis {args.ach}.", record)


def run_evidence_remove(store: Store, args: argparse.Namespace) -> int:
    """Take an evidence row (and its ratings) out of analysis ACH; the claim stays."""
    _require_evidence(store.ach.get_analysis(args.ach), args.evidence)
    store.ach.remove_evidence(args.evidence)
    record = {"id": args.evidence, "analysis_id": args.ach, "removed": True}
    return say(args, f"Removed evidence {args.evidence} from analysis {args.ach}.", record)


def run_delete(store: Store, args: argparse.Namespace) -> int:
    """Delete analysis ACH with its hypotheses, evidence rows and ratings (the claims stay)."""
    question = store.ach.get_analysis(args.ach).question
    store.ach.delete_analysis(args.ach)
    record = {"id": args.ach, "question": question, "deleted": True}
    return say(args, f"Deleted analysis {args.ach}: {quoted(question)}.", record)


def run_rate(store: Store, args: argparse.Namespace) -> int:
    """Rate how an evidence row bears on a hypothesis."""
    analysis = store.ach.get_analysis(args.ach)
    _require_hypothesis(analysis, args.hypothesis)
    _require_evidence(analysis, args.evidence)
    store.ach.rate(args.evidence, args.hypothesis, args.rating)
    rating = parse_ach_rating(args.rating)  # the code the store just wrote
    result = {"id": args.evidence, "hypothesis_id": args.hypothesis, "rating": rating}
    sentence = f"Evidence {args.evidence} is {rating} with hypothesis {args.hypothesis}."
    return say(args, sentence, result)


def run_show(store: Store, args: argparse.Namespace) -> int:
    """Print the scored matrix (hypotheses ranked, evidence with diagnosticity and flags)."""
    record = analysis_record(store, args.ach)
    if args.json:
        sys.stdout.write(dumps(record))
        return 0
    print(f"Analysis {record['id']}: {record['question']}")
    _print_hypotheses(record)
    _print_evidence(record)
    return 0


def run_list(store: Store, args: argparse.Namespace) -> int:
    """List the analyses with their counts."""
    summaries = store.ach.list_analyses()
    if args.json:
        rows = [
            {
                "id": s.id,
                "question": s.question,
                "created_at": s.created_at,
                "hypotheses": s.hypotheses,
                "evidence": s.evidence,
            }
            for s in summaries
        ]
        sys.stdout.write(dumps(rows))
        return 0
    if not summaries:
        say_none("ACH analyses", filtered=False)
    for s in summaries:
        counts = f"{s.hypotheses} hypotheses, {s.evidence} evidence"
        print(f"{s.id}  {shorten(s.question, 70)}  ({counts})")
    return 0


def _print_hypotheses(record: dict[str, Any]) -> None:
    hypotheses = record["hypotheses"]
    if len(hypotheses) < MIN_HYPOTHESES:
        print(f"  (add hypotheses: an analysis takes {MIN_HYPOTHESES}-{MAX_HYPOTHESES})")
    print("Hypotheses, most likely first (weighted inconsistency):")
    for h in hypotheses_by_rank(record):
        print(f"  {h['rank']}. [{h['id']}] {h['inconsistency']:g}  {shorten(h['text'], 70)}")


def _print_evidence(record: dict[str, Any]) -> None:
    order = [h["id"] for h in record["hypotheses"]]
    print("Evidence (diagnosticity; ratings by hypothesis " + " ".join(map(str, order)) + "):")
    for e in record["evidence"]:
        cells = " ".join(e["ratings"].get(str(h), "-") for h in order)
        flags = f"  !{', '.join(e['flags'])}" if e["flags"] else ""
        grade = f" {e['grade']}" if e["grade"] else ""
        print(
            f"  [{e['id']}] {e['kind']} {e['claim_id']}{grade}  d={e['diagnosticity']}  {cells}"
            f"  {shorten(e['statement'], 60)}{flags}"
        )


def _require_hypothesis(analysis: AchAnalysis, hypothesis_id: int) -> None:
    """Refuse a hypothesis id that is not part of the analysis named (nothing written).

    Why ask for ACH at all when ids are unique: a mistyped id would otherwise
    change another analysis without a word.
    """
    if hypothesis_id not in {h.id for h in analysis.hypotheses}:
        raise LookupError(f"analysis {analysis.id} has no hypothesis {hypothesis_id}")


def _require_evidence(analysis: AchAnalysis, evidence_id: int) -> None:
    """Refuse an evidence id that is not part of the analysis named (nothing written)."""
    if evidence_id not in {e.id for e in analysis.evidence}:
        raise LookupError(f"analysis {analysis.id} has no evidence {evidence_id}")


def add_ach_commands(commands: Subparsers) -> None:
    """Register ``ach new|rename|hypothesis[-edit|-remove]|evidence[-remove]|delete|rate|…``."""
    sub = commands.add_parser(
        "ach", help="Analysis of Competing Hypotheses: matrices of hypotheses and evidence"
    )
    verbs = sub.add_subparsers(dest="ach_verb", metavar="VERB", required=True)
    new = verbs.add_parser("new", help="open an analysis of a question")
    new.add_argument("question", type=label_text("question", "give the question"),
                        metavar="QUESTION", help=QUESTION_HELP)
    new.add_argument(
        "--hypothesis", action="append", metavar="TEXT",
        type=label_text("hypothesis", "give its text"),
        help=f"a first hypothesis (repeat: {MIN_HYPOTHESES}-{MAX_HYPOTHESES} of them, or none"
             " and add them with `workbench ach hypothesis`)",
    )
    outcome_options(new)
    new.set_defaults(handler=run_new, starts_library=True)  # a question needs no document
    rename = verbs.add_parser("rename", help="reword an analysis's question")
    rename.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    rename.add_argument("question", type=label_text("question", "give the question"),
                        metavar="QUESTION", help=QUESTION_HELP)
    outcome_options(rename)
    rename.set_defaults(handler=run_rename)
    hypothesis = verbs.add_parser("hypothesis", help="add a hypothesis to an analysis")
    hypothesis.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    hypothesis.add_argument("text", type=label_text("hypothesis", "give its text"),
                      metavar="TEXT", help=HYPOTHESIS_TEXT_HELP)
    outcome_options(hypothesis)
    hypothesis.set_defaults(handler=run_hypothesis)
    evidence = verbs.add_parser("evidence", help="add a claim (or highlight, note) as evidence")
    evidence.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    evidence.add_argument("claim", type=record_id("claim"), metavar="CLAIM",
                          help="id of the claim, highlight or note to weigh")
    outcome_options(evidence)
    evidence.set_defaults(handler=run_evidence)
    _add_changes(verbs)
    _add_rate(verbs)
    show = verbs.add_parser("show", help="the scored matrix", description=FORMULA)
    show.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    show.add_argument("--json", action="store_true",
                      help="print the scored matrix as JSON: hypotheses with score and rank,"
                           " evidence with ratings")
    show.set_defaults(handler=run_show)
    listing = verbs.add_parser("list", help="every analysis")
    listing.add_argument("--json", action="store_true", help=(
        "print a JSON array: id, question, created_at and the counts of hypotheses and evidence"))
    listing.set_defaults(handler=run_list)


def _add_changes(verbs: Subparsers) -> None:
    """``hypothesis-edit``, ``hypothesis-remove``, ``evidence-remove``, ``delete`` (undoable)."""
    edit = verbs.add_parser("hypothesis-edit", help="reword a hypothesis (its ratings stay)")
    edit.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    edit.add_argument("hypothesis", type=record_id("hypothesis"), metavar="HYPOTHESIS",
                      help=HYPOTHESIS_HELP)
    edit.add_argument("text", type=label_text("hypothesis", "give its text"),
                      metavar="TEXT", help=HYPOTHESIS_TEXT_HELP)
    outcome_options(edit)
    edit.set_defaults(handler=run_hypothesis_edit)
    remove = verbs.add_parser(
        "hypothesis-remove", help=f"remove a hypothesis and its ratings (keeps {MIN_HYPOTHESES})"
    )
    remove.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    remove.add_argument("hypothesis", type=record_id("hypothesis"), metavar="HYPOTHESIS",
                      help=HYPOTHESIS_HELP)
    outcome_options(remove)
    remove.set_defaults(handler=run_hypothesis_remove)
    drop = verbs.add_parser("evidence-remove", help="take an evidence row out (the claim stays)")
    drop.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    drop.add_argument("evidence", type=record_id("evidence"), metavar="EVIDENCE",
                      help=EVIDENCE_HELP)
    outcome_options(drop)
    drop.set_defaults(handler=run_evidence_remove)
    delete = verbs.add_parser(
        "delete", help="delete an analysis with its hypotheses, rows and ratings (claims stay)"
    )
    delete.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    outcome_options(delete)
    delete.set_defaults(handler=run_delete)


def _add_rate(verbs: Subparsers) -> None:
    rate = verbs.add_parser("rate", help="rate how evidence bears on a hypothesis")
    rate.add_argument("ach", type=record_id("analysis"), metavar="ACH", help=ACH_HELP)
    rate.add_argument("hypothesis", type=record_id("hypothesis"), metavar="HYPOTHESIS",
                      help=HYPOTHESIS_HELP)
    rate.add_argument("evidence", type=record_id("evidence"), metavar="EVIDENCE",
                      help=EVIDENCE_HELP)
    rate.add_argument("rating", metavar="RATING", help=RATING_HELP)
    outcome_options(rate)
    add_usage_check(rate, value_on_scale("rating", parse_ach_rating))
    rate.set_defaults(handler=run_rate)

