"""Plain-text hover explanations for the analyst's marks in the reader."""

from __future__ import annotations

from workbench.core.records import Annotation, Claim

NOTE_PREVIEW = 240


def annotation_tooltip(annotation: Annotation) -> str:
    """What a highlight or note is: kind, note excerpt and tags."""
    lines = ["Note" if annotation.kind == "note" else "Highlight"]
    note = " ".join((annotation.note_md or "").split())
    if note:
        lines.append(note if len(note) <= NOTE_PREVIEW else note[:NOTE_PREVIEW] + "…")
    if annotation.tags:
        lines.append("Tags: " + ", ".join(annotation.tags))
    if annotation.status == "orphaned":
        lines.append("The text changed; this highlight may be misplaced")
    return "\n".join(lines)


def claim_tooltip(claim: Claim) -> str:
    """What a claim is: status, claimant and how many links it has."""
    lines = [f"Claim — {claim.status}"]
    if claim.claimant:
        lines.append(f"Claimed by {claim.claimant}")
    links = claim.links
    if links:
        lines.append(f"{len(links)} link{'s' if len(links) != 1 else ''} to other claims")
    if claim.tags:
        lines.append("Tags: " + ", ".join(claim.tags))
    return "\n".join(lines)
