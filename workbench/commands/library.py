"""Commands that read and fill the library: import, reanalyze, list, show, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.commands.arguments import UsageError
from workbench.commands.cluster import chosen_cluster
from workbench.commands.output import orphaned_line, say_none
from workbench.commands.terminal import TerminalProgress, error
from workbench.core.authorship import MACHINE_LABEL, display_name
from workbench.core.text import plural, printable, published_day, shorten, source_beside_link
from workbench.core.vocabulary import grade_code, grade_wording
from workbench.export.json_export import dumps, orphaned_ids
from workbench.store import SearchSyntaxError, Store, check_search_query

if TYPE_CHECKING:  # the operations load inside the commands that use them: `list` starts fast
    from workbench.operations.cluster_analysis import ClusterAddress
    from workbench.operations.importing import ImportReport, ImportStopped


def run_import(store: Store, args: argparse.Namespace) -> int:
    """Import files and folders, then analyse what arrived; exit 1 if any input failed.

    Links inside folders are skipped unless ``--follow-links`` (and never followed
    out of the folder being imported); each skipped entry gets a line on stderr.
    """
    cluster = chosen_cluster(args)
    missing = [p for p in args.paths if not Path(p).exists()]
    report, stopped = _imported(store, args, [p for p in args.paths if p not in missing])
    report.failed[:0] = [(path, _missing_reason(Path(path))) for path in missing]
    _print_import_report(report)
    if stopped is not None:  # what was imported before a full disk is reported, then the error
        _print_import_outcome(args, report)
        error(str(stopped))
        return 1
    failed = not report.ok
    try:
        if not args.no_analyze and not report.cancelled:
            failed = analyze_in_terminal(store, args.workers, cluster) or failed
    finally:  # the ids imported are printed even when the analysis fails on the library
        _print_import_outcome(args, report)
    return 1 if failed else 0


def _imported(store: Store, args: argparse.Namespace,
              paths: list[str]) -> tuple[ImportReport, ImportStopped | None]:
    """Import ``paths``: the report, and the error that stopped the import early if one did."""
    from workbench.operations.importing import ImportStopped, import_paths

    bar = TerminalProgress("importing")
    try:
        return import_paths(store, paths, analyze=not args.no_analyze, progress=bar,
                            follow_links=args.follow_links), None
    except ImportStopped as stopped:
        return stopped.report, stopped
    finally:
        bar.finish()


def _missing_reason(path: Path) -> str:
    """Why a chosen path cannot be read: absent, or a link to nothing (or to itself)."""
    if path.is_symlink():
        return "symbolic link to a missing file, or a loop of links"
    return "no such file or folder"


def _print_import_outcome(args: argparse.Namespace, report: ImportReport) -> None:
    """On stdout for scripts: the new documents' ids (``--quiet``) or the whole report (``--json``).

    Why: the summary on stderr is for a person; a script importing a file needs
    the id of the document it made, and which files failed and why.
    """
    if args.quiet:
        for doc_id in report.imported:
            print(doc_id)
    elif args.json:
        sys.stdout.write(dumps(import_record(report)))


def import_record(report: ImportReport) -> dict[str, Any]:
    """An import as JSON: ids made or updated, and each file left out with its reason."""
    return {
        "imported": list(report.imported),
        "updated": list(report.updated),
        "orphaned": list(report.orphaned),
        "already_present": [
            {"path": path, "id": existing, "title": title}
            for path, title, existing in report.duplicates
        ],
        "failed": [
            {"path": path, "reason": reason, "problems": report.problems.get(path, [])}
            for path, reason in report.failed
        ],
        "skipped": [{"path": path, "reason": reason} for path, reason in report.skipped],
        "undated": [
            {"path": path, "id": doc_id, "published": value}
            for path, doc_id, value in report.undated
        ],
        "warnings": [
            {"path": path, "id": doc_id, "warning": warning}
            for path, doc_id, warning in report.warnings
        ],
        "ach_analyses": report.analyses,  # ACH analyses a workbench JSON import brought
        "ach_parts_skipped": report.analysis_parts_skipped,
        "ach_ratings_folded": report.ratings_folded,
        "stopped": report.stopped,  # the error that ended the import early, or null
    }


def _print_import_report(report: ImportReport) -> None:
    from workbench.ingest import LINK_NOT_FOLLOWED

    for path, reason in report.failed:
        error(f"{path}: {reason}")
        for problem in report.problems.get(path, []):  # an invalid export lists its problems
            print(f"  {printable(problem, keep='')}", file=sys.stderr)
    for path, reason in report.skipped:
        # One line per file, even when its name holds a newline.
        print(printable(f"{path}: {reason}", keep=""), file=sys.stderr)
    if any(reason == LINK_NOT_FOLLOWED for _, reason in report.skipped):
        print("(--follow-links imports links that stay inside the folder)", file=sys.stderr)
    for path, title, existing in report.duplicates:  # one line, whatever the name or title holds
        line = f"{path}: already in the library as document {existing} ({title})"
        print(printable(line, keep=""), file=sys.stderr)
    for path, doc_id, value in report.undated:  # the date was dropped, never silently
        value = shorten(value, 60)
        line = f"{path}: published {value!r} is not a date, left out (document {doc_id})"
        print(printable(line, keep=""), file=sys.stderr)
    for path, doc_id, warning in report.warnings:  # imported, but something was left out
        print(printable(f"{path}: {warning} (document {doc_id})", keep=""), file=sys.stderr)
    ach = plural(report.analyses, "ACH analysis", "ACH analyses")
    analyses = f", {ach}" if report.analyses else ""
    print(
        f"imported {plural(len(report.imported), 'document')}{analyses}, "
        f"{len(report.duplicates)} already in the library, {len(report.updated)} updated to a new "
        f"version, {len(report.failed)} failed, "
        f"{len(report.skipped)} skipped",
        file=sys.stderr,
    )
    if report.orphaned:  # the words `update` uses
        print(orphaned_line(report.orphaned), file=sys.stderr)
    if line := ach_parts_line(report):
        print(line, file=sys.stderr)


def ach_parts_line(report: ImportReport) -> str:
    """What of the imported ACH analyses was not written as it stood ("" when all was):
    ``ImportReport.ach_parts``, the words the app's import summary shows too."""
    parts = report.ach_parts()
    return f"ACH analyses: {'; '.join(parts)}" if parts else ""


