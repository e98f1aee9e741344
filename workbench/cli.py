"""The ``workbench`` command line: the same operations the desktop app uses.

Exit codes: 0 success, 1 when some input failed (each failure named on
stderr), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench import __version__
from workbench.commands.analyst import add_analyst_commands
from workbench.commands.check import add_check_commands
from workbench.commands.entities import add_entity_commands
from workbench.commands.export import add_export_command
from workbench.commands.suggest import add_suggest_command
from workbench.commands.terminal import error
from workbench.commands.versions import add_version_commands
from workbench.store import (
    BackupError,
    DocumentNotFound,
    LibraryDamaged,
    LibraryInUse,
    SchemaTooNew,
    Store,
    UndoConflict,
    default_library_path,
    open_library,
)

Handler = Callable[[Store, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Analyst Workbench: read, annotate and link claims across news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"library file (default: {default_library_path()})"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_library_commands(commands)
    add_analyst_commands(commands)
    add_suggest_command(commands)
    add_version_commands(commands)
    add_export_command(commands)
    add_entity_commands(commands)
    add_check_commands(commands)
    _add_gui_commands(commands)
    return parser


def _add_library_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from workbench.commands import library

    sub = commands.add_parser("gui", help="open the desktop app (the default)")
    sub.set_defaults(handler=None)

    sub = commands.add_parser("import", help="import files, folders, .jsonl/.csv")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--no-analyze", action="store_true", help="store text only; analyse later")
    sub.add_argument("--workers", type=int, default=None, help="extraction processes")
    sub.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links inside imported folders (skipped by default)",
    )
    sub.set_defaults(handler=library.run_import)

    sub = commands.add_parser("reanalyze", help="re-run extraction (analyst curation is kept)")
    sub.add_argument("docs", nargs="*", metavar="DOC")
    sub.add_argument("--workers", type=int, default=None)
    sub.set_defaults(handler=library.run_reanalyze)

    sub = commands.add_parser("list", help="list documents")
    sub.add_argument("--json", action="store_true")
    sub.add_argument(
        "--sort",
        default="id",
        choices=["id", "title", "source", "published", "word_count", "imported_at"],
    )
    sub.add_argument("--desc", action="store_true", help="descending order")
    sub.set_defaults(handler=library.run_list)

    sub = commands.add_parser("show", help="one document with entities, quotes, annotations")
    sub.add_argument("doc", metavar="DOC", help="id or unambiguous title prefix")
    sub.add_argument("--json", action="store_true")
    sub.set_defaults(handler=library.run_show)

    sub = commands.add_parser("search", help="full-text search")
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--advanced", action="store_true", help="FTS5 query syntax")
    sub.add_argument("--limit", type=int, default=20)
    sub.add_argument("--json", action="store_true")
    sub.set_defaults(handler=library.run_search)


def _add_gui_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register commands implemented in workbench.commands.gui (which loads Qt lazily)."""
    from workbench.commands.gui import add_gui_commands

    add_gui_commands(commands)


def open_store(db: str | None) -> Store:
    """Open the library named by ``--db`` (or the default one); a damaged file is kept aside."""
    return open_library(Path(db).expanduser() if db else default_library_path())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _run_gui(args)
    try:
        if not getattr(args, "opens_store", True):  # restore: works on a damaged library
            return handler(None, args)  # type: ignore[arg-type]
        with open_store(args.db) as store:
            return handler(store, args)
    except (
        DocumentNotFound,
        SchemaTooNew,
        UndoConflict,
        LibraryDamaged,
        LibraryInUse,
        BackupError,
    ) as exc:
        error(str(exc).strip("\"'"))
        return 2 if isinstance(exc, DocumentNotFound) else 1
    except (LookupError, ValueError) as exc:
        error(str(exc).strip("\"'"))
        return 2
    except KeyboardInterrupt:
        error("interrupted")
        return 130


def _run_gui(args: argparse.Namespace) -> int:
    """Open the desktop app (imported lazily: the CLI never loads Qt)."""
    try:
        from workbench.ui.app import run_app
    except ImportError as exc:
        error(f"the desktop app is not available: {exc}")
        return 1
    return run_app(args.db)


if __name__ == "__main__":
    sys.exit(main())
