"""Surface-form cleanup for entity names: articles, possessives, titles and stray punctuation.

Why a module of its own: the same rules decide a mention's span, its canonical name and
the keys used to match short forms to full names, so they must live in one place. The
small span helpers (what came before, what is already claimed) are shared here too.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.core.forms_of_address import ABBREVIATED_ADDRESS, FORMS_OF_ADDRESS
from workbench.core.labels import without_stray_joiners
from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.saying_verbs import finite_forms, past_tenses
from workbench.core.text_memo import LatestTextMemo

#: Determiners that pick one member of a group ("an Iowa Democrat", "one official").
ONE_MEMBER = frozenset("a an another one each".split())

_LEADING_JUNK = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb([{<-\u2013\u2014\u2015:;,.*/\\|~ \t\n\u00a0"
)
_TRAILING_JUNK = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb([{)]}>-\u2013\u2014\u2015:;,!?*#/\\|~ \t\n\u00a0"
)
_PAIRS = {")": "(", "]": "[", "}": "{"}
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:(?:[A-Za-z]\.)+|(?:Inc|Corp|Co|Ltd|Plc|Jr|Sr|St|Bros|Mt|Ft|Dr|Mr|Mrs|Ms|Gen"
    r"|Gov|Sen|Rep|Intl|Dept|Univ|Assn|Ave|Blvd|Rd|No|Cos|Mfg|Pty|Sp|Esq)\.)$"
)
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019][sS]$|(?<=\w[sS])['\u2019]$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_KEEP_ARTICLE = frozenset({"The Hague", "The Gambia"})
#: Sentence adverbs the model runs into the name after them ("Later Cuomo said",
#: "Meanwhile Boeing"); never the first word of a name.
_OPENING_ADVERBS = frozenset(
    """
    later earlier meanwhile however afterwards afterward separately yesterday instead
    additionally moreover nevertheless subsequently previously recently currently
    initially finally
    """.split()
)
_OPENING_ADVERB = re.compile(rf"([A-Z][a-z]+),?[ \t\u00a0]+(?={CAPITAL})")
#: The verbs of saying a name is run onto: "said", "says", "told", "tells", "added", "asked".
_RUN_ON_VERBS = finite_forms(frozenset({"say", "tell"})) | past_tenses(frozenset({"add", "ask"}))
_CLOSING_WORD = re.compile(
    r"[ \t\u00a0]+(?:and|or|nor|of|for|the|to|in|at|with|by|from|on|a|an|"
    + "|".join(sorted(_RUN_ON_VERBS)) + r")$")
"""A lowercase function word or reporting verb the model ran onto the end of a name
("Center for Biological Diversity and", "Herbert Flynn Jr told 5News"): a name never
ends in one (its inner "of", "for" and "the" are kept: "Bank of England")."""

NAME_WORD = CAPITAL + r"[\w.'\u2019-]*"
"""One capitalised word of a person's name, as text rules read it ("O'Neil", "Jr.")."""
NAME_PARTICLE = r"(?:al|bin|da|de|del|della|der|di|du|ibn|la|le|van|von)"
"""Lower-case particles inside a name ("Ursula von der Leyen", "Ana de la Cruz"): one list
for every rule that reads a name from text (headlines, bylines, signatures)."""