def analyze_in_terminal(
    store: Store, workers: int | None, cluster: ClusterAddress | None = None
) -> bool:
    """Analyse pending documents with a progress bar; return True if any failed.

    With ``cluster`` the extraction runs on its workers; this process stores the results.
    """
    from concurrent.futures import BrokenExecutor

    from workbench.nlp.pipeline import ModelNotInstalled
    from workbench.operations.analysis import analyze_pending
    from workbench.operations.cluster_analysis import (
        BatchLost,
        ClusterUnavailable,
        analyze_pending_on_cluster,
    )

    if not store.analysis.documents_needing_analysis(limit=1):
        return False
    bar = TerminalProgress("analysing" if cluster is None else f"analysing on {cluster}")
    try:
        if cluster is None:
            report = analyze_pending(store, progress=bar, workers=workers)
        else:
            report = analyze_pending_on_cluster(store, cluster, progress=bar)
    except (ModelNotInstalled, ClusterUnavailable, BatchLost) as exc:
        bar.finish()
        error(f"{exc}; the documents stay pending")
        return True
    except BrokenExecutor:  # a worker killed (out of memory, `kill`): Python's traceback before
        bar.finish()
        error("an extraction process ended abruptly (out of memory, or stopped from outside);"
              " the documents stay pending")
        return True
    bar.finish()
    for doc_id, reason in report.failed:
        print(f"document {doc_id}: {reason}", file=sys.stderr)
    print(f"analysed {plural(len(report.analyzed), 'document')}", file=sys.stderr)
    if report.settled is not None and report.settled.entities:
        print(f"settled {plural(report.settled.entities, 'entity', 'entities')} in"
              f" {plural(report.settled.documents, 'document')} by the whole library's labels",
              file=sys.stderr)
    if report.left_to_others:
        print(f"{report.left_to_others} more are being analysed by another import or the"
              " desktop app", file=sys.stderr)
    return bool(report.failed)


