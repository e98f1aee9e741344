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
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote
from workbench.core.saying_verbs import SPEECH_VERBS, finite_forms

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


def _another_introduced(noun: str, text: str, start: int, end: int) -> bool:
    """Tell whether another unnamed ``noun`` is brought in between ``start`` and ``end``
    ("... a fire service spokesman said. The spokesman, Tom Reed,": which spokesman the
    name is, the text does not say)."""
    another = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b")
    return another.search(text, start, end) is not None


def _named_after(
    quote: Quote, people: Sequence[Mention], starts: list[int], text: str
) -> str | None:
    introduced = _INTRODUCED.fullmatch(" ".join(quote.speaker_text.split()))
    if introduced is None or introduced.group("noun") not in ROLE_NOUNS:
        return None
    after = max(quote.end, quote.speaker_end or quote.end)
    noun = introduced.group("noun")
    titled = r"|\bJudge[ \u00a0]+" if noun == "judge" else ""  # a judge only, by title
    setting = re.compile(rf"\b[Tt]he\s+{noun},\s+{titled}")
    for match in setting.finditer(text, after, after + _AFTER_CHARS):
        if _another_introduced(noun, text, after, match.start()):
            return None
        index = bisect.bisect_left(starts, match.end())
        if index == len(people) or people[index].start != match.end():
            continue
        if match.group().startswith(("The", "the")) or _judge_speaking(match, people[index], text):
            return people[index].entity
    return None


def _judge_speaking(title: re.Match[str], person: Mention, text: str) -> bool:
    """True when ``title`` is "Judge" opening its clause before ``person``, who then says
    or rules ("U.S. District Judge Ana Ruiz said"), not "a ruling by Judge Tom Hale"."""
    if _TITLE_OPENS_CLAUSE.search(text, max(0, title.start() - 60), title.start()) is None:
        return False
    verb = _JUDGE_VERB_AFTER.match(text, person.end)
    return verb is not None and verb.group(1) in _JUDGE_VERBS
