"""The README's command list and the CLI's parsers must agree (datasette's test_docs idea).

Why: the README is the first thing a new user reads, and it drifted before (options that
did not exist, commands that were not listed). These tests read the ``## Command line``
block and compare it with ``build_parser()`` both ways.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from workbench.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _command_block() -> list[str]:
    """The lines of the fenced block under '## Command line' that start with 'workbench'."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines()
            if line.startswith("workbench")]


def _documented() -> dict[str, set[str]]:
    """Command name -> the options the README shows for it."""
    commands: dict[str, set[str]] = {}
    for line in _command_block():
        current = ""
        for segment in line.split(" | "):
            words = segment.removeprefix("workbench").split()
            if segment.startswith("workbench") or (words and _is_command_word(words[0])):
                if not words:
                    continue
                current = words[0]
            if current:
                commands.setdefault(current, set()).update(OPTION.findall(segment))
    return commands


def _is_command_word(word: str) -> bool:
    return re.fullmatch(r"[a-z][a-z-]*", word) is not None and word in _parsers()


def _parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    """Every long option a user can see in a parser and its nested subcommands.

    Options hidden with ``argparse.SUPPRESS`` (the window's ``--start/--end`` span form) are
    not part of the documented interface.
    """
    found: set[str] = set()
    for action in parser._actions:
        if action.help == argparse.SUPPRESS:
            continue
        found.update(o for o in action.option_strings if o.startswith("--") and o != "--help")
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _options(sub)
    return found


def test_every_cli_command_is_in_the_readme() -> None:
    missing = sorted(set(_parsers()) - set(_documented()) - {"gui"})
    assert missing == [], f"commands missing from the README's command list: {missing}"


def test_every_readme_command_exists() -> None:
    unknown = sorted(set(_documented()) - set(_parsers()))
    assert unknown == [], f"README lists commands the CLI does not have: {unknown}"


@pytest.mark.parametrize("name", sorted(_parsers()))
def test_readme_options_match_the_parser(name: str) -> None:
    documented = _documented().get(name, set())
    actual = _options(_parsers()[name])
    assert sorted(documented - actual) == [], f"README shows options `{name}` does not take"
    assert sorted(actual - documented) == [], f"`{name}` options missing from the README"


ARCHITECTURE = README.parent / "ARCHITECTURE.md"


def test_architecture_names_every_store_part_and_ui_room() -> None:
    """ARCHITECTURE.md is the map: a new store part or ui room must appear on it."""
    from workbench.store import Store

    text = ARCHITECTURE.read_text(encoding="utf-8")
    with Store(None) as store:
        parts = sorted(name for name, value in vars(store).items()
                       if not name.startswith("_") and hasattr(value, "db"))
    assert len(parts) >= 10
    missing = [p for p in parts if f"`store.{p}`" not in text]
    assert missing == [], f"store parts missing from ARCHITECTURE.md: {missing}"
    ui = README.parent / "workbench" / "ui"
    rooms = sorted(p.name for p in ui.iterdir() if (p / "__init__.py").exists())
    unnamed = [room for room in rooms if f"**{room}**" not in text]
    assert unnamed == [], f"ui rooms missing from ARCHITECTURE.md: {unnamed}"


