"""One Markdown note per document, rendered from its JSON export record.

Why from the JSON record: the note then shows exactly what the complete
export holds, and rendering is a pure function that tests can feed by hand.
Layout: YAML front matter, title, a one-line summary, then highlights, notes
and claims in reading order (claims with status, claimant, links and an
anchor ``claim-ID`` other notes link to), quotes grouped by speaker, and
entities grouped by type. Imported text goes through ``escaping``; analyst
notes through ``note_markdown``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workbench.core.authorship import MACHINE_LABEL
from workbench.core.text import plural
from workbench.core.vocabulary import (
    CREDIBILITY_WORDING,
    ENTITY_LABEL_PLURALS,
    NAME_LABELS,
    RELIABILITY_WORDING,
    entity_label_name,
    grade_code,
    grade_wording,
)
from workbench.export.count_words import count_line
from workbench.export.escaping import (
    block_quote,
    escape_text,
    front_matter,
    link_path,
    obsidian_tag,
    safe_web_url,
    shorten,
    wikilink_alias,
)
from workbench.export.note_markdown import nested_headings, sanitize_note

Record = dict[str, Any]
KEY_ENTITY_COUNT = 10
HEADING_LIMIT = 70
RELATION_WORDS = {"same": "same claim as"}
UNATTRIBUTED = "Unattributed"
MACHINE_NOTE = f"*Found by the extractor — {MACHINE_LABEL}, not an analyst.*"


def claim_anchor(claim_id: int) -> str:
    """The stable anchor (HTML id and Obsidian block id) of a claim in its note."""
    return f"claim-{claim_id}"


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


NOTE_HEADING_LEVEL = 3  # a passage's heading; the headings of its note are nested below it


@dataclass(frozen=True)
class NoteLinks:
    """How notes refer to each other: the file stem of every exported document, and the style."""

    names: Mapping[int, str]
    wikilinks: bool = False
    #: The exporting library's id, written into each note's front matter (None: not written).
    library_id: str | None = None

    def to_note(self, doc_id: int, text: str) -> str | None:
        """A link to a document's note (None when it is not exported)."""
        name = self.names.get(doc_id)
        if name is None:
            return None
        if self.wikilinks:
            return f"[[{name}|{wikilink_alias(text)}]]"
        return f"[{escape_text(text)}]({link_path(name + '.md')})"

    def to_claim(self, doc_id: int, claim_id: int, text: str) -> str | None:
        """A link to a claim's anchor in its document's note (None when it is not exported)."""
        name = self.names.get(doc_id)
        if name is None:
            return None
        anchor = claim_anchor(claim_id)
        if self.wikilinks:
            return f"[[{name}#^{anchor}|{wikilink_alias(text)}]]"
        return f"[{escape_text(text)}]({link_path(name + '.md', anchor)})"


def render_note(record: Record, links: NoteLinks) -> str:
    """The whole Markdown note of one document."""
    parts = [
        front_matter(_front_matter_fields(record, links.library_id)),
        f"# {escape_text(record['title'] or 'Untitled')}",
        f"*{count_line(document_counts(record))}*",
        _source_line(record),
        _annotations_section(record, links),
        _quotes_section(listed_quotes(record["quotes"])),
        _entities_section(record["entities"]),
    ]
    return "\n\n".join(part.strip("\n") for part in parts if part) + "\n"


def document_counts(record: Record) -> dict[str, int]:
    """What the analyst and the extraction found in a document, by kind.

    Why a note counts as a highlight too: a note is written on a highlighted
    passage (the store keeps it as kind "note"), and counted as a note only
    the line read "0 highlights · 1 note" under the passage the analyst had
    just highlighted; both words are true of it.
    """
    kinds = Counter(a["kind"] for a in record["annotations"])
    return {
        "highlights": kinds["highlight"] + kinds["note"],
        "notes": kinds["note"],
        "claims": len(record["claims"]),
        "links": len({link["id"] for claim in record["claims"] for link in claim["links"]}),
        "quotes": len(listed_quotes(record["quotes"])),
        "entities": len({m["entity_id"] for m in record["entities"]}),
    }


def listed_quotes(quotes: list[Record]) -> list[Record]:
    """The quotes a note lists: a report nested in one by the same speaker left out.

    "Police said they believe the fire was arson" is extracted twice (the
    outer report and the belief inside it); listed twice it read as a duplicate.
    One sweep per speaker in span order, so a long document stays cheap.
    """
    nested: set[int] = set()
    by_speaker: dict[str, list[tuple[int, int, int]]] = {}
    for index, quote in enumerate(quotes):
        if "start" in quote:
            key = " ".join(str(_speaker_of(quote)).split()).casefold()
            by_speaker.setdefault(key, []).append((quote["start"], -quote["end"], index))
    for spans in by_speaker.values():
        reach, reach_span = -1, None
        for start, negative_end, index in sorted(spans):
            if reach >= -negative_end and reach_span != (start, negative_end):
                nested.add(index)
            elif -negative_end > reach:
                reach, reach_span = -negative_end, (start, negative_end)
    return [quote for index, quote in enumerate(quotes) if index not in nested]


