"""A note's passages: the analyst's highlights, notes and claims, in reading order.

Each under a heading in its own words (``passage_heading``), with who marked it, the
analyst's note, its tags; a claim also with its status, claimant, grade, links to other
claims and the history of its status. The analyst's work, apart from what the extractor
found (``markdown_extracted``) and the note's frame (``markdown_notes``).
"""

from __future__ import annotations

from typing import Any

from workbench.core.vocabulary import (
    CREDIBILITY_WORDING,
    RELIABILITY_WORDING,
    grade_code,
    grade_wording,
)
from workbench.export.escaping import block_quote, escape_text, obsidian_tag, shorten
from workbench.export.markdown_links import NoteLinks, claim_anchor
from workbench.export.note_markdown import nested_headings, sanitize_note

Record = dict[str, Any]
HEADING_LIMIT = 70
NOTE_HEADING_LEVEL = 3  # a passage's heading; the headings of its note are nested below it
RELATION_WORDS = {"same": "same claim as"}


def passage_quote(text: str) -> list[str]:
    """The passage quoted under its heading, or nothing when the heading holds all of it.

    Why: "### Note: Kim met Putin" over "> Kim met Putin" said the same words twice.
    """
    line = " ".join(text.split())
    whole = line and shorten(text, HEADING_LIMIT) == line and "\n" not in text.strip()
    return [] if whole else [block_quote(text)]


def passage_heading(kind: str, text: str, fallback: str) -> str:
    """A ``###`` heading in the passage's own words ("Claim: Sanctions are coming…").

    Why words, not ``Claim 12``: an analyst scans a note's outline (Obsidian's
    sidebar, a table of contents) by what was said; the id stays in the anchor
    (``claim-12``), so links keep working whatever the heading says.
    """
    words = shorten(text, HEADING_LIMIT)
    heading = "#" * NOTE_HEADING_LEVEL
    return f"{heading} {kind}: {escape_text(words)}" if words else f"{heading} {fallback}"


def passages_section(record: Record, links: NoteLinks) -> str:
    """The highlights, notes and claims of a note in reading order (claims with their anchor)."""
    claims = {claim["id"]: claim for claim in record["claims"]}
    items = list(record["annotations"])
    known = {a["id"] for a in items}
    items += [dict(c, kind="claim") for c in record["claims"] if c["id"] not in known]
    items.sort(key=lambda a: (a["start"], a["id"]))
    if not items:
        return ""
    blocks = ["## Highlights, notes and claims"]
    for item in items:
        claim = claims.get(item["id"]) if item["kind"] == "claim" else None
        if claim is not None:
            blocks.append(_claim_block(record, item, claim, links))
        else:
            blocks.append(_highlight_block(item))
    return "\n\n".join(blocks)


def _highlight_block(annotation: Record) -> str:
    kind = "Note" if annotation["kind"] == "note" else "Highlight"
    heading = passage_heading(kind, annotation["exact"], f"{kind} {annotation['id']}")
    parts = [heading, *passage_quote(annotation["exact"]), *_annotation_extras(annotation)]
    return "\n\n".join(parts)


def _annotation_extras(annotation: Record) -> list[str]:
    """Orphan warning, the analyst's note and the span's tags, as separate blocks."""
    extras = []
    if byline(annotation):
        extras.append(byline(annotation))
    if annotation.get("status") == "orphaned":
        extras.append("*Orphaned: this passage was not found again after the text changed.*")
    note = nested_headings(sanitize_note(annotation.get("note") or annotation.get("note_md")
                                         or ""), NOTE_HEADING_LEVEL)
    if note.strip():
        extras.append(note)
    if annotation.get("tags"):
        extras.append("Tags: " + tag_list(annotation["tags"]))
    return extras


def byline(item: Record) -> str:
    """``*— Ana*`` (``*— Ana, edited by Ben*``) under an analyst's work; "" when unattributed."""
    signed = signature(item)
    return f"*— {signed}*" if signed else ""


def signature(item: Record) -> str:
    """``Ana`` or ``Ana, edited by Ben`` (escaped); "" when unattributed.

    Why nothing for unattributed work: a library kept by one analyst before
    authorship existed would say "unknown author" under every passage.
    """
    author, editor = item.get("author_name"), item.get("editor_name")
    if not author and not editor:
        return ""
    line = escape_text(author) if author else "unknown author"
    if editor and editor != author:
        line += f", edited by {escape_text(editor)}"
    return line


def tag_list(paths: list[str]) -> str:
    """Tags as Obsidian ``#tags`` (the library's path after it when Obsidian needs another form)."""
    rendered = []
    for path in paths:
        tag = obsidian_tag(path)
        if tag is None:
            rendered.append(escape_text(path))
        else:
            rendered.append(f"#{tag}" if tag == path else f"#{tag} ({escape_text(path)})")
    return " ".join(rendered)


def _claim_block(record: Record, annotation: Record, claim: Record, links: NoteLinks) -> str:
    anchor = claim_anchor(claim["id"])
    status = f'<a id="{anchor}"></a>**Status:** {escape_text(claim["status"])}'
    if claim.get("claimant"):
        status += f" · **Claimant:** {escape_text(claim['claimant'])}"
    status += claim_grade_text(record.get("reliability"), claim.get("credibility"), " · ")
    heading = passage_heading("Claim", claim["text"], f"Claim {claim['id']}")
    parts = [heading, f"{status} ^{anchor}", *passage_quote(claim["text"])]
    parts += _annotation_extras({
        **annotation,
        "tags": claim.get("tags", annotation.get("tags")),
        "author_name": claim.get("author_name", annotation.get("author_name")),
        "editor_name": claim.get("editor_name", annotation.get("editor_name")),
    })  # fmt: skip
    if claim["links"]:
        lines = [_link_line(record, link, links) for link in claim["links"]]
        parts.append("**Links**\n\n" + "\n".join(lines))
    history = claim.get("history") or []
    if len(history) > 1:
        parts.append("*Status history:* " + " → ".join(_history_step(h) for h in history))
    return "\n\n".join(parts)


def claim_grade_text(reliability: Any, credibility: Any, before: str = "") -> str:
    """ "**Grade B2** — Usually reliable source; probably true" (with ``before``), or ""."""
    reliability = reliability if reliability in RELIABILITY_WORDING else None
    credibility = credibility if credibility in CREDIBILITY_WORDING else None
    code = grade_code(reliability, credibility)
    if not code:
        return ""
    return f"{before}**Grade {code}** — {grade_wording(reliability, credibility)}"


def _link_line(record: Record, link: Record, links: NoteLinks) -> str:
    relation = RELATION_WORDS.get(link["reads"], link["reads"])
    text = shorten(link.get("other_text") or f"claim {link['other_claim_id']}", 90)
    title = link.get("other_title") or f"document {link['other_document_id']}"
    target = links.to_claim(link["other_document_id"], link["other_claim_id"], f"“{text}”")
    if target is None:
        line = f"- **{relation}** “{escape_text(text)}” in *{escape_text(title)}* (not exported)"
    elif link["other_document_id"] == record["id"]:
        line = f"- **{relation}** {target} (this document)"
    else:
        line = f"- **{relation}** {target} in *{escape_text(title)}*"
    if link.get("note"):
        line += f" — {escape_text(link['note'])}"
    return line


def _history_step(step: Record) -> str:
    when = str(step.get("changed_at") or "")[:10]
    note = f", {escape_text(step['note'])}" if step.get("note") else ""
    by = f", {escape_text(step['author_name'])}" if step.get("author_name") else ""
    return f"{escape_text(step['status'])} ({escape_text(when)}{note}{by})"
