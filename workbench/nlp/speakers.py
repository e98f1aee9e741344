"""Find who speaks for a cue word in the dependency parse, as a surface span.

The subject is found here; the span an analyst would underline around it (a name inside
the subject phrase, else the noun phrase or pronoun) is read in ``speaker_phrases``.
Canonical names come later, from mentions. Documents as speakers (who wrote
"a statement") are read in ``speaker_documents``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.cues import according_to_source, is_speech_cue, is_stance_cue
from workbench.nlp.speaker_documents import (
    AUTHORING_VERBS,
    document_author,
    inverted_reading,
    is_document,
    misparsed_reading,
)
from workbench.nlp.speaker_gender import PERSON_NOUNS
from workbench.nlp.speaker_inverted_openings import person_after_opening_verb
from workbench.nlp.speaker_sentence_breaks import participle_cut_off, subject_opening_line
from workbench.nlp.verb_subjects import (
    by_agent,
    is_agentless_passive,
    name_after_bare_title,
    name_ending_phrase_before,
    nearest_subject,
    passive_subjects,
    person_like,
    sibling_clause_subject,
    speaker_subject,
    subject_before_relative,
    through_relative,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "relcl", "acl")
#: Verbs by which someone puts out a document whose words are then theirs.
_ISSUING_VERBS = AUTHORING_VERBS | frozenset(("share", "put", "file", "submit", "deliver"))
#: Verbs that report someone's words `as saying` them: "quoted Manning as saying".
_QUOTING_VERBS = frozenset(("quote", "cite"))
#: Verbs whose object does what their "to" clause says: "led Biden to express", "urged
#: her to say". Not "used this question to demand": the object is a means there.
_CONTROL_VERBS = frozenset(
    "lead prompt force urge ask push persuade encourage invite cause compel inspire drive "
    "spur pressure challenge dare convince move provoke press get".split()
)
#: Pronouns owning a thing that cannot speak by itself ("her reasoning").
_OWNING_PRONOUNS = frozenset("his her their my our its".split())
#: Verbs that send words to someone: their object or "to" phrase is the addressee.
_SENDING_VERBS = frozenset("email e-mail write send text message mail tweet tell address".split())
#: Pronoun objects that can be the one made to speak ("prompted him to say").
_OBJECT_PERSONS = frozenset(("him", "her", "them", "me", "us"))


def _anywhere(token: Token) -> bool:
    return True


def subject_of(verb: Token, usable: Callable[[Token], bool] = _anywhere) -> Token | None:
    """The nsubj of ``verb``, climbing coordinated/adverbial verbs ("..., adding").

    ``usable`` rejects candidates (tokens inside the quotation itself): in
    `"... panic mode," said Leslie Wimes` the parser gives "said" two subjects. A
    passive cue with no "by" agent has no speaker at all (`what is being criticized as
    "..."`): climbing would hand its words to whoever governs the clause. Nor is the
    agent of a passive the cue is coordinated with (`the bill was waylaid by voter
    mistrust - and arguing`): coordinated verbs share a subject, never the agent.
    """
    if is_agentless_passive(verb):
        return None
    current, via = verb, None
    for _ in range(4):
        if via == "conj" and passive_subjects(current, usable):
            return _shared_passive_subject(current, usable)
        child = nearest_subject(current, usable)
        if child is not None:
            if current is not verb:
                return _climbed_subject(child, current, usable)
            named = name_after_bare_title(child, current) or child
            return _object_read_as_subject(child, current, usable) or through_relative(
                named, current
            )
        agent = by_agent(current) if via != "conj" else None
        if agent is not None:
            return agent
        named = _gerund_subject(current) or _compound_subject(current)
        named = named or subject_before_relative(current) or subject_opening_line(current)
        named = named or _object_speaker(current) or person_after_opening_verb(current)
        named = named or sibling_clause_subject(current, usable)
        named = named or name_ending_phrase_before(current)
        if named is not None and usable(named):
            return named
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            if current is verb:
                return participle_cut_off(verb, usable)
            return _reporter(current, usable)
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl" and _speaks_for_head(current):
            return _head_speaker(current.head, usable)
        via = current.dep_
        current = _through_preposition(current)
    return None


def _climbed_subject(child: Token, clause: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The reporter of a climbed-to clause, else its subject ``child``; never the subject
    of a clause inside the quotation (`the latter confirming they were "not ..."`)."""
    reporter = _reporter(clause, usable) or _content_reporter(clause, usable)
    if reporter is None and not usable(clause):
        return None
    return reporter or through_relative(child, clause)