def key_entities(record: Record, limit: int = KEY_ENTITY_COUNT) -> list[str]:
    """The most mentioned people, organisations and places of a document."""
    counts = Counter(m["entity"] for m in record["entities"] if m["label"] in NAME_LABELS)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))
    return [name for name, _ in ranked[:limit]]


def _front_matter_fields(record: Record, library_id: str | None) -> dict[str, Any]:
    tags = [obsidian_tag(path) for path in record["tags"]]
    return {
        "title": record["title"] or "Untitled",
        "workbench_id": record["id"],
        "workbench_library": library_id,
        "source": record.get("source") or None,
        "reliability": record.get("reliability") or None,
        "author": record.get("author") or None,
        "published": record.get("published") or None,
        "url": safe_web_url(record.get("url")) and record["url"].strip(),
        "tags": sorted({tag for tag in tags if tag}, key=str.casefold),
        "entities": key_entities(record),
    }


def _source_line(record: Record) -> str:
    parts = []
    for label, key in (("Source", "source"), ("Published", "published"), ("Author", "author")):
        if record.get(key):
            parts.append(f"{label}: {escape_text(str(record[key]))}")
    if record.get("reliability") in RELIABILITY_WORDING:
        grade = record["reliability"]
        parts.append(f"Reliability: {grade} ({RELIABILITY_WORDING[grade]})")
    url = safe_web_url(record.get("url"))
    if url:
        parts.append(f"[Original article]({url})")
    return " · ".join(parts)


def _annotations_section(record: Record, links: NoteLinks) -> str:
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


def _quotes_section(quotes: list[Record]) -> str:
    if not quotes:
        return ""
    groups: dict[str, list[Record]] = {}
    shown: dict[str, str] = {}
    for quote in quotes:
        speaker = " ".join(str(_speaker_of(quote)).split())
        # "The German government" opening a sentence and "the German government" later
        # are one speaker: group without case, head the group capitalised.
        name = shown.setdefault(speaker.casefold(), speaker[:1].upper() + speaker[1:])
        groups.setdefault(name, []).append(quote)
    order = sorted(
        groups,
        key=lambda name: (name == UNATTRIBUTED, -len(groups[name]), name.casefold(), name),
    )
    blocks = ["## Quotes by speaker", MACHINE_NOTE]
    for speaker in order:
        blocks.append(f"### {escape_text(speaker)} ({len(groups[speaker])})")
        blocks.append("\n".join(_quote_line(q) for q in groups[speaker]))
    return "\n\n".join(blocks)


def _speaker_of(quote: Record) -> str:
    return quote.get("speaker") or quote.get("speaker_text") or UNATTRIBUTED


def _quote_line(quote: Record) -> str:
    details = [quote.get("kind") or "direct"]
    if quote.get("cue"):
        details.append(f"cue: {quote['cue']}")
    return f"- {escape_text(quote['text'])} *({escape_text('; '.join(details))})*"


def _entities_section(mentions: list[Record]) -> str:
    if not mentions:
        return ""
    by_label: dict[str, Counter[str]] = {}
    surface: dict[tuple[str, str], set[str]] = {}
    for mention in mentions:
        by_label.setdefault(mention["label"], Counter())[mention["entity"]] += 1
        key = (mention["label"], mention["entity"])
        if mention["text"] != mention["entity"]:
            surface.setdefault(key, set()).add(" ".join(mention["text"].split()))
    labels = sorted(by_label, key=lambda label: (_label_rank(label), label))
    blocks = ["## Entities", MACHINE_NOTE]
    for label in labels:
        name = ENTITY_LABEL_PLURALS.get(label) or entity_label_name(label)
        blocks.append(f"### {escape_text(name)}")
        counts = by_label[label]
        ranked = sorted(counts, key=lambda entity: (-counts[entity], entity.casefold(), entity))
        lines = []
        for entity in ranked:
            line = f"- {escape_text(entity)} — {plural(counts[entity], 'mention')}"
            also = sorted(surface.get((label, entity), set()), key=str.casefold)[:5]
            if also:
                line += " (also: " + ", ".join(escape_text(text) for text in also) + ")"
            lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _label_rank(label: str) -> int:
    order = list(ENTITY_LABEL_PLURALS)
    return order.index(label) if label in order else len(order)
