"""A document named by its noun alone ("the report said") speaks for the organisation whose
document the passage named it as ("The NCAA report says ...").

Why: news introduces a written source with its owner ("The NCAA report says", "a UN
report released on Monday", "the Pentagon's statement") and then cites it bare: "...,
the report said". The bare phrase was kept as speaker text with no entity, so the
quote had no canonical speaker, though the text says whose words they are. Only an
organisation written right before the same noun counts ("the NCAA report", "NCAA's
report"), the nearest one before the citation within its passage; a person's letter or
a report with no owner written is left alone. An organisation (or a country) that "issued a
statement" or "released its report" owns it too ("the statement", "the American
statement" after it), and so does one that spoke through it ("Canada Post said on
Wednesday in a statement", "X, in a statement, said"), a relative clause set off by
commas between them or not ("X, which runs six hospitals, said in a statement"). An
organisation opening its clause right after a phrase naming its document ("In a press
statement released Nov. 10, the White House urged") owns it too, for a later "...,
read the press release." The issuer must head its clause: one after "of", "for" or "at" is
what someone else is named by ("Critics of Meta, which owns Facebook, said in a
statement": the critics' statement), so no owner is taken then.

A speaker already resolved owns the document it spoke through, whatever its kind and
however its phrase was read ("In a written response to questions, the department said
..." then `"...," the response said`; "Ms Lund said in a letter ... the letter said"):
``spoken_through`` reads the same two wordings next to the earlier speaker spans, so a
reply, an email or a letter, which are people's as often as bodies', count there. The
noun written again between, save as "the letter" pointing back, brings in another
document of that kind ("The company answered with a letter of its own", "officials
released another email"): which one is cited is not for the noun to decide, so no one
is credited. An organisation that answered with such a document ("Hartwell Hospital
replied on Wednesday with a letter of its own") owns it though: an answer is the
answerer's own, whoever else wrote a letter before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.core.time_words import CAPITALISED_MONTH_NAME
from workbench.nlp.mentions_before import mentions_before
from workbench.nlp.names import previous_word
from workbench.nlp.speaker_agencies import written_noun

#: Written sources news cites by their noun once their owner was named: an organisation's
#: (a narrower set than ``speaker_documents.DOCUMENT_NOUNS``, whose letters and tweets
#: are people's too), so named apart from it.
CITED_DOCUMENTS = frozenset(
    "report statement study survey memo memorandum filing audit review assessment "
    "complaint ruling release warning".split()
)
#: "the report", "the press release", and a document named by its owner's nationality
#: ("the American statement", after "The United States issued a statement").
_BARE = re.compile(
    rf"(?:the|The)[ \u00a0]+(?:press[ \u00a0]+|{CAPITAL}{SMALL}+[ \u00a0]+)?([a-z]+)")
#: "In a press statement released Nov. 10, the White House": an organisation written right
#: after a phrase naming its document (issue 15, dev10: `"...", read the press release.`);
#: the phrase may hold an abbreviation's full stop ("Nov. 10"), a year's comma ("Nov.
#: 10, 2026") and a weekday's ("Friday, Oct. 3") but no sentence end and no other comma:
#: the organisation must open the clause right after it, not stand further on in it ("In
#: a statement, Metrolinx said that the builder, Crosslinx, had ..." is Metrolinx's
#: statement, not the builder's).
_WEEKDAYS_COMMA = rf"(?<=day),[ \u00a0]+(?={CAPITALISED_MONTH_NAME}[ \u00a0]+\d)"
""""Friday, Oct. 3": a weekday's comma before its date, no clause's."""
#: From a document's noun to the clause it opens, read up to that clause's subject.
_DOCUMENT_TO_CLAUSE = (
    rf"\b(?:[^,.;\"\u201c\u201d]|,[ \u00a0]+\d{{4}}\b|{_WEEKDAYS_COMMA}"
    rf"|\.(?![ \u00a0]+{CAPITAL})){{0,60}}"
    r",[ \u00a0]+(?:the[ \u00a0]+)?$"
)
_INTRODUCED_BY_DOCUMENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"(?:{'|'.join(sorted(CITED_DOCUMENTS))})" + _DOCUMENT_TO_CLAUSE
)
_INTRODUCTION_CHARS = 100
#: The passage an owner is looked for in (about two paragraphs).
MAX_OWNER_DISTANCE = 1500
_OWNER_LABELS = frozenset(("ORG",))
#: Who puts out a document: an organisation, or a country's government by its name ("The
#: United States issued a statement").
_ISSUER_LABELS = frozenset(("ORG", "GPE"))
#: A relative clause set off by commas between the issuer and its verb ("St. Luke's
#: Health, which runs six hospitals, said in a statement"): the subject is still X.
_RELATIVE_CLAUSE = r"(?:,[ \u00a0]+(?:which|who)\b[^,.;:\"\u201c\u201d]{{1,100}},)?"
#: The document itself after its verb: "a statement", "its annual report", "an email", "a
#: special air quality statement" (up to three words before the noun).
_DOCUMENT = r"[ \u00a0]+(?:a|an|its|their|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?{noun}\b"
#: "X issued a statement", "X has released its report": X wrote the document.
#: "X said in a statement", "X said on Wednesday in a statement", "X, in a statement,
#: said": X spoke through the document.
_ISSUING = (
    _RELATIVE_CLAUSE
    + r"(?:[ \u00a0]+(?:(?:has|had|have)[ \u00a0]+)?(?:issued|released|published|put[ \u00a0]+out)"
    r"|[ \u00a0]+(?:said|says|stated|announced|wrote)(?:[ \u00a0]+[\w.-]+){{0,3}}?[ \u00a0]+in"
    r"|,[ \u00a0]+in)"
    + _DOCUMENT
)
#: "X answered on Thursday with a letter", "X replied with an email": X wrote it, a
#: letter or an email included, for an answer is the answerer's own.
_ANSWERING = (
    r"[ \u00a0]+(?:answered|replied|responded)(?:[ \u00a0]+[\w.,-]+){{0,3}}?[ \u00a0]+with"
    + _DOCUMENT
)

#: Documents a speaker may speak through, cited bare after ("the response said").
SPOKEN_DOCUMENTS = CITED_DOCUMENTS | frozenset(
    "response reply answer email e-mail letter note memo message post".split())
#: "In a written response to questions, [speaker]": the document opening the speaker's
#: clause, read as an organisation's introducing document is (``_DOCUMENT_TO_CLAUSE``).
_OPENS_CLAUSE = r"\b(?:[Ii]n|[Tt]hrough)"
_OPENS_CLAUSE_CHARS = 140
#: An apposition set off after a speaker's name ("Maria Lund, the chief engineer, said").
_APPOSITION = re.compile(r",[ \u00a0]+[^,.;:\"\u201c\u201d]{1,80},")

#: Words before the document noun written again that point back at the one already named
#: ("In the letter, Moore added"); any other ("a letter of its own", "another email", "the
#: company's letter") names another document of that kind.
_POINTING_BACK = frozenset(("the", "that", "this"))
#: Words before the noun's spelling that make it a verb ("failing to report their role",
#: "they will email"): no document is brought in.
_VERB_BEFORE = frozenset(
    "to will would could should can may might must did does do not never they we i you".split())

#: Words before a name that make it part of another noun's phrase, not the clause's
#: subject ("Critics of Meta", "Parents of pupils at Ridgeway Academy").
_GOVERNED_AFTER = frozenset(("of", "for", "at"))

#: The "and" (or "&") joining an issuer to the name written before it, and how far back
#: it is looked for.
_JOINED_BEFORE = re.compile(r",?[ \u00a0]+(?:and|&)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_JOINED_CHARS = 12


def document_owner(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The organisation whose ``phrase`` ("the report", a speaker text at ``start``) the
    passage before named, or None; None too when another document of the kind is
    written between ("The NCAA report says … A second report, by the players' union, …
    the report said"). ``mentions`` are sorted by start."""
    bare = _BARE.fullmatch(phrase.strip())
    if bare is None or bare.group(1) not in SPOKEN_DOCUMENTS:
        return None
    if bare.group(1) not in CITED_DOCUMENTS:
        return _answered_with(bare.group(1), start, mentions, text)
    noun = bare.group(1)
    owned = re.compile(rf"(?:['\u2019]s?)?[ \u00a0]+{noun}\b")
    issuing = re.compile(_ISSUING.format(noun=noun))
    for mention in mentions_before(mentions, start, within=MAX_OWNER_DISTANCE):
        named = owned.match(text, mention.end) if mention.label in _OWNER_LABELS else None
        if named is not None or (
            mention.label in _OWNER_LABELS and _introduced_by_document(mention, text)
        ):
            since = named.end() if named is not None else mention.end
            return None if _another_document(noun, text, since, start) else mention
        issued = issuing.match(text, mention.end) if mention.label in _ISSUER_LABELS else None
        if issued is not None:
            if _joint_issuer(mention, mentions, text) or _governed(mention, text):
                return None
            return None if _another_document(noun, text, issued.end(), start) else mention
    return None


