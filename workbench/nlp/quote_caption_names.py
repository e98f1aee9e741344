"""A broadcaster's caption line introducing a quote: `David Soares/Albany County District
Attorney: "..."`.

Why: television newsrooms publish their scripts with the on-screen caption kept as a
label, the name and then the role after a slash, before a colon and the sound bite. The
tagger runs the name into the role ("David Soares/Albany County District" as one person)
and the parse makes the role the head, so neither a labelled name nor a subject is found
and the quote goes to whoever spoke last. The name is the words before the slash: a short
run of capitalised words starting the label, with nothing but the role after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: A caption's name is a given name and surname, with perhaps a middle name or initial.
_NAME_TOKENS = (2, 3)
#: The role after the slash is short: "Timmons' Attorney", "Albany County District Attorney".
_ROLE_TOKENS = 6


def caption_name(region: Span) -> tuple[int, int] | None:
    """Character span of the name in a `Name/Role` caption that is the whole ``region``
    before a colon, else None."""
    slashes = [t for t in region if t.text == "/"]
    if len(slashes) != 1:
        return None
    name = region.doc[region.start : slashes[0].i]
    role = region.doc[slashes[0].i + 1 : region.end]
    if len(name) not in _NAME_TOKENS or not 0 < len(role) <= _ROLE_TOKENS:
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in name):
        return None
    if not role[0].text[:1].isupper():
        return None
    return name.start_char, name.end_char
