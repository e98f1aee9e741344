"""ACH analyses in the exports: a Markdown note each, the index's list of them, and ``ach.csv``.

Why the writers read the scored record (``operations.ach.scored_record``,
the JSON export's ``ach`` items) and never score: the note, the CSV, the JSON
and ``workbench ach show`` must show the same numbers. Each evidence row
links to its claim's anchor in its document's note (``NoteLinks``), or to the
note when it is a highlight or a note; a row whose document is not exported
says so.

Who did what is shown where a reader of the matrix needs it: each
hypothesis and evidence row names who added it and each rated cell who
rated it (its last editor, else its author); the writers are handed the
library's authors (id -> name), as the records carry ids only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from workbench.core.ach_scoring import hypotheses_by_rank
from workbench.core.authorship import display_name
from workbench.core.vocabulary import ACH_RATING_WORDING
from workbench.export.csv_export import csv_text
from workbench.export.escaping import escape_text, shorten
from workbench.export.filenames import RESERVED_STEMS, assign_note_names
from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_passages import claim_grade_text

Record = dict[str, Any]
ACH_CSV = "ach.csv"
_HYPOTHESIS_COLUMNS = ("hypothesis_id", "hypothesis", "inconsistency", "rank")
_EVIDENCE_COLUMNS = (
    "evidence_id", "claim_id", "document_id", "statement", "grade", "weight", "sources",
    "diagnosticity", "flags",
)  # fmt: skip
_CSV_HEADER = (
    "analysis_id", "question", *_HYPOTHESIS_COLUMNS, *_EVIDENCE_COLUMNS,
    "rating", "hypothesis_author", "evidence_author", "rated_by",
)  # fmt: skip
Authors = Mapping[str, str]


def analysis_note_names(analyses: Iterable[Record], taken: Iterable[str]) -> dict[int, str]:
    """A file stem per analysis ("ACH 3 - Who …"), never one a document's note already has."""
    titled = [(a["id"], f"ACH {a['id']} - {shorten(a['question'], 60)}") for a in analyses]
    return assign_note_names(titled, reserved=[*RESERVED_STEMS, *taken])


