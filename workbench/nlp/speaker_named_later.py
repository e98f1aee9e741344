"""Canonical speakers for a role the text names only after its quotation.

Why: news often credits a quotation to a role first and names its holder a sentence or
two later: `"We won," the mayor told reporters. Mayor Tom Hollis has served since 2010`
or `"...," the spokeswoman said. The spokeswoman, Karen Delgado, declined to give
names`. ``speaker_roles`` looks only back for a holder, so such a phrase kept no entity.
Here the one person the passage after the phrase titles with that role is its speaker,
when nobody before the phrase held the role.

Not when the passage says the speaker stays unnamed ("spoke on condition of anonymity",
"asked not to be named"), nor, after an unnamed one brought in with the noun ("An
officer said ..."), when the later holder is only titled ("Officer Jim Pratt arrested
the driver": another officer may be meant); a definite apposition ("The spokeswoman,
Karen Delgado,") points back at the one already spoken of, so it still counts.
"""

from __future__ import annotations

import re

from workbench.nlp.speaker_roles import TitledPeople

#: How far after the phrase its holder may be named (about two paragraphs).
MAX_LATER_CHARS = 1500
#: How far before the phrase an introduction of the role is looked for.
_PASSAGE_CHARS = 600
_ANONYMOUS = re.compile(
    r"anonymity|anonymously|\bnot (?:to )?be (?:named|identified)\b|"
    r"declined to (?:be named|be identified|give (?:his|her|their) names?)|"
    r"\bnot authori[sz]ed\b|\bunnamed\b|\bunidentified\b",
    re.IGNORECASE,
)
_GAP = r"[ \u00a0]+(?:[\w'\u2019-]+[ \u00a0]+){{0,2}}?"
#: "An officer", "a senior police officer": an unnamed one brought in with the title.
_INDEFINITE = r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)" + _GAP + r"{title}\b"
#: "The spokeswoman, " right before the name: the one already spoken of.
_DEFINITE_APPOSITION = r"\b[Tt]he" + _GAP + r"{title},[ \u00a0]*$"


def role_named_later(titles: TitledPeople, phrase: str, start: int, text: str) -> str | None:
    """The entity of the one person titled after ``start`` with the role the definite
    speaker ``phrase`` names, or None (no such role, no one or several, too far, or a
    speaker the passage leaves unnamed)."""
    later = titles.later_holders(phrase, start)
    role = titles.role(phrase, start)
    if not later or role is None or len({entity for _, entity in later}) != 1:
        return None
    at, entity = later[0]
    if at - start > MAX_LATER_CHARS:
        return None
    opening = max(0, start - _PASSAGE_CHARS)
    if _ANONYMOUS.search(text, opening, at):
        return None
    title = re.escape(role.title.split()[-1])
    introduced = re.compile(_INDEFINITE.format(title=title)).search(text, opening, start)
    apposed = re.compile(_DEFINITE_APPOSITION.format(title=title), re.IGNORECASE)
    if introduced and not apposed.search(text[max(0, at - 60) : at]):
        return None
    return entity