def check_reanalyze_options(args: argparse.Namespace) -> None:
    """Documents or --outdated, not both (checked before the library is opened)."""
    if args.outdated and args.docs:
        raise UsageError("give documents or --outdated, not both")


def run_reanalyze(store: Store, args: argparse.Namespace) -> int:
    """Re-run extraction on the given documents (all when none given, or the outdated ones)."""
    from workbench.operations.analysis import mark_outdated_for_analysis

    cluster = chosen_cluster(args)
    if args.outdated:
        waiting = store.analysis.count_pending()
        marked = mark_outdated_for_analysis(store).documents_changed
        already = f"; {waiting} already waiting for analysis" if waiting else ""
        print(f"{plural(len(marked), 'document')} analysed by an older version (or never)"
              f"{already}", file=sys.stderr)
    else:
        ids = [store.documents.resolve_document(ref) for ref in args.docs] if args.docs else None
        store.analysis.mark_for_analysis(ids)
    return 1 if analyze_in_terminal(store, args.workers, cluster) else 0


def run_list(store: Store, args: argparse.Namespace) -> int:
    """List documents (id, published, title) or their metadata as JSON."""
    rows = store.documents.list_documents(order_by=args.sort, descending=args.desc)
    if args.json:
        sys.stdout.write(dumps(rows))
        return 0
    if not rows:
        say_none("documents", filtered=False)
    # "–" for no date, as the library's Date column: a blank left the source where the date stands
    days = [published_day(row["published"]) or NO_DATE for row in rows]
    width = max([DAY_WIDTH, *map(len, days)])
    # As wide as the longest source listed, up to a cap: "en.wikinews.org" was cut to
    # "en.wikinews.o…" on every row by a fixed 14 characters.
    source_width = min(SOURCE_WIDTH, max([SOURCE_MIN, *(len(r["source"] or "") for r in rows)]))
    for row, day in zip(rows, days, strict=True):
        source = shorten(row["source"] or "", source_width, whole_words=False)
        print(f"{row['id']:>6}  {day:<{width}}  {source:<{source_width}}  {row['title']}")
    return 0


NO_DATE = "–"
#: the listing's columns: an ISO day, and a source as wide as the longest listed (at least
#: SOURCE_MIN), cut (with "…") beyond SOURCE_WIDTH
DAY_WIDTH, SOURCE_MIN, SOURCE_WIDTH = 10, 14, 24


ORPHAN_MARK = "(orphaned: not in the current text)"


def run_show(store: Store, args: argparse.Namespace) -> int:
    """Show one document with its entities and quotes."""
    from workbench.operations.exporting import document_export

    record = document_export(store, store.documents.resolve_document(args.doc))
    if args.json:
        sys.stdout.write(dumps(record))
        return 0
    print(record["title"])
    dateline = f"Dateline: {record['dateline']}" if record["dateline"] else None
    reliability = record["reliability"]
    graded = f"Reliability {reliability}: {grade_wording(reliability, None)}" if reliability \
        else None
    source = source_beside_link(record["source"], record["url"])  # the link names its site
    meta = [source, graded, published_day(record["published"]), dateline, record["url"]]
    line = " · ".join(str(m) for m in meta if m)
    if line:
        print(line)
    if record["tags"]:  # the document's own tags: what `tag DOC TAG` just put there
        print(f"Tags: {', '.join(printable(tag, keep='') for tag in record['tags'])}")
    print()
    print(record["text"])
    _print_people_and_quotes(record)
    orphaned = orphaned_ids(record)
    _print_claims(record, orphaned)
    _print_annotations(record["annotations"], orphaned)
    return 0