def _shared_passive_subject(head: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The speaker of a verb coordinated with a passive one: the passive's subject, never
    its "by" agent. In `He was interviewed by CNN and said, "..."` the one who said it
    is he, not CNN: coordinated verbs share their subject, and a passive's subject is the
    one it was done to. When that subject is no person (`the move was made by Bratton
    and said` is a misattached "said"), the reporter of the passive clause, if a verb of
    saying reports it (`De Blasio said the move was made by Bratton and said, "..."`)."""
    subject = passive_subjects(head, usable)[0]
    return subject if person_like(subject) else _reporter(head, usable)


def _reporter(clause: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The subject of the speech verb reporting ``clause``, when the cue was climbed into
    a reported clause: in `Sanders said the process could be "messy," adding, "..."` the
    parser hangs "adding" on "be", but the one adding is the one who said it. A belief
    the speaker reported sits between them the same way: in `AMD representatives said
    they believed the fabric was an innovation, characterizing it as "..."` the one
    characterizing is the one who said it, never the fabric."""
    if clause.dep_ != "ccomp":
        return None
    speech = _through_reported_stance(clause.head)
    if not is_speech_cue(speech):
        return None
    return speaker_subject(speech, usable) or _participle_reporter(speech, usable)


def _through_reported_stance(verb: Token) -> Token:
    """The speech verb reporting ``verb`` when ``verb`` is a verb of thinking in a
    reported clause ("said they believed"), else ``verb`` itself."""
    if is_stance_cue(verb) and verb.dep_ == "ccomp" and is_speech_cue(verb.head):
        return verb.head
    return verb


def _content_reporter(clause: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The one whose participle was hung on a "that" clause completing a noun: in
    `Bennett denied the notion that a shakeup is coming, explaining that he was "..."`
    the parser hangs "explaining" on "coming", but what a notion, claim or report says
    never explains it: the subject of the verb whose object that noun is does."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return speaker_subject(noun.head, usable)


def _participle_reporter(speech: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The one speaking through a participle of saying that has no subject of its own:
    in `Ginsburg escalated her criticism, telling CNN that Trump is a "faker" and
    questioning how he has "..."` the parser hangs "questioning" on "is", but the one
    telling (and questioning) is the subject of the clause "telling" adds to, never the
    subject of what was told. Only an adverbial participle climbs ("telling", "adding")."""
    if speech.dep_ != "advcl" or speech.tag_ != "VBG" or speech.head is speech:
        return None
    return speaker_subject(speech.head, usable)


def _issuer(document: Token, usable: Callable[[Token], bool]) -> Token | None:
    """Who a document speaks for in `The ministry issued a statement saying "..."`: its
    author when its phrase names one, else the subject of the verb that issued, signed or
    sent it (`Fifty former officials ... signed a letter saying "..."`)."""
    author = document_author(document)
    if author is not None:
        return author
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING_VERBS:
        return _writer_in(document, usable)
    return nearest_subject(verb, usable) or _participle_subject(verb, usable)


def _participle_subject(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """Who issues a document through a participle with no subject of its own: in `Dicks
    said he too was "shocked", releasing a statement saying "..."` the one releasing is
    the subject of the clause the participle hangs on."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    return subject_of(verb, usable)


def _writer_in(document: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The writer of a document named as the means of an act: in `Jobs resigned in a
    letter to the board stating, "..."` or `wrote in an email saying` the subject of the
    verb wrote it. Not a passive verb's subject (`He was named in a letter saying`)."""
    preposition = document.head
    if document.dep_ != "pobj" or preposition.lower_ not in ("in", "through", "via"):
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or is_agentless_passive(verb):
        return None
    return nearest_subject(verb, usable)


def _gerund_subject(verb: Token) -> Token | None:
    """The person named right before an "-ing" cue that has no subject of its own: in
    "the ad uses footage of Hillary Clinton asking, "..."" Clinton asks, not the ad."""
    if verb.tag_ != "VBG" or verb.dep_ not in _CLIMB_DEPS or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ != "PERSON" or before.dep_ not in ("pobj", "dobj"):
        return None
    return before


def _object_speaker(clause: Token) -> Token | None:
    """The object who speaks in a clause hung on another verb: `Politico quoted Tim
    Manning as saying "..."` (Manning says it, Politico reports it) and `Backlash led
    Biden to express "..."`, `prompted the mayor to state "..."` (the object is made to
    speak). The subject of the governing verb is no speaker there."""
    if clause.dep_ == "xcomp":
        verb, verbs = clause.head, _CONTROL_VERBS
    elif clause.dep_ == "pcomp" and clause.head.lower_ == "as":
        verb, verbs = clause.head.head, _QUOTING_VERBS
    else:
        return None
    if verb.pos_ != "VERB" or verb.i > clause.i or verb.lemma_.lower() not in verbs:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    if not objects:
        return None
    speaker = objects[0]
    if speaker.pos_ in ("PROPN", "NOUN") or speaker.lower_ in _OBJECT_PERSONS:
        return speaker
    return None


def _as_saying(preposition: Token) -> bool:
    """True for the "as saying" (or "as telling", "as stating") of a quoting verb."""
    if preposition.dep_ != "prep" or preposition.lower_ != "as":
        return False
    return any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in preposition.children)


def _compound_subject(verb: Token) -> Token | None:
    """The name right before a cue the parser read as a noun compound (`"...," Bozell
    answers.` parsed like "Bozell answers" the noun phrase): the name is the subject."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "compound" or before.head.i != verb.i or before.pos_ != "PROPN":
        return None
    return before


def _speaks_for_head(participle: Token) -> bool:
    """True when a participle's noun decides who speaks: a document, or an addressee."""
    return is_document(participle.head) or _sender_to(participle.head) is not None


def _head_speaker(noun: Token, usable: Callable[[Token], bool]) -> Token | None:
    """Who speaks through a participle on ``noun``: a document's issuer (else the
    document itself), an addressee's sender."""
    if is_document(noun):
        return _issuer(noun, usable) or noun
    sender = _sender_to(noun)
    return nearest_subject(sender, usable) if sender is not None else None


def _sender_to(addressee: Token) -> Token | None:
    """The verb that sent words to ``addressee``, when a speech participle hangs on it.

    The parser attaches "saying" to the nearest noun: in `The senator emailed supporters
    saying: "..."` or `The campaign sent an email to donors stating "..."` the supporters
    and donors only received the words; the one who sent them speaks. A participle on
    any other noun (`protesters chanting "..."`) stays that noun's.
    """
    verb = addressee.head
    if addressee.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _SENDING_VERBS:
        return verb
    if addressee.dep_ != "pobj" or verb.lower_ != "to" or verb.head.pos_ != "VERB":
        return None
    sender = verb.head
    sent = any(c.dep_ == "dobj" and is_document(c) for c in sender.children)
    return sender if sent or sender.lemma_.lower() in _SENDING_VERBS else None


def _through_preposition(verb: Token) -> Token:
    """The next head to climb to: for the "asking" of "Blige sings to Clinton before
    asking her", the verb the preposition hangs on ("sings"), not the preposition, so
    the object "Clinton" is never mistaken for the one asking."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _object_read_as_subject(
    subject: Token, participle: Token, usable: Callable[[Token], bool]
) -> Token | None:
    """The main verb's subject when the parser read its object as the subject of a speech
    participle: in `The governor tweeted her reasoning saying, "..."` the reasoning is
    what was tweeted and the governor speaks. Only a singular thing a pronoun owns,
    standing between the two verbs, is read so (`..., his aides saying` still speak)."""
    verb = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or subject.tag_ != "NN":
        return None
    if not verb.i < subject.i < participle.i or subject.lower_ in PERSON_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS for c in subject.children):
        return None
    return nearest_subject(verb, usable)


def speaker_token(cue: Token, usable: Callable[[Token], bool] = _anywhere) -> Token | None:
    """The head token of the speaker of ``cue`` ("according" uses its object)."""
    if cue.lower_ == "according":
        return according_to_source(cue) or _name_after_role_word(cue)
    if cue.pos_ == "NOUN":
        owners = [child for child in cue.children if child.dep_ == "poss" and usable(child)]
        return owners[0] if owners else None
    reading = misparsed_reading(cue) or inverted_reading(cue)
    return quoted_source(cue) or reading or subject_of(cue, usable)


#: Lowercase words a role may take between "according to" and the name ("chief engineer").
_ROLE_WORDS_BEFORE_NAME = 3


def _name_after_role_word(according: Token) -> Token | None:
    """The name after a lowercase role in "according to engineer Luis Ortega": the parse
    reads the role word as a verb ("engineer" with "Ortega" its object), so "to" has no
    object and the word after it is no noun. The name's head is the source."""
    doc = according.doc
    start = according.i + 2
    for token in doc[start : start + _ROLE_WORDS_BEFORE_NAME + 1]:
        if token.ent_type_ in ("PERSON", "ORG") and token.pos_ == "PROPN":
            while token.dep_ in ("compound", "flat") and token.head.i > token.i:
                token = token.head
            return token
        if not (token.is_alpha and token.is_lower):
            return None
    return None


def quoted_source(cue: Token) -> Token | None:
    """The one quoted when the cue is the quoting verb itself: in `Detik.com quoted Djamal
    as saying` or `GovExec.com quotes a Senate aide as saying:` the outlet only reports;
    its object said the words. Only with "as" and a verb of saying: in `The Times quoted
    the report` nobody is said to speak, and in `Clinton cited his references to Machado
    as "Miss Piggy"` the one citing labels the words."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in _QUOTING_VERBS:
        return None
    if not any(_as_saying(c) for c in cue.children if c.i > cue.i):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objects or objects[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return objects[0]


