"""The analyst's identity: a name and a stable id, kept in the user's settings folder.

Why a file of its own and not the library: one analyst works in several
libraries (their own, a colleague's copy, a merged one) and must sign all of
them with the same id, so that a merge tells their work from a colleague's.
The id is made once, on first start; renaming keeps it. The file lives under
``platformdirs.user_config_dir("AnalystWorkbench")``; ``WORKBENCH_CONFIG_DIR``
points elsewhere (tests, a portable install), so tests never touch the real one.

The CLI signs with ``--author NAME`` (or ``WORKBENCH_AUTHOR``) when given,
else with the saved identity; ``author_for_name`` decides which id a typed
name stands for.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_config_dir

from workbench.core.authorship import (
    AUTHOR_ENV,
    Author,
    InvalidAuthor,
    clean_name,
    is_author_id,
    new_author_id,
)

CONFIG_DIR_ENV = "WORKBENCH_CONFIG_DIR"
IDENTITY_FILE = "identity.json"
CONFIG_APP = "AnalystWorkbench"


def config_dir() -> Path:
    """The folder the identity is kept in (``WORKBENCH_CONFIG_DIR`` when set)."""
    override = os.environ.get(CONFIG_DIR_ENV, "").strip()
    return Path(override).expanduser() if override else Path(user_config_dir(CONFIG_APP))


def identity_path() -> Path:
    """The identity file."""
    return config_dir() / IDENTITY_FILE


def _saved_record() -> dict[str, object] | None:
    """The identity file's object, read once; None when missing, unreadable or not an object."""
    try:
        data = json.loads(identity_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def load_identity() -> Author | None:
    """The saved identity, or None when there is none yet (or the file is unreadable).

    An unreadable or hand-broken file counts as "not set": the app asks again
    instead of failing to start.
    """
    data = _saved_record()
    if data is None or not is_author_id(data.get("id")):
        return None
    try:
        return Author(str(data["id"]), clean_name(data.get("name")))
    except InvalidAuthor:
        return None


def saved_id() -> str | None:
    """The saved id even when its name is unusable (so a rename keeps it)."""
    data = _saved_record()
    value = data.get("id") if data is not None else None
    return value if isinstance(value, str) and is_author_id(value) else None


def save_identity(name: str) -> Author:
    """Save ``name`` as the analyst's name, keeping the id already made (else making one).

    Raises ``InvalidAuthor`` for a name that cannot be recorded; nothing is written then.
    """
    author = Author(saved_id() or new_author_id(), clean_name(name))
    path = identity_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(
        json.dumps({"id": author.id, "name": author.name}, ensure_ascii=False), encoding="utf-8"
    )
    temporary.replace(path)  # never a half-written identity
    return author


class AmbiguousAuthor(LookupError):
    """A name several of the library's authors go by: the message lists their ids to pick from."""


def name_key(name: str) -> str:
    """How names are compared: case and runs of spaces aside (``" ana  RUIZ"`` is "Ana Ruiz")."""
    return " ".join(name.split()).casefold()


def find_author(name: str, known: Mapping[str, str]) -> str | None:
    """The id of the author ``known`` (id -> name) calls ``name``, or whose id it is; else None.

    The one rule every "which author is NAME" question uses (``--author`` to
    sign, ``export --author`` to choose a bundle, ``claims --by``): a known
    id matches itself, a name matches case and spaces aside. Two authors can
    share a name (names are display names, ids are who they are), so a name
    that fits several raises ``AmbiguousAuthor`` naming every id, never a
    silent pick.
    """
    if name.strip() in known:
        return name.strip()
    wanted = name_key(name)
    ids = sorted(i for i, known_name in known.items() if name_key(known_name) == wanted)
    if len(ids) > 1:
        raise AmbiguousAuthor(
            f"{len(ids)} authors are called {' '.join(name.split())!r} in this library; "
            f"give one of their ids instead: {', '.join(ids)}"
        )
    return ids[0] if ids else None


def author_named(name: str, known: Mapping[str, str]) -> str:
    """The id of an author the library knows by ``name`` (or id); else LookupError naming all."""
    found = find_author(name, known)
    if found is None:
        names = ", ".join(sorted(set(known.values()), key=str.casefold)) or "none yet"
        raise LookupError(f"no author called {name!r} in this library (authors: {names})")
    return found


def author_labels(known: Mapping[str, str]) -> list[tuple[str, str]]:
    """(label, author id) per author by name, for a list to choose from; shared names told apart.

    Two authors called "Ana" each get an entry, labelled with the start of
    their id ("Ana (1f3a9c0e)"), so a choice is always one author.
    """
    counts = Counter(name_key(name) for name in known.values())
    ordered = sorted(known.items(), key=lambda item: (item[1].casefold(), item[0]))
    return [(f"{name} ({author_id[:8]})" if counts[name_key(name)] > 1 else name, author_id)
            for author_id, name in ordered]


def author_for_name(name: str, known: Mapping[str, str]) -> Author:
    """The author a typed name stands for: the saved identity, one the library knows, or new.

    ``known`` is the library's authors (id -> name), matched by
    ``find_author`` (the known spelling is kept; a name several authors share
    raises ``AmbiguousAuthor``); the saved identity wins over the library's,
    so an analyst typing their own name always signs with their own id. A
    name nobody has used gets a fresh id, which the library records on the
    first action. Raises ``InvalidAuthor`` for an empty or too long name.
    """
    cleaned = clean_name(name)
    saved = load_identity()
    if saved is not None and (name_key(saved.name) == name_key(cleaned) or saved.id == cleaned):
        return saved
    found = find_author(cleaned, known)
    if found is not None and is_author_id(found):
        return Author(found, known[found])
    return Author(new_author_id(), cleaned)


def requested_name(option: str | None) -> str | None:
    """The name asked for on the command line: ``--author``, else ``WORKBENCH_AUTHOR``."""
    if option is not None:
        return option
    from_env = os.environ.get(AUTHOR_ENV)
    return from_env if from_env is not None else None


def check_requested_name(option: str | None) -> None:
    """Refuse a bad ``--author`` / ``WORKBENCH_AUTHOR`` before anything opens (InvalidAuthor)."""
    name = requested_name(option)
    if name is not None:
        clean_name(name)


def cli_author(option: str | None, known: Mapping[str, str]) -> Author | None:
    """Who a command signs as: the requested name, else the saved identity, else nobody."""
    name = requested_name(option)
    if name is None:
        return load_identity()
    return author_for_name(name, known)
