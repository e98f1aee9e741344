"""The subject the parse gives one verb, read as a speaker could be.

Why apart from ``speakers`` (which climbs from a cue through the clauses it hangs on):
what counts as one verb's subject — agreement in number, a passive and its "by" agent,
the "'s" of "has" misread as a passive's "is", a relative "who" standing for the noun
its clause describes — is asked at every step of that climb, and by itself is one
concern with its own rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.cues import PERSON_PRONOUNS, RELATIVE_PRONOUNS
from workbench.nlp.doc_words import lowercase_words_of
from workbench.nlp.speaker_datelines import past_dateline
from workbench.nlp.speaker_gender import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Links climbed from the noun a "who" clause hangs on to the person it is about.
_WHO_CLIMB = 5
#: Finite verbs' tags: only they stand in a sentence with a subject of their own, and only
#: they invert with it after a quotation ("said one attendee"; not "saying one attendee").
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
#: Parts of speech the parser sometimes makes a subject that name nobody ("Of Carson, ...").
_NO_WORDS = frozenset(("ADP", "SCONJ", "PUNCT"))


def nearest_subject(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The usable subject of ``verb``: a person before anything else, then the one
    nearest the verb. The parser gives a verb a second subject when a dateline or place
    opens the sentence (`Washington (AFP) – Clinton has taken ...`, `... in Salem, New
    Hampshire, Trump went after Bush`) or when a reported clause lost its "that" (`Ryan,
    despite admitting ..., the victims do need ...`). A dateline's town standing as the
    subject is never the speaker: the phrase after its dash is (``speaker_datelines``)."""
    subjects = [past_dateline(c) for c in verb.children if _is_subject(c, verb) and usable(c)]
    subjects = [c for c in subjects if c is not None and usable(c)]
    if not subjects:
        return None
    return min(subjects, key=lambda c: (not person_like(c), abs(c.i - verb.i)))


