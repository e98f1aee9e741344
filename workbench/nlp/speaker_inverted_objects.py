"""The inverted subject of a cue after a quote that the parser read as its object.

After a quotation news English puts the verb of saying before its subject: `"...,"
said the mayor`. The small model parses "said" so, but with a rarer verb it reads the
speaker as the verb's object: `"...," tweeted another.`, `"...," opined Boston's Daily
Ledger.`, `"...," wrote one reader.` The quote then had no speaker at all, since an
object is never one. Word order is the evidence here: the verb comes right after the
closing mark, has no subject of its own, and its object ends the clause (a phrase that
names a person inside it, "a protester using the pseudonym Katya", is left to the
nearest-name rule, which gives the person). Verbs whose object is whom they address
("told reporters", "asked the judge") keep their reading: there the speaker is elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.speaker_surface import closes_quote

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose direct object is the one addressed, never the one speaking.
_ADDRESSING_VERBS = frozenset(
    "tell ask inform notify assure remind warn advise answer thank promise urge "
    "question interview quote cite call".split()
)
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl"))
_CLAUSE_ENDS = frozenset((".", ",", ";", "!", "?", ":"))


def inverted_object(cue: Token) -> Token | None:
    """The object of ``cue`` read as its inverted subject (see the module docstring), or
    None."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() in _ADDRESSING_VERBS:
        return None
    if not closes_quote(cue.doc, cue.i):
        return None
    if any(child.dep_ in _SUBJECTS for child in cue.children):
        return None
    objects = [child for child in cue.children if child.dep_ == "dobj" and child.i > cue.i]
    if len(objects) != 1 or not _ends_clause(objects[0]) or _names_someone_inside(objects[0]):
        return None
    return objects[0]


def _names_someone_inside(obj: Token) -> bool:
    """True when a person is named inside the object's phrase but is not its head ("a
    protester using the pseudonym Katya"): the name next to the cue is the speaker the
    reader needs, and the nearest-name rule finds it."""
    return any(t.ent_type_ == "PERSON" and t.i != obj.i for t in obj.subtree)


def _ends_clause(obj: Token) -> bool:
    """True when nothing but punctuation follows the object's phrase in its sentence."""
    last = max(t.i for t in obj.subtree)
    doc = obj.doc
    after = last + 1
    return after >= len(doc) or doc[after].text in _CLAUSE_ENDS or doc[after].is_space
