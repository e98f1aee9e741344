"""Bylines, outlet lines and credits of North American news pages, as whole lines.

Why: a page copied from CBC, CTV, Global News, the Star or HuffPost keeps its byline
block ("Jane Smith · CBC News · Posted: Mar 03, 2019 4:00 AM ET", "CTV News Toronto
Digital Journalist", "Jane Smith, The Canadian Press"), its caption credits without a
slash ("(CBC)", "(Supplied)", "(Submitted by Jane Smith)") and its author notes ("Jane
Smith covers city hall for the Star."). The model tags the names in them and the quote
finder would read them as speakers (issue 15). ``workbench.nlp.furniture`` asks these
rules of each short line, as it asks its own; a bare name line is furniture only beside
such a byline line (``byline_name_lines``), since a name alone elsewhere may be a
subhead.

An outlet is told by its head word ("News", "Press", "Post", "Star", "Globe and Mail",
"HuffPost") ending its name, or a broadcaster's letters, never by any capitalised name:
"Jane Smith, Toronto" or "Jane Smith, Sun Valley" under a quotation is a signature, not a
credit. Alone on a line, a two-word "Word Head" name is an outlet only when known as one
("Toronto Star", not "Good News").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.letters import CAPITAL
from workbench.nlp.names import NAME_PARTICLE, NAME_WORD

_WORD = rf"{CAPITAL}[\w&'\u2019.-]*"
_FULL_NAME = rf"{NAME_WORD}(?:\s(?:{NAME_WORD}|{NAME_PARTICLE})){{1,3}}"
_OUTLET_HEAD = (
    r"(?:News|Press|Post|Star|Times|Mail|Globe|Herald|Journal|Tribune|Gazette|Sun|Chronicle|"
    r"Citizen|Examiner|Observer|Telegram|Telegraph|Network|Radio|Television|TV|Media|Wire|"
    r"HuffPost|Huffington\sPost|Reuters|Bloomberg|Postmedia|Canadian\sPress|Associated\sPress)"
)
_HEAD_FIRST = r"(?:Times\sColonist|Star\sPhoenix|Star\sTribune|Sun\sSentinel|Times\sUnion)"
"""The few outlets whose head word comes first ("Times Colonist"): known by name, since a
head word before another word is otherwise a place ("Sun Valley", "Times Square")."""
_BROADCASTER = r"(?:CBC|CTV|CNN|NBC|ABC|CBS|BBC|NPR|PBS|MSNBC|CP|AP|AFP|APTN|TVO|CityNews)"
OUTLET = (
    rf"(?:(?:THE\s)?(?:CANADIAN|ASSOCIATED)\sPRESS|(?:The\s)?(?:(?:{_WORD}\s(?:and\s)?){{0,2}}{_OUTLET_HEAD}|"
    rf"(?:{_WORD}\s)?(?:News\s{_WORD}|{_HEAD_FIRST}))|"
    rf"(?:{_BROADCASTER}(?:\sNews)?|HuffPost)(?:\s{_WORD})?|{_WORD}\.(?:ca|com))"
)
"""A news outlet's name: "CBC News", "The Globe and Mail", "CTV News Toronto", "HuffPost
Canada", "Global News", "CTVNewsToronto.ca". The head word ends the name (only a "News"
edition takes a place after it): "Sun Valley", "Post Falls" and "Times Square" are places."""
_KNOWN_PAIR = (
    r"(?:Global\sNews|Toronto\s(?:Star|Sun)|(?:National|Financial)\sPost|Ottawa\s(?:Citizen|Sun)|"
    r"Calgary\s(?:Herald|Sun)|Edmonton\s(?:Journal|Sun)|Vancouver\sSun|Montreal\sGazette|"
    r"Windsor\sStar|Winnipeg\sSun|Canadian\sPress|Associated\sPress|Huffington\sPost|"
    r"Washington\sPost|Fox\sNews|Sky\sNews|Yahoo\sNews|Daily\sMail|Irish\sTimes)"
)
"""Two-word outlets known as such: alone on a line, a capitalised word and a head word
("Good News", "Morning Star") is as likely a subhead as an outlet."""
_LONE_OUTLET = (
    rf"(?:{_KNOWN_PAIR}|(?!(?!{_BROADCASTER}\s|The\s){_WORD}\s{_OUTLET_HEAD}$){OUTLET})"
)
"""An outlet alone on its line: any but an unknown two-word "Word Head" pair."""

_DAY_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}"
)
_CLOCK = r",?\s(?:at\s)?\d{1,2}(?::\d{2})?\s?(?i:[ap]\.?m\.?)(?:\s[A-Z]{2,4})?"
_MONTH_DATE = rf"{_DAY_DATE}(?:{_CLOCK})?"
"""A page's date stamp: "Mar 03, 2019 4:00 AM ET", "Monday, March 4, 2019 4:00PM EST"."""
_TIMED_DATE = rf"{_DAY_DATE}{_CLOCK}"
"""A date stamp with its time alone on a line: "Mar 03, 2019 4:00 AM ET"."""
_STAMP = rf"(?i:(?:last\s)?(?:updated|posted|published))\s*:?\s*{_MONTH_DATE}"
_JOB = (
    rf"(?:{CAPITAL}[\w.'\u2019]*(?:\s{CAPITAL}[\w.'\u2019]*)?-based\s)?"
    r"(?i:(?:(?:senior|staff|chief|digital|video|multi-?platform|political|parliamentary|"
    r"foreign|business|health|national|local|associate|assistant|managing|contributing|"
    r"special|investigative|online|web|news)\s){0,2}"
    r"(?:journalist|reporter|writer|correspondent|producer|editor|columnist|photographer|"
    r"videojournalist|contributor))"
)
"""A reporter's job under a byline: "Digital Journalist", "Vancouver-based reporter"."""
_SEPARATOR = r"\s*[\u00b7\u2022|]\s*"

