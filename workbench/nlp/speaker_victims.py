"""People the text names as killed, who hold no role a later speaker phrase names.

Why: a court story names two judges, "shot and killed Superior Court Judge Rowland
Barnes" and "Superior Court Judge James Bodiford handed down the sentence", and then
"The judge had advice ...": the slain judge is not the one speaking, so the role has one
living holder. Read from the words right before the name (a verb of killing, then only
the capitalised words of its title), not from any list of names.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL

#: A verb of killing (or "the late") right before a name and its capitalised title:
#: "killed Superior Court Judge ", "slain court reporter " is not (lowercase title).
_KILLED_BEFORE = re.compile(
    r"\b(?:killed|murdered|slain|assassinated|shot\s+dead|stabbed\s+to\s+death|the\s+late)"
    rf"\s+(?:{CAPITAL}[\w.'\u2019-]*\s+){{0,5}}$"
)
#: How far before a name the verb may stand.
_WINDOW = 80


def named_as_killed(text: str, start: int, end: int) -> bool:
    """True when the name from ``start`` to ``end`` is written as the object of a killing
    ("shot and killed Superior Court Judge [Rowland Barnes]") or after "the late"; not
    when it owns what was killed ("killed Senate Leader [Mitch McConnell]'s bill")."""
    if text.startswith(("'s", "\u2019s"), end):
        return False
    return _KILLED_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
