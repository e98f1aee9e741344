"""Speakers read from word order where the parse of a post-posed attribution fails.

Why: the small model misparses the commonest attribution of news writing whenever its
speaker is no name it knows, and the word order alone still says who spoke:

* `"...," the 43-year-old said` — a person named by their age: "old" hangs on the verb
  as an adjective and the verb has no subject;
* `"...," said one attendee, who ...` — the noun after an inverted cue taken as the
  subject of the relative clause's verb;
* `"...," said Const. Mike Williams` — the sentence cut after an abbreviated title the
  tokenizer does not know ("Const", "Insp", "Det"), the title taken as the subject;
* `Caloundra coach Geoff Ingram said` — a long role phrase misread ("coach" as a verb,
  the club as the subject): the person named right before the cue speaks;
* `Secretary of the Air Force James Roche: "..."` — a speaker label before a colon, its
  long title parsed as the subject: the name that ends the label speaks.

Only the surface next to the cue counts: the noun phrase that fills the gap between the
closing mark and the cue, or that follows a cue opening the attribution.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.doc_words import lowercase_words_of
from workbench.nlp.names import is_honorific
from workbench.nlp.quote_marks import MARK_CHARS
from workbench.nlp.verb_subjects import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_AGE_UNITS = ("year", "month", "week", "day")
#: Parts of speech of a speaker label's title and name ("Secretary of the Air Force James Roche").
_LABEL_POS = frozenset(("PROPN", "NOUN", "ADP", "DET", "CCONJ", "ADJ"))
#: "43 - year - old": the tokens of an age noun before "old".
_AGE_TOKENS = 4
#: Longest noun phrase read between a closing mark and its cue ("a senior government
#: official"); anything longer is a clause, not a speaker.
_PHRASE_TOKENS = 6
#: Tokens a cue may stand after the closing mark and still open the attribution (a comma
#: written outside the marks).
_OPENING_TOKENS = 1
_PHRASE_OPENERS = ("DET", "NUM")
_PHRASE_INNER = frozenset(("DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT"))
#: Words a noun phrase after an inverted cue is built of ("a Toronto councillor").
_PHRASE_HEADS = frozenset(("NOUN", "PROPN"))


def is_age_noun(token: Token) -> bool:
    """True for the "old" of "the 46-year-old said": a person named by their age, which
    the small model tags as a DATE like any other span of years."""
    doc = token.doc
    if token.lower_ != "old" or token.i < 2 or doc[token.i - 1].text != "-":
        return False
    return doc[token.i - 2].lemma_.lower() in _AGE_UNITS


def age_phrase(token: Token) -> tuple[int, int]:
    """Token range of "the 43-year-old" around its "old" (with the article, if any)."""
    start = max(0, token.i - _AGE_TOKENS)
    doc = token.doc
    if start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    return start, token.i + 1


def is_title_before_name(token: Token) -> bool:
    """True for an abbreviated title the tokenizer does not know, split from its period,
    with a name right after on the same line: "Const" in `Const. Mike Williams`. The
    sentence splitter often ends a sentence there. Only a title counts ("Trump. Biden
    ..." is two sentences), written against its period."""
    doc = token.doc
    i = token.i
    if token.whitespace_ or not is_honorific(token.text):
        return False
    if i + 2 >= len(doc) or doc[i + 1].text != "." or "\n" in doc[i + 1].whitespace_:
        return False
    return doc[i + 2].pos_ == "PROPN" and doc[i + 2].text[:1].isupper()


def name_after_title(token: Token) -> Token | None:
    """The name after an abbreviated title the sentence splitter cut at: for "Const" in
    `said Const. Mike Williams`, "Williams" (the last proper noun of the name)."""
    doc = token.doc
    if token.pos_ != "PROPN" or not is_title_before_name(token):
        return None
    end = token.i + 2
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and "\n" not in doc[end].whitespace_:
        end += 1
    return doc[end]


def post_posed_speaker(cue: Token) -> Token | None:
    """The head of the noun phrase that names the speaker of a post-posed attribution
    the parse left without a subject: right before the cue when it fills the gap from
    the closing mark (`"...," the 16-year-old told police`), else right after a cue that
    opens the attribution (`"...," said one attendee, who ...`)."""
    return _phrase_before(cue) or _phrase_after(cue)


def closes_quote(doc: Doc, end: int) -> bool:
    """True when the tokens before ``end`` are a closing mark, maybe with a comma. A
    whitespace token (a no-break space the parser keeps as its own token: `,”\xa0added
    Gowdy`) is no word between them."""
    i = end - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    for _ in range(_OPENING_TOKENS + 1):
        if i < 0 or not doc[i].is_punct:
            return False
        if doc[i].text in MARK_CHARS or doc[i].text == "''":
            return True
        i -= 1
    return False


def _phrase_before(cue: Token) -> Token | None:
    doc = cue.doc
    start = cue.i
    while start > 0 and cue.i - start < _PHRASE_TOKENS and doc[start - 1].pos_ in _PHRASE_INNER:
        if doc[start - 1].is_punct and doc[start - 1].text != "-":
            break
        start -= 1
    if start == cue.i or not closes_quote(doc, start):
        return None
    last = doc[cue.i - 1]
    if is_age_noun(last):
        return last
    if doc[start].pos_ not in _PHRASE_OPENERS or last.pos_ != "NOUN":
        return None
    return last


def _phrase_after(cue: Token) -> Token | None:
    doc = cue.doc
    if cue.tag_ not in FINITE_TAGS or not closes_quote(doc, cue.i):
        return None  # "... values," saying the city ...: a participle is no inversion
    i = cue.i + 1
    while i < len(doc) and i - cue.i < _PHRASE_TOKENS and doc[i].pos_ in ("DET", "NUM", "ADJ"):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in _PHRASE_HEADS:
        return None
    if i == cue.i + 1 and doc[i].ent_type_ != "PERSON":
        return None  # a bare noun after the verb is its object ("told reporters"); a
        # person's name is the inverted subject the parse took for one ("added Murphy")
    return _phrase_head(doc, i, cue.i + _PHRASE_TOKENS)


def _phrase_head(doc: Doc, i: int, limit: int) -> Token:
    """The last noun of the noun run starting at ``i`` on one line: "councillor" in "a
    Toronto councillor", "Democrat" in "another New Hampshire Democrat" (the place words
    only modify the head; the parse often takes the whole run for the cue's object)."""
    while (
        i + 1 < min(len(doc), limit)
        and doc[i + 1].pos_ in _PHRASE_HEADS
        and "\n" not in doc[i].whitespace_
    ):
        i += 1
    return doc[i]


def person_before_cue(
    cue: Token, head: Token | None, outside: Callable[[Token], bool]
) -> Token | None:
    """The person whose name ends right before the cue (`Caloundra coach Geoff Ingram
    said`, `Longtime Imus in the Morning writer Rob Bartlett tweeted`), when the parse
    found no subject, made a name that is no person's the subject, or a role joined to
    the name ("producer and writer Sam Ortiz"). A common noun or pronoun subject keeps
    its place ("A lawyer for John Smith said"). ``outside`` rejects quoted words."""
    if cue.i == 0 or cue.pos_ != "VERB":
        return None
    before = cue.doc[cue.i - 1]
    if before.ent_type_ != "PERSON" or not outside(before):
        return None
    if head is None:
        return before
    misread = head.pos_ == "PROPN" and head.ent_type_ != "PERSON"
    joined = before.dep_ == "conj" and before.head.i == head.i
    return before if (misread or joined) and head.i < before.i else None


def labelled_name(mark: Token, region: Span) -> Token | None:
    """The person a speaker label names right before its colon: in an exchange printed as
    `Secretary of the Air Force James Roche: "..."` the long title parses as the subject
    and the name hangs off it, but the label ends in the speaker's name. A comma never
    labels (`In a message to John Smith, "..."` is no word of Smith's), nor a name that
    ends a clause (`the message he sent to vice chairman Mark Seidenberg: "..."` is the
    sender's): the label is a title and name alone, with nothing but punctuation before."""
    last = region[-1]
    if mark.text != ":" or last.ent_type_ != "PERSON" or last.pos_ != "PROPN":
        return None
    start = last.i
    while start > region.start and region.doc[start - 1].pos_ in _LABEL_POS:
        start -= 1
    if start > region.start and not region.doc[start - 1].is_punct:
        return None
    return last


#: Entity labels an inverted speaker's name may carry (the model often gives it none).
_NAME_LABELS = frozenset(("", "PERSON", "ORG"))


def inverted_name_after(cue: Token) -> Token | None:
    """The name right after a post-posed cue, whatever the tagger made of it: in `"...,"
    said Skelly, explaining he worked ...` the model read "Skelly" as an adverb, and the
    nearest name left was the "he" of the clause "explaining" reports. A capitalised word
    the text never writes in lowercase, right after a finite cue that follows the closing
    mark and before punctuation or the sentence's end, is the inverted subject. So is one
    a relative "who" follows (`"...," added Immelman who follows in the footsteps of Gary
    Player`), whatever label the model gave it: "who" stands for a person, and the names
    in the clause it opens never spoke."""
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i < cue.i:
        cue = cue.head  # `"...," said Skelly, explaining: "..."`: the one who said explains
    doc = cue.doc
    if cue.tag_ not in FINITE_TAGS or not closes_quote(doc, cue.i) or cue.i + 1 >= len(doc):
        return None
    name = doc[cue.i + 1]
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    person = after is not None and after.lower_ == "who"
    if not (name.is_alpha and name.text[:1].isupper()):
        return None
    if name.ent_type_ not in _NAME_LABELS and not (person and name.ent_type_ == "NORP"):
        return None
    if name.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX"):
        return None
    if after is not None and not (after.is_punct or after.is_space or person):
        return None
    return None if name.lower_ in lowercase_words_of(doc) else name