def render_analysis_note(analysis: Record, links: NoteLinks, authors: Authors | None = None) -> str:
    """The Markdown note of one analysis: question, ranked hypotheses, the matrix, the formula."""
    authors = authors or {}
    parts = [
        f"# {escape_text(analysis['question'])}",
        f"*Analysis of Competing Hypotheses {analysis['id']} · "
        f"{len(analysis['hypotheses'])} hypotheses · {len(analysis['evidence'])} evidence"
        f"{_by(analysis, authors, ' · by ')}*",
        _hypotheses_section(analysis, authors),
        _matrix_section(analysis, links, authors),
        _grades_section(analysis),
        f"*{escape_text(analysis['formula'])}*",
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def analyses_index_section(
    analyses: Sequence[Record], names: Mapping[int, str], links: NoteLinks
) -> str:
    """index.md's list of analyses, each linked to its note with its most likely hypothesis."""
    if not analyses:
        return ""
    lines = ["## Analyses of Competing Hypotheses", ""]
    for analysis in analyses:
        note = NoteLinks({analysis["id"]: names[analysis["id"]]}, links.wikilinks)
        link = note.to_note(analysis["id"], analysis["question"]) or ""
        best = hypotheses_by_rank(analysis)[:1]
        lead = f" — most likely: {escape_text(best[0]['text'])}" if best else ""
        lines.append(f"- {link}{lead}")
    return "\n".join(lines)


def ach_csv(analyses: Sequence[Record], authors: Authors | None = None) -> str:
    """The matrices as one CSV, a row per cell (evidence x hypothesis); unrated cells are empty.

    The last columns say who added the hypothesis and the evidence row and who
    rated the cell ("unknown author" for work from before authorship). An
    analysis with no evidence yet (or none left: its claim deleted) keeps a row
    per hypothesis, and one with neither a row of its question, with the
    evidence columns empty: a row per cell alone dropped them in silence.
    """
    authors = authors or {}
    rows = []
    for analysis in analyses:
        for evidence in analysis["evidence"] or [None]:
            for hypothesis in analysis["hypotheses"] or [None]:
                rows.append(_csv_row(analysis, hypothesis, evidence, authors))
    return csv_text(_CSV_HEADER, rows)


def _csv_row(
    analysis: Record, hypothesis: Record | None, evidence: Record | None, authors: Authors
) -> tuple[Any, ...]:
    """One cell of ``ach.csv``; a missing hypothesis or evidence row leaves its columns empty.

    The empty fillers take their width from the header's column groups: a
    column added to the header and not to a filler shifted every later value.
    """
    hypothesis_part: tuple[Any, ...] = ("",) * len(_HYPOTHESIS_COLUMNS)
    if hypothesis is not None:
        hypothesis_part = (
            hypothesis["id"], hypothesis["text"], hypothesis["inconsistency"], hypothesis["rank"]
        )
    evidence_part: tuple[Any, ...] = ("",) * len(_EVIDENCE_COLUMNS)
    if evidence is not None:
        evidence_part = (
            evidence["id"], evidence["claim_id"], evidence["document_id"], evidence["statement"],
            evidence["grade"], evidence["weight"], evidence["sources"],
            evidence["diagnosticity"], "; ".join(evidence["flags"]),
        )  # fmt: skip
    rating, rater = "", None
    if evidence is not None and hypothesis is not None:
        rating = evidence["ratings"].get(str(hypothesis["id"]), "")
        rater = _rated_by(evidence, hypothesis)
    return (
        analysis["id"], analysis["question"], *hypothesis_part, *evidence_part, rating,
        _author(hypothesis, authors) if hypothesis is not None else "",
        _author(evidence, authors) if evidence is not None else "",
        display_name(rater) if rater is not None else "",
    )  # fmt: skip


def _author(record: Record, authors: Authors) -> str:
    """Who added ``record``: their name, or "unknown author"."""
    return display_name(authors.get(record.get("author_id") or ""))


def _by(record: Record, authors: Authors, lead: str) -> str:
    """``lead`` + the name of who added ``record``; "" when unattributed (no noise for old work)."""
    name = authors.get(record.get("author_id") or "")
    return f"{lead}{escape_text(name)}" if name else ""


def _rated_by(evidence: Record, hypothesis: Record) -> str | None:
    """Who set the cell's rating as it stands; None for an unrated cell, "" when unattributed."""
    key = str(hypothesis["id"])
    if key not in evidence["ratings"]:
        return None
    mark = evidence.get("rating_authorship", {}).get(key) or {}
    return mark.get("rated_by") or ""


def _hypotheses_section(analysis: Record, authors: Authors) -> str:
    lines = ["## Hypotheses, most likely first", ""]
    if not analysis["hypotheses"]:
        return "\n".join([*lines, "*No hypotheses yet.*"])
    for hypothesis in hypotheses_by_rank(analysis):
        lines.append(
            f"{hypothesis['rank']}. **H{hypothesis['position']}** {escape_text(hypothesis['text'])}"
            f" — inconsistency {hypothesis['inconsistency']:g}{_by(hypothesis, authors, ' · by ')}"
        )
    return "\n".join(lines)


def _matrix_section(analysis: Record, links: NoteLinks, authors: Authors) -> str:
    hypotheses = analysis["hypotheses"]
    if not analysis["evidence"]:
        return "## Matrix\n\n*No evidence yet.*"
    header = ["Evidence", "Grade", *[f"H{h['position']}" for h in hypotheses], "Diagnosticity"]
    lines = [
        "## Matrix",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---"] * len(header)) + "|",
    ]
    for evidence in analysis["evidence"]:
        cells = [_rating_cell(evidence, h) for h in hypotheses]
        lines.append(
            "| " + " | ".join(
                [_evidence_cell(evidence, links, authors), evidence["grade"] or "—", *cells,
                 str(evidence["diagnosticity"])]
            ) + " |"
        )  # fmt: skip
    footer = ["**Inconsistency**", "", *[f"{h['inconsistency']:g}" for h in hypotheses], ""]
    lines.append("| " + " | ".join(footer) + " |")
    legend = ", ".join(f"{code} {words}" for code, words in ACH_RATING_WORDING.items())
    return "\n".join(lines) + f"\n\n*Ratings: {legend}; each rated cell names who rated it.*"


def _rating_cell(evidence: Record, hypothesis: Record) -> str:
    """``CC · Ana``: the rating and who set it (the rating alone when unattributed)."""
    rating = evidence["ratings"].get(str(hypothesis["id"]), "")
    rater = _rated_by(evidence, hypothesis)
    return _table_cell(f"{rating} · {escape_text(rater)}") if rater else rating


def _evidence_cell(evidence: Record, links: NoteLinks, authors: Authors) -> str:
    """The row's statement linked to its claim's anchor (or its note), with its flags."""
    text = f"“{shorten(evidence['statement'], 90)}”"
    if evidence["kind"] == "claim":
        target = links.to_claim(evidence["document_id"], evidence["claim_id"], text)
    else:
        target = links.to_note(evidence["document_id"], text)
    title = escape_text(evidence["document_title"])
    cell = target or f"{escape_text(text)} (*{title}*, not exported)"
    if evidence["flags"]:
        cell += " ⚠ " + ", ".join(evidence["flags"])
    return _table_cell(cell + _by(evidence, authors, " — added by "))


def _grades_section(analysis: Record) -> str:
    lines = []
    for evidence in analysis["evidence"]:
        grade = claim_grade_text(evidence["reliability"], evidence["credibility"])
        if grade:
            lines.append(f"- {escape_text(shorten(evidence['statement'], 60))}: {grade}")
    return "\n".join(["## Grades", "", *lines]) if lines else ""


def _table_cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no line breaks, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")
