"""The ``export`` command: Markdown notes, JSON, W3C Web Annotation or CSV.

Export modules load lazily (Markdown and the HTML sanitiser are not needed
to start the command line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.commands.terminal import TerminalProgress, error
from workbench.store import Store

FORMATS = ("markdown", "json", "webannotation", "csv")
FOLDER_FORMATS = frozenset({"markdown", "csv"})


def add_export_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``workbench export``."""
    sub = commands.add_parser(
        "export",
        help="export notes (Markdown), JSON, W3C Web Annotation or CSV",
        description=(
            "markdown: a folder with one note per document, index.md and claims.md; "
            "csv: a folder of tables; json and webannotation: one file (stdout if no --out)."
        ),
    )
    sub.add_argument("--format", required=True, choices=FORMATS)
    sub.add_argument(
        "--out", metavar="PATH", help="folder (markdown, csv) or file ('-' or none: stdout)"
    )
    sub.add_argument(
        "--doc", action="append", metavar="DOC", help="only this document (repeatable)"
    )
    sub.add_argument("--tag", metavar="TAG", help="only documents carrying TAG (or a tag below it)")
    sub.add_argument(
        "--wikilinks",
        action="store_true",
        help="markdown: link notes with Obsidian [[note#^claim-ID|text]] wikilinks",
    )
    sub.set_defaults(handler=run_export)


def run_export(store: Store, args: argparse.Namespace) -> int:
    """Export the selected documents; exit 2 on usage errors, 1 if cancelled."""
    from workbench.export.selection import select_documents

    if args.out is not None and not args.out.strip():
        error("--out needs a path ('-' for stdout)")
        return 2
    if args.format in FOLDER_FORMATS and args.out in (None, "-"):
        error(f"--format {args.format} writes a folder: give --out FOLDER")
        return 2
    if args.wikilinks and args.format != "markdown":
        error("--wikilinks only applies to --format markdown")
        return 2
    selected = args.doc is not None or args.tag is not None
    doc_ids = select_documents(store, args.doc, args.tag) if selected else None
    if args.format == "markdown":
        return _export_markdown(store, Path(args.out), doc_ids, args.wikilinks)
    return _export_data(store, args.format, args.out, doc_ids)


def _export_markdown(store: Store, folder: Path, doc_ids: list[int] | None, wikilinks: bool) -> int:
    from workbench.export.markdown import export_markdown

    bar = TerminalProgress("exporting")
    result = export_markdown(store, folder, doc_ids=doc_ids, wikilinks=wikilinks, progress=bar)
    bar.finish()
    if result.cancelled:
        error(f"export cancelled after {result.documents} note(s)")
        return 1
    print(f"wrote {result.documents} note(s), index.md and claims.md to {folder}", file=sys.stderr)
    return 0


def _export_data(store: Store, fmt: str, out: str | None, doc_ids: list[int] | None) -> int:
    from workbench.export.csv_export import write_csv_tables
    from workbench.export.files import write_file_atomically
    from workbench.export.json_export import dumps, library_record
    from workbench.export.webannotation import annotation_collection, dumps_collection

    bar = TerminalProgress("exporting")
    export = library_record(store, doc_ids, progress=bar)
    bar.finish()
    if fmt == "csv":
        assert out is not None
        paths = write_csv_tables(export, out)
        print(f"wrote {', '.join(p.name for p in paths)} to {out}", file=sys.stderr)
        return 0
    text = dumps(export) if fmt == "json" else dumps_collection(annotation_collection(export))
    if out in (None, "-"):
        sys.stdout.write(text)
        return 0
    target = Path(out)
    if target.is_dir():
        error(f"{target} is a folder; --format {fmt} writes one file")
        return 2
    write_file_atomically(target, text.encode("utf-8"))
    print(f"wrote {target}", file=sys.stderr)
    return 0