#: Abbreviated titles and the word that writes each out ("Dr. Fauci" ... "the doctor"):
#: both spellings are honorifics, and a role phrase matches a title in either.
TITLE_ABBREVIATIONS = {
    **ABBREVIATED_ADDRESS, "sen": "senator", "gov": "governor",
    "rep": "representative", "gen": "general", "rev": "reverend", "capt": "captain",
    "col": "colonel", "sgt": "sergeant", "supt": "superintendent", "adm": "admiral",
    "pres": "president", "lt": "lieutenant", "maj": "major", "const": "constable",
    "cst": "constable", "cpl": "corporal", "det": "detective", "insp": "inspector",
    "coun": "councillor", "cllr": "councillor", "ald": "alderman", "cmdr": "commander",
    "cdr": "commander", "brig": "brigadier", "pte": "private", "pvt": "private",
    "spc": "specialist", "sgt.-maj": "sergeant-major", "lt.-col": "lieutenant-colonel",
    "lt.-gov": "lieutenant-governor", "det.-sgt": "detective sergeant",
    "det.-const": "detective constable", "det.-insp": "detective inspector",
    "atty": "attorney", "amb": "ambassador",
    "hon": "honourable", "fr": "father", "msgr": "monsignor", "asst": "assistant",
    "dep": "deputy",
}  # fmt: skip
HONORIFICS = frozenset(
    {
        *FORMS_OF_ADDRESS, "vice-president",
        "judge", "justice", "king", "queen", "prince", "princess", "pope", "chancellor",
        "minister", "secretary", "mayor", "ambassador", "chairman", "chairwoman", "ceo",
        "premier", "sheikh", "st", "saint", "commissioner", "spokesman", "spokeswoman",
        "spokesperson", "director", "officer", "leader", "chief", "deputy", "inspector",
        "detective", "bishop", "archbishop", "cardinal", "rabbi", "imam", "father", "sister",
        "brother", "coach", "speaker", "mp", "mpp", "mla", "mna", "mha", "councillor",
        "councilor", "councilman", "councilwoman", "alderman", "congressman", "congresswoman",
        "sheriff", "trooper", "treasurer", "comptroller", "auditor", "provost",
        "assemblyman", "assemblywoman", "assemblymember", "assemblyperson", "alderwoman",
        "selectman", "selectwoman", "trustee",
    }
    | TITLE_ABBREVIATIONS.keys()
    | set(TITLE_ABBREVIATIONS.values())
)  # fmt: skip
"""Lower-cased words (without a final dot) that may precede a person's name as a title."""


_INDEFINITE = re.compile(rf"an? +(?={CAPITAL})")
"""A lowercase "a"/"an" before a capital: the phrase's article, not the name's ("looted a
Rite Aid", "intercepted a David Garrard pass"); a capital "A" may be an initial."""


def _strip_article(text: str, start: int, end: int) -> int:
    """Return the new start after a leading 'the'/'The' (kept for names like 'The Hague')
    or a lowercase 'a'/'an'."""
    piece = text[start:end]
    indefinite = _INDEFINITE.match(piece)
    if indefinite is not None and indefinite.end() < len(piece):
        return start + indefinite.end()
    for article in ("the ", "The ", "THE "):
        if piece.startswith(article) and piece not in _KEEP_ARTICLE and piece.strip() != article:
            rest = start + len(article)
            while rest < end and text[rest].isspace():
                rest += 1
            return rest
    return start


def _strip_possessive(text: str, start: int, end: int) -> int:
    """Return the new end before a trailing possessive ('s, ’s, or a bare ' after s)."""
    found = _POSSESSIVE.search(text, start, end)
    return found.start() if found else end


