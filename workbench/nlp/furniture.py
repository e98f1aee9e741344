"""Page furniture inside an article's text: credits, bylines, captions, dateline tags.

Why: news text arrives with the page around it. "Jane Doe / The Canadian Press" under a
photo, "By Jane Doe, Staff Writer", "TORONTO, Ont. —" and "(Photo: Jane Doe)" name
people and agencies who are not in the story; the model tags them and the quote finder
would take them for speakers. ``furniture_spans`` finds those stretches by rules on
short lines and bracketed credits, so extraction can leave them out. Footers and other
boilerplate lines (``workbench.core.boilerplate``) count as furniture too, for documents
imported before the importer dropped them, and so do inline share bars, e-mail addresses
and URLs (``workbench.nlp.web_furniture``).

Speaker code can ask ``furniture_spans(text).overlaps(start, end)`` for a candidate span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.core.boilerplate import boilerplate_line_spans, is_boilerplate_line
from workbench.core.letters import CAPITAL, SMALL
from workbench.core.span_union import SpanUnion
from workbench.nlp.furniture_bylines import byline_name_lines, is_byline_line
from workbench.nlp.names import NAME_PARTICLE, NAME_WORD
from workbench.nlp.quote_marks import MARK_CHARS
from workbench.nlp.web_furniture import share_bar_spans, web_address_spans

MAX_FURNITURE_LINE = 300
"""Longer lines are prose: only short lines can be a byline, credit or caption."""

_NAME = rf"{NAME_WORD}(?:\s{NAME_WORD}){{0,3}}"
_FULL_NAME = rf"{NAME_WORD}(?:\s(?:{NAME_WORD}|{NAME_PARTICLE})){{1,4}}"
_ORG = rf"(?:The\s)?{CAPITAL}[\w&'\u2019.-]*(?:\s(?:{CAPITAL}[\w&'\u2019.-]*|of|for|and|&)){{0,4}}"
_CREDIT_WORD = (
    r"(?:photo(?:graph)?s?|image|picture|video|file photo|graphic|illustration|credit|"
    r"photo credit|image credit|image source|source|courtesy)"
)
_AGENCIES = (
    r"(?:(?:The\s)?Associated\sPress|AP|(?:The\s)?Canadian\sPress|CP|Reuters|AFP|"
    r"Agence\sFrance-Presse|Bloomberg|Getty\sImages|Getty|EPA|Xinhua|Postmedia(?:\sNews)?|"
    r"Shutterstock|(?:The\s)?Press\sAssociation|PA|UPI|dpa|ANSA|Kyodo|Yonhap)"
)
# the time a story was posted or updated: "5:42 p.m.", "Updated Jan. 5, 2025 10:15 a.m."
_TIME_STAMP = (
    r"(?:(?i:updated|posted|published):?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:\d{4},?\s)?"
    r"(?:at\s)?)?\d{1,2}(?::\d{2})?\s?(?i:[ap]\.m\.)"
)

_LINE_RULES = (
    # "By Jane Doe, Staff Writer" / "By Jane Doe and John Roe | The Daily Planet" / "Posted by
    # Jane Doe | 5:42 p.m." (two or more capitalised words, no closing full stop unless the
    # line ends in a time stamp: "By Tuesday, the army left." and "By Ana Ruiz's count, the
    # polls closed at 8 p.m." are prose)
    re.compile(rf"^(?:(?:Posted|Story|Words|Text|Updated)\s[Bb]y|By)\s(?:{_FULL_NAME}|{_AGENCIES})(?:\s(?:and|&)\s{_FULL_NAME})?"
               rf"(?:\s*[,|\u2013\u2014-]\s*{_TIME_STAMP}$|(?:\s*[,|\u2013\u2014-]\s*.{{0,80}})?(?<![.!?\"\u201d\u2019])$)"),
    # "Photo: Jane Doe / AFP", "Image credit: Reuters", "FILE PHOTO: ..." captions
    re.compile(rf"^[(\[]?{_CREDIT_WORD}\s*(?:by\s|:|\u2013|\u2014|-\s)", re.IGNORECASE),
    re.compile(r"^(?:caption|image caption|photo caption)\s*[:\u2013\u2014-]", re.IGNORECASE),
    # "— The Associated Press", "— With files from Reuters", "Reporting by Jane Doe"
    re.compile(rf"^[\u2013\u2014-]*\s*(?:(?i:with\sfiles\sfrom)\s)?{_AGENCIES}\s*[(.]?$"),
    re.compile(r"^[\u2013\u2014-]*\s*(?:with files from|reporting by|writing by|editing by|"
               r"additional reporting by|compiled by|written by)\s", re.IGNORECASE),
    # "AP writer Jane Doe contributed to this report." / "Jane Doe contributed reporting."
    re.compile(r"^.{0,120}\bcontributed(?:\sreporting|\sto\sthis\s(?:report|story|article))"
               r"(?:\s(?:from|in)\s[^,;]{0,40})?\.?$", re.IGNORECASE),
    # the author's note under a story: "Jane Doe is a reporter for The Daily Planet."
    re.compile(rf"^{_FULL_NAME}\sis\s(?:a|an|the)\s(?:[\w-]+\s){{0,3}}(?:reporter|writer|"
               r"correspondent|editor|columnist|journalist|photographer|contributor|freelancer)"
               r"\b(?!.*\b(?:who|which|said|says|told|when|after|was|were|has|had)\b)"
               r"(?:\s(?:for|at|with|in|based|covering)\b.{0,120})?$"),
    # "More from CTV News" (an outlet's link list), "This story has been corrected ..."
    re.compile(rf"^More\s(?:from|on)\s{_ORG}$"),
    re.compile(r"^(?:this|an earlier version of this) (?:story|article) (?:has been|was) "
               r"(?:corrected|updated)\b", re.IGNORECASE),
    # headlines of other stories: "Related: Council approves budget", "READ MORE: ..."
    # ("Read more:" and "See also:" are boilerplate lines, ``workbench.core.boilerplate``)
    re.compile(r"^(?:related|read also|more from|also read|watch|recommended|trending|"
               r"most read|top stories|editor'?s picks?)\s*:", re.IGNORECASE),
    # a job line under a byline: "Staff Writer", "Senior Reporter, Toronto Bureau"
    re.compile(r"^(?:(?:senior|staff|chief|political|foreign|special)\s)?(?:writer|reporter|"
               r"correspondent|editor|columnist|photographer)(?:\s*[,|]\s*.{0,60})?$",
               re.IGNORECASE),
)
# a credit at the end of a caption line: "... on Tuesday. Jane Doe / The Canadian Press"
_TRAILING_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?:)\]]\s)|(?<=\s\s))(?:(?i:{_CREDIT_WORD})\s*(?::|\sby)\s*)?"
    rf"{_NAME}\s?/\s?{_ORG}\s*$"
)
# a caption's closing credit without a slash: "... in Halifax. Getty Images", "...
# on Tuesday. Credit: Jane Doe for The Daily Planet", "... Jane Doe for The Daily Planet"
_TRAILING_WORD_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?)\]]\s))(?:(?i:photo(?:graph)?|image|credit|photo\scredit)\s*:\s*"
    rf"[^\n]{{1,80}}|{_AGENCIES}(?:\s(?i:photo|images?))?|{_FULL_NAME}\sfor\s{_ORG})\s*$"
)
# bracketed credits anywhere: "(Photo: Jane Doe)", "[Image by Jane Doe/AFP]", "(AP Photo/...)"
_BRACKET_CREDIT = re.compile(
    rf"[(\[](?:{_CREDIT_WORD}|AP\sPhoto|CP\sPhoto|Reuters\sPhoto)\s*(?:by\s|:|/)[^()\[\]\n]{{1,80}}[)\]]",
    re.IGNORECASE,
)
# bracketed credits naming only a person and an agency: "(John Woods/The Canadian Press)"
_BRACKET_NAME_CREDIT = re.compile(
    rf"[(\[](?:{_FULL_NAME}|{_AGENCIES})\s?/\s?(?:{_AGENCIES}|{_ORG})[)\]](?=[ \t]*$)",
    re.MULTILINE,
)
# a caption's bracketed credit ending its line: "... on Sunday. (Photo: Jane Doe/AFP)"
_BRACKET_CREDIT_END = re.compile(rf"(?:{_BRACKET_CREDIT.pattern})\s*$", re.IGNORECASE)
#: Every credit that can close a caption line, for ``_furniture_start``.
_TRAILING = (_TRAILING_CREDIT, _TRAILING_WORD_CREDIT, _BRACKET_CREDIT_END, _BRACKET_NAME_CREDIT)
# an agency followed by a stray opening bracket: "Associated Press (" at a line end
_STRAY_BRACKET = re.compile(rf"\b{_AGENCIES}\s*[(\[]\s*$", re.MULTILINE)
_BRACKET_AT_LINE_END = re.compile(r"[(\[]\s*$", re.MULTILINE)
"""What every stray bracket holds, found by a search that skips to the brackets: the
agency pattern, tried at every word, is looked for only in the few texts that have one."""
# dateline tags: the state/province abbreviation and agency of "TORONTO, Ont. (CP) —"
_DATELINE = re.compile(
    rf"^{CAPITAL}(?:[^\W\d_]|[ .'\u2019-]){{1,40}},\s"
    rf"(?P<abbr>(?:{CAPITAL}{SMALL}{{0,4}}\.){{1,2}}(?:\s?{CAPITAL}{SMALL}{{0,4}}\.)?)"
    r"(?P<agency>\s*\([^()\n]{1,30}\))?\s*(?:\u2014|\u2013|-{1,2})\s",
    re.MULTILINE,
)
# the agency tag of a dateline without a state: "WASHINGTON (AP) —", "LONDON (Reuters) -"
_DATELINE_AGENCY = re.compile(
    rf"^{CAPITAL}(?:[^\W\d_]|[ .'\u2019-]){{1,40}}(?:,\s{CAPITAL}(?:[^\W\d_]|[ .]){{1,20}})?\s"
    rf"(?P<agency>\((?:{_AGENCIES})\))\s*(?:\u2014|\u2013|-{{1,2}})\s",
    re.MULTILINE,
)


def _nonblank_lines(text: str) -> Iterable[tuple[int, str]]:
    """(offset, stripped line) for every non-blank line, long ones too: a long paragraph
    is never furniture, but it stands between a name line and a byline, so dropping it
    would make lines two paragraphs apart look adjacent."""
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            yield position + line.index(stripped[0]), stripped
        position += len(line) + 1


def _furniture_start(line: str) -> int | None:
    """Where furniture starts in a stripped line (0: the whole line), or None.

    Why one helper: the span finder and the quote filter must agree on a line. A byline,
    credit or caption rule makes the whole line furniture; a credit closing a caption
    (slashed, bare or bracketed) takes the caption too when the line is short, else only
    the credit, so a long body paragraph ending in "Getty Images" keeps its prose.
    """
    if len(line) > MAX_FURNITURE_LINE:
        return None
    if any(rule.match(line) for rule in _LINE_RULES) or is_byline_line(line):
        return 0
    credit = next((m for rule in _TRAILING if (m := rule.search(line)) is not None), None)
    if credit is None:
        return None
    return 0 if len(line) <= MAX_FURNITURE_LINE // 2 else credit.start()


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Whole short lines that are bylines, credit or caption lines, or end in a credit,
    and a bare name line beside a whole byline line ("Jane Smith" over "CTV News Toronto
    Digital Journalist")."""
    lines = list(_nonblank_lines(text))
    spans = []
    whole = set()
    for index, (offset, line) in enumerate(lines):
        start = _furniture_start(line)
        if start is not None:
            spans.append((offset + start, offset + len(line)))
            if start == 0:
                whole.add(index)
    for index in byline_name_lines(lines, whole):
        offset, line = lines[index]
        spans.append((offset, offset + len(line)))
    return spans


