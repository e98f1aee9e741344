"""Verbs of saying: one vocabulary for the quote finder and the timeline.

Why: the quote finder (``nlp.cues``, lemmas read off a parse) and the timeline's
``said_when`` (words as written: the core has no parser) kept two lists of the same
verbs, which drifted apart. Both read them from here: the lemmas, and the written
forms of a chosen few made by ``written_forms`` (and ``finite_forms`` for the raw-text
rule of ``nlp.quote_misplaced_marks``). The name rules that read words beside a name
(``nlp.consistency``, ``nlp.speaker_descriptions``) read ``SAID`` and
``PERSON_SPEAKING_VERBS`` from here too: they kept small lists of their own.
"""

from __future__ import annotations

#: Verbs of saying and writing: they attribute both direct quotes and reported clauses.
SPEECH_VERBS = frozenset(
    """
    say tell add warn remark inform emphasize emphasise note state explain argue claim
    insist ask write tweet post announce declare report reply respond answer suggest
    indicate disclose reveal confirm deny acknowledge admit assert contend maintain stress
    underscore underline observe comment concede conclude continue complain predict promise
    vow pledge urge recall recount describe cite quip joke shout yell scream whisper mutter
    exclaim proclaim boast brag testify caution allege charge counter retort lament agree
    mention repeat reiterate point blast accuse call dub label brand term criticize criticise
    praise question challenge demand tout signal hint estimate calculate
    insinuate opine muse wonder concur affirm reaffirm clarify elaborate interject
    express voice refer quote recommend propose scoff snap chant notify apologise apologize
    speculate
    """.split()
)

#: Verbs of speaking that give no words ("spoke at the institute", "talking to
#: reporters"): they date a speech but introduce no quotation, so they are no cue.
SPEAKING_VERBS = frozenset({"speak", "talk"})

#: The verbs whose date is the saying's ("said on Tuesday", "spoke Thursday"): the plain
#: verbs of saying and reporting. Not those that also name a deed or a naming, whose date
#: is the deed's ("charged in 2015", "called in 2019", "agreed in 2015"), nor a question
#: or an estimate.
DATING_VERBS = frozenset(
    """
    say tell announce state add write explain claim declare warn insist argue note confirm
    deny tweet testify comment respond reply acknowledge admit allege stress emphasise
    emphasize urge predict promise suggest report indicate remark recall
    """.split()
) | SPEAKING_VERBS

#: The verbs whose past tense beside a name makes it a person speaking ("Smith
#: explained", "tweeted Jones"; ``nlp.consistency``'s weak vote for a person). Narrower
#: than ``DATING_VERBS``: a company or a ministry "confirmed", "reported" or "claimed"
#: as often as a person does, and "posted" is here (a person posts) though its date is
#: not always the saying's.
PERSON_SPEAKING_VERBS = frozenset(
    "say tell add state explain note argue write tweet post reply insist warn announce".split()
)

#: Past tenses that are not the lemma and "-ed" (and verbs that double their last letter).
_PAST = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "admit": "admitted"}
#: Written forms that are nouns far more often than verbs: "peace talks in 2015",
#: "campaign promises in 2015".
_MOSTLY_NOUNS = frozenset({"talks", "promises"})


def written_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The forms a verb is written in before its date: the lemma, "-s", the past tense
    and "-ing" ("say says said saying"). No separate past participle ("written",
    "spoken"): before a date it describes a thing ("a law written in 1787")."""
    forms = set(lemmas) | {_gerund(lemma) for lemma in lemmas}
    return frozenset((forms | finite_forms(lemmas)) - _MOSTLY_NOUNS)


def finite_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The third person and the past tense ("says", "said"): the forms written right
    after a quotation's closing mark (`"…," said Smith`, `"…," Meyer says`)."""
    return frozenset(form for lemma in lemmas for form in (_third_person(lemma), _past(lemma)))


def _third_person(lemma: str) -> str:
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    return lemma + "s"


def _past(lemma: str) -> str:
    if lemma in _PAST:
        return _PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _gerund(lemma: str) -> str:
    if lemma == "admit":
        return "admitting"
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma[:-1] + "ing"
    return lemma + "ing"


def past_tenses(lemmas: frozenset[str]) -> frozenset[str]:
    """The past tense of each verb ("said", "told", "explained"): the form news writes
    beside a speaker's name."""
    return frozenset(_past(lemma) for lemma in lemmas)


#: "said", "says", "told": the forms of the two commonest verbs of saying written right
#: after a speaker's name or description ("the 29-year-old said", "Smith says", "told
#: reporters"); a word that is no modifier of a description (``nlp.speaker_descriptions``).
SAID = finite_forms(frozenset({"say"})) | past_tenses(frozenset({"tell"}))


#: The words after a name that only a person's takes ("Marshall said", "Kim told",
#: "Fedora explained"): the entity rules that keep a name a person's when one mention
#: speaks (``nlp.entity_works``, ``nlp.entity_context_kinds``) read this one list.
PERSON_AFTER_WORDS = SAID | past_tenses(frozenset({"add", "ask", "explain", "write"}))