def test_architecture_mentions_every_import_contract() -> None:
    import tomllib

    config = tomllib.loads((README.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    text = " ".join(ARCHITECTURE.read_text(encoding="utf-8").lower().split())
    assert len(contracts) >= 8
    words = {c["name"]: c["name"].lower().split(":")[0].split("(")[0].strip() for c in contracts}
    missing = [name for name, lead in words.items() if lead not in text]
    assert missing == [], f"contracts ARCHITECTURE.md does not describe: {missing}"


def _room_paragraphs(text: str) -> dict[str, str]:
    """Each paragraph "**room** — ..." or "**package/** — ..." of ARCHITECTURE.md, by its key."""
    paragraphs = {}
    for match in re.finditer(r"^\*\*([\w/]+?)/?\*\* — (.*?)(?=\n\n|\n\*\*[\w/]+\*\* —|\Z)", text,
                             re.MULTILINE | re.DOTALL):
        paragraphs[match.group(1)] = match.group(2)
    return paragraphs


def _is_placed(module: Path, text: str, rooms: dict[str, str], shared: set[str]) -> bool:
    """Whether the map names ``module`` unambiguously (see the test below for the forms)."""
    parts = module.relative_to(README.parent / "workbench").parts
    folders = {"/".join(parts[:-1]), "/".join(parts[1:-1]) if parts[0] == "ui" else ""}
    if any(f"`{module.name}`" in rooms.get(folder, "") for folder in folders):
        return True
    if "/".join(parts[-2:]) in text or (parts[0] == "store" and f"`store.{module.stem}`" in text):
        return True
    rows = "\n".join(line for line in text.splitlines()
                     if line.startswith((f"| `{parts[0]}`", f"| `{parts[0]}.")))
    names = re.findall(r"[\w*]+\.py", rows if module.name in shared else rows + text)
    return any(module.match(name) for name in names)


def test_architecture_places_every_module() -> None:
    """Every module of the package is on the map, so a reader finds where a concern lives.

    A module counts as placed when ARCHITECTURE.md names it as ``package/name.py``, as a store
    part (``store.name``), in its ui room's or package's paragraph (``**store/files/** —``),
    by its bare name or a pattern (``reanchor*.py``) in its layer's row, or anywhere when no
    other module shares that name. Why: the map drifted (over a hundred modules added over the
    sessions were never named on it) and only a test keeps it whole.
    """
    text = ARCHITECTURE.read_text(encoding="utf-8")
    root = README.parent / "workbench"
    modules = sorted(p for p in root.rglob("*.py") if p.name != "__init__.py")
    names = [p.name for p in modules]
    shared = {name for name in names if names.count(name) > 1}
    rooms = _room_paragraphs(text)
    unplaced = [str(p.relative_to(root)) for p in modules if not _is_placed(p, text, rooms, shared)]
    assert unplaced == [], f"modules ARCHITECTURE.md does not place: {unplaced}"


def test_readme_import_table_lists_every_suffix() -> None:
    """Each suffix import reads has its row in the README's "Import formats" table.

    Why: the table missed `.ndjson`, `.htm`, `.markdown` and `.text`, which the readers took
    all along, so a user with such files read that they were not supported.
    """
    from workbench.ingest import SUPPORTED_SUFFIXES

    table = README.read_text(encoding="utf-8").split("## Import formats", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    listed = set(re.findall(r"`(\.\w+)`", " ".join(row.split("|")[1] for row in rows)))
    readable = set(SUPPORTED_SUFFIXES) | {".json", ".xml"}  # read when named, skipped in folders
    missing = readable - listed
    assert missing == set(), f"suffixes missing from the README's import table: {missing}"


def test_readme_import_table_names_every_column_a_row_is_read_from() -> None:
    """Every column name a CSV or JSON Lines row is read from is in the README's table row.

    Why: a new user's CSV with a ``date``, ``headline`` or ``byline`` column read in the
    table that only ``published``, ``title`` and no author were read, though the reader took
    them all along; the table is the only place such a user looks.
    """
    from workbench.ingest import tabular

    table = README.read_text(encoding="utf-8").split("## Import formats", 1)[1].split("\n## ", 1)[0]
    row = next(line for line in table.splitlines() if line.startswith("| `.jsonl`"))
    listed = set(re.findall(r"`(\w+)`", row))
    read = set(tabular.KNOWN_KEYS) | set(tabular.DATELINE_KEYS)
    missing = sorted(read - listed)
    assert missing == [], f"columns the CSV/JSONL reader takes, missing from the README: {missing}"


def test_readme_explains_the_compact_grade_listings_print() -> None:
    """The README shows the compact grade as listings print it, its "?" half included.

    Why: `workbench claims` printed "grade B?" and the README never said what the "?" was.
    """
    from workbench.core.vocabulary import grade_code

    text = " ".join(README.read_text(encoding="utf-8").split())
    assert f"`{grade_code('B', 2)}`" in text
    assert f"(`{grade_code('B', None)}`: a B source, the claim itself not graded)" in text


def test_readme_timeline_says_which_quotes_are_placed_and_where() -> None:
    """The Timeline section states the rule the timeline follows: a quote whose sentence
    names no date is not placed, one that only names dates it talks about sits at its
    document's date, a claim falls back either way (it read as if every quote were placed)."""
    section = README.read_text(encoding="utf-8").split("## Timeline", 1)[1].split("\n## ", 1)[0]
    text = " ".join(section.split())
    assert "if its sentence only names dates it talks about, by its document's date" in text
    assert "A highlight, note or quote whose sentence names no date is not on the timeline." \
        in text
    assert "A claim with no date in its sentence falls back to its document's date" in text