def speaker_subject(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The subject of ``verb`` as a speaker: its nearest subject, a relative "who" read
    as the noun its clause describes (what every reporter of a climbed clause asks)."""
    subject = nearest_subject(verb, usable)
    return through_relative(subject, verb) if subject is not None else None


def _is_subject(child: Token, verb: Token) -> bool:
    """An nsubj/csubj of ``verb`` that is a word (the parser sometimes gives a verb a
    dash as second subject: `public ― Trump boasted`) and agrees with it in number."""
    perfect = child.dep_ == "nsubjpass" and _perfect_read_as_passive(verb)
    if not (child.dep_ in ("nsubj", "csubj") or perfect):
        return False
    if not any(c.isalnum() for c in child.text):
        return False
    return _agrees(child, verb)


def _agrees(subject: Token, verb: Token) -> bool:
    """False when number agreement rules the subject out: a plural common noun is never
    the subject of a verb in the third person singular (`Calls men names like "pigs"`,
    where the parser read the object "men" as subject of an elliptical "Calls"). A
    surname ending in "s" is tagged as a plural too (`Mills then writes back, "..."`):
    a capitalised word the text never writes in lowercase is a name, and agrees."""
    if not (verb.tag_ == "VBZ" and subject.tag_ == "NNS"):
        return True
    return subject.text[:1].isupper() and subject.lower_ not in lowercase_words_of(subject.doc)


def person_like(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS


def by_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent (`was issued by the ministry`)."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def passive_subjects(verb: Token, usable: Callable[[Token], bool]) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubjpass" and usable(c)]


def is_agentless_passive(verb: Token) -> bool:
    """True for a passive verb with no "by" agent (`it was labeled "..."`, `she was told
    "..."`): its subject is what was spoken about or to, never who spoke. "Quoted" is
    the exception: in `Smith was quoted as "..."` the subject is the speaker."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "quote":
        return False
    deps = {child.dep_ for child in verb.children}
    if _perfect_read_as_passive(verb):
        return False
    return "agent" not in deps and bool(deps & {"nsubjpass", "auxpass"})


def _perfect_read_as_passive(verb: Token) -> bool:
    """True for "he's said the same thing" or "she's told reporters that ...": the
    parser reads the "'s" of "has" as the "is" of a passive, but a passive has no
    object and no reported clause. "It's said that ..." stays a passive with no speaker."""
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if len(auxiliaries) != 1 or auxiliaries[0].lower_ not in ("'s", "\u2019s"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ == "it":
        return False
    return any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def through_relative(subject: Token, verb: Token) -> Token:
    """Map "who" in "Miller, who said ..." to the noun the clause modifies."""
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        if subject.lower_ == "who":
            return _person_for_who(verb.head)
        return verb.head
    return subject


def _person_for_who(head: Token) -> Token:
    """The person a "who" clause is about when the parser hung it on the last noun of an
    apposition: in `Charles Hale, a management expert at Stanford University, who stated`
    the clause hangs on "University", but "who" stands for a person, so the name the
    apposition describes speaks. A head that is a person already, or no person up the
    chain of appositions and prepositions, stays as it is."""
    current = head
    for _ in range(_WHO_CLIMB):
        if person_like(current) or current.lower_ in PERSON_NOUNS and current is not head:
            break
        if current.dep_ not in ("pobj", "prep", "appos", "compound") or current.head is current:
            return head
        current = current.head
    while current.dep_ == "appos" and not person_like(current):
        current = current.head
    return current if person_like(current) else head


def subject_before_relative(verb: Token) -> Token | None:
    """The noun a relative clause describes when that clause stands right before a verb
    the parse gave no subject: in `a White House official who spoke anonymously said
    Wednesday, "..."` the parser hangs the official on an earlier noun and leaves "said"
    bare, and in `Sanders, meanwhile, who sits at zero endorsements, said ...` it reads
    the "who" clause as what was said, with Sanders its subject. Either way the one the
    clause describes is the subject of the verb after it; without this a nearby date or
    object ("Wednesday") is taken for the speaker."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ not in ("ROOT", "ccomp"):
        return None  # a participle or a coordinated verb has its subject up the clause
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ not in _NO_WORDS for c in verb.children):
        return None  # "Of Carson, Levine, who ..., said": "Of" is no subject
    return _described_before(verb) or _relative_read_as_complement(verb)


def _described_before(verb: Token) -> Token | None:
    """The head noun of a relative clause ending right before ``verb`` (commas aside)."""
    last = verb.i - 1
    while last > 0 and verb.doc[last].is_punct:
        last -= 1
    clause = verb.doc[last] if last >= 0 else None
    for _ in range(_WHO_CLIMB * 2):
        if clause is None or clause is verb or clause.head is clause:
            return None
        if clause.dep_ == "relcl":
            break
        clause = clause.head
    else:
        return None
    noun = clause.head
    if clause.right_edge.i > last or noun.i > clause.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return None
    between = [c for c in noun.children if c.dep_ == "appos" and noun.i < c.i < clause.i]
    noun = between[-1] if between else noun  # "Of Hale, Bergstrom, who ...": Bergstrom
    return noun if noun.pos_ == "PROPN" else _person_for_who(noun)


def _relative_read_as_complement(verb: Token) -> Token | None:
    """`Sanders, who sits ..., said`: a clause before ``verb`` read as its complement or
    an adverbial clause, with two subjects, a name and the "who" after it: the name (a
    capitalised word, whatever tag the parse gave it) is the verb's subject."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i > verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[1].lower_ == "who" and subjects[0].i < subjects[1].i:
            noun = subjects[0]
            if noun.pos_ not in ("PRON", "DET") and noun.text[:1].isupper():
                return noun
        if len(subjects) == 1 and _has_who_clause(subjects[0]):
            return subjects[0]  # `One attendee, who like others spoke ..., said`
    return None


def _has_who_clause(noun: Token) -> bool:
    """True for a noun a "who" clause describes (`One attendee, who like others ...`)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
        for c in noun.children
    )


def sibling_clause_subject(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The subject of the nearest clause coordinated before a coordinated verb with no
    subject of its own: the parser hangs every conjunct on the first verb, so in `The
    driver stopped, and a neighbour ran out and screamed, "..."` both "ran" and
    "screamed" hang on "stopped"; the one screaming is the neighbour, whose clause
    "screamed" continues, not the driver. Only a finite verb (a participle continues
    the clause it hangs on), and only a conjunct that opens a clause with a subject of
    its own and stands between the first verb and this one."""
    if not _finite_conjunct(verb):
        return None
    siblings = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    for sibling in sorted(siblings, key=lambda c: c.i, reverse=True):
        subject = nearest_subject(sibling, usable)
        if subject is not None and verb.head.i < subject.i < verb.i:
            return through_relative(subject, sibling)
    return None


def name_ending_phrase_before(verb: Token) -> Token | None:
    """The name right before a coordinated verb of saying that has no subject of its own,
    when the parser made that name the object of a phrase before it: in `The commission
    welcomed the news and in a reaction European Commissioner for Competition Neelie
    Kroes said "..."` it reads "for ... Kroes" as a phrase on "Commissioner" and hangs
    "said" on "welcomed", whose subject (the commission) would speak. Nothing stands
    between a name and its verb there; "a statement from Apple said" has a subject."""
    if not _finite_conjunct(verb) or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.dep_ != "pobj" or before.ent_type_ not in ("", "PERSON"):
        return None
    return before if before.head.i > verb.head.i else None


def _finite_conjunct(verb: Token) -> bool:
    """True for a finite verb the parse coordinated with an earlier one ("... and
    screamed"): one that may have no subject of its own. A participle conjunct
    continues the clause it hangs on."""
    return verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS


def name_after_bare_title(subject: Token, verb: Token) -> Token | None:
    """The name a post-posed bare noun introduces, when the parser made the noun the
    subject and the name the object: in `"…," said commuter Rosalind Achebe` (or "said
    shopper", "said neighbour") the noun is the person's description, written like a
    title without an article, and the name speaks (the parser hangs it on the verb or on
    the noun)."""
    if subject.tag_ != "NN" or subject.i != verb.i + 1 or subject.ent_type_:
        return None
    if any(child.dep_ in ("det", "poss", "nummod") for child in subject.children):
        return None
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if after is None or after.ent_type_ != "PERSON" or after.ent_iob_ != "B":
        return None
    entity = next(e for e in subject.doc.ents if e.start == after.i)
    name = entity.root
    return name if name.dep_ in ("dobj", "appos") and name.head.i in (verb.i, subject.i) else None