def _strip_junk(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and punctuation that is not part of the name at either edge."""
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while start < end:
        char = text[end - 1]
        if char in _PAIRS and _PAIRS[char] in text[start : end - 1]:
            break
        if char == "." and not _ABBREVIATION.search(text[start:end]):
            end -= 1
            continue
        if char not in _TRAILING_JUNK:
            break
        end -= 1
    return start, end


def _longest_line(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep the longest line of a span that runs over a line break (a model slip)."""
    piece = text[start:end]
    if "\n" not in piece:
        return start, end
    best = (start, start)
    position = start
    for line in piece.split("\n"):
        if len(line.strip()) > best[1] - best[0]:
            best = (position, position + len(line))
        position += len(line) + 1
    return best


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """Cut a span at an opening bracket it never closes ("World Health Organization (WHO")."""
    piece = text[start:end]
    for opening, closing in (("(", ")"), ("[", "]")):
        position = piece.rfind(opening)
        if position > 0 and closing not in piece[position:]:
            return start + position
    return end


def _after_close_bracket(text: str, start: int, end: int) -> int:
    """Start a span after a closing bracket it never opened: markup left before a word
    ("((es))Spanish" tagged as "es))Spanish") is not part of the name."""
    piece = text[start:end]
    cut = 0
    for opening, closing in (("(", ")"), ("[", "]")):
        position = piece.rfind(closing)
        if position < 0:
            continue  # most names hold no bracket: nothing to scan
        named_after = any(char.isalnum() for char in piece[position + 1 :])
        if named_after and opening not in piece[:position]:
            cut = max(cut, position + 1)
    return start + cut


def _strip_closing_word(text: str, start: int, end: int) -> int:
    """Return the new end before a function word or reporting verb closing the span."""
    found = _CLOSING_WORD.search(text, start, end)
    return found.start() if found else end


def strip_opening_adverb(text: str, start: int, end: int) -> int:
    """Return the start after a sentence adverb opening the span ("Later Cuomo")."""
    found = _OPENING_ADVERB.match(text, start, end)
    if found is None or found.group(1).lower() not in _OPENING_ADVERBS:
        return start
    return found.end()


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) to the name proper: no article, possessive or stray punctuation."""
    start, end = _longest_line(text, max(0, start), min(len(text), end))
    end = _before_open_bracket(text, start, end)
    start = _after_close_bracket(text, start, end)
    for _ in range(3):
        before = (start, end)
        start, end = _strip_junk(text, start, end)
        start = _strip_article(text, start, end)
        start = strip_opening_adverb(text, start, end)
        end = _strip_possessive(text, start, end)
        end = _strip_closing_word(text, start, end)
        if (start, end) == before:
            break
    return start, end


clean_span = LatestTextMemo(_clean_span)
"""``_clean_span`` remembered per span for the latest text (``LatestTextMemo``): the
entity passes clean a quarter of their spans more than once. ``canonical_name`` calls
``_clean_span`` itself: a name is no document, and passing it here would drop the
document's answers each time."""

_DOUBLE_QUOTES = re.compile("[\"\u201c\u201d]")


def _without_stray_quote(name: str) -> str:
    """``name`` without a double quotation mark it opens and never closes.

    Why: the model ends a span inside a quoted part ('the Pacific "Ring of Fire" where
    plates collide' tagged as 'Pacific "Ring of Fire'), and the entity then stands apart
    from the "Pacific Ring of Fire" another article writes plainly."""
    if len(_DOUBLE_QUOTES.findall(name)) != 1:
        return name
    return " ".join(_DOUBLE_QUOTES.sub(" ", name).split())


@functools.lru_cache(maxsize=8192)
def canonical_name(surface: str) -> str:
    """Strip a leading 'the', a trailing possessive, stray punctuation, joiners at a word's
    edge and extra whitespace. Kept per process (a name's answer depends on its words
    alone): every pass asks it of the same few names of each document again."""
    start, end = _clean_span(surface, 0, len(surface))
    return _without_stray_quote(" ".join(without_stray_joiners(surface[start:end]).split()))


def name_tokens(name: str) -> tuple[str, ...]:
    """Split a canonical name into whitespace tokens (hyphenated parts stay together)."""
    return tuple(name.split())


_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z'-]*\b")


@functools.lru_cache(maxsize=2)
def lowercase_words(text: str) -> frozenset[str]:
    """Words ``text`` writes in lowercase somewhere. A capitalised word the text also
    writes in lowercase ("Bush" / "bush", "May" / "may") is a common word first, so
    name guessers treat it with suspicion; one scan per text, shared by all of them
    (the entity clean-up asks for it four times per document)."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def is_honorific(word: str) -> bool:
    """Tell whether ``word`` (e.g. 'Mr.', 'President') is a title that may precede a name."""
    return word.rstrip(".").lower() in HONORIFICS


def strip_honorifics(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop leading titles ('Mr.', 'Dr', 'President') but never the last token."""
    index = 0
    while index < len(tokens) - 1 and is_honorific(tokens[index]):
        index += 1
    return tokens[index:]


