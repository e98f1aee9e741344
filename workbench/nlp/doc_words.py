"""Facts about a parsed document's words, read once and kept on the doc.

Why a module of its own: the speaker rules, the pronoun resolver and the quote
reporters all ask whether a capitalised word is a surname the model misread, and
the answer rests on the document as a whole (the last words of its people's full
names, the words it writes in lowercase); reading those per question was the
cost, so they are read once per doc and cached in ``doc.user_data``. The text itself is
handed over by the pipeline (``remember_text``): the string the chunk was parsed from, so
spaCy never joins a chunk's tokens back into it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from workbench.nlp.names import lowercase_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Labels the small model gives a surname it does not know: a place, a body, a group, or
#: a product ("Cole wept" after "Rachel Cole", read as a brand).
_MISREAD_LABELS = ("ORG", "GPE", "NORP", "PRODUCT")
_PERSON_LAST_WORDS = "workbench.person_last_words"
_NAMES_AFTER_GIVEN = "workbench.names_after_given_names"
_LOWERCASE_WORDS = "workbench.lowercase_words"
_TEXT = "workbench.text"
_LOWER_KEYS = "workbench.lower_keys"
_QUOTE_MARKS_BEFORE = "workbench.quote_marks_before"
#: spaCy's ENT_IOB code for a token inside (not beginning) an entity.
_IOB_INSIDE = 1

T = TypeVar("T")


def _kept_on_doc(doc: Doc, key: str, read: Callable[[Doc], T]) -> T:
    """``read(doc)``, read the first time ``key`` is asked of ``doc`` and kept in its
    ``user_data``: one place for the read-once rule every fact of this module follows."""
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = read(doc)
    return cached


def doc_text(doc: Doc) -> str:
    """The document's text, joined once per doc: spaCy rebuilds ``doc.text`` from every
    token on each access, and the entity, quote and speaker passes each want it."""
    return _kept_on_doc(doc, _TEXT, lambda d: d.text)


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was parsed from, as its ``doc_text``: spaCy's
    tokens give back their input exactly (``doc.text == text``), so the pipeline, which
    holds the string anyway, spares spaCy joining every token once per chunk."""
    doc.user_data[_TEXT] = text


def lowercase_words_of(doc: Doc) -> frozenset[str]:
    """Words the document writes in lowercase, read once per doc (only asked for the
    rare capitalised plural subject)."""
    return _kept_on_doc(doc, _LOWERCASE_WORDS, lambda d: lowercase_words(doc_text(d)))


def writes_any(doc: Doc, words: frozenset[str]) -> bool:
    """Tell whether some token's lowercase form is one of ``words`` (written lowercase),
    by the forms' hashes, read once per doc from the token array: a rule that needs a
    word ("Twitter" for a post on a platform) asks this before it looks at any token.

    Why hashes: the array holds them, so no form's string is read; reading the string of
    every distinct form cost more than the question."""
    return not _kept_on_doc(doc, _LOWER_KEYS, _read_lower_keys).isdisjoint(_keys_of(words))


@functools.lru_cache(maxsize=16)
def _keys_of(words: frozenset[str]) -> frozenset[int]:
    """The hashes spaCy stores ``words`` under (the same in every vocabulary)."""
    from spacy.strings import hash_string

    return frozenset(hash_string(word) for word in words)


def _read_lower_keys(doc: Doc) -> frozenset[int]:
    from spacy.attrs import LOWER

    return frozenset(doc.to_array([LOWER]).ravel().tolist())


def quote_marks_before(doc: Doc) -> list[int]:
    """How many quotation-mark tokens come before each token index (and before the end,
    ``len(doc)``), read once per doc from the token array: whether a span leaves a
    quotation open is then one subtraction, with no ``Token`` made per token."""
    return _kept_on_doc(doc, _QUOTE_MARKS_BEFORE, _read_quote_marks_before)


def _read_quote_marks_before(doc: Doc) -> list[int]:
    import numpy
    from spacy.attrs import IS_QUOTE

    marks = doc.to_array([IS_QUOTE]).reshape(-1)
    return [0, *numpy.cumsum(marks).tolist()]


def entity_at(token: Token, labels: tuple[str, ...]) -> Span | None:
    """The entity span covering ``token`` when its label is one of ``labels``, found by
    walking IOB tags: ``doc.ents`` is rebuilt per access, which made long documents
    quadratic, and the speaker rules ask this for many tokens."""
    if token.ent_type_ not in labels:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def is_misread_surname(token: Token) -> bool:
    """True for a lone capitalised word tagged as a place, organisation, group or product,
    or left untagged, that ends a person's full name elsewhere in the text ("Valastro praised
    ..." in a text naming "Buddy Valastro", "Radmall conceded ..." read as a common noun
    after "Ben Radmall"): the model misread a surname it did not know."""
    if token.ent_type_ not in _MISREAD_LABELS and token.ent_type_ != "":
        return False
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN":
        return False
    return token.lower_ in person_last_words(token.doc)


def person_last_words(doc: Doc) -> frozenset[str]:
    """Lowercased last words of the multi-word PERSON entities of ``doc``, read from the
    token array in one pass (``doc.ents`` and token iteration are slow on long texts) and
    kept on the doc: every speaker check of a document asks for them, and the entities
    of a parsed doc never change afterwards."""
    return _kept_on_doc(doc, _PERSON_LAST_WORDS, _read_person_last_words)


def _read_person_last_words(doc: Doc) -> frozenset[str]:
    from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER

    rows = doc.to_array([ENT_TYPE, ENT_IOB, LOWER])
    person = doc.vocab.strings["PERSON"]
    inside = (rows[:, 0] == person) & (rows[:, 1] == _IOB_INSIDE)
    ends = inside.copy()
    ends[:-1] &= rows[1:, 1] != _IOB_INSIDE
    return frozenset(doc.vocab.strings[int(key)] for key in set(rows[ends, 2].tolist()))


def names_after_given_names(doc: Doc) -> frozenset[str]:
    """The texts of the proper nouns written right after a capitalised proper noun ("From"
    in "Al From founded ..."), read once per doc: the surname rule asked it of every
    token of the document for each cue, so a long text's quotes made it quadratic."""
    return _kept_on_doc(doc, _NAMES_AFTER_GIVEN, _read_names_after_given_names)


def _read_names_after_given_names(doc: Doc) -> frozenset[str]:
    return frozenset(
        token.text for token in doc[1:]
        if token.pos_ == "PROPN" and doc[token.i - 1].pos_ == "PROPN"
        and doc[token.i - 1].text[:1].isupper())
