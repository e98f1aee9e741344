"""The house style for the words on commands, as the tests check it: Title Case.

Why here, in the tests: every title is typed in Title Case where it is written
(menus, buttons, docks, dialogs, message boxes) and these tests read them all
(``tests/ui/app/test_label_style.py``, ``test_message_boxes.py``,
``test_wording.py``); the app itself never re-cases a title, which once
changed the file name a title carried ("Merge Field_notes.sqlite Failed").

The rule: every word capitalised except short articles, conjunctions and
prepositions after the first word ("Mark as Claim", "Link to…": the object
the ellipsis asks for follows them); a last word is a particle and
capitalised ("Zoom In"). Check boxes, labels and messages are sentences and
keep sentence case.
"""

from __future__ import annotations

import re

#: Words kept lower case inside a title (articles, short conjunctions and prepositions).
MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
    "into", "of", "off", "on", "onto", "per", "to", "up", "via", "with", "from", "than",
})
_WORD = re.compile(r"[^\s/—–-]+")


def title_case(text: str) -> str:
    """``text`` in the house Title Case; names and codes already capitalised are kept.

    Only a word's first letter is raised (or lowered for a minor word), so
    "ACH" and "CSV" survive; the text of a quoted object ("…") is left alone.
    """
    quoted = text.find("“")
    head, tail = (text, "") if quoted < 0 else (text[:quoted], text[quoted:])
    words = list(_WORD.finditer(head))
    out = list(head)
    for number, match in enumerate(words):
        word = match.group()
        letter = next((i for i, char in enumerate(word) if char.isalpha()), None)
        if letter is None:
            continue
        at = match.start() + letter
        bare = word.strip("&…:.,()").replace("&", "").lower()
        particle = number == len(words) - 1 and not word.endswith("…") and not tail
        minor = 0 < number and not particle and bare in MINOR_WORDS
        out[at] = out[at].lower() if minor else out[at].upper()
    return "".join(out) + tail