BYLINE_RULES = (
    # "Jane Smith · CBC News · Posted: Mar 03, 2019 4:00 AM ET | Last Updated: ...",
    # "Jane Smith · Reporter": parts of a byline set apart by middle dots or bars
    re.compile(rf"^(?:By\s)?{_FULL_NAME}(?:\s(?:and|&)\s{_FULL_NAME})?(?:{_SEPARATOR}"
               rf"(?:{OUTLET}|{_STAMP}|{_JOB}|The\s{_OUTLET_HEAD}))+$"),
    # "Posted: Mar 03, 2019 4:00 AM ET | Last Updated: March 3, 2019" alone on its line
    re.compile(rf"^(?:{_STAMP}|{_TIMED_DATE})(?:{_SEPARATOR}{_STAMP})?$"),
    re.compile(r"^(?i:handout|supplied|file\sphoto)$"),
    # "CTV News Toronto Digital Journalist", "Jane Smith Staff Reporter"
    re.compile(rf"^(?:(?:{OUTLET}|{_FULL_NAME}),?\s)?{_JOB}$"),
    # "Jane Smith, The Canadian Press", "— Jane Smith, HuffPost Canada", "Global News" alone
    re.compile(rf"^(?:[\u2013\u2014-]\s*)?(?:{_FULL_NAME},\s{OUTLET}|{_LONE_OUTLET})(?<!\.)$"),
    # the author's note: "Jane Smith covers city hall for the Star.", "Reach Jane Smith at
    # jsmith@example.com"
    re.compile(rf"^{_FULL_NAME}\s(?:covers|writes\sabout|reports\son)\s[^.!?\"\u201c]{{1,80}}"
               rf"\sfor\s(?:the\s)?{OUTLET}\.?$"),
    re.compile(rf"^(?i:reach|contact|e-?mail)\s{_FULL_NAME}\s(?i:at|on)\s\S+\.?$"),
)
"""Whole-line rules: a line one of them matches is furniture throughout."""
MAX_CAPTION = 150
"""Longer lines ending in such a credit are prose: a caption is short."""
_BRACKET_CREDIT = re.compile(
    rf"(?:^|^.{{0,{MAX_CAPTION}}}[.!?]\s)\((?:{OUTLET}|(?i:supplied|handout|submitted|"
    rf"submitted\sphoto|file\sphoto|file)(?:\sby\s{_FULL_NAME})?)\)$")
"""A caption's closing credit without a slash: "... on Monday. (CBC)", "(Supplied)",
"(Submitted by Jane Smith)", "(Global News)"; no full stop after the bracket. Round
brackets only: a digest item's source in square ones ("... [Reuters]") closes a summary
of a story, not a caption."""
_MAX_BYLINE = 160
"""Longer lines are no byline, outlet or author's line (a caption may be, up to its credit)."""

_NAME_LINE = re.compile(rf"^(?:By\s)?{_FULL_NAME}(?<!\.)$")
"""A name alone on its line; one closed by a full stop ("Marwa Hamdy.") is a caption's
sentence, not a byline's."""


def is_byline_line(line: str) -> bool:
    """Tell whether a stripped short line is a byline, outlet line or credit line.

    Only a line ending in a bracket can end in a bracketed credit, and only the other
    rules can match any other line: each line is tried against the rules that can match."""
    if line.endswith(")"):
        return len(line) <= MAX_CAPTION and _BRACKET_CREDIT.match(line) is not None
    return len(line) <= _MAX_BYLINE and any(rule.match(line) for rule in BYLINE_RULES)


def byline_name_lines(lines: Sequence[tuple[int, str]], furniture: set[int]) -> list[int]:
    """Indexes of bare name lines ("Jane Smith") standing right before or after a line
    already judged furniture in ``furniture`` (its byline's job or date line).

    Why: CTV and Global News put the author's name on its own line above "CTV News
    Toronto Digital Journalist" or "Posted March 3, 2019"; alone, a name line may be a
    subhead or a signature, so only its neighbour tells. ``lines`` must hold every
    non-blank line, long paragraphs too, so a neighbour is the adjacent line.
    """
    found = []
    for index, (_, line) in enumerate(lines):
        if index in furniture or not _NAME_LINE.match(line):
            continue
        if index - 1 in furniture or index + 1 in furniture:
            found.append(index)
    return found
