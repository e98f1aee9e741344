"""``claims.md``: every claim, grouped by the links between them.

A cluster is a connected component of the link graph: claims that are, one
way or another, about the same story. Inside a cluster, claims joined by
``same`` links form an *account* (the same claim as reported by several
articles); the accounts are then related to each other by the remaining
links, so "which articles report it, which contradict it" reads at a glance.
Claims outside the export that a link reaches are shown, unlinked, by name.
Each exported claim names its author (and its last editor), so a merged
library's overview says whose claim each one is.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core.text import plural
from workbench.core.vocabulary import relation_reads
from workbench.export.escaping import escape_text, shorten
from workbench.export.markdown_index import NoteSummary
from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_passages import claim_grade_text, signature

Claim = dict[str, Any]
OUTSIDE_ORDER = 10**9
SHORT_LIMIT = 60


@dataclass(frozen=True)
class Edge:
    """One link between two claims (as stored: from → to)."""

    link_id: int
    source: int
    target: int
    relation: str
    note: str | None


class _Groups:
    """Union-find over claim ids (deterministic: the smaller root wins)."""

    def __init__(self, items: Iterable[int]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def members(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for item in self.parent:
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())


def collect_claims(summaries: list[NoteSummary]) -> tuple[dict[int, Claim], list[Edge]]:
    """Every claim (exported, or reached by a link) and every link between claims, deduplicated."""
    claims: dict[int, Claim] = {}
    for position, summary in enumerate(summaries):
        for claim in summary.claims:
            claims[claim["id"]] = {**claim, "order": (position, claim["start"], claim["id"])}
    edges: dict[int, Edge] = {}
    for claim in list(claims.values()):
        for link in claim["links"]:
            other = link["other_claim_id"]
            outgoing = link["direction"] == "outgoing"
            source, target = (claim["id"], other) if outgoing else (other, claim["id"])
            edges[link["id"]] = Edge(link["id"], source, target, link["relation"], link["note"])
            claims.setdefault(other, _outside_claim(link))
    return claims, [edges[key] for key in sorted(edges)]


def _outside_claim(link: dict[str, Any]) -> Claim:
    return {
        "id": link["other_claim_id"],
        "document_id": link["other_document_id"],
        "document_title": link.get("other_title") or f"document {link['other_document_id']}",
        "text": link.get("other_text") or f"claim {link['other_claim_id']}",
        "status": None,
        "claimant": None,
        "order": (OUTSIDE_ORDER, 0, link["other_claim_id"]),
    }


def render_claims(summaries: list[NoteSummary], links: NoteLinks) -> str:
    """The claims overview: linked clusters first (largest first), then unlinked claims."""
    claims, edges = collect_claims(summaries)
    everything = _Groups(claims)
    for edge in edges:
        everything.join(edge.source, edge.target)
    components = [sorted(c, key=lambda i: claims[i]["order"]) for c in everything.members()]
    clusters = sorted(
        (c for c in components if len(c) > 1), key=lambda c: (-len(c), claims[c[0]]["order"])
    )
    single = sorted((c[0] for c in components if len(c) == 1), key=lambda i: claims[i]["order"])
    header = (
        f"*{plural(len(claims), 'claim')} · {plural(len(edges), 'link')} · "
        f"{plural(len(clusters), 'cluster')} of linked claims*"
    )
    parts = ["# Claims", header]
    for number, members in enumerate(clusters, start=1):
        member_set = set(members)
        inside = [e for e in edges if e.source in member_set]
        parts.append(_cluster(number, members, inside, claims, links))
    if single:
        lines = [f"- {_reference(claims[i], links)}" for i in single]
        parts.append("## Claims without links\n\n" + "\n".join(lines))
    if not claims:
        parts.append("No claims were marked in the exported documents.")
    return "\n\n".join(parts) + "\n"


def _cluster(
    number: int, members: list[int], edges: list[Edge], claims: dict[int, Claim], links: NoteLinks
) -> str:
    same = _Groups(members)
    for edge in edges:
        if edge.relation == "same":
            same.join(edge.source, edge.target)
    order = {claim_id: position for position, claim_id in enumerate(members)}
    accounts = sorted(
        (sorted(group, key=order.__getitem__) for group in same.members()),
        key=lambda group: (-len(group), order[group[0]]),
    )
    names = {i: _account_name(n) for n, group in enumerate(accounts) for i in group}
    documents = {claims[i]["document_id"] for i in members}
    relations = sorted({e.relation for e in edges})
    counts = [f"{r}: {sum(e.relation == r for e in edges)}" for r in relations]
    title = shorten(claims[members[0]]["text"], 80)
    summary = f"{plural(len(members), 'claim')} in {plural(len(documents), 'document')}"
    parts = [f"## {number}. “{escape_text(title)}”", f"*{' · '.join([summary, *counts])}*"]
    for group in accounts:
        parts.append(_account(group, edges, names, claims, links))
    parts.append("**Links**\n\n" + "\n".join(_edge_line(e, claims, links) for e in edges))
    return "\n\n".join(parts)


def _account_name(index: int) -> str:
    letters = string.ascii_uppercase
    return f"Account {letters[index]}" if index < len(letters) else f"Account {index + 1}"


def _account(
    group: list[int],
    edges: list[Edge],
    names: dict[int, str],
    claims: dict[int, Claim],
    links: NoteLinks,
) -> str:
    """One account: who reports it and how it relates to the other accounts."""
    members = set(group)
    documents = {claims[i]["document_id"] for i in group}
    if len(group) > 1:
        description = f"the same claim in {plural(len(documents), 'document')}"
    else:
        description = "1 claim"
    relations = set()
    for edge in edges:
        if edge.source in members and edge.target not in members:
            relations.add(f"{relation_reads(edge.relation, True)} {names[edge.target]}")
        elif edge.target in members and edge.source not in members:
            relations.add(f"{relation_reads(edge.relation, False)} {names[edge.source]}")
    heading = f"**{names[group[0]]}** — {description}"
    if relations:
        heading += " · " + ", ".join(f"**{r}**" for r in sorted(relations))
    return heading + "\n\n" + "\n".join(f"- {_reference(claims[i], links)}" for i in group)


def _reference(claim: Claim, links: NoteLinks) -> str:
    """A claim as a list entry: its text (linked to its anchor), document, claimant and status."""
    text = f"“{shorten(claim['text'], 120)}”"
    target = links.to_claim(claim["document_id"], claim["id"], text)
    title = escape_text(claim["document_title"] or "Untitled")
    if target is None:
        return f"{escape_text(text)} — *{title}* (not exported)"
    details = [f"*{title}*"]
    if claim.get("claimant"):
        details.append(escape_text(claim["claimant"]))
    if claim.get("status"):
        details.append(escape_text(claim["status"]))
    if claim.get("orphaned"):  # its words are gone from the article's current text
        details.append("orphaned: not found again after the text changed")
    grade = claim_grade_text(claim.get("reliability"), claim.get("credibility"))
    if grade:
        details.append(grade)
    signed = _signed(claim)
    if signed:
        details.append(signed)
    return f"{target} — " + " · ".join(details)


def _signed(claim: Claim) -> str:
    """``by Ana`` (``by Ana, edited by Ben``); "" for a claim from before authorship."""
    signed = signature(claim)
    return f"by {signed}" if signed else ""


def _edge_line(edge: Edge, claims: dict[int, Claim], links: NoteLinks) -> str:
    relation = {"same": "is the same claim as"}.get(edge.relation, edge.relation)
    source, target = _short(claims[edge.source], links), _short(claims[edge.target], links)
    line = f"- {source} **{relation}** {target}"
    if edge.note:
        line += f" — {escape_text(edge.note)}"
    return line


def _short(claim: Claim, links: NoteLinks) -> str:
    """A claim in a link line: its own words, shortened (the anchor keeps its id)."""
    words = shorten(claim.get("text") or "", SHORT_LIMIT)
    label = f"“{words}”" if words else f"claim {claim['id']}"
    target = links.to_claim(claim["document_id"], claim["id"], label)
    title = escape_text(claim["document_title"] or "Untitled")
    return f"{target or escape_text(label)} (*{title}*)"
