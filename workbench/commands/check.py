"""``workbench check``, ``backup`` and ``restore``: look after the library file itself."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench.commands.arguments import UsageError, add_usage_check
from workbench.commands.output import outcome_options, say
from workbench.commands.terminal import error
from workbench.core.text import plural
from workbench.store import (
    BackupError,
    BackupInfo,
    CheckReport,
    CheckResult,
    LibraryDamaged,
    LibraryInUse,
    Store,
    backup_library,
    check_library,
    library_path,
    list_backups,
    restore_backup,
)


def add_check_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``check``, ``backup`` and ``restore``.

    ``restore`` sets ``opens_store=False``: it must run when the library is
    damaged (or missing), and must not hold it open while replacing the file.
    """
    sub = commands.add_parser("check", help="check the library; --repair fixes what is safe")
    sub.add_argument("--repair", action="store_true", help="back up, then repair")
    sub.add_argument("--json", action="store_true", help=(
        "print the report as JSON: ok and each check's findings (with --repair: the"
        " backup made, and after_repair)"))
    sub.set_defaults(handler=run_check)

    sub = commands.add_parser("backup", help="back up the library now (or --list backups)")
    sub.add_argument("--list", action="store_true", help="list verified backups, newest first")
    outcome_options(sub, quiet_help="print only the new backup's path", json_help=(
        "print the backup as JSON: path, created, reason, size (with --list: a JSON array)"))
    sub.set_defaults(handler=run_backup)
    add_usage_check(sub, _check_backup_options)

    sub = commands.add_parser("restore", help="replace the library by a backup (nothing is lost)")
    sub.add_argument("backup", metavar="BACKUP", help="a file listed by `workbench backup --list`")
    sub.set_defaults(handler=run_restore, opens_store=False)


def run_check(store: Store, args: argparse.Namespace) -> int:
    """Check (and with --repair fix) the library; exit 1 while problems remain."""
    try:
        report = check_library(store, repair=args.repair)
    except BackupError as exc:
        error(f"no repair was made: the backup before it failed ({exc})")
        return 1
    final = check_library(store) if args.repair and report.problems else report
    if args.json:
        data = report.to_dict()
        if final is not report:
            data["after_repair"] = final.to_dict()
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_report(report)
        if final is not report:
            left = "ok" if final.ok else f"{plural(_unresolved(final), 'problem')} left"
            print(f"after repair: {left}")
    return 0 if final.ok else 1


def _unresolved(report: CheckReport) -> int:
    return sum(check.unresolved for check in report.checks)


def _needing_attention(count: int) -> str:
    """"1 problem needs attention", "3 problems need attention"."""
    return f"{plural(count, 'problem')} {'needs' if count == 1 else 'need'} attention"


def _print_report(report: CheckReport) -> None:
    if report.backup is not None:
        print(f"backup before repair: {report.backup}")
    if report.backup_note:
        print(f"  note: {report.backup_note}")
    for check in report.checks:
        print(f"{check.name:<14} {_summary(check)}")
        for detail in check.details:
            print(f"    {detail}")
    verdict = "ok" if report.ok else _needing_attention(_unresolved(report))
    print(f"{verdict} (checked in {report.seconds:.2f} s)")


def _summary(check: CheckResult) -> str:
    if not check.problems:
        return "ok"
    repaired = f", {check.repaired} repaired" if check.repaired else ""
    return f"{plural(check.problems, 'problem')}{repaired}"


def _check_backup_options(args: argparse.Namespace) -> None:
    """--quiet prints a new backup's file: nothing to print with --list (before opening)."""
    if args.list and args.quiet:
        raise UsageError("--quiet does not apply to --list")


def run_backup(store: Store, args: argparse.Namespace) -> int:
    """Take a verified backup now, or list the backups beside the library."""
    if store.path is None:
        error("an in-memory library has no backups")
        return 1
    if args.list:
        return _list_backups(store.path, args.json)
    try:
        info = backup_library(store, "manual")
    except BackupError as exc:
        hint = "; run `workbench check`" if "integrity" in str(exc) else ""
        error(f"{exc}{hint}")
        return 1
    record = {"id": str(info.path), "kind": "backup", **_backup_record(info)}
    return say(args, f"Backed up the library to {info.path}", record)


def _list_backups(library: Path, as_json: bool) -> int:
    backups = list_backups(library)
    if as_json:
        print(json.dumps([_backup_record(info) for info in backups], indent=2))
        return 0
    for info in backups:
        stamp = info.created.strftime("%Y-%m-%d %H:%M:%S UTC")
        print(f"{stamp}  {info.reason:<9}  {info.size / 1e6:8.1f} MB  {info.path}")
    if not backups:
        print(f"no backups yet in {library.parent / 'backups'}", file=sys.stderr)
    return 0


def _backup_record(info: BackupInfo) -> dict[str, object]:
    return {
        "path": str(info.path),
        "created": info.created.isoformat(),
        "reason": info.reason,
        "size": info.size,
    }


def run_restore(store: Store | None, args: argparse.Namespace) -> int:
    """Put a backup in place of the library; the replaced library is backed up or kept aside."""
    library = _library_path(store, args)
    if store is not None:
        store.close()  # never replace a file this process still has open
    try:
        previous = restore_backup(Path(args.backup).expanduser(), library)
    except (BackupError, LibraryInUse, LibraryDamaged, FileNotFoundError) as exc:
        error(str(exc))
        return 1
    print(f"restored {args.backup} as {library}")
    if previous is not None:
        print(f"the library it replaced was saved as {previous}")
    return 0


def _library_path(store: Store | None, args: argparse.Namespace) -> Path:
    if store is not None and store.path is not None:
        return store.path
    return library_path(args.db)
