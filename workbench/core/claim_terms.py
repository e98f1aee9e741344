"""What a claim is made of, for matching: its terms, names, numbers and key predicate.

Why names are kept apart from common words: the stemmer folds "Cooper" and
"cooperation" into one stem, so a claim about cooperation would match a quote
by someone called Cooper. A capitalised word inside a sentence is a name term
here; a name and a common word only match when their surface forms are nearly
the same length ("Iran's" / "Iran"), never by stem alone. Adjacent name words
form one *unit* ("Hong Kong", "Betty Ford Center"): evidence is counted in
units, so a single shared place is one piece of evidence, not two. A headline in
Title Case or capitals (``headline_cased``) has no names by its capitals: each of
its words is a unit of its own, matched by near-equal forms if capitalised. A grouped
number ("126,000") or a name with digits ("COVID-19") is one word (``WORD_PATTERN``),
read the same in the claim and in every candidate: "126,000" never shares "000" with
"35,000", and "COVID-19" is one piece of evidence, not "COVID" and "19".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from workbench.core.sentences import STOPWORDS, stem

# One word to claim matching, on the claim's side and on every candidate's (``claim_documents``):
# a grouped number ("126,000", "1.5") or a name joining letters and digits by a hyphen
# ("COVID-19", "F-16"; "G7" is one run anyway) before any other run of letters and digits.
# The look-ahead for a digit and the hyphen read after a run only make the search faster (a
# name's letters are read once, and a number's alternatives tried only at a digit).
WORD_PATTERN = (r"(?=\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+\.\d+)"
                r"|[^\W_]+(?:['’][^\W_]+|(?<=[^\W\d_])-\d[^\W_]*)?")
_TOKEN = re.compile(WORD_PATTERN + r"|[.!?;:]", re.UNICODE)
# Digits after a letter, or after a letter and a hyphen, are part of a name ("G7", "COVID-19"):
# no number (nor are the digits after them, "6" of "F-16").
_NUMBER = re.compile(r"(?<![^\W_])(?<![^\W\d_]-)(?:\d[\d,.]*\d|\d)")
_NUMBER_WORDS = {
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100", "thousand": "1000", "million": "million",
    "billion": "billion",
}  # fmt: skip
# The other way round ("40" -> "forty"): a claim writing digits finds a report writing words,
# unless the digits are a day or a clock time ("Nov. 12", "12 January", "12:19"), never
# written in words.
_DIGIT_WORDS = {digits: word for word, digits in _NUMBER_WORDS.items() if digits != word}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_DATE_BEFORE = re.compile(r"(?:\b" + _MONTH + r"\.?|\d\s?:)\s?$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^(?:\s?:\s?\d|(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + ")",
                         re.IGNORECASE)
# Capitalised in any sentence, yet not names that tell one event from another.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# The look-ahead for a number word's first letter only makes the search faster (the regex
# engine tries the alternatives at far fewer places); it finds the same words.
_WORD_NUMBER = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in _NUMBER_WORDS})) + "])("
                          + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
CANDIDATE_WORDS = 16
# Title Case or capitals (``headline_cased``): content words of three letters or more, each
# starting a word ("elected" of "Re-elected" is no lower-case word of its own).
_CONTENT_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}")
HEADLINE_WORDS = 3
# Capitalised words after a title's "of (the)" from which the last two are a person's
# name ("Speaker of the House Nancy Pelosi"), not the title's owner.
_TITLE_WITH_NAME = 3
# Latin letters with accents, each to its base letter (one code point for one: offsets hold).
_ACCENT_FOLD = {
    code: decomposed[0]
    for code in range(0xC0, 0x250)
    if len(decomposed := unicodedata.normalize("NFD", chr(code))) > 1
    and all(unicodedata.combining(mark) for mark in decomposed[1:])
}
# Any character ``_ACCENT_FOLD`` changes.
_FOLDABLE = re.compile("[" + "".join(sorted(chr(code) for code in _ACCENT_FOLD)) + "]")
# Surface forms longer than this by more than NAME_SLACK letters never match a name.
NAME_SLACK = 2
# Past-tense verbs that do not end in -ed but carry news claims.
_IRREGULAR_PREDICATES = frozenset(
    "won lost hit struck shot killed beat fled left sent sold bought began broke fell gave "
    "held led met paid ran rose sank stole swore threw took wrote caught fought".split()
)


@dataclass(frozen=True)
class Term:
    """One distinct thing to look for: a stem, the words it came from, and its evidence unit."""

    key: str
    # The words it came from, each in every spelling another text may use (``_spellings``:
    # "five" and "5", "40" and "forty").
    surfaces: frozenset[str]
    is_name: bool
    unit: int
    # Matched only by near-equal forms, as a name is: a name (always strict), or a capitalised
    # word of a headline in Title Case, which may be one ("Cooper Says ..." never finds
    # "cooperation").
    strict: bool = False

    @functools.cached_property
    def spellings(self) -> frozenset[str]:
        """Every stem that counts as this term in another text: its surfaces' (the key's
        among them), stemmed once per term, since every candidate document asks."""
        return frozenset({self.key, *(stem(surface) for surface in self.surfaces)})


@dataclass
class ClaimTerms:
    """The claim's terms by key, with their weights, its numbers and its key predicate."""

    terms: dict[str, Term] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    numbers: frozenset[str] = frozenset()
    predicate: str | None = None
    words: tuple[str, ...] = ()

    @property
    def total_weight(self) -> float:
        """Sum of the term weights (the most a document can cover)."""
        return sum(self.weights.values())


