"""An unnamed speaker brought in with "a"/"an", named by the very next sentences.

News often credits a quotation to a role first and names the person right after:
`"Safety comes first," a spokesman said. The spokesman, Rolf Berger, added that ...` or
`"The border is closed," an official said. The official, Omar Said of the interior
ministry, gave no date.` The Wikinews guide takes the speaker's full name as the article
best names it, so the quotation is Rolf Berger's. Only "The <same noun>, <Name>" set off
by a comma, or a judge's title before the name (a wire lede's "A federal judge on Monday
rejected ..., calling it "...". U.S. District Judge Ana Ruiz said"), within a short window
after the quotation counts: a name merely written near ("a spokesman said. Rolf Berger,
the chairman, ...") may be someone else. The title counts only for a judge, as the
subject opening its clause and saying or ruling ("U.S. District Judge Ana Ruiz wrote"):
other titles name whoever the story turns to next ("an officer shouted. Officer Dana
Ruiz, who arrived later, was hit"; "a representative for the union said.
Representative Jim Jordan said"), and a judge after "by" or "of" is another court's
("reverses a ruling by Judge Tom Hale").

Kept apart from ``quote_resolution`` (each speaker read looking back) because this
reads a speaker from the text after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote
from workbench.core.saying_verbs import SPEECH_VERBS, finite_forms
from workbench.core.whole_words import whole_word_spans, written_words_spans

#: How far after the quotation and its credit the naming may start (about a sentence).
_AFTER_CHARS = 300
#: "a spokesman", "an interior ministry official", "a senior police officer for ...".
_INTRODUCED = re.compile(
    r"(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)"
    r"(?:\s+(?:for|of|at|from|with|in)\b.*)?", re.DOTALL)
#: Nouns for a person speaking for someone or from a post, who a news text names later.
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officer source aide adviser advisor "
    "lawyer attorney witness representative analyst expert investigator diplomat "
    "judge".split()
)

#: What a judge named by title does in the sentence that names the lede's "a judge":
#: says, writes or rules ("U.S. District Judge Ana Ruiz said", "... ruled", "... found").
_JUDGE_VERBS = finite_forms(SPEECH_VERBS) | frozenset(
    "ruled rules found finds held holds ordered orders rejected rejects blocked blocks "
    "granted grants denied dismissed dismisses sentenced sentences".split()
)
#: "Judge" as a title opening its clause: at a sentence's start or after a comma, with only
#: capitalised title words before it ("U.S. District Judge", "Superior Court Judge").
_TITLE_OPENS_CLAUSE = re.compile(
    r"(?:\A|[.!?;,]['\"\u201d\u2019]?\s+|\n\s*)(?:[A-Z][\w.'-]*[ \u00a0]+){0,4}\Z")
#: Words between a judge's name and the verb: "on Monday", "late Friday", "also".
_JUDGE_VERB_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:on|late|early)[ \u00a0]+[A-Z]\w+[ \u00a0]+|also[ \u00a0]+)?([a-z]+)\b")


def named_later(quotes: Sequence[Quote], mentions: Sequence[Mention], text: str) -> list[Quote]:
    """``quotes`` with an unnamed role's direct quotation given the person the text names
    with that role right after it ("... a spokesman said. The spokesman, Rolf Berger,")."""
    people = [m for m in mentions if m.label == "PERSON"]
    starts = [m.start for m in people]
    result = list(quotes)
    for index, quote in enumerate(quotes):
        if quote.kind != "direct" or quote.speaker or not quote.speaker_text:
            continue
        name = _named_after(quote, people, starts, text)
        if name is not None:
            result[index] = replace(quote, speaker=name)
    return result


_ANOTHER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}\Z")
"""What brings in an unnamed role, read up to its noun ("a fire service ", "another "):
one pattern for every noun, the noun itself found whole with ``core.whole_words``."""


def _another_introduced(noun: str, text: str, start: int, end: int) -> bool:
    """Tell whether another unnamed ``noun`` is brought in between ``start`` and ``end``
    ("... a fire service spokesman said. The spokesman, Tom Reed,": which spokesman the
    name is, the text does not say)."""
    return any(_ANOTHER_BEFORE.search(text, start, at) is not None
               for at, _ in whole_word_spans(noun, text, start, end))


def _settings(noun: str, text: str, begin: int, end: int) -> list[tuple[int, int, bool]]:
    """Where ``text[begin:end]`` sets a name off after "The <noun>, " (and, for a judge,
    after the title "Judge "): (start, where the name may start, whether by "the"), left
    to right. Found with ``core.whole_words``, so no pattern is compiled per noun."""
    end = min(end, len(text))
    found = [(start, _after_run(text, stop + 1, end, str.isspace), True)
             for article in ("The", "the")
             for start, stop in written_words_spans((article, noun), text, begin, end)
             if text.startswith(",", stop, end)]
    if noun == "judge":  # a judge only, by title
        found += [(start, _after_run(text, stop, end, _SPACES.__contains__), False)
                  for start, stop in whole_word_spans("Judge", text, begin, end)]
    return sorted(setting for setting in found if setting[1] != -1)


_SPACES = frozenset(" \u00a0")


def _after_run(text: str, at: int, end: int, wanted: Callable[[str], bool]) -> int:
    """Where the run of ``wanted`` characters from ``at`` (before ``end``) stops, or -1
    when there is none."""
    stop = at
    while stop < end and wanted(text[stop]):
        stop += 1
    return stop if stop > at else -1


def _named_after(
    quote: Quote, people: Sequence[Mention], starts: list[int], text: str
) -> str | None:
    introduced = _INTRODUCED.fullmatch(" ".join(quote.speaker_text.split()))
    if introduced is None or introduced.group("noun") not in ROLE_NOUNS:
        return None
    after = max(quote.end, quote.speaker_end or quote.end)
    noun = introduced.group("noun")
    for start, name_start, by_article in _settings(noun, text, after, after + _AFTER_CHARS):
        if _another_introduced(noun, text, after, start):
            return None
        index = bisect.bisect_left(starts, name_start)
        if index == len(people) or people[index].start != name_start:
            continue
        if by_article or _judge_speaking(start, people[index], text):
            return people[index].entity
    return None


def _judge_speaking(title_start: int, person: Mention, text: str) -> bool:
    """True when the title "Judge" at ``title_start`` opens its clause before ``person``,
    who then says or rules ("U.S. District Judge Ana Ruiz said"), not "a ruling by Judge
    Tom Hale"."""
    if _TITLE_OPENS_CLAUSE.search(text, max(0, title_start - 60), title_start) is None:
        return False
    verb = _JUDGE_VERB_AFTER.match(text, person.end)
    return verb is not None and verb.group(1) in _JUDGE_VERBS