def previous_word(text: str, start: int) -> str:
    r"""Return the word right before ``start`` (punctuation such as '.' kept), or ''.

    The last run of non-space characters in the 40 before ``start``: what ``(\S+)\s*$``
    found, without a regex that tried every position of the window (asked ~100 times
    per article; ``str.split`` and ``\s`` agree on what a space is)."""
    words = text[max(0, start - 40) : start].rsplit(None, 1)
    return words[-1] if words else ""


def next_word(text: str, end: int, *, hyphens: bool = False) -> str:
    """The word right after ``end``, lower-cased, without punctuation (but with its
    hyphens when asked: "co-founder")."""
    pattern = r"[\s,]*([A-Za-z][A-Za-z-]*)" if hyphens else r"[\s,]*([A-Za-z]+)"
    match = re.match(pattern, text[end : end + 30])
    return match.group(1).lower() if match else ""


def is_acronym(token: str) -> bool:
    """Tell whether a token looks like an acronym ('UN', 'U.S.', 'GM')."""
    letters = token.replace(".", "")
    return bool(_ACRONYM.match(letters))


_CURRENCY = re.compile(r"\s?(?:\$|dollars?\b|cents?\b|pounds?\b)")


def followed_by_currency(text: str, end: int) -> bool:
    """Tell whether a name is the start of an amount ("US$40", "US dollars")."""
    return _CURRENCY.match(text, end) is not None


class Occupied:
    """Non-overlapping spans already claimed by a mention, for quick overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether [start, end) touches a claimed span."""
        index = bisect.bisect_left(self._spans, (end, end))
        return any(s < end and start < e for s, e in self._spans[max(0, index - 3) : index])

    def add(self, start: int, end: int) -> None:
        """Claim [start, end)."""
        bisect.insort(self._spans, (start, end))


_LABEL_OPENS = re.compile(r"\(\(\s*$")


def in_transcript_label(text: str, start: int, end: int) -> bool:
    """Tell whether the span stands in "((...))", an interview transcript's label for who
    speaks next ("((Aparna Garg)) Fifteen of them.", "((WN)) Why did you run?").

    Why one test: the label makes a full name a person and an acronym page furniture."""
    opened = _LABEL_OPENS.search(text, max(0, start - 4), start)
    return opened is not None and text.startswith("))", end)


#: The stop and number of a numbered designation whose "No" ends a name or phrase.
_DESIGNATION_NUMBER = re.compile(r"\. ?\d+\b")


def designation_end(text: str, start: int, end: int) -> int:
    """``end`` moved past the number of a designation the phrase ``text[start:end]`` is
    cut inside (`Juror No` of `"…," Juror No. 12 said`), else ``end`` as it is.

    Why: the tokenizer splits "No." into a word and a full stop (it also ends sentences:
    "He said no."), so a name or phrase grown from the parse stops at "No", and "Juror No"
    names no one: jurors, witnesses and victims kept anonymous are numbered ("Witness
    No. 2")."""
    if not text.endswith("No", start, end) or end - start < 4 or text[end - 3] != " ":
        return end
    number = _DESIGNATION_NUMBER.match(text, end)
    return number.end() if number else end


def numbered_designation_mentions(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one cut at a designation's "No" grown to its number.

    Why: the speaker span is grown (``designation_end``) but a mention made straight from
    the parse is not, so "Juror No. 8" would resolve to the mention "Juror No"; entity
    resolution grows its own mentions, bare model mentions (the CLI's fast path, the
    eval protocol) are grown here so both read the same speaker."""
    grown = []
    for mention in mentions:
        end = designation_end(text, mention.start, mention.end)
        if end != mention.end:
            whole = text[mention.start:end]
            entity = whole if mention.entity == mention.text else mention.entity
            mention = replace(mention, end=end, text=whole, entity=entity)
        grown.append(mention)
    return grown
