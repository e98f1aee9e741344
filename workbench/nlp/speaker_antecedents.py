"""Who a pronoun speaker ("he said", "she added") stands for, read from the parse.

Why here and not in ``quote_resolution``: the resolver sees only entity mentions, so a
person the small model did not tag ("Pierce said he would ...") or tagged wrongly is
invisible to it. The parse shows subjects, and newsroom prose keeps the person it is
talking about as the subject: the pronoun refers to the governing speaker of its own
sentence ("Pierce said he ..., claiming ...") or else to the person most recently named
as a subject. Gender comes only from the text: "Mr"/"Ms" titles, and which pronoun an
earlier quote by the same person used; given names are not evidence. Group pronouns
("it said", "they added") are read in ``speaker_group_antecedents``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.nlp.cues import is_speech_cue
from workbench.nlp.doc_words import is_misread_surname
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.entity_titles import is_occupation
from workbench.nlp.known_names import KNOWN_LABELS
from workbench.nlp.quote_filters import in_prose
from workbench.nlp.speaker_gender import PERSON_NOUNS, pronoun_gender
from workbench.nlp.speaker_group_antecedents import group_name, is_group_pronoun
from workbench.nlp.speaker_phrase_names import person_in_apposition
from workbench.nlp.speaker_phrases import name_phrase
from workbench.nlp.speaker_title_genders import title_gender_before
from workbench.nlp.speakers import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from workbench.nlp.quote_clauses import QuoteContext

_NOT_PEOPLE = frozenset(("ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "PRODUCT", "EVENT"))
_GOVERNING_DEPS = ("ccomp", "xcomp", "advcl", "conj")
_SUBJECTS = ("nsubj", "nsubjpass")
#: Conjunctions opening a clause that only times another ("after Y testified").
_TIMING_MARKS = frozenset("after before when while until once as since".split())
_OPENER = re.compile(r"\b(?:He|She)\b")
#: How many sentences back a sentence-opening "He"/"She" looks to learn a gender (2 cost
#: PolNeAR dev two speakers: the farther sentence is often not the antecedent).
_LEARN_SENTENCES = 1
#: A subject more sentences back than this loses to a person named just before.
_STALE_SENTENCES = 2
#: How long a title set off after a crediting name may be, in tokens.
_TITLE_TOKENS = 25
_QUOTE_CHARS = frozenset('"“”')
#: How many tokens back a pronoun may look for the subject it continues.
MAX_LOOKBACK_TOKENS = 400


class Antecedents:
    """Resolve pronoun speakers of one chunk in reading order, remembering genders."""

    def __init__(self, ctx: QuoteContext) -> None:
        self.ctx = ctx
        self.gender: dict[str, str] = {}
        self._read_to = 0
        self._after_propn: frozenset[str] | None = None
        self._openers: list[Token] | None = None

    def name_for(self, pronoun: Token) -> str | None:
        """The surface name the pronoun stands for, or None when the parse cannot tell."""
        if is_group_pronoun(pronoun):
            return group_name(self.ctx, pronoun)
        gender = pronoun_gender(pronoun.lower_)
        if gender is None:
            return None
        self._read_narrative(pronoun.i)
        candidate = self._governing(pronoun, gender) or self._recent(pronoun, gender)
        return self._remember(candidate, gender) if candidate is not None else None

    def _recent(self, pronoun: Token, gender: str) -> Token | None:
        """The previous person-like subject, unless it is more than two sentences back and
        a fitting person is named in the pronoun's sentence or the one before ("Police
        spoke with Anne Sacoolas. She informed police ..." is about Sacoolas, not about
        the subject of five sentences back; "Rosa Kline chairs the council. The mayor
        thanked Tom Bell. "...," she said" is still Kline)."""
        subject = self._previous_subject(pronoun, gender)
        if subject is not None and subject.i >= self._window_start(pronoun):
            return subject
        introduced = self._introduced_by_who(pronoun, gender)
        if introduced is not None:
            return introduced
        if subject is not None and subject.i >= self._window_start(pronoun, _STALE_SENTENCES):
            return subject
        return self._nearby_object(pronoun, gender) or subject

    def _introduced_by_who(self, pronoun: Token, gender: str) -> Token | None:
        """The last person the pronoun's sentence or the one before names and describes
        in a relative clause ("The ruling surprised councillor Joan Pike, who had voted
        for the plan. "...," she said"): news brings a new speaker in so, right before
        the quote, and that person outranks the subject of a sentence further back."""
        doc = self.ctx.doc
        found = None
        for i in range(self._window_start(pronoun), pronoun.i - 2):
            token = doc[i]
            if token.ent_type_ != "PERSON" or doc[i + 1].ent_iob_ == "I":
                continue  # not a name's last word
            if doc[i + 1].text == "," and doc[i + 2].lower_ == "who" and self._fits(token, gender):
                found = token
        return found

    def _window_start(self, pronoun: Token, sentences: int = 1) -> int:
        """First token of the sentence ``sentences`` before the pronoun's."""
        start = self.ctx.clause(pronoun).start
        for _ in range(sentences):
            if start == 0:
                break
            start = self.ctx.clause(self.ctx.doc[start - 1]).start
        return start

    def _remember(self, candidate: Token, gender: str) -> str:
        start, end = name_phrase(candidate)
        name = self.ctx.text[start:end]
        if name.split():
            self.gender.setdefault(name.split()[-1], gender)
        return name

    def _read_narrative(self, stop: int) -> None:
        """Learn genders from sentences of the narrative before ``stop`` that open with
        "He"/"She" as main subject ("Harry Dunn was struck ... He died"), so a later "she"
        skips Harry Dunn. Embedded pronouns ("X told Y, after he admitted") are too
        ambiguous to learn from."""
        if self._openers is None:
            self._openers = _capitalised_pronouns(self.ctx)
        for token in self._openers:
            if not self._read_to <= token.i < stop or not self._opens_sentence(token):
                continue
            gender = "m" if token.lower_ == "he" else "f"
            found = self._sole_person_before(token)
            if found is not None and self._fits(found, gender):
                self._remember(found, gender)
        self._read_to = max(self._read_to, stop)

    def _sole_person_before(self, token: Token) -> Token | None:
        """The subject of the nearest earlier sentence (``_LEARN_SENTENCES`` back) naming a
        person, when that sentence names only that one person (learning a gender from
        anything less certain spreads errors)."""
        start = self.ctx.clause(token).start
        for _ in range(_LEARN_SENTENCES):
            if start == 0:
                return None
            previous = self.ctx.clause(self.ctx.doc[start - 1])
            start = previous.start
            people = [t for t in previous if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
            if not people:
                continue
            subjects = [t for t in previous if t.dep_ in _SUBJECTS and t.ent_type_ == "PERSON"]
            return subjects[0] if len(people) == 1 and len(subjects) == 1 else None
        return None

    def _speaking_surname(self, token: Token) -> bool:
        """True for the subject of a speech verb that the text elsewhere writes after a
        given name ("Sanders said" in a text naming "Bernie Sanders"): a person even when
        the model tagged it as an organisation."""
        if token.ent_type_ != "ORG" or not is_speech_cue(token.head):
            return False
        if token.i > 0 and self.ctx.doc[token.i - 1].pos_ == "PROPN":
            return False
        return token.lower_ in self._surnames()

    def _surnames(self) -> frozenset[str]:
        """Lowercased words the text writes right after another proper noun."""
        if self._after_propn is None:
            doc = self.ctx.doc
            self._after_propn = frozenset(
                t.lower_ for t in doc[1:] if t.pos_ == "PROPN" and doc[t.i - 1].pos_ == "PROPN"
            )
        return self._after_propn

    def _opens_sentence(self, token: Token) -> bool:
        """A main-clause subject pronoun first in its sentence, outside quotation marks."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT":
            return False
        return self.ctx.outside(token) and token.i == self.ctx.clause(token).start

    def _nearby_object(self, pronoun: Token, gender: str) -> Token | None:
        """When no subject fits, a person named as an object in the pronoun's sentence or
        the one before ("Police spoke with Anne Sacoolas. "...," she said")."""
        floor = self._window_start(pronoun)
        for i in range(pronoun.i - 1, floor - 1, -1):
            token = self.ctx.doc[i]
            if token.ent_type_ == "PERSON" and self._fits(token, gender):
                return token
        return None

    def _fits(
        self, token: Token, gender: str, governing: bool = False, surname: bool = False
    ) -> bool:
        """A person-like subject not known to be of the other gender.

        The governing speaker of the pronoun's own sentence is strong evidence, so there a
        capitalised subject the small model tagged as an organisation still counts
        ("Sanders shared ..., pointing out he had ..." with "Sanders" read as ORG).
        An organisation the text never needs to name the kind of (``KNOWN_LABELS``: an
        outlet, a platform) is no "he" or "she" even when the model left it untagged: the
        outlet that interviews ("Wikinews spoke to ...", "Reuters asked ...") does not
        answer.
        """
        if not in_prose(self.ctx, token) or token.text in KNOWN_LABELS:
            return False  # "Wikinews spoke to Aroha Ngata ... she said": no outlet is "she"
        if _names_in_apposition(token) and person_in_apposition(token) is not None:
            # "Her husband, Karim,", "One of his deputies, Lisa Grant,": the person
            noun_gender = PERSON_NOUNS.get(token.lower_)
            if noun_gender not in (None, gender):
                return False
            if noun_gender == gender:
                return True  # "His sister, Mahnefah Gray,": not her brother's surname
        elif not self._person_like(
            token,
            surname or (governing and token.ent_type_ == "ORG") or _described_as_person(token),
        ):
            return False
        start, end = name_phrase(token)
        name = self.ctx.text[start:end]
        known = self.gender.get(name.split()[-1]) if name.split() else None
        if known is not None and known != gender:
            return False
        return title_gender_before(token) in (None, gender)

    @staticmethod
    def _person_like(token: Token, misread: bool) -> bool:
        """A person's name, or (``misread``) a capitalised word the model mislabelled."""
        misread = misread and token.text[:1].isupper()
        if token.ent_type_ in _NOT_PEOPLE and not misread:
            return False
        return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" or misread

    def _governing(self, pronoun: Token, gender: str) -> Token | None:
        """ "Pierce said he would not ...": the subject of the verb governing the clause."""
        verb = pronoun.head
        for _ in range(4):
            if verb.dep_ not in _GOVERNING_DEPS or verb.head is verb:
                return None
            verb = verb.head
            subject = subject_of(verb, self.ctx.outside)
            if subject is not None and subject.i != pronoun.i:
                return subject if self._fits(subject, gender, not _is_agent(subject)) else None
        return None

    def _previous_subject(self, pronoun: Token, gender: str) -> Token | None:
        """The person-like subject of the nearest earlier sentence that has one, outside
        quotation marks: of its main clause ("McLenney said Clinton doesn't ..." continues
        McLenney), else of any clause. A subject in the pronoun's own sentence wins over
        earlier sentences ("McCaskill scolded him: "..." she said"), and one in a
        subordinate clause of the sentence before over the main subject of a sentence
        further back ("Flynn spoke first since he was pardoned by Trump. He said"). In
        the pronoun's own sentence a subject of a quoted verb is what the words are about
        (`ATI is "throwing in the towel," he said`), not who says them."""
        doc = self.ctx.doc
        floor = max(0, pronoun.i - MAX_LOOKBACK_TOKENS)
        sentence_start = own = self.ctx.clause(pronoun).start
        fallback = None
        for i in range(pronoun.i - 1, floor - 1, -1):
            if i < sentence_start:
                if fallback is not None:
                    return fallback
                sentence_start = self.ctx.clause(doc[i]).start
            token = doc[i]
            if _credited_after_title(token) and self._fits(token, gender, True):
                return token
            if not self._is_subject(token) or _reported_by(token, pronoun) or _asked_about(token):
                continue
            if i >= own and not self.ctx.outside(token.head):
                continue  # `ATI is "throwing in the towel," he said`: the quote's topic
            speaking = self._speaking_surname(token) or _says_of_self(token, gender)
            if not self._fits(token, gender, speaking, surname=is_misread_surname(token)):
                continue
            if token.head.dep_ == "ROOT" or (
                is_speech_cue(token.head) and not _timed_clause(token.head)
            ):
                return token
            fallback = fallback or token
        return fallback

    def _is_subject(self, token: Token) -> bool:
        """A clause subject on its verb's line. The parser sometimes runs a credit line
        into the next paragraph ("—Mike DeWine, Twitter / ..., Governor Mike DeWine
        postponed it"): the credit's name is read as the subject and the real one as its
        conjunct or apposition, which is the subject then when it is on the verb's line."""
        if token.dep_ in _SUBJECTS:
            return self._on_line_of(token, token.head)
        subject = token.head
        return (
            token.dep_ in ("conj", "appos")
            and subject.dep_ in _SUBJECTS
            and not self._on_line_of(subject, subject.head)
            and self._on_line_of(token, subject.head)
        )

    def _on_line_of(self, token: Token, other: Token) -> bool:
        """True when ``other`` lies in ``token``'s clause (clauses end at line breaks)."""
        clause = self.ctx.clause(token)
        return clause.start <= other.i < clause.end


def _capitalised_pronouns(ctx: QuoteContext) -> list[Token]:
    """Every "He"/"She" token (found in the text: iterating a Doc's tokens is slow)."""
    tokens = []
    for match in _OPENER.finditer(ctx.text):
        span = ctx.doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            tokens.append(span[0])
    return tokens


def _credited_after_title(token: Token) -> bool:
    """True for a name that credits a quotation from after it, its title set off in
    commas before a verb of saying that has no subject of its own ("…, Dana Roe,
    technical manager of research for Brightline, says."): the parse often hangs such a
    name on a noun inside the quotation as an apposition, though it is the one speaking,
    so a "He adds" after it continues that person, whatever label the model gave it."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    if token.i == 0 or doc[token.i - 1].pos_ != "PROPN":
        return False  # a full name, not a lone word
    if any(t.lower_ in ORG_HEADS for t in (token, doc[token.i - 1])):
        return False  # "Acme Holdings, a lender, said": a body
    for i in range(token.i + 2, min(len(doc) - 1, token.i + _TITLE_TOKENS)):
        if doc[i].text in _QUOTE_CHARS or doc[i].is_sent_start:
            return False
        if doc[i].text == ",":
            cue = doc[i + 1]
            return is_speech_cue(cue) and not any(c.dep_ in _SUBJECTS for c in cue.children)
    return False


def _says_of_self(token: Token, gender: str) -> bool:
    """True for a capitalised subject of a verb of saying whose reported clause has a
    subject pronoun of ``gender`` ("25-year-old Guzel said she had come"): a person
    speaking of herself, even when the model tagged the lone name an organisation."""
    verb = token.head
    if not token.text[:1].isupper() or token.pos_ != "PROPN" or not is_speech_cue(verb):
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for child in clause.children:
            if child.dep_ in _SUBJECTS and pronoun_gender(child.lower_) == gender:
                return True
    return False


def _reported_by(subject: Token, pronoun: Token) -> bool:
    """True for the subject of the clause a parenthetical "he said" reports: in "ATI, he
    said, also blends in well" the one speaking is never ATI, what he speaks about."""
    verb = pronoun.head
    return verb.dep_ == "parataxis" and is_speech_cue(verb) and subject.head.i == verb.head.i


def _timed_clause(verb: Token) -> bool:
    """True for a verb of an adverbial clause that only times the main one ("X spoke
    after Y testified"): its subject is background, and the main clause's subject is
    who the next "she said" continues (issue 15). Still the fallback when the main
    subject is no person ("After Y testified, the hearing adjourned")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _TIMING_MARKS for c in verb.children
    )


def _asked_about(token: Token) -> bool:
    """True for a subject inside the question an opening "Asked whether …" participle
    puts ("Asked whether Ridley would resign, she said …"): the person asked about is
    not the one who answers."""
    verb = token.head
    for _ in range(3):
        if verb.lower_ == "asked" and verb.dep_ == "advcl":
            return not any(child.dep_ in _SUBJECTS for child in verb.children)
        if verb.head is verb:
            return False
        verb = verb.head
    return False


def _described_as_person(token: Token) -> bool:
    """True for a name an apposition calls a person by trade ("Nadia Petrov, a
    biostatistician at the University of Washington, said", the name read as an
    organisation): no body is a biostatistician, so the name can be "she"."""
    return any(
        child.dep_ == "appos" and (is_occupation(child.text) or child.lower_ in PERSON_NOUNS)
        for child in token.children
    )


def _is_agent(token: Token) -> bool:
    """True for the "by" agent of a passive ("Imus was dropped by MSNBC after he ..."):
    the governing verb's doer, but not the one its clause is about, so an organisation
    there is no person the small model misread."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _names_in_apposition(token: Token) -> bool:
    """True for a subject that may name its person in apposition: a common noun ("Her
    husband, Karim,") or a partitive "one" ("One of the Vice Presidents, Rebecca Garang,")."""
    return token.pos_ == "NOUN" or (token.pos_ == "NUM" and token.lower_ == "one")