def normalise_number(token: str) -> str:
    """'1,200' -> '1200', '3.0' stays '3.0'; number words ('five') become digits."""
    lowered = token.lower()
    if lowered in _NUMBER_WORDS:
        return _NUMBER_WORDS[lowered]
    return lowered.replace(",", "")


def numbers_in(text: str) -> frozenset[str]:
    """Numbers written in ``text`` (digits or words, normalised), years and counts alike.

    A case-blind match also takes look-alikes ("ſix" with a long s, the Kelvin sign
    for "k") that lower-casing does not turn into the word: those are no number.
    """
    digits = {normalise_number(m.group()) for m in _NUMBER.finditer(text)}
    words = {number for w in _WORD_NUMBER.findall(text)
             if (number := _NUMBER_WORDS.get(w.lower())) is not None}
    return frozenset(digits | words)


def claim_terms(text: str, weight_of: Callable[[str], float]) -> ClaimTerms:
    """Split a claim into weighted terms; ``weight_of(word)`` gives a word's IDF."""
    found = ClaimTerms(numbers=numbers_in(text))
    words: list[str] = []
    capitals_name = not headline_cased(text)
    unit, previous_name, sentence_start = -1, False, True
    tokens = list(_TOKEN.finditer(text))
    title_owners, names_after_titles = (_titles(text, tokens) if capitals_name
                                        else (frozenset(), frozenset()))
    for position, match in enumerate(tokens):
        token = match.group()
        if token in ".!?;:":
            sentence_start, previous_name = True, False
            continue
        lowered = fold_accents(token.lower().replace("’", "'"))
        is_name = capitals_name and _capitalised_name(token) and not sentence_start
        # An opener starting a name shares the name's unit, but stays a word: matched by
        # stem and not one of the names ("General Manager A.J. Smith": "general").
        opens_name = (capitals_name and sentence_start and _capitalised_name(token)
                      and _opens_name(text, match, tokens[position + 1:position + 2]))
        sentence_start = False
        if len(lowered) < 2 or lowered in STOPWORDS:  # noqa: PLR2004 - one-letter words
            previous_name = False
            continue
        if position in names_after_titles or not (
                position in title_owners or (is_name and previous_name)):
            unit += 1
        previous_name = is_name or opens_name
        lowered = _without_possessive(lowered)
        spellings = _spellings(lowered, _is_day_or_clock(text, match.start(), match.end()))
        words.extend(spellings)
        strict = is_name or (token[:1].isupper() and not capitals_name)
        _add_term(found, lowered, unit, weight_of(lowered), is_name=is_name, strict=strict,
                  forms=spellings)
    found.words = tuple(words)
    found.predicate = key_predicate(found)
    return found