def _answered_with(
    noun: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The organisation that answered with the letter or email ``noun`` names ("Hartwell
    Hospital replied on Wednesday with a letter of its own"), the nearest such before
    ``start``; None when another document of the kind is written after its own."""
    answering = re.compile(_ANSWERING.format(noun=re.escape(noun)))
    for mention in mentions_before(mentions, start, within=MAX_OWNER_DISTANCE):
        answered = answering.match(text, mention.end) if mention.label in _ISSUER_LABELS else None
        if answered is not None:
            if _joint_issuer(mention, mentions, text) or _governed(mention, text):
                return None
            return None if _another_document(noun, text, answered.end(), start) else mention
    return None


def _joint_issuer(mention: Mention, mentions: Sequence[Mention], text: str) -> bool:
    """True when ``mention`` ends a list of issuers ("Acme Corp and Beta Inc said in a
    statement", "Ford and the UAW said in a joint statement"): the document is theirs
    together, no one of them speaks for it alone."""
    joined = _JOINED_BEFORE.search(text, max(0, mention.start - _JOINED_CHARS), mention.start)
    if joined is None:
        return False
    return any(
        other.label in _ISSUER_LABELS and other.end == joined.start() for other in mentions
    )


def _governed(mention: Mention, text: str) -> bool:
    """True when ``mention`` (or "the" before it) follows "of", "for" or "at": it belongs
    to the phrase of a noun before it, which heads the clause ("Critics of Meta said")."""
    word = previous_word(text, mention.start)
    if word.lower() == "the":
        word = previous_word(text, text.rindex(word, 0, mention.start))
    return word.lower() in _GOVERNED_AFTER


def _introduced_by_document(mention: Mention, text: str) -> bool:
    """True when the organisation opens its clause right after a phrase naming its
    document ("In a press statement released Nov. 10, the White House urged ...")."""
    start = max(0, mention.start - _INTRODUCTION_CHARS)
    return _INTRODUCED_BY_DOCUMENT.search(text, start, mention.start) is not None


def spoken_through(
    phrase: str, start: int, spoken: Sequence[tuple[int, int, str]], text: str
) -> str | None:
    """The speaker of ``spoken`` (resolved speaker spans with their entities, in reading
    order) that the passage before ``start`` said spoke through the document ``phrase``
    cites ("the response"): "In a written response ..., <speaker> said" or "<speaker>
    said in an email" (an apposition between: "X, the chief engineer, said"); the nearest
    such, else None."""
    bare = _BARE.fullmatch(phrase.strip())
    if bare is None or bare.group(1) not in SPOKEN_DOCUMENTS:
        return None
    noun = re.escape(bare.group(1))
    issuing = re.compile(_ISSUING.format(noun=noun))
    opening = re.compile(_OPENS_CLAUSE + _DOCUMENT.format(noun=noun) + _DOCUMENT_TO_CLAUSE)
    for speaker_start, speaker_end, entity in reversed(spoken):
        if speaker_end > start:
            continue
        if start - speaker_end > MAX_OWNER_DISTANCE:
            return None
        set_off = _APPOSITION.match(text, speaker_end)
        after = set_off.end() if set_off is not None else speaker_end
        through = issuing.match(text, after)
        if through is not None or opening.search(
            text, max(0, speaker_start - _OPENS_CLAUSE_CHARS), speaker_start
        ):
            since = through.end() if through is not None else speaker_end
            return None if _another_document(bare.group(1), text, since, start) else entity
    return None


def _another_document(noun: str, text: str, since: int, start: int) -> bool:
    """True when ``noun`` is written between ``since`` (the document a speaker spoke
    through) and ``start`` (its citation) other than as "the letter" pointing back at
    it: "a letter of its own", "another email" bring in a second document of the kind."""
    return any(
        previous_word(text, found.start()).lower() not in _POINTING_BACK | _VERB_BEFORE
        for found in written_noun(noun).finditer(text, since, start)
    )