def is_furniture_line(line: str) -> bool:
    """Tell whether a whole line is a byline, credit, caption, link to another story or
    boilerplate: words in quotation marks there were never said in the story ("Read more:
    Mayor says "we will fix it"", a caption ending in "Jane Doe / The Canadian Press").
    A line wholly inside quotation marks is judged by its words: a quoted footer ('"Follow
    Jane Doe on Twitter."') is still page chrome."""
    stripped = line.strip().strip(MARK_CHARS).strip()
    return bool(stripped) and (_furniture_start(stripped) == 0 or is_boilerplate_line(stripped))


def _pattern_spans(text: str) -> list[tuple[int, int]]:
    """Bracketed credits, agencies with a stray bracket, and dateline tags."""
    spans = [m.span() for m in _BRACKET_CREDIT.finditer(text)]
    spans += [m.span() for m in _BRACKET_NAME_CREDIT.finditer(text)]
    if _BRACKET_AT_LINE_END.search(text):
        spans += [m.span() for m in _STRAY_BRACKET.finditer(text)]
    spans += [m.span("agency") for m in _DATELINE_AGENCY.finditer(text)]
    for match in _DATELINE.finditer(text):
        spans.append(match.span("abbr"))
        if match.group("agency"):
            spans.append(match.span("agency"))
    return spans


def furniture_spans(text: str) -> SpanUnion:
    """Every stretch of ``text`` that is page furniture rather than the story."""
    return SpanUnion([*_line_spans(text), *_pattern_spans(text),
                      *boilerplate_line_spans(text), *share_bar_spans(text),
                      *web_address_spans(text)])
