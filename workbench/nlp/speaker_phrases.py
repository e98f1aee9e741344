"""The span an analyst would underline as the speaker, around the subject the parse found.

The person's name when the subject phrase contains one ("State Department spokesperson
Matthew Miller" -> "Matthew Miller", "the spokesperson, Matthew Miller," -> "Matthew
Miller", "her husband, Karim," -> "Karim"), otherwise the noun phrase ("the
spokesperson", "the 34-year-old"), the handle ("@TorontoPolice") or the pronoun ("He").
Split from ``speakers`` (which finds the subject) to keep each module to one concern; the
name a subject phrase holds is found in ``speaker_phrase_names``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.text import is_invisible
from workbench.nlp.names import ONE_MEMBER, designation_end
from workbench.nlp.speaker_documents import document_author, misparsed_reading
from workbench.nlp.speaker_handles import handle_phrase, is_handle
from workbench.nlp.speaker_phrase_names import (
    name_in_phrase,
    person_after_possessive,
    proper_run,
    with_given_names,
)
from workbench.nlp.speaker_surface import age_phrase, is_age_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from workbench.nlp.quote_clauses import CharSpan

_NP_LEFT_DEPS = (
    "det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "npadvmod",
)  # fmt: skip
#: Prepositions whose object belongs to a common-noun speaker ("a spokesperson for the camp",
#: "a source within the ministry"): it says whose. Not "in", which mostly says where
#: ("Marchers in the square").
_PHRASE_PREPOSITIONS = frozenset("for of from at with within".split())
_MAX_PHRASE_TOKENS = 6
#: An unnamed speaker news introduces with "a"/"an" is described at more length, since
#: the description is all the reader learns of them: "a source with knowledge of the
#: team's thinking", "a man wearing ski goggles and a dark blue jacket".
_MAX_INTRODUCED_TOKENS = 10
_INDEFINITE = frozenset("a an another".split())
#: Participles that describe an introduced speaker: "wearing", "holding". Not a past
#: participle: "a memo obtained by the Spectator" says who has it, not who wrote it.
_DESCRIBING_TAGS = frozenset(("VBG",))
#: Verbs of the hedge before an unnamed person's identity: "a man believed to be ...".
_HEDGING_VERBS = frozenset("believe think say understand report know presume".split())
_ASIDE_OPENERS = frozenset((",", "(", ";", ":", "\u2014", "\u2013"))
_QUANTITY_PRONOUNS = frozenset("some all most both none each either neither few".split())
#: Nouns for a piece of something said ("part of the statement"): the whole speaks.
_PARTITIVES = frozenset("part parts portion portions excerpt excerpts section passage".split())


def _noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of ``head`` with its modifiers to the left and a short "for/of/from"
    phrase to the right ("a spokesperson for the camp", "a statement from the ministry")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    longest = _MAX_INTRODUCED_TOKENS if _is_introduced(head) else _MAX_PHRASE_TOKENS
    end = _described_end(head) or _participle_end(head, longest)
    end = end or _hedged_identity_end(head, longest) or head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _PHRASE_PREPOSITIONS and child.i == end:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            edge = _edge_before_aside(objects[0]) if objects else child.i
            if objects and edge - head.i <= longest:
                end = edge + 1
            break
    return start, end


def _is_introduced(head: Token) -> bool:
    """True for a common noun introduced with "a", "an" or "another": someone the text
    has not named ("a source", "a man"), whom only the words after the noun describe."""
    return head.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ in _INDEFINITE for child in head.lefts
    )


def _participle_end(head: Token, longest: int) -> int | None:
    """End of a participle phrase right after an introduced speaker, which says who they
    are: "a man wearing ski goggles said", "a woman holding a sign shouted". Only for
    "a"/"an" nouns: after a definite or named speaker a participle is usually news of
    what they did ("the minister, speaking in Paris,"), not a description."""
    if longest != _MAX_INTRODUCED_TOKENS:
        return None
    for child in head.rights:
        if child.i != head.i + 1 or child.dep_ != "acl" or child.tag_ not in _DESCRIBING_TAGS:
            continue
        edge = _edge_before_aside(child)
        return edge + 1 if edge - head.i <= longest else None
    return None


def _hedged_identity_end(head: Token, longest: int) -> int | None:
    """End of the hedge news puts after someone it cannot name yet: "a man believed to
    be the victim's husband", "a woman thought to be the owner". The hedge is all the
    reader learns of who spoke, so it stays in the phrase (whether the parser made the
    participle the noun's modifier or a verb with the noun as its subject). Only for
    "a"/"an" nouns, as :func:`_participle_end`."""
    if longest != _MAX_INTRODUCED_TOKENS or head.i + 1 >= len(head.doc):
        return None
    hedge = head.doc[head.i + 1]
    if hedge.tag_ not in ("VBN", "VBD") or hedge.lemma_.lower() not in _HEDGING_VERBS:
        return None
    if hedge.head.i != head.i and head.head.i != hedge.i:
        return None  # the hedge modifies the noun, or the noun is the hedge's subject
    complements = [c for c in hedge.children if c.dep_ == "xcomp" and c.lemma_ == "be"]
    if not complements:
        return None
    edge = _edge_before_aside(complements[0])
    return edge + 1 if edge - head.i <= longest else None


def _edge_before_aside(noun: Token) -> int:
    """The last token of ``noun``'s phrase before an aside set off by a comma or bracket:
    "The account for The Bernie and Sid Show, which replaced Imus in the Morning, tweeted"
    is spoken by "The account for The Bernie and Sid Show"; the relative clause only
    describes the show, and with it the phrase grew too long to keep its owner."""
    edge = _edge_before_reading(noun)
    for token in noun.doc[noun.i + 1 : edge + 1]:
        if token.text in _ASIDE_OPENERS:
            return token.i - 1
    return edge


def _edge_before_reading(noun: Token) -> int:
    """The last token of ``noun``'s phrase, before a "read" the parser hung on it: "The
    summary of the decision read in part:" is "The summary of the decision"."""
    for child in noun.rights:
        if misparsed_reading(child) is not None:
            return child.i - 1
    return noun.right_edge.i


def _described_end(head: Token) -> int | None:
    """End of an adjective phrase after the speaker that says who they are, the way news
    describes an unnamed source: "a person familiar with the matter", "sources close to
    the investigation", "someone familiar with the situation". Without it the phrase is
    only "a person", which tells the analyst nothing."""
    for child in head.rights:
        if child.i != head.i + 1 or child.dep_ != "amod" or child.pos_ != "ADJ":
            continue
        if not any(g.dep_ == "prep" for g in child.children):
            return None
        edge = _edge_before_aside(child)  # ", who spoke on condition of anonymity"
        return edge + 1 if edge - head.i <= _MAX_PHRASE_TOKENS else None
    return None


def _partitive_phrase(pronoun: Token) -> tuple[int, int] | None:
    """ "Some of the protesters shouted": a quantity pronoun with the "of" phrase naming
    whom it counts, as "one of the survivors" and "many of the workers" already read
    (those are tagged numbers and adjectives; "some", "all", "most" are pronouns)."""
    if pronoun.lower_ not in _QUANTITY_PRONOUNS:
        return None
    start, end = _noun_phrase(pronoun)
    if end == pronoun.i + 1:
        return None
    last = pronoun.doc[end - 1]
    return pronoun.doc[start].idx, last.idx + len(last.text)


def _described_phrase(pronoun: Token) -> tuple[int, int] | None:
    """ "someone familiar with the situation": an indefinite pronoun with the adjective
    phrase that describes it (see :func:`_described_end`)."""
    end = _described_end(pronoun)
    if end is None:
        return None
    last = pronoun.doc[end - 1]
    return pronoun.idx, last.idx + len(last.text)


def speaker_phrase(head: Token) -> tuple[int, int]:
    """Character span of the speaker of a cue whose subject is ``head``: for a document
    ("a statement from the ministry said"), its author when the phrase names one, else
    :func:`name_phrase`. Only cue sites need the author; a pronoun's antecedent is a
    person already and uses :func:`name_phrase` directly."""
    whole = _whole_of_part(head)
    if whole is not None:
        return speaker_phrase(whole)
    author = document_author(head)
    if author is not None:
        return speaker_phrase(author)
    return name_phrase(head)


def _whole_of_part(head: Token) -> Token | None:
    """The whole a part speaks for: "Part of Trump's tweet read" is Trump's tweet (and so
    Trump); "part" itself is never a speaker."""
    if head.lower_ not in _PARTITIVES:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def name_phrase(head: Token) -> tuple[int, int]:
    """Character span of the phrase an analyst would underline around ``head``: the
    person's name when the phrase holds one, else the proper-noun run or noun phrase.

    Only the part on ``head``'s line: the parser runs a caption or credit into the next
    paragraph ("... Credit: Sarah Kim for The New York Times" / "Smith said") and builds a
    phrase across the break, but attribution never crosses a paragraph.
    (``speaker_phrase_names`` keeps the other half: a name on another line is never
    picked as the phrase's person.)"""
    return _on_line_of(head, *_name_phrase(head))


def _on_line_of(head: Token, start: int, end: int) -> tuple[int, int]:
    """[start, end) cut to the line ``head`` is on, without surrounding spaces. Reads
    only the phrase's own text (``doc.text`` is rebuilt on every access)."""
    span = head.doc.char_span(start, end, alignment_mode="expand")
    if span is None or "\n" not in span.text:
        return start, end
    text, base = span.text, span.start_char
    anchor = min(max(head.idx - base, 0), len(text))
    low = max(start - base, text.rfind("\n", 0, anchor) + 1)
    line_end = text.find("\n", anchor)
    high = end - base if line_end < 0 else min(end - base, line_end)
    while low < high and text[low].isspace():
        low += 1
    while high > low and text[high - 1].isspace():
        high -= 1
    return base + low, base + high


def _name_phrase(head: Token) -> tuple[int, int]:
    doc = head.doc
    if head.pos_ == "PRON":
        described = _described_phrase(head) or _partitive_phrase(head)
        if described is not None:
            return described
        return head.idx, head.idx + len(head.text)
    if is_handle(head):
        return handle_phrase(head)
    ent = name_in_phrase(head)
    if ent is not None and ent[-1].ent_type_ != "PERSON" and is_group_member(head):
        ent = None  # "an Iowa Democrat" speaks, but "a Republican, Mark Amodei," is Amodei
    if ent is not None:
        return _strip_possessive(with_given_names(ent))
    if head.pos_ == "PROPN" and not is_group_member(head):
        start, end = proper_run(head)
    elif is_age_noun(head):
        start, end = age_phrase(head)
    else:
        start, end = _noun_phrase(head)
        owned = person_after_possessive(doc[start:end])
        if owned is not None:
            return owned.start_char, owned.end_char
    span = doc[start:end]
    return span.start_char, span.end_char


def is_group_member(head: Token) -> bool:
    """True for one unnamed member of a party, faith or nationality: "an Iowa Democrat",
    "another Republican", "one Conservative". The phrase speaks, with no entity: the
    group ("Democrat") did not say it, and two such speakers are not one person."""
    if head.ent_type_ != "NORP":
        return False
    return any(
        child.dep_ in ("det", "nummod") and child.lower_ in ONE_MEMBER and child.i < head.i
        for child in head.children
    )


def _strip_possessive(ent: Span) -> tuple[int, int]:
    """Entity span without a trailing "'s" and without a leading article."""
    tokens = [t for t in ent if t.tag_ != "POS"]
    if len(tokens) > 1 and tokens[0].lower_ == "the" and ent.label_ == "PERSON":
        tokens = tokens[1:]
    if not tokens:
        return ent.start_char, ent.end_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


#: Separators a name never ends on; a speaker cut back off the quotation it ran into
#: ("by Politico, [Democratic party insiders ...]") would otherwise keep its comma.
_SPEAKER_TAIL = ",;:\u2013\u2014"


def clean_speaker_span(text: str, speaker: CharSpan | None, quote: CharSpan) -> CharSpan | None:
    """``speaker`` cut back to the name in it, or None when no name is left.

    Why: imported text is untrusted and the phrase is grown from the parse's tokens,
    which include a doubled space, emoji, invisible format characters (zero-width
    space, byte-order mark, direction marks) and closing marks glued to a name. A
    speaker must be a visible name outside the quotation it speaks (``quote``, a direct
    or an indirect one: a reported clause ending on a stray mark grows '‹ minister'
    out of it): the part overlapping the quotation is cut off, blank and format
    characters are trimmed from both ends (and separators from the end, so `by
    Politico, [Democratic party insiders are ...]` leaves 'Politico'), and a span with
    no letter is none (a bare number, `"..." 5 added`, names nobody).
    """
    if not speaker:
        return None
    start, end = speaker
    if start < quote[1] and quote[0] < end:
        start, end = (start, quote[0]) if start < quote[0] else (quote[1], end)
    while start < end and is_invisible(text[start]):
        start += 1
    while end > start and (is_invisible(text[end - 1]) or text[end - 1] in _SPEAKER_TAIL):
        end -= 1
    if not any(char.isalpha() for char in text[start:end]):
        return None
    return start, designation_end(text, start, end)