def _titles(text: str, tokens: list[re.Match[str]]) -> tuple[frozenset[int], frozenset[int]]:
    """Where capitalised titles of the shape "X of (the) Y" are ("Speaker of the House",
    "Bank of England", "Secretary of State"): the positions of their owners' words (Y),
    which share the title word's unit, and of the first word of a person's name written
    right after the title ("Speaker of the House Nancy Pelosi"), which starts a unit of
    its own.

    Why: "Speaker" and "House" were two pieces of evidence, so a sentence writing only
    the title ("The Speaker of the House was not told.") was listed for any statement
    naming it, and "House" ran into the name after it (issue 16). A title is one thing,
    as a place is (session 12). Of three or more capitalised words after "of (the)", the
    last two are read as the name (given name and surname); one or two are the owner
    ("of Homeland Security").
    """
    owners: set[int] = set()
    names: set[int] = set()
    for position, match in enumerate(tokens[:-2]):
        if not (_capitalised_name(match.group())
                and tokens[position + 1].group().lower() == "of"):
            continue
        start = position + 2
        if tokens[start].group().lower() == "the":
            start += 1
        run = _capitalised_run(text, tokens, start)
        owner = run[:-2] if len(run) >= _TITLE_WITH_NAME else run
        owners.update(owner)
        names.update(run[len(owner):len(owner) + 1])
    return frozenset(owners), frozenset(names)


def _capitalised_run(text: str, tokens: list[re.Match[str]], start: int) -> list[int]:
    """Positions of the capitalised words from ``start`` on, separated by spaces only."""
    run: list[int] = []
    for position in range(start, len(tokens)):
        if not _capitalised_name(tokens[position].group()) or (
                run and not text[tokens[position - 1].end():tokens[position].start()].isspace()):
            break
        run.append(position)
    return run


def _capitalised_name(token: str) -> bool:
    """Whether a capitalised token may be (part of) a name: not a stopword or a month."""
    lowered = fold_accents(token.lower().replace("’", "'"))
    return token[:1].isupper() and lowered not in STOPWORDS and lowered not in CALENDAR


def _opens_name(text: str, match: re.Match[str], following: list[re.Match[str]]) -> bool:
    """Whether the capitalised word opening a sentence is the first word of a name: the
    next word, after a space only, is capitalised ("United States forces ...", "Hong
    Kong police ...").

    Why: read as a piece of evidence apart from the name "States", "United" made a
    candidate writing only "United States" hold two pieces of evidence, so a single
    shared place was enough to list it (issue 16). It joins the name's unit, but is
    not made a name (strict, counted in the ``names`` share): that let a title word
    ("General Manager A.J. Smith") count as finding the claim's names.
    """
    if not following:
        return False
    gap = text[match.end():following[0].start()]
    return (gap.isspace() and following[0].group() not in ".!?;:"
            and _capitalised_name(following[0].group()))


def fold_accents(text: str) -> str:
    """``text`` with accented Latin letters as their base letters, length kept ("Rosselló"
    -> "Rossello").

    Why: headlines and wire copy in English often drop the accents a report keeps
    (or the reverse), and FTS5 finds both (``remove_diacritics``), but a claim's
    "Rossello" must also be found in the candidate's words, or a short claim naming
    him has one piece of evidence fewer and may go silent. A text whose only non-ASCII
    characters are quotation marks or dashes (most news with any) is returned as it is,
    found by one regex search: translating it character by character changed nothing
    and cost a tenth of reading a candidate document.
    """
    if text.isascii() or not _FOLDABLE.search(text):
        return text
    return text.translate(_ACCENT_FOLD)


def headline_cased(text: str) -> bool:
    """Whether ``text`` is written in Title Case or in capitals, as many headlines are
    ("Jury Convicts Spiro Man In Shooting Death", "CHARGERS' WILLIAMS ARRESTED").

    Why it matters: there a capital says nothing about a name, and reading every
    capitalised word as one made the whole headline a single run of names, so a
    candidate writing any one of its words "found its names" and one shared word
    counted as the headline's whole evidence. At least ``HEADLINE_WORDS`` content
    words after the first, every one capitalised: a sentence naming many people
    ("Merkel, Macron and Johnson met in Berlin") still writes its verb in lowercase.
    """
    content = [w for w in _CONTENT_WORD.findall(text)[1:] if w.lower() not in STOPWORDS]
    if len(content) < HEADLINE_WORDS:
        return False
    return all(w[0].isupper() for w in content)


