"""The ``workbench`` command line: the same operations the desktop app uses.

Exit codes: 0 success; 1 when some input failed: a document, claim, tag,
entity or file that is not there, text not in the document, a change the
library refuses (each failure named on stderr); 2 when the command line
itself is wrong: an unknown option, a blank or malformed value, options
missing or contradicting each other.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from workbench import __version__
from workbench.commands.ach import add_ach_commands
from workbench.commands.analyst import add_analyst_commands
from workbench.commands.argument_text import refuse_undecodable_text
from workbench.commands.arguments import (
    MAX_WORKERS,
    WORKERS_HELP,
    UsageError,
    WorkbenchParser,
    add_usage_check,
    bound_int_arguments,
    check_usage,
    count,
    refuse_blank_references,
)
from workbench.commands.check import add_check_commands, run_check
from workbench.commands.cluster import add_cluster_argument
from workbench.commands.compare import add_compare_command
from workbench.commands.entities import add_entity_commands
from workbench.commands.export import add_export_command
from workbench.commands.grades import add_grade_commands
from workbench.commands.merge import add_merge_commands
from workbench.commands.output import outcome_options
from workbench.commands.spans import DOCUMENT_HELP, document_argument
from workbench.commands.suggest import add_suggest_command
from workbench.commands.terminal import error, escaped_output
from workbench.commands.timeline import add_timeline_command
from workbench.commands.versions import add_version_commands
from workbench.core.authorship import InvalidAuthor
from workbench.operations.identity import check_requested_name, cli_author, requested_name
from workbench.store import (
    DB_ENV,
    BackupError,
    LibraryDamaged,
    LibraryInUse,
    LibraryRefused,
    SchemaTooNew,
    Store,
    UndoConflict,
    bad_values_warning,
    library_error_text,
    library_path,
    open_library,
)

Handler = Callable[[Store, argparse.Namespace], int]
# Failed input (exit 1): the library cannot be used, lacks what was named, or refuses a change.
_FAILED_INPUT = (
    SchemaTooNew,
    UndoConflict,
    LibraryDamaged,
    LibraryInUse,
    BackupError,
    LookupError,
    ValueError,
    OSError,
    sqlite3.Error,
)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = WorkbenchParser(
        prog="workbench",
        description="Analyst Workbench: read, annotate and link claims across news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="library file (default: $WORKBENCH_DB, else library.sqlite"
        f" in the platform data folder; here: {library_path(None)})"
    )
    parser.add_argument(
        "--author",
        metavar="NAME",
        help="sign this command's work as NAME (default: $WORKBENCH_AUTHOR, else your saved name)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_library_commands(commands)
    add_analyst_commands(commands)
    add_suggest_command(commands)
    add_version_commands(commands)
    add_export_command(commands)
    add_entity_commands(commands)
    add_grade_commands(commands)
    add_timeline_command(commands)
    add_compare_command(commands)
    add_ach_commands(commands)
    add_merge_commands(commands)
    add_check_commands(commands)
    _add_gui_commands(commands)
    bound_int_arguments(parser)
    refuse_blank_references(parser)
    return parser


def _add_library_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from workbench.commands import library

    sub = commands.add_parser("gui", help="open the desktop app (the default)")
    sub.set_defaults(handler=None)  # _run_gui: the app starts a library, with or without `gui`

    sub = commands.add_parser(
        "import", help="import files and folders: text, HTML, PDF, DOCX, e-mail, feeds, JSON/CSV")
    sub.add_argument("paths", nargs="+", metavar="PATH", help=(
        "files or folders: .txt .text .md .markdown .html .htm .pdf .docx .eml .mbox .rss .atom"
        " .jsonl .ndjson .csv, and .json or .xml when named"))
    sub.add_argument("--no-analyze", action="store_true",
                     help="store text only; `workbench reanalyze` analyses later")
    sub.add_argument("--workers", type=count(1, MAX_WORKERS), default=None, metavar="N",
                     help=WORKERS_HELP)
    sub.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links inside imported folders (skipped by default)",
    )
    add_cluster_argument(sub)
    outcome_options(sub, quiet_help="print the id of each new document, one a line",
                    json_help="print the report as JSON: ids imported and updated, files"
                              " already in the library, failed (with the reason) and skipped")
    sub.set_defaults(handler=library.run_import, starts_library=True)

    sub = commands.add_parser("reanalyze", help="re-run extraction (analyst curation is kept)")
    sub.add_argument("docs", nargs="*", metavar="DOC",
                     help=f"documents to re-analyse (default: all); each a {DOCUMENT_HELP}")
    sub.add_argument("--outdated", action="store_true",
                     help="only documents analysed by an older version of the app, never"
                          " analysed, or whose analysis failed (and those still waiting)")
    sub.add_argument("--workers", type=count(1, MAX_WORKERS), default=None, metavar="N",
                     help=WORKERS_HELP)
    add_cluster_argument(sub)
    sub.set_defaults(handler=library.run_reanalyze)
    add_usage_check(sub, library.check_reanalyze_options)

    sub = commands.add_parser("list", help="list documents")
    sub.add_argument("--json", action="store_true",
                     help="print a JSON array of every document's metadata (no text)")
    sub.add_argument(
        "--sort",
        default="id",
        choices=["id", "title", "source", "published", "word_count", "imported_at"],
        metavar="FIELD",
        help="order by FIELD: id, title, source, published, word_count or imported_at"
             " (default: id)",
    )
    sub.add_argument("--desc", action="store_true", help="descending order")
    sub.set_defaults(handler=library.run_list)

    sub = commands.add_parser("show", help="one document with entities, quotes, annotations")
    document_argument(sub)
    sub.add_argument("--json", action="store_true", help=(
        "print the document as the JSON export writes it: metadata, text, tags, entities,"
        " quotes, annotations and claims"))
    sub.set_defaults(handler=library.run_show)

    sub = commands.add_parser("search", help="full-text search")
    sub.add_argument("query", metavar="QUERY", help=(
        "words that must all appear (emoji and symbols such as € too); quote it in the shell"))
    sub.add_argument("--advanced", action="store_true",
                     help="FTS5 query syntax: NEAR, OR, NOT, \"phrases\", title: (words only)")
    sub.add_argument("--limit", type=count(1), default=20, metavar="N",
                     help="most hits to print (default: 20)")
    sub.add_argument("--json", action="store_true", help="print the hits as JSON")
    sub.set_defaults(handler=library.run_search)
    add_usage_check(sub, library.check_search_options)


def _add_gui_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register commands implemented in workbench.commands.gui (which loads Qt lazily)."""
    from workbench.commands.gui import add_gui_commands

    add_gui_commands(commands)


