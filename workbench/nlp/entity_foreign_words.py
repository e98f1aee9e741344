"""Words that are no English names: another script's words and Latin species names.

Why: an English article quotes a passage in Russian or Greek, or gives an animal its
scientific name, and the small English model tags those words by where they stand. A new
user then found "Одной" (Russian for "with one") an organisation, "Тюмень" a person, and
"Carcharodon" (the great white shark's genus) a person on the Entities page (issue 15):
noise the model cannot read, whatever label it picked.

* A mention with no Latin letter, in a text a quarter of whose letters or more are Latin,
  is dropped: the model read a word of a language it does not know. (A text nearly all in
  another script keeps its mentions: what is read there is not this rule's business.)
* A species' two-word Latin name, a capitalised genus and a lowercase epithet with a
  Latin ending, set off in brackets or commas as news gives it ("the great white shark
  (Carcharodon carcharias)", "Magellanic penguins, Spheniscus magellanicus,"), is no
  person, body or place: a mention inside it is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.anchored_matches import matches_at

_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_LATIN_SHARE = 0.25
"""A text with more than this share of Latin letters is an English article that may quote
another script at length (a student's Russian answer); below it, the text is another
language's, which this rule leaves alone."""
_BINOMIAL = re.compile(
    r"(?:(?<=\()|(?<=,[ \u00a0]))[A-Z][a-z]{2,}[ \u00a0]"
    r"(?![a-z]*(?:[eiu]ous|ysis|eas)[),;.])"
    r"[a-z]{4,}(?:us|is|as|um|ae|ii|a|i)(?=[),;.])")
"""A genus and a species epithet of six letters or more with a Latin ending, right after
"(" or ", " and right before ")", ",", ";" or "." ("(Carcharodon carcharias)", ",
Spheniscus magellanicus,"); not an English adjective or noun of such an ending
("various", "analysis"), nor a short word ("(Paris area)")."""


def _latin(char: str) -> bool:
    """Tell whether a letter belongs to the Latin script (accented ones too)."""
    return unicodedata.name(char, "").startswith("LATIN")


def _foreign_script(mention: Mention) -> bool:
    """Tell whether a mention has letters and none of them is Latin ("Тюмень")."""
    letters = [char for char in mention.text if char.isalpha()]
    return bool(letters) and not any(_latin(char) for char in letters)


def _written_in_latin(text: str) -> bool:
    """Tell whether most of the text's letters are Latin."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(map(_latin, letters)) > _LATIN_SHARE * len(letters)


_BINOMIAL_OPENERS = re.compile(r"\(|,[ \u00a0]")
"""What stands right before every ``_BINOMIAL`` match: where one can start."""


def _binomial_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each species name the text sets off in brackets or commas: the
    matches ``_BINOMIAL.finditer`` finds, tried only right after a bracket or a comma
    (``anchored_matches``), not at every character of the text."""
    starts = {opener.end() for opener in _BINOMIAL_OPENERS.finditer(text)}
    return [match.span() for match in matches_at(_BINOMIAL, text, starts)]


def without_foreign_words(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` without names in another script than the text's Latin one and
    without those inside a species' Latin name (see the module docstring)."""
    names = [m for m in mentions if m.field == "text" and m.label in _NAME_LABELS]
    foreign = any(_foreign_script(m) for m in names) and _written_in_latin(text)
    species = _binomial_spans(text)
    if not foreign and not species:
        return list(mentions)
    return [m for m in mentions
            if not (m.field == "text" and m.label in _NAME_LABELS
                    and ((foreign and _foreign_script(m))
                         or any(start <= m.start and m.end <= end for start, end in species)))]
