"""A person's name the model cut short: the surname it left untagged right after the name.

Why: the small model often tags only the first two words of a longer name, most often a
Hispanic name with two surnames: in "Secretary of Justice Wanda Vázquez Garced was sworn
in" it tags "Wanda Vázquez", and every later "Vázquez" resolves to that cut name. The
canonical speaker is then a name the article never writes. The word the model left out
is in the text right after the tagged name, so it is read there, once per mention, and
only when it can be nothing but a name: capitalised, never written in lowercase in the
text, no date, title, generation or company word ("Ben Porter Industries"), no other
entity's word, and the name ends there. The text must also call the person by the cut
name's last word alone ("Vázquez"), as it does a first surname: a role or a company's
head noun after a misread name ("the Divisional Railway Manager", "Matanuska Maid
Dairy") has no such short form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.names import Occupied, is_honorific, name_tokens

#: One more capitalised word after the tagged name, then the end of the name: a
#: punctuation mark, the end of the text, or a lowercase word ("Vázquez Garced was").
_LEFT_OUT_WORD = re.compile(
    r" (?P<word>[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)?)(?=$|[,;:.!?)\"\u201d\u2019]|\s+[a-z])"
)
_NOT_SURNAMES = ORG_HEADS | frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jr sr ii iii iv associates
    """.split()
)
"""Words after a tagged name that are no surname left out: a date, a generation, or a
company word ("Ben Porter Industries"; the organisation heads ``entity_name_heads``
reads, and "Associates")."""
_MIN_WORD = 3
_FULL_NAME_WORDS = 2


def completed_names(
    mentions: Sequence[Mention], text: str, lowercase: frozenset[str]
) -> dict[str, str]:
    """Each tagged person name the text writes longer right where it is tagged ("Wanda
    Vázquez" -> "Wanda Vázquez Garced"); a name completed two different ways is left
    out. ``lowercase`` is the text's lowercase words (``names.lowercase_words``)."""
    occupied = Occupied((m.start, m.end) for m in mentions if m.field == "text")
    alone = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if not _may_be_cut(mention) or mention.entity.split()[-1] not in alone:
            continue
        word = _left_out_word(text, mention.end, lowercase, occupied)
        if word is not None:
            found.setdefault(mention.entity, set()).add(f"{mention.entity} {word}")
    return {name: next(iter(full)) for name, full in found.items() if len(full) == 1}


def _may_be_cut(mention: Mention) -> bool:
    """A model's person name of two words or more, written as its entity (no title)."""
    if mention.label != "PERSON" or mention.field != "text" or mention.text != mention.entity:
        return False
    tokens = name_tokens(mention.entity)
    return len(tokens) >= _FULL_NAME_WORDS and not is_honorific(tokens[0])


def _left_out_word(
    text: str, end: int, lowercase: frozenset[str], occupied: Occupied
) -> str | None:
    """The surname written right after a name ending at ``end``, or None."""
    found = _LEFT_OUT_WORD.match(text, end)
    if found is None:
        return None
    word = found.group("word")
    if not word[0].isupper() or word.isupper() or len(word) < _MIN_WORD:
        return None
    if word.lower() in lowercase or word.lower() in _NOT_SURNAMES or is_honorific(word):
        return None
    if occupied.overlaps(found.start("word"), found.end("word")):
        return None
    return word