def open_store(db: str | None) -> Store:
    """Open the library named by ``--db`` (or the default one); a damaged file is kept aside."""
    return open_library(library_path(db))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code.

    Everything printed goes through ``escaped_output``: control characters in
    file names, titles or quotes are shown, never obeyed by the terminal.
    """
    with escaped_output():
        try:
            parser = build_parser()
            args = parser.parse_args(argv)
            if args.db is not None and not args.db.strip():
                parser.error("--db needs a path (without --db: the default library)")
            _check_author(args.author)
            refuse_undecodable_text(args)
            check_usage(args)  # before the library is opened: a usage error makes nothing
            if args.db is not None and _spelt_as_folder(args.db):  # as a folder is: exit 1
                raise LibraryRefused(Path(args.db), f"--db {args.db} names a folder; name the"
                                     " library file inside it, such as"
                                     f" {os.path.join(args.db, 'library.sqlite')}")
            handler: Handler | None = getattr(args, "handler", None)
            if handler is not None:
                return _run(handler, args)
        except BrokenPipeError:
            return _reader_went_away()
        except UsageError as exc:
            error(message_of(exc))
            return 2
        except _FAILED_INPUT as exc:
            error(message_of(exc))
            return 1
        except KeyboardInterrupt:
            error("interrupted")
            return 130
    return _run_gui(args)


def _spelt_as_folder(db: str) -> bool:
    """``--db cases/`` ends with a separator: the path loses it, and a file named ``cases``
    was made the library (where a folder was meant). Refused as a folder that exists is
    (exit 1, failed input, as ``export --out new.json/``), with or without the separator."""
    return db.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep))


def _run(handler: Handler, args: argparse.Namespace) -> int:
    if not getattr(args, "opens_store", True):  # restore: works on a damaged library
        return handler(None, args)  # type: ignore[arg-type]
    notice = _refuse_a_missing_named_library(args.db, getattr(args, "starts_library", False))
    with open_store(args.db) as store:
        if notice:  # said once the library is made: a refused path gets its one error only
            error(notice)
        if store.bad_values and args.handler is not run_check:  # check lists each one
            error(f"warning: {bad_values_warning(store.bad_values)}")
        # Resolved at the first signed write: a read-only command must not fail on a
        # name two authors share, a writing one must refuse it (AmbiguousAuthor).
        store.authors.act_as_when_writing(
            lambda: cli_author(args.author, store.authors.names())
        )
        code = handler(store, args)
    sys.stdout.flush()  # a closed pipe shows here, inside main, not at interpreter exit
    return code


def _refuse_a_missing_named_library(db: str | None, starts_library: bool) -> str | None:
    """A ``--db`` naming no file may be made a library only by a command that brings content
    into it (``starts_library``: the commands with ``set_defaults(starts_library=True)``,
    import, merge, ``ach new``; and the desktop app, where the analyst imports next:
    ``_run_gui``, which ``workbench --db PATH`` without ``gui`` reaches too); one that must
    make folders for it says so.

    Why: any other command on a mistyped ``--db`` made an empty library there (and any folders
    on its path), then reported "No documents" or "no tag named …" of the wrong library; and
    a starting command on a mistyped folder made the library and the folders without a word
    (a new file in an existing folder is how a new case starts, and is not remarked on).
    The list is of the few starting commands, not the many others, so a new command is
    refused until it says it starts one. Without ``--db`` nor ``$WORKBENCH_DB`` a new user's
    first ``workbench list`` meets an empty default library, as before. Returns the notice
    to give once the library is made (None: nothing to say).
    """
    named_by = _who_names_the_library(db)
    if named_by is None:
        return None
    path = library_path(db)
    if path.exists() or path.is_symlink():
        return None
    if not starts_library:
        raise FileNotFoundError(f"no library at {path}: nothing to read or change (check"
                                f" {named_by}; `workbench import` starts a new library)")
    missing = _first_missing_folder(path)
    if missing is None:
        return None
    return f"no library at {path}: starting a new one, making the folder {missing}"


def _who_names_the_library(db: str | None) -> str | None:
    """What chose the library's path, for the refusal to name: ``--db``, ``$WORKBENCH_DB``,
    or None for the platform's data folder, the one path a first listing may start.

    Why the variable too: a mistyped ``WORKBENCH_DB`` (in a shell profile) made an empty
    library and its folders on every command, which then listed "No documents." and took
    the analyst's tags and notes into it, away from the library they meant.
    """
    if db is not None:
        return "the --db path"
    return f"${DB_ENV}" if os.environ.get(DB_ENV) else None


def _first_missing_folder(path: Path) -> Path | None:
    """The outermost folder on ``path``'s way that does not exist yet (None: all exist)."""
    folder, missing = path.parent, None
    while not (folder.exists() or folder.is_symlink()) and folder != folder.parent:
        missing, folder = folder, folder.parent
    return missing


