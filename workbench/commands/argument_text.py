"""Arguments that are text must be text: bytes that are not UTF-8 are a usage error.

Why: a terminal whose encoding is not UTF-8, or a script passing raw bytes, gives Python
each undecodable byte as a lone surrogate in ``argv`` (``surrogateescape``). Such a tag,
name, note or query reached SQLite or an encoder, and the command stopped with exit 1 on
"'utf-8' codec can't encode character '\\udcff' in position 1: surrogates not allowed",
naming neither the argument nor what to do (attack run 13). A path keeps its bytes: a
file name on Linux need not be UTF-8, and ``open`` takes it back as it came.
"""

from __future__ import annotations

import argparse
import re

from workbench.commands.arguments import UsageError

#: Arguments naming files and folders (and the library): bytes are a name there.
PATH_ARGUMENTS = frozenset({"db", "paths", "file", "out", "backup", "batch", "csv", "other"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_undecodable_text(args: argparse.Namespace) -> None:
    """Raise ``UsageError`` naming the first text argument holding a lone surrogate."""
    for dest, value in vars(args).items():
        if dest in PATH_ARGUMENTS:
            continue
        for text in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(text, str) and _SURROGATE.search(text):
                raise UsageError(f"{dest.replace('_', '-').upper()}: '{shown(text)}' is not"
                                 " UTF-8 text; give it in UTF-8 (is the terminal's encoding"
                                 " UTF-8?)")


def shown(text: str) -> str:
    """``text`` with each undecodable byte written as ``\\xff`` (any other lone surrogate as
    ``\\udXXX``), so the message says which bytes were refused."""
    raw = text.encode("utf-8", "surrogateescape") if _escaped_bytes_only(text) else None
    if raw is not None:
        return raw.decode("utf-8", "backslashreplace")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _escaped_bytes_only(text: str) -> bool:
    return all("\udc80" <= char <= "\udcff" for char in _SURROGATE.findall(text))
