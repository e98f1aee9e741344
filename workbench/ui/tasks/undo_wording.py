"""Edit → Undo/Redo wording: the store's history labels read as Title-Case verb phrases.

The store records a short, lower-case label per action that names its object in curly
quotes ("Rate evidence “Army moved troops” as II", "Tag span “Kyiv said…” with topics/army";
libraries from before session 7 hold the bare "Rate evidence II") and keeps it in the
library file, where the command line shows it too. The menu is a title, so the GUI words it
here: the template's own words get capitals ("Rate Evidence", "Tag Span"), an old label's
bare grade gets its "as" ("… as II"), an Admiralty grade its name ("… as credibility 2"),
and what the analyst typed or the article said — quoted names, tag paths, questions — is
shown exactly as stored, never re-cased.
"""

from __future__ import annotations

import re

# The store's label templates, up to where the analyst's own words begin, longest first.
# Each maps to its menu wording; a template already in title form ("Highlight", "Merge")
# needs no entry (an unknown label gets a capital first letter).
_PREFIXES: dict[str, str] = {
    "New analysis": "New Analysis",
    "Edit analysis question": "Edit Analysis Question",
    "Delete analysis": "Delete Analysis",
    "Add hypothesis": "Add Hypothesis",
    "Edit hypothesis": "Edit Hypothesis",
    "Remove hypothesis": "Remove Hypothesis",
    "Add evidence": "Add Evidence",
    "Remove evidence": "Remove Evidence",
    "Rate evidence": "Rate Evidence",
    "Clear rating": "Clear Rating",
    "Add note": "Add Note",
    "Edit note": "Edit Note",
    "Change highlight colour": "Change Highlight Colour",
    "Delete claim": "Delete Claim",
    "Delete annotation": "Delete Annotation",
    "Mark claim": "Mark Claim",
    "Change claimant": "Change Claimant",
    "Link claims": "Link Claims",
    "Link suggested claim": "Link Suggested Claim",
    "Remove link": "Remove Link",
    "Reject suggestion": "Reject Suggestion",
    "Rename tag": "Rename Tag",
    "Change type of": "Change Type of",
    "Add alias": "Add Alias",
    "Remove alias": "Remove Alias",
    "Merge tag": "Merge Tag",
    "Hide mention": "Hide Mention",
    "Move mention": "Move Mention",
    "Dismiss duplicate suggestion": "Dismiss Duplicate Suggestion",
    "Grade source": "Grade Source",
    "Grade document": "Grade Document",
    "Grade claim": "Grade Claim",
    "Clear grade of claim": "Clear Grade of Claim",
    "Clear grade of document": "Clear Grade of Document",
    "Clear grade of": "Clear Grade of",
    "Resolve conflict": "Resolve Conflict",
    "Tag document": "Tag Document",
    "Tag span": "Tag Span",
    "Remove tag": "Remove Tag",
    "Delete tag": "Delete Tag",
    "Update document": "Update Document",
    "Re-attach annotation": "Re-attach Annotation",
}
_ORDERED = sorted(_PREFIXES, key=len, reverse=True)

# A grade or rating standing alone at the end: ACH ratings (CC … NA), Admiralty codes
# (A-F, 1-6, or both: "B2"). "Rate evidence II" → "Rate Evidence as II".
_GRADE_TAIL = re.compile(r"^(?P<head>.*\S)\s+(?P<grade>CC|C|N|I|II|NA|[A-F][1-6]?|[1-6])$")
_GRADED = ("Rate Evidence", "Grade Source", "Grade Document", "Grade Claim")
_ADMIRALTY = ("Grade Source", "Grade Document", "Grade Claim")


def undo_wording(label: str) -> str:
    """The menu wording of one history label; an unknown label only gets a capital first letter.

    Why not ``str.title()``: it would re-case what the analyst typed ("iPhone", "al-Assad",
    tag paths), and the label must still name their object as they wrote it.
    """
    for prefix in _ORDERED:
        if label == prefix or label.startswith(prefix + " "):
            worded = _PREFIXES[prefix] + label[len(prefix):]
            return _with_as(worded) if worded.startswith(_GRADED) else worded
    return label[:1].upper() + label[1:]


def _with_as(worded: str) -> str:
    """Put "as" before a trailing grade so it does not read as part of the object's name,
    and say what an Admiralty grade is: "as credibility 2", "as reliability B".

    The store writes "as" itself since session 7; only older libraries' labels need it.
    Why the grade's name: "Undo Grade Claim “…” as 2" left the analyst to know that
    2 is a credibility (the CLI's history keeps the store's shorter label).
    """
    match = _GRADE_TAIL.match(worded)
    if match is None:
        return worded
    head, grade = match["head"].removesuffix(" as"), match["grade"]
    return f"{head} as {_grade_name(worded, grade)}{grade}"


def _grade_name(worded: str, grade: str) -> str:
    """The grade's name, with its space: a claim's 1-6 is a credibility, A-F a reliability."""
    if not worded.startswith(_ADMIRALTY):
        return ""  # an ACH rating ("as II") says itself
    if grade.isdigit():
        return "credibility "
    return "reliability " if len(grade) == 1 else ""
