"""Find who speaks for a cue word in the dependency parse, as a surface span.

The speaker span is what an analyst would underline: the person's name when the subject
phrase contains one ("State Department spokesperson Matthew Miller" -> "Matthew Miller",
"the spokesperson, Matthew Miller," -> "Matthew Miller"), otherwise the noun phrase
("the spokesperson") or the pronoun ("He"). Canonical names come later, from mentions.
Documents as speakers (who wrote "a statement") are read in ``speaker_documents``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.cues import (
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    according_to_source,
    is_speech_cue,
)
from workbench.nlp.names import is_honorific
from workbench.nlp.speaker_documents import AUTHORING_VERBS, document_author, is_document
from workbench.nlp.speaker_gender import PERSON_NOUNS
from workbench.nlp.speaker_handles import handle_phrase, is_handle
from workbench.nlp.speaker_surface import age_phrase, is_age_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "relcl", "acl")
_NAME_DEPS = ("compound", "flat", "appos", "nmod", "poss")
_NP_LEFT_DEPS = (
    "det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "npadvmod",
)  # fmt: skip
#: Links from a subject to the person it names: "the prosecutor, Ali Mehr," (appos), and
#: the parser's "Institute's director, Dr. Fauci" (conj then appos).
_APPOSITION_DEPS = ("appos", "conj", "prep", "pobj")
_APPOSITION_DEPTH = 4
#: Prepositions whose object belongs to a common-noun speaker ("a spokesperson for the camp").
_PHRASE_PREPOSITIONS = frozenset("for of from at with".split())
_MAX_PHRASE_TOKENS = 6
_FULL_NAME_TOKENS = 2
#: Labels the small model puts on a surname it does not recognise as a person's.
_MISREAD_LABELS = ("ORG", "GPE", "NORP")
_PERSON_LAST_WORDS = "workbench.person_last_words"
#: spaCy's ENT_IOB code for a token inside (not beginning) an entity.
_IOB_INSIDE = 1
#: Verbs by which someone puts out a document whose words are then theirs.
_ISSUING_VERBS = AUTHORING_VERBS | frozenset(("share", "put", "file", "submit", "deliver"))
def _anywhere(token: Token) -> bool:
    return True


def subject_of(verb: Token, usable: Callable[[Token], bool] = _anywhere) -> Token | None:
    """The nsubj of ``verb``, climbing coordinated/adverbial verbs ("..., adding").

    ``usable`` rejects candidates (tokens inside the quotation itself): in
    `"... panic mode," said Leslie Wimes` the parser gives "said" two subjects. A
    passive cue with no "by" agent has no speaker at all (`what is being criticized as
    "..."`): climbing would hand its words to whoever governs the clause.
    """
    if is_agentless_passive(verb):
        return None
    current = verb
    for _ in range(4):
        child = _nearest_subject(current, usable)
        if child is not None:
            if current is not verb:
                return _reporter(current, usable) or _through_relative(child, current)
            return _through_relative(child, current)
        for child in current.children:
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
        named = _gerund_subject(current) or _compound_subject(current)
        if named is not None and usable(named):
            return named
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            return None
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl" and is_document(current.head):
            return _issuer(current.head, usable) or current.head
        current = _through_preposition(current)
    return None


def _reporter(clause: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The subject of the speech verb reporting ``clause``, when the cue was climbed into
    a reported clause: in `Sanders said the process could be "messy," adding, "..."` the
    parser hangs "adding" on "be", but the one adding is the one who said it."""
    if clause.dep_ != "ccomp" or not is_speech_cue(clause.head):
        return None
    subject = _nearest_subject(clause.head, usable)
    return _through_relative(subject, clause.head) if subject is not None else None


