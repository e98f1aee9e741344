"""Hover explanations for the analyst's marks in the reader: text, and notes rendered safely.

Why two forms: ``*_tooltip`` gives plain text (tests, accessibility); the
reader shows ``tooltip_html``, where an analyst's Markdown note is rendered by
the same sanitiser as the note cards ("**Key point:**" shows in bold, a
``<img>`` in a note shows nothing) and every other line is escaped text.
"""

from __future__ import annotations

import html
from dataclasses import replace

from workbench.core.authorship import display_name
from workbench.core.records import Annotation, Claim
from workbench.core.text import plural, shorten
from workbench.core.time_values import describe_value
from workbench.export.sanitize import markdown_to_safe_html

_LINE = '<p style="white-space:pre-wrap; margin:0">{}</p>'

NOTE_PREVIEW = 240


def authorship_line(author: str | None, editor: str | None, edited_by: str | None) -> str:
    """'Added by Ana · edited by Ben': who made an analyst's mark, and who changed it last."""
    line = f"Added by {display_name(author)}"
    if edited_by is not None and editor != author:
        line += f" · edited by {display_name(editor)}"
    return line


def annotation_tooltip(annotation: Annotation) -> str:
    """What a highlight or note is: kind, note excerpt, tags and who made it."""
    lines = ["Note" if annotation.kind == "note" else "Highlight"]
    note = shorten(annotation.note_md or "", NOTE_PREVIEW)
    if note:
        lines.append(note)
    if annotation.tags:
        lines.append("Tags: " + ", ".join(annotation.tags))
    lines.append(authorship_line(annotation.author, annotation.editor, annotation.edited_by))
    if annotation.status == "orphaned":
        lines.append("The text changed; this highlight may be misplaced")
    return "\n".join(lines)


def claim_tooltip(claim: Claim) -> str:
    """What a claim is: status (capitalised, as every Status menu says it), claimant, links."""
    lines = [f"Claim — {claim.status.capitalize()}"]
    if claim.claimant:
        lines.append(f"Claimed by {claim.claimant}")
    links = claim.links
    if links:
        lines.append(f"{plural(len(links), 'link')} to other claims")
    if claim.tags:
        lines.append("Tags: " + ", ".join(claim.tags))
    lines.append(authorship_line(claim.author, claim.editor, claim.edited_by))
    return "\n".join(lines)


#: Said over a date or time that has no calendar value in a document without a date.
NO_ANCHOR = "Not on the calendar: the document has no publication date to count from"
TIME_LABELS = ("DATE", "TIME")


def time_value_line(written: str, value: str | None, label: str = "",
                    published: str | None = "") -> str | None:
    """'Wednesday → 13 Sep 2023': what a date mention means on the calendar, in words.

    With no value in an undated document, why ("Wednesday" of which week?):
    hovering a date and seeing nothing read as a missing feature.
    """
    if not value:
        return NO_ANCHOR if label in TIME_LABELS and not published else None
    return f"{written} → {describe_value(value)}"


def annotation_tooltip_html(annotation: Annotation) -> str:
    """``annotation_tooltip`` as rich text with the note rendered (sanitised) Markdown."""
    note = (annotation.note_md or "").strip()
    parts = [_LINE.format("<b>Note</b>" if annotation.kind == "note" else "<b>Highlight</b>")]
    if note:
        # Not core.text.shorten: that puts the text on one line, and Markdown's line
        # breaks are its lists and paragraphs. The ellipsis counts in the preview too.
        shown = note if len(note) <= NOTE_PREVIEW else note[: NOTE_PREVIEW - 1] + "…"
        parts.append(markdown_to_safe_html(shown))
    rest = annotation_tooltip(replace(annotation, note_md="")).split("\n")[1:]
    parts.extend(escaped_html(line) for line in rest)
    return "".join(parts)


def escaped_html(text: str) -> str:
    """Plain ``text`` as one rich-text paragraph that shows it literally."""
    return _LINE.format(html.escape(text, quote=False))