def _without_possessive(word: str) -> str:
    """``word`` without a possessive "'s" ("general's" -> "general"), as ``stem`` reads it.

    Why: FTS5's tokenizer splits "general's" into "general" and "s", so the quoted
    word is a phrase that a report writing "the general" or "Soleimani's general"
    never matches, and the phrase's rarity overweighed the word.
    """
    return word[:-2] if word.endswith("'s") and len(word) > 3 else word  # noqa: PLR2004


def _spellings(word: str, day_or_clock: bool = False) -> tuple[str, ...]:
    """The ways another text may write ``word``: a number in words and in digits ("five",
    "5"; "40", "forty"), whichever the claim wrote, as headlines and reports spell numbers
    differently; digits that are a day or a clock time (``day_or_clock``) and any other
    word as they are."""
    other = _NUMBER_WORDS.get(word) or (None if day_or_clock else _DIGIT_WORDS.get(word))
    return (word, other) if other and other != word else (word,)


def _is_day_or_clock(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are a day of a month or part of a clock
    time ("Nov. 12", "12 January", "12:19"), read from the words around them.

    Why: "convicted on Nov. 12" asked for "twelve" too found reports of twelve of
    anything, and the extra word moved other candidates out of the list."""
    if not text[start:end].isdigit():
        return False
    return bool(_DATE_BEFORE.search(text[max(0, start - 12):start])
                or _DATE_AFTER.match(text[end:end + 16]))


def _add_term(found: ClaimTerms, word: str, unit: int, weight: float, *,
              is_name: bool, strict: bool, forms: tuple[str, ...] = ()) -> None:
    """Add a word as a term (a name is always ``strict``). A stem written once as a name
    and once not is not a name (nor strict). ``forms``: the word's spellings (``_spellings``),
    each looked for in other texts as the same term."""
    key = stem(word)
    old = found.terms.get(key)
    if old is None:
        found.terms[key] = Term(key, frozenset(forms or (word,)), is_name, unit, strict)
    else:
        found.terms[key] = Term(key, old.surfaces | set(forms or (word,)),
                                old.is_name and is_name, old.unit, old.strict and strict)
    found.weights[key] = max(found.weights.get(key, 0.0), weight)


def key_predicate(found: ClaimTerms) -> str | None:
    """The claim's main verb, guessed without a parser: its first past-tense common word.

    News claims report what happened in the past tense ("dismissed", "won");
    the guess is the first non-name word ending in -ed ("hundred" is a number) or a common
    irregular one.
    """
    name_units = {term.unit for term in found.terms.values() if term.is_name}
    for key, term in found.terms.items():
        if term.is_name or term.unit in name_units:  # "United" of "United States"
            continue
        if any(w.endswith("ed") and len(w) > 4 and w not in _NUMBER_WORDS  # noqa: PLR2004
               or w in _IRREGULAR_PREDICATES for w in term.surfaces):
            return key
    return None


def word_matches(term: Term, lowered: str, doc_is_name: bool) -> bool:
    """Whether a document word (same stem) counts as the term: names need near-equal forms.

    ``doc_is_name`` is true for any capitalised word: at the start of a sentence
    "Cooper" may still be a name, and "Cooperation" loses nothing by the rule.
    """
    if not (term.strict or doc_is_name):  # every name is strict
        return True
    return any(abs(len(s) - len(lowered)) <= NAME_SLACK for s in term.surfaces)


def fts_query(words: Iterable[str]) -> str:
    """An FTS5 query for documents with any of ``words`` (each quoted, so no syntax)."""
    unique = sorted({w for w in words if w})
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in unique)


def rarest_words(found: ClaimTerms, count: int = CANDIDATE_WORDS) -> list[str]:
    """The claim's ``count`` rarest words, for the candidate query.

    Why not all: every common word ("people", "year") makes FTS5 score thousands
    of documents, which made the candidate query the slowest step of a batch,
    while the documents that matter share the rare words anyway.
    """
    key_of = {spelling: key for key, term in found.terms.items() for spelling in term.spellings}
    weight = {w: found.weights.get(key_of.get(stem(w), ""), 0.0) for w in found.words}
    return sorted(weight, key=lambda w: (-weight[w], w))[:count]
