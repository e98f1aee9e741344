"""The bundle's curated entities checked: name and label, hidden, notes, aliases, merged names.

Why checked like items: an entity entry comes from a colleague's file and
reaches their library's curation (hiding an entity hides it everywhere), so
every field has its type and bound, every alias and merged name is signed
with an origin used once in the bundle, and an entity is listed once.
"""

from __future__ import annotations

from workbench.ingest.bundle_context import BundleContext, Row
from workbench.ingest.json_checks import Fields, shown


def check_entities(top: Fields, context: BundleContext) -> tuple[Row, ...]:
    """Every entry of the bundle's ``entities`` list that can be used."""
    seen: set[tuple[str, str]] = set()
    merged: set[tuple[str, str]] = set()
    found: list[Row] = []
    for path, record in top.objects("entities"):
        entry = Fields(record, path, context.problems)
        row = _entity(entry, context)
        if row is None:
            continue
        _once(entry, "wb:name", seen, (row["name"], row["label"]), "entity")
        for rule in row["rules"]:
            _once(entry, "wb:mergedNames", merged, (rule["name"], rule["label"]), "merged name")
        aliases: set[tuple[str, str]] = set()
        for alias in row["aliases"]:
            _once(entry, "wb:aliases", aliases, (alias["alias"], ""), "alias")
        found.append(row)
    return tuple(found)


def _once(entry: Fields, key: str, seen: set[tuple[str, str]], value: tuple[str, str],
          what: str) -> None:  # fmt: skip
    """A problem when ``value`` was seen before (a library holds each once)."""
    if value in seen:
        label = f" ({value[1]})" if value[1] else ""
        entry.problem(key, f"{what} {shown(value[0])}{label} is listed twice")
    seen.add(value)


def _entity(entry: Fields, context: BundleContext) -> Row | None:
    name = context.text(entry, "wb:name", required=True)  # no label cap: extraction wrote it
    label = context.text(entry, "wb:label", required=True)
    hidden = entry.record.get("wb:hidden", False)
    if not isinstance(hidden, bool):
        entry.problem("wb:hidden", f"expected true or false, got {shown(hidden)}")
    row: Row = {"name": name, "label": label, "hidden": int(hidden is True)}
    row["notes"] = context.text(entry, "wb:notes")
    row["edited_by"] = context.author_ref(entry, "wb:editedBy")
    row["earlier"] = context.earlier(entry)
    row["aliases"] = [
        context.signed(alias) | {"alias": context.text(alias, "wb:alias", required=True)}
        for alias in _signed_list(entry, "wb:aliases", context)
    ]
    row["rules"] = [
        context.signed(rule)
        | {"name": context.text(rule, "wb:name", required=True),
           "label": context.text(rule, "wb:label", required=True)}
        for rule in _signed_list(entry, "wb:mergedNames", context)
    ]  # fmt: skip
    # a missing alias, origin or name is a problem already: the bundle is refused whole
    return row if name is not None and label is not None else None


def _signed_list(entry: Fields, key: str, context: BundleContext) -> list[Fields]:
    return [Fields(record, path, context.problems) for path, record in entry.objects(key)]
