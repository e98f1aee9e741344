"""The person a common-noun subject names with "named" or "called".

"A university student named Wong said, "…"" is Wong speaking, not "A university
student": news English introduces people it knows by one name this way (a protester, a
resident, a voter). The parse hangs the name on the participle ("named" as ``acl`` of the
noun, the name as its ``oprd``/``attr``/``dobj``), which no apposition link reaches; this
module follows that link (issue 15, dev10). Kept apart from ``speaker_phrase_names`` so the
participle's lexicon and links stay in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import OPENING_MARKS
from workbench.nlp.doc_words import entity_at

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Participles that give a noun its name: "a man named Ali", "a student called Wong".
_NAMING_LEMMAS = frozenset({"name", "call"})
#: A person introduced by a name is someone new: "a student named Wong".
_INDEFINITES = frozenset(("a", "an", "another"))
_NAME_LINKS = ("oprd", "attr", "dobj", "xcomp", "appos", "npadvmod")


def person_named_by_participle(head: Token) -> Span | None:
    """The proper name after "named"/"called" hung on the common noun ``head``, or None.

    Only a bare participle right after an indefinite noun counts ("a student named Wong"):
    "a student who named Wong" or "the firm called on Smith" are other constructions (a
    relative clause, a verb's object), a passive "was named" is a verb of the sentence, and
    in "one councillor called Hale "…"" the parser's participle is the verb calling Hale
    the quoted words.
    """
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITES for c in head.children):
        return None  # "one councillor called Hale "…"": a verb calling someone something
    for child in head.children:
        if child.dep_ != "acl" or child.lemma_ not in _NAMING_LEMMAS or child.tag_ != "VBN":
            continue
        if child.i != head.i + 1:
            continue  # "a student … named" far from its noun is no naming participle
        run = _name_after(child)
        if run is not None and run.end < len(run.doc) and run.doc[run.end].text in OPENING_MARKS:
            continue  # the name is what someone was called: quoted words follow it
        if run is not None and any(
            name.dep_ in _NAME_LINKS and run.start <= name.i < run.end for name in child.children
        ):
            return run
    return None


def _name_after(participle: Token) -> Span | None:
    """The name written right after the participle: the PERSON entity starting there, else
    the run of proper nouns (a one-word name the model left untagged)."""
    doc = participle.doc
    first = participle.i + 1
    if first >= len(doc) or doc[first].pos_ != "PROPN":
        return None
    if doc[first].ent_iob_ == "B":
        person = entity_at(doc[first], ("PERSON",))
        if person is not None:
            return person
    end = first + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_punct:
        end += 1
    return doc[first:end]