def _check_author(option: str | None) -> None:
    """A bad ``--author`` (or ``WORKBENCH_AUTHOR``) is a usage error, found before opening."""
    try:
        check_requested_name(option)
    except InvalidAuthor as exc:
        raise UsageError(f"--author: {exc}") from exc


def _reader_went_away() -> int:
    """Stop quietly when the reader closed the pipe (``workbench list | head``), as Unix tools do.

    Exit 0: the reader took what it wanted, so nothing failed (141 made ``set -o pipefail``
    scripts and ``workbench entities | head -1`` report an error where none was).
    stdout is pointed at /dev/null so the interpreter's last flush cannot fail again.
    """
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (a test's capture): nothing will flush at exit
    return 0


def message_of(exc: BaseException) -> str:
    """An exception's own words, for a one-line error.

    A KeyError's ``str()`` is its argument quoted (``"'no tag x'"``), so the
    argument is taken as is; an OSError names its file.
    """
    if isinstance(exc, KeyError) and len(exc.args) == 1:
        return str(exc.args[0])
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    if isinstance(exc, sqlite3.Error):
        return library_error_text(exc)
    return str(exc)


def _run_gui(args: argparse.Namespace) -> int:
    """Open the desktop app (imported lazily: the CLI never loads Qt)."""
    missing = missing_display()
    if missing:
        error(missing)
        return 1
    try:
        from workbench.ui.app.startup import run_app
    except ImportError as exc:
        error(f"the desktop app is not available: {exc}")
        return 1
    # the app starts a library, reached by ``gui`` or by ``workbench --db PATH`` alone
    notice = _refuse_a_missing_named_library(args.db, starts_library=True)
    if notice:  # said once the app can open, before its window: it shows its own errors
        error(notice)
    return run_app(args.db, requested_name(args.author))


def missing_display(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why the desktop app cannot open a window here, or "" when it can try.

    Why: on a Linux server or over plain SSH, Qt finds no display and aborts the
    process (exit 134, "could not load the Qt platform plugin"), which tells a
    new user nothing about the command line they can use instead.
    """
    env = os.environ if environ is None else environ
    if platform.startswith(("win", "darwin")) or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no display to open the desktop app on (DISPLAY and WAYLAND_DISPLAY are unset); "
        "use the commands (`workbench --help`), or set QT_QPA_PLATFORM=offscreen"
    )


if __name__ == "__main__":
    sys.exit(main())
