"""Commands that need the desktop app's widgets: ``workbench screenshot``.

Qt is loaded only when such a command runs (never when the CLI starts), so the
rest of ``workbench.commands`` stays importable without PySide6 installed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from workbench.commands.terminal import error
from workbench.store import Store

DEFAULT_SIZE = (1400, 860)


def add_gui_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the commands implemented with Qt widgets."""
    sub = commands.add_parser("screenshot", help="save a PNG of the main window (offscreen)")
    sub.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    sub.add_argument(
        "--doc", metavar="DOC", help="document to open (default: the first in the list)"
    )
    sub.add_argument(
        "--size",
        type=parse_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help="window size in pixels (default: 1400x860)",
    )
    sub.add_argument("--theme", choices=["light", "dark"], default="light",
                     help="colour theme of the window (default: light)")
    sub.set_defaults(handler=run_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    """Parse ``WxH`` (e.g. 1400x860) into a size argparse can report on."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        200 <= int(width) <= 8000 and 200 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(f"expected WxH between 200 and 8000, got {text!r}")
    return int(width), int(height)


def run_screenshot(store: Store, args: argparse.Namespace) -> int:
    """Render the main window offscreen with a document open and save it as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    doc_id = store.documents.resolve_document(args.doc) if args.doc else None
    from workbench.ui.app import screenshot

    out = Path(args.out)
    if not screenshot.save_screenshot(store, out, doc_id, args.size, args.theme):
        error(f"could not write {out}")
        return 1
    print(f"wrote {out}")
    return 0