def _print_claims(record: dict[str, Any], orphaned: frozenset[int]) -> None:
    """Each claim with its status and grade (its document's reliability, its credibility);
    an orphan says so, as its words are no longer in the text printed above."""
    if not record["claims"]:
        return
    print("\nClaims:")
    for claim in record["claims"]:
        grade = grade_code(record["reliability"], claim["credibility"])
        graded = f" {grade}" if grade else ""
        claimant = f"{claim['claimant']}: " if claim["claimant"] else ""
        by = display_name(claim["author_name"])
        head = f"  [{claim['id']}] [{claim['status']}]{graded}"
        print(f"{head}  {claimant}{claim['statement']} — {by}{_orphan_mark(claim, orphaned)}")


def _orphan_mark(mark: dict[str, Any], orphaned: frozenset[int]) -> str:
    return f" {ORPHAN_MARK}" if mark["id"] in orphaned else ""


_SHOWN_MARK_CHARS = 150  # a highlight's passage in `show`, as the listing's line once held it


def _print_annotations(annotations: list[dict[str, Any]], orphaned: frozenset[int]) -> None:
    """The analysts' highlights and notes, each with who made it (claims are listed above)."""
    marks = [annotation for annotation in annotations if annotation["kind"] != "claim"]
    if not marks:
        return
    print("\nAnnotations:")
    for annotation in marks:
        by = display_name(annotation["author_name"])
        # the passage cut after a whole word, never the line: who made a long mark stays shown
        exact = shorten(annotation["exact"], _SHOWN_MARK_CHARS)
        print(f"  {annotation['id']:>5} [{annotation['kind']}] {exact} — {by}"
              + _orphan_mark(annotation, orphaned))
        _print_mark_details(annotation)


def _print_mark_details(annotation: dict[str, Any]) -> None:
    """A mark's tags and note under it, the note on one line (its line breaks, CRLF too, as
    spaces) and cut after a whole word: `show` listed "[note] …" without the note itself, so
    an analyst reading a document back saw that a note was there but not what it said."""
    indent = " " * 8
    if annotation["tags"]:
        print(f"{indent}tags: {', '.join(printable(tag, keep='') for tag in annotation['tags'])}")
    note = " ".join((annotation["note"] or "").split())
    if note:
        print(f"{indent}note: {printable(shorten(note, _SHOWN_MARK_CHARS), keep='')}")


def _print_people_and_quotes(record: dict[str, object]) -> None:
    entities = record["entities"]
    quotes = record["quotes"]
    assert isinstance(entities, list) and isinstance(quotes, list)
    if entities:
        names: dict[str, set[str]] = {}
        for mention in entities:
            names.setdefault(mention["label"], set()).add(mention["entity"])
        print(f"\nEntities — {MACHINE_LABEL}:")
        for label in sorted(names):
            print(f"  {label}: {', '.join(sorted(names[label]))}")
    if quotes:
        print(f"\nQuotes — {MACHINE_LABEL}:")
        for quote in quotes:
            speaker = quote["speaker"] or quote["speaker_text"] or "unknown speaker"
            print(f"  [{quote['kind']}] {speaker}: {quote['text']}")


def check_search_options(args: argparse.Namespace) -> None:
    """A query no library could run is a usage error (exit 2), found before opening one."""
    try:
        check_search_query(args.query, advanced=args.advanced)
    except SearchSyntaxError as exc:
        raise UsageError(str(exc)) from None


def run_search(store: Store, args: argparse.Namespace) -> int:
    """Full-text search; prints id, title and a snippet per hit."""
    try:
        hits = store.library.search(args.query, advanced=args.advanced, limit=args.limit)
        total = store.library.count_search(args.query, advanced=args.advanced)
    except SearchSyntaxError as exc:
        error(str(exc))
        return 2
    if args.json:
        data = [
            {"id": h.document_id, "title": h.title, "snippet": h.snippet_text(), "rank": h.rank}
            for h in hits
        ]
        sys.stdout.write(dumps(data))
        return 0
    for hit in hits:  # the snippet on one line: a paragraph break in it read as another hit
        snippet = " ".join(hit.snippet_text().split())
        print(f"{hit.document_id:>6}  {hit.title}\n        {snippet}")
    print(f"{plural(total, 'matching document')}", file=sys.stderr)
    return 0