def _nearest_subject(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The usable subject of ``verb``: a person before anything else, then the one
    nearest the verb. The parser gives a verb a second subject when a dateline or place
    opens the sentence (`Washington (AFP) – Clinton has taken ...`, `... in Salem, New
    Hampshire, Trump went after Bush`) or when a reported clause lost its "that" (`Ryan,
    despite admitting ..., the victims do need ...`)."""
    subjects = [c for c in verb.children if _is_subject(c, verb) and usable(c)]
    if not subjects:
        return None
    return min(subjects, key=lambda c: (not _person_like(c), abs(c.i - verb.i)))


def _person_like(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS


def is_agentless_passive(verb: Token) -> bool:
    """True for a passive verb with no "by" agent (`it was labeled "..."`, `she was told
    "..."`): its subject is what was spoken about or to, never who spoke. "Quoted" is
    the exception: in `Smith was quoted as "..."` the subject is the speaker."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "quote":
        return False
    deps = {child.dep_ for child in verb.children}
    return "agent" not in deps and bool(deps & {"nsubjpass", "auxpass"})


def _is_subject(child: Token, verb: Token) -> bool:
    """An nsubj/csubj of ``verb`` that is a word (the parser sometimes gives a verb a
    dash as second subject: `public ― Trump boasted`) and agrees with it in number."""
    if child.dep_ not in ("nsubj", "csubj") or not any(c.isalnum() for c in child.text):
        return False
    return _agrees(child, verb)


def _agrees(subject: Token, verb: Token) -> bool:
    """False when number agreement rules the subject out: a plural common noun is never
    the subject of a verb in the third person singular (`Calls men names like "pigs"`,
    where the parser read the object "men" as subject of an elliptical "Calls")."""
    return not (verb.tag_ == "VBZ" and subject.tag_ == "NNS")


def _issuer(document: Token, usable: Callable[[Token], bool]) -> Token | None:
    """Who a document speaks for in `The ministry issued a statement saying "..."`: its
    author when its phrase names one, else the subject of the verb that issued, signed or
    sent it (`Fifty former officials ... signed a letter saying "..."`)."""
    author = document_author(document)
    if author is not None:
        return author
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING_VERBS:
        return None
    return _nearest_subject(verb, usable)


def _gerund_subject(verb: Token) -> Token | None:
    """The person named right before an "-ing" cue that has no subject of its own: in
    "the ad uses footage of Hillary Clinton asking, "..."" Clinton asks, not the ad."""
    if verb.tag_ != "VBG" or verb.dep_ not in _CLIMB_DEPS or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ != "PERSON" or before.dep_ not in ("pobj", "dobj"):
        return None
    return before


def _compound_subject(verb: Token) -> Token | None:
    """The name right before a cue the parser read as a noun compound (`"...," Bozell
    answers.` parsed like "Bozell answers" the noun phrase): the name is the subject."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "compound" or before.head.i != verb.i or before.pos_ != "PROPN":
        return None
    return before


def _through_preposition(verb: Token) -> Token:
    """The next head to climb to: for the "asking" of "Blige sings to Clinton before
    asking her", the verb the preposition hangs on ("sings"), not the preposition, so
    the object "Clinton" is never mistaken for the one asking."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _through_relative(subject: Token, verb: Token) -> Token:
    """Map "who" in "Miller, who said ..." to the noun the clause modifies."""
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def speaker_token(cue: Token, usable: Callable[[Token], bool] = _anywhere) -> Token | None:
    """The head token of the speaker of ``cue`` ("according" uses its object)."""
    if cue.lower_ == "according":
        return according_to_source(cue)
    if cue.pos_ == "NOUN":
        owners = [child for child in cue.children if child.dep_ == "poss" and usable(child)]
        return owners[0] if owners else None
    return subject_of(cue, usable)


def _entity_at(token: Token, labels: tuple[str, ...]) -> Span | None:
    """The entity span covering ``token`` (walking IOB tags: ``doc.ents`` is rebuilt per
    access, which made long documents quadratic)."""
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


def _name_from_children(head: Token) -> Span | None:
    """A PERSON entity at ``head`` or hanging off it (compound, apposition), else the
    ORG/NORP/GPE entity ``head`` itself belongs to.

    Organisations and places that merely modify a common noun are not the speaker: "an
    Interpol spokesperson" and "the German government" are spoken for by the phrase.
    """
    ent = _entity_at(head, ("PERSON",))
    if ent is not None:
        return ent
    for child in head.children:
        if child.dep_ in _NAME_DEPS and child.dep_ != "poss":
            if child.dep_ == "compound" and head.pos_ == "NOUN":
                continue  # "the Trump campaign", "a Clinton aide": the phrase speaks
            ent = _entity_at(child, ("PERSON",))
            if ent is not None and not _is_possessive_ent(ent):
                return ent
    ent = person_in_apposition(head)
    if ent is not None:
        return ent
    return _entity_at(head, SPEAKER_LABELS[1:])


def person_in_apposition(head: Token) -> Span | None:
    """A person named in apposition to the subject, a few links down.

    `According to ISNA, the prosecutor general of Tehran, Ali Mehr, said` parses with
    ISNA as subject and Ali Mehr as an apposition (of "Tehran"): the person speaks. Only
    a name reached by an apposition counts ("a friend of Miller" is not Miller).
    """
    frontier = [head]
    for _ in range(_APPOSITION_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ in _APPOSITION_DEPS]
        for token in frontier:
            if token.dep_ != "appos":
                continue
            ent = _entity_at(token, ("PERSON",)) or _untagged_full_name(token)
            ent = ent or _named_person_noun(head, token)
            if ent is not None and not _is_possessive_ent(ent):
                return ent
    return None


def _named_person_noun(head: Token, name: Token) -> Span | None:
    """The name in apposition to a noun for a person ("her husband, Karim,"), whatever
    label the model gave it (a lone given name is often read as a place)."""
    if head.lower_ not in PERSON_NOUNS or name.pos_ != "PROPN" or name.head.i != head.i:
        return None
    start, end = _proper_run(name)
    return name.doc[start:end]


def _untagged_full_name(token: Token) -> Span | None:
    """ "Pradeep Khosla" in apposition that the small model left untagged: two or more
    proper nouns with no entity label at all (a tagged place or organisation never is)."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return None
    start, end = _proper_run(token)
    if end - start < _FULL_NAME_TOKENS or any(t.ent_type_ for t in token.doc[start:end]):
        return None
    return token.doc[start:end]


def _is_possessive_ent(ent: Span) -> bool:
    """ "Russia's" in "Russia's Foreign Minister" names the employer, not the speaker."""
    last = ent[-1]
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return last.tag_ == "POS" or (nxt is not None and nxt.tag_ == "POS")


def _proper_run(head: Token) -> tuple[int, int]:
    """Token range of the contiguous proper-noun run ending at ``head``."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= head.i:
        start -= 1
    return start, head.i + 1


def _noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of ``head`` with its modifiers to the left and a short "for/of/from"
    phrase to the right ("a spokesperson for the camp", "a statement from the ministry")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _PHRASE_PREPOSITIONS and child.i == end:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            edge = objects[0].right_edge.i if objects else child.i
            if objects and edge - head.i <= _MAX_PHRASE_TOKENS:
                end = edge + 1
            break
    return start, end


def speaker_phrase(head: Token) -> tuple[int, int]:
    """Character span of the speaker of a cue whose subject is ``head``: for a document
    ("a statement from the ministry said"), its author when the phrase names one, else
    :func:`name_phrase`. Only cue sites need the author; a pronoun's antecedent is a
    person already and uses :func:`name_phrase` directly."""
    author = document_author(head)
    if author is not None:
        return speaker_phrase(author)
    return name_phrase(head)


def name_phrase(head: Token) -> tuple[int, int]:
    """Character span of the phrase an analyst would underline around ``head``: the
    person's name when the phrase holds one, else the proper-noun run or noun phrase."""
    doc = head.doc
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head.text)
    if is_handle(head):
        return handle_phrase(head)
    ent = _name_from_children(head)
    if ent is not None:
        return _strip_possessive(_with_given_names(ent))
    if head.pos_ == "PROPN":
        start, end = _proper_run(head)
    elif is_age_noun(head):
        start, end = age_phrase(head)
    else:
        start, end = _noun_phrase(head)
    span = doc[start:end]
    return span.start_char, span.end_char


