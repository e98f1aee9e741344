"""Checking an untrusted JSON document field by field, naming each problem by its JSON path.

Why paths: a hand-edited or hostile file can be wrong in many places at once,
and nothing of it is written until it is sound, so the analyst needs every
problem with its place (``documents[3].annotations: expected a list, got a
string``), not the first exception a writer happens to hit. Pure code: no
database, no knowledge of any one file format.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from workbench.core.labels import label_length_problem
from workbench.core.text import shorten

MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer: a bigger id or number cannot be stored
MAX_KEPT = 200  # problems kept word for word; the rest are only counted
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHOWN_CHARS = 40


def type_name(value: Any) -> str:
    """How a JSON value's type reads in a message ("a string", "a list", "null" …)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    names = ((int, "a whole number"), (float, "a number"), (str, "a string"), (list, "a list"))
    for kind, name in names:
        if isinstance(value, kind):
            return name
    return "an object" if isinstance(value, dict) else type(value).__name__


def shown(value: Any) -> str:
    """A short quotation of a value for a message (long strings cut, containers named)."""
    if isinstance(value, dict | list):
        return type_name(value)
    return shorten(repr(value), _SHOWN_CHARS)


def child(path: str, key: str | int) -> str:
    """The JSON path of ``key`` inside ``path`` (``documents[3].title``)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@dataclass
class Problems:
    """Every problem found, as ``path: what is wrong`` (the first ``MAX_KEPT`` kept in full)."""

    messages: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, path: str, message: str) -> None:
        """Record one problem at ``path``."""
        self.count += 1
        if len(self.messages) < MAX_KEPT:
            self.messages.append(f"{path or 'the file'}: {message}")

    def __bool__(self) -> bool:
        return self.count > 0


def report_lone_surrogates(value: Any, problems: Problems, path: str = "") -> None:
    """Name every string (keys too) holding a lone UTF-16 surrogate: it is not text.

    JSON's ``\\ud800`` escape decodes to one, and no UTF-8 database can store
    it. A walk with its own stack, so deep nesting cannot exhaust Python's.
    """
    if not _holds_lone_surrogate(value):
        return  # the usual case, found without building a path for every value
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            _check_string(where, item, problems)
        elif isinstance(item, dict):
            for key, inner in item.items():
                inner_path = _key_path(where, key)
                _check_string(f"{inner_path} (the key)", key, problems)
                stack.append((inner_path, inner))
        elif isinstance(item, list):
            stack.extend((child(where, index), inner) for index, inner in enumerate(item))


def _holds_lone_surrogate(value: Any) -> bool:
    """Whether any string in ``value`` (keys too) holds a lone surrogate."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii() and _LONE_SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _key_path(path: str, key: str) -> str:
    """``path.key`` for a plain key, ``path['odd key']`` (escaped) for any other."""
    return child(path, key) if _PLAIN_KEY.fullmatch(key) else f"{path}[{shown(key)}]"


def _check_string(path: str, text: str, problems: Problems) -> None:
    if text.isascii():
        return
    found = _LONE_SURROGATE.search(text)
    if found:
        character = f"\\u{ord(found.group()):04x}"
        problems.add(
            path, f"lone surrogate {character} at character {found.start()} is not valid text"
        )


class Fields:
    """One JSON object's fields, each read through a check that reports what is wrong.

    Every reader returns the value when it is sound and None otherwise (or
    when it is absent and optional), so callers go on checking the rest.
    """

    def __init__(self, record: dict[str, Any], path: str, problems: Problems) -> None:
        self.record = record
        self.where = path
        self.problems = problems

    def path(self, key: str) -> str:
        """The JSON path of this object's field ``key``."""
        return child(self.where, key)

    def problem(self, key: str, message: str) -> None:
        """Report a problem with field ``key``."""
        self.problems.add(self.path(key), message)

    def _value(self, key: str, required: bool) -> Any:
        value = self.record.get(key)
        if value is None and required:
            self.problem(key, "required" if key not in self.record else "required, got null")
        return value

    def _expect(self, key: str, value: Any, wanted: str) -> None:
        got = type_name(value)
        if not isinstance(value, dict | list):
            got += f" ({shown(value)})"
        self.problem(key, f"expected {wanted}, got {got}")

    def text(self, key: str, *, required: bool = False, nonempty: bool = False) -> str | None:
        """A string field (``nonempty``: with something besides spaces)."""
        value = self._value(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self._expect(key, value, "a string")
            return None
        if nonempty and not value.strip():
            self.problem(key, "is empty")
            return None
        return value

    def label(self, key: str, what: str) -> str | None:
        """A required, non-empty string the analyst typed (a name, a question), as short as a
        label must be (``LABEL_MAX_CHARS``, the rule the store and the CLI apply)."""
        value = self.text(key, required=True, nonempty=True)
        if value is not None and (problem := label_length_problem(value, what)):
            self.problem(key, problem)
            return None
        return value

    def whole(self, key: str, *, required: bool = False, minimum: int = 0) -> int | None:
        """A whole number from ``minimum`` to SQLite's largest integer."""
        value = self._value(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self._expect(key, value, "a whole number")
            return None
        if value < minimum:
            below = "is negative" if value < 0 else f"is below {minimum}"
            self.problem(key, f"{value} {below}")
            return None
        if value > MAX_ROW_ID:
            self.problem(key, f"{value} is too large (at most 2^63 - 1)")
            return None
        return value

    def row_id(self, key: str, *, required: bool = False) -> int | None:
        """An id: a whole number from 1 to 2^63 - 1."""
        return self.whole(key, required=required, minimum=1)

    def number(self, key: str) -> float | None:
        """An optional finite number (NaN and Infinity are not numbers a library keeps)."""
        value = self._value(key, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._expect(key, value, "a number")
            return None
        if not math.isfinite(value):
            self.problem(key, f"{value} is not a finite number")
            return None
        return float(value)

    def choice(self, key: str, choices: Collection[str], *, required: bool = False) -> str | None:
        """A string among ``choices``."""
        value = self.text(key, required=required)
        if value is not None and value not in choices:
            self.problem(key, f"{shown(value)} is not one of {', '.join(sorted(choices))}")
            return None
        return value

    def matching(self, key: str, pattern: re.Pattern[str], described: str) -> str | None:
        """An optional string that fully matches ``pattern`` (e.g. a ``#rrggbb`` colour)."""
        value = self.text(key)
        if value is not None and not pattern.fullmatch(value):
            self.problem(key, f"{shown(value)} is not {described}")
            return None
        return value

    def objects(self, key: str, *, required: bool = False) -> list[tuple[str, dict[str, Any]]]:
        """A list of objects, each with its path; anything else in it is reported."""
        items = self._list(key, required)
        found = []
        for index, item in enumerate(items):
            if isinstance(item, dict):
                found.append((child(self.path(key), index), item))
            else:
                where = child(self.path(key), index)
                self.problems.add(where, f"expected an object, got {type_name(item)}")
        return found

    def strings(
        self, key: str, check: Callable[[str], str | None] | None = None
    ) -> list[tuple[str, str]]:
        """A list of strings, each with its path; ``check`` returns a problem or None."""
        found = []
        for index, item in enumerate(self._list(key, False)):
            where = child(self.path(key), index)
            problem = None if isinstance(item, str) else f"expected a string, got {type_name(item)}"
            if problem is None and check is not None:
                problem = check(item)
            if problem is None:
                found.append((where, item))
            else:
                self.problems.add(where, problem)
        return found

    def _list(self, key: str, required: bool) -> list[Any]:
        value = self._value(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            self._expect(key, value, "a list")
            return []
        return value