def _with_given_names(ent: Span) -> Span:
    """A person tagged by surname only ("Sadiq" untagged before "Khan") with the untagged
    proper nouns compounded onto it, so the speaker is not mistaken for another Khan."""
    if ent[-1].ent_type_ != "PERSON":
        return ent
    doc = ent.doc
    start = ent.start
    while start > 0:
        token = doc[start - 1]
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "compound":
            break
        if not ent.start <= token.head.i < ent.end or is_honorific(token.text):
            break
        start -= 1
    return doc[start : ent.end] if start < ent.start else ent


def _strip_possessive(ent: Span) -> tuple[int, int]:
    """Entity span without a trailing "'s" and without a leading article."""
    tokens = [t for t in ent if t.tag_ != "POS"]
    if len(tokens) > 1 and tokens[0].lower_ == "the" and ent.label_ == "PERSON":
        tokens = tokens[1:]
    if not tokens:
        return ent.start_char, ent.end_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def is_misread_surname(token: Token) -> bool:
    """True for a lone capitalised word tagged as a place, organisation or group that
    ends a person's full name elsewhere in the text ("Valastro praised ..." in a text
    naming "Buddy Valastro"): the model misread a surname it did not know."""
    if token.ent_type_ not in _MISREAD_LABELS or not token.text[:1].isupper():
        return False
    if token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN":
        return False
    return token.lower_ in person_last_words(token.doc)


def person_last_words(doc: Doc) -> frozenset[str]:
    """Lowercased last words of the multi-word PERSON entities of ``doc``, read from the
    token array in one pass (``doc.ents`` and token iteration are slow on long texts) and
    kept on the doc: every speaker check of a document asks for them, and the entities
    of a parsed doc never change afterwards."""
    cached = doc.user_data.get(_PERSON_LAST_WORDS)
    if cached is None:
        cached = doc.user_data[_PERSON_LAST_WORDS] = _read_person_last_words(doc)
    return cached


def _read_person_last_words(doc: Doc) -> frozenset[str]:
    from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER

    rows = doc.to_array([ENT_TYPE, ENT_IOB, LOWER])
    person = doc.vocab.strings["PERSON"]
    inside = (rows[:, 0] == person) & (rows[:, 1] == _IOB_INSIDE)
    ends = inside.copy()
    ends[:-1] &= rows[1:, 1] != _IOB_INSIDE
    return frozenset(doc.vocab.strings[int(key)] for key in set(rows[ends, 2].tolist()))
