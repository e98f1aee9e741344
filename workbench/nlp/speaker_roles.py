"""People found by the role a speaker phrase gives them ("the president", "the Pope").

Split from ``quote_resolution`` (which orders the ways a speaker span is resolved) so
each module keeps one concern: here, which earlier person holds a title the text gave
them, before their name ("President Donald Trump") or in apposition after it ("Youssef
Chahed, the Prime Minister of Tunisia").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from workbench.core.models import Mention
from workbench.core.whole_words import written_words_spans
from workbench.nlp.names import TITLE_ABBREVIATIONS, is_honorific, previous_word
from workbench.nlp.sentence_starts import at_sentence_start
from workbench.nlp.speaker_agencies import written_noun
from workbench.nlp.speaker_gender import RELATIONAL_NOUNS
from workbench.nlp.speaker_role_titles import (
    Role,
    title_after,
    title_before,
    title_in_apposition,
    titled_role,
)
from workbench.nlp.speaker_victims import named_as_killed

_WORD_ONLY = re.compile(r"\w+")
#: "the actress": a definite article and one noun.
#: "the actress", "the chief executive": a definite article and a few lowercase words.
_DEFINITE_NOUN = re.compile(r"[Tt]he[ \u00a0]+([a-z][a-z-]*(?:[ \u00a0]+[a-z][a-z-]*)*)")
_MAX_NOUN_WORDS = 2
#: "the Winnipeg quarterback", "the Liberal candidate": one capitalised word telling which
#: holder of a role news titled "Winnipeg quarterback Cody Hutchins" before.
_QUALIFIED_NOUN = re.compile(r"[Tt]he[ \u00a0]+([A-Z][\w'\u2019-]*)[ \u00a0]+([a-z][a-z-]*)")
#: A role news writes two ways, either standing for the other.
_SAME_ROLE = {"ceo": ("chief executive", "chief executive officer"), "chief executive": ("ceo",)}
#: How far before a name a described noun is looked for (its "for ..." phrase included).
_BEFORE_CHARS = 80
#: Whom a described noun works for, between it and the comma before the name: "A
#: spokesman for the company, Ian Rourke,", "The head of the union, Lana Payne," (one
#: to five words after the preposition).
_FOR_WHOM = r"[ \u00a0]+(?:for|of|at|with)(?:[ \u00a0]+[\w'\u2019.&-]+){1,5}"
#: (start, entity, place, qualifiers) of a person mention carrying a title.
Holder = tuple[int, str, str | None, frozenset[str]]
#: How many capitalised words before a title may qualify it ("Civil Aviation Minister").
_QUALIFIER_WORDS = 2
#: Portfolios that tell one minister or secretary from another; other qualifiers
#: ("two-term", "Republican", "Florida") describe the person, not the office.
_PORTFOLIOS = frozenset(
    "health finance foreign defence defense interior home justice education transport "
    "aviation agriculture environment trade energy labour labor treasury housing culture "
    "immigration fisheries tourism commerce economy industry security".split()
)
_ARTICLES = frozenset(("the", "a", "an"))
#: Words after which a name is an object, never its clause's subject ("for Barlow").
_PREPOSITIONS = frozenset(
    "for to of with about against from by at on in into over under behind beside toward "
    "towards than like including without around among between".split())
#: A noun set off after a name describes that person: "Mark Dunn, a 45-year-old mechanic,",
#: "Tom Bell, the team's head coach," (up to three words before the noun, no comma); the
#: noun is the phrase's head ("Ray Kelly, the police commissioner," is no "the police").
#: "Joe Bell, another mechanic," is described so too: a second holder leaves the noun open.
_DESCRIBED_AFTER = (
    r",[ \u00a0]+(?:a|an|the|another)[ \u00a0]+(?:[\w'\u2019-]+[ \u00a0]+){{0,3}}?{noun}"
    r"(?=[,.;:)]|[ \u00a0]+(?:of|for|at|in|with|from|who|and)\b)"
)


#: Abbreviated titles that may stand between a described noun and the name ("Dr.",
#: "Const.", "Sgt."), longest first; joined once, compiled only within a noun's pattern.
_TITLES = "|".join(sorted(map(re.escape, TITLE_ABBREVIATIONS), key=len, reverse=True))


#: Between a role written before a name and the name: "Winnipeg quarterback Cody", "Winnipeg
#: quarterback, Dr. Cody".
_ROLE_TO_NAME = re.compile(rf",?[ \u00a0]+(?:(?i:{_TITLES})\.?[ \u00a0]+)?")
#: After a name, the article a role set off by a comma opens with: "Hutchins, the ".
_ARTICLE_AFTER = re.compile(r",[ \u00a0]+(?:a|an|the)[ \u00a0]+")


#: Titles news writes before a name whose holder it then calls by another noun: a judge
#: of a high court is "Justice Sheilah Martin" and then "the judge".
_SAME_TITLE = {"justice": "judge"}


def _title_word(title: str) -> str:
    """One spelling per title, so "Dr. Fauci" holds the role "the doctor" names, and
    "Justice Martin" the role "the judge" names."""
    words = title.split()
    if not words:
        return title
    last = TITLE_ABBREVIATIONS.get(words[-1], words[-1])
    return " ".join([*words[:-1], _SAME_TITLE.get(last, last)])


def _written_word(title: str) -> str:
    """The title's last word as written, abbreviations spelt out ("judge", "justice"):
    which of the titles ``_title_word`` makes one the text gave."""
    words = title.split()
    return TITLE_ABBREVIATIONS.get(words[-1], words[-1]) if words else title


class TitledPeople:
    """The document's people by the titles it gives them; built on the first role asked."""

    def __init__(self, mentions: Sequence[Mention], text: str) -> None:
        self.mentions = mentions
        self.text = text
        self._titled: dict[str, list[Holder]] | None = None
        #: (mention start, title) -> the title's last word as written there.
        self._written: dict[tuple[int, str], str] = {}

    def bare_role(self, text: str, start: int) -> Role | None:
        """The role of a title written without its "the" in the span ("Pope")."""
        if previous_word(self.text, start).lower() != "the":
            return None
        return titled_role(f"the {text}")

    def role(self, text: str, start: int) -> Role | None:
        """The role a definite speaker phrase names, with or without its "the"."""
        return titled_role(text) or self.bare_role(text, start)

    def titled(self) -> dict[str, list[Holder]]:
        """Title -> holders of every person mention carrying it, before it or after it."""
        if self._titled is None:
            self._titled = {}
            for mention in self.mentions:
                if mention.label != "PERSON" or named_as_killed(
                        self.text, mention.start, mention.end):
                    continue  # "killed Judge Rowland Barnes": not "the judge" who speaks
                qualifiers = _title_qualifiers(self.text, mention)
                for title, place in self._titles_of(mention):
                    entry = (mention.start, mention.entity, place, qualifiers)
                    key = _title_word(title)
                    self._titled.setdefault(key, []).append(entry)
                    self._written[(mention.start, key)] = _written_word(title)
        return self._titled

    def _titles_of(self, mention: Mention) -> list[tuple[str, str | None]]:
        """(title, place) the text gives one person mention: before the name ("President
        Trump"), or in apposition after it ("Chahed, the Prime Minister of Tunisia,") or
        before it ("The minister, Chrystia Freeland,")."""
        found: list[tuple[str, str | None]] = []
        before = title_before(self.text, mention)
        if before is not None:
            found.append((before, None))
        for role in (title_after(self.text, mention), title_in_apposition(self.text, mention)):
            if role is not None:
                found.append((role.title, role.place))
        return found

    def holder(self, text: str, start: int) -> str | None:
        """ "the president" / "the Pope" / "the prime minister of Tunisia": the one person
        named earlier with that title (and that place, when both say one); None when
        several or nobody were. A bare title whose "the" the speaker span left out ("The
        decree signed by the Pope") reads as the definite role. A role with a portfolio
        is not held by a person titled with another ("the local health minister" is not
        "Civil Aviation Minister Hardeep Singh Puri"), and is held by the one person the
        text titled with it when others hold the bare title ("Prime Minister Ken Adams met
        Finance Minister Lena Holt ... the finance minister said" is Holt)."""
        role = self.role(text, start)
        if role is None:
            return self._described(text, start)
        holders = self._literal_first(_title_word(role.title), role.title, start)
        asked = _role_qualifiers(text, role.title)
        earlier = [
            (entity, place)
            for at, entity, place, qualifiers in holders
            if at < start and not (asked and qualifiers and not asked & qualifiers)
        ]
        portfolio = _without_short_forms(
            {entity for at, entity, _, qualifiers in holders if at < start and asked & qualifiers}
        )
        if len(portfolio) == 1:  # "the finance minister": not the prime minister beside her
            return portfolio.pop()
        placed = {entity for entity, place in earlier if role.place and place == role.place}
        entities = placed if len(placed) == 1 else {entity for entity, _ in earlier}
        entities = _without_short_forms(entities)
        if not entities:  # "Tom Bell, the team's head coach,": a title set off as a noun
            return self._described(text, start)
        return entities.pop() if len(entities) == 1 else self._just_named(entities, start)

    def _just_named(self, holders: set[str], start: int) -> str | None:
        """Of several holders of one role ("the coach" of a game story naming both
        teams' coaches), the one named in the phrase's paragraph or the one before it,
        when no other holder is named there: "Barlow was asked about the rookie. /
        "...," the coach said" is Barlow, whatever coach spoke earlier. Only a holder
        named as a clause's subject counts: one named after a preposition or as an
        owner ("the last game for Barlow", "Barlow's players") is the paragraph's topic,
        often the "him" the other holder speaks of."""
        since = _previous_paragraph_start(self.text, start)
        near = {m.entity for m in self.mentions
                if m.entity in holders and since <= m.start and m.end <= start
                and _named_as_subject(self.text, m)}
        return near.pop() if len(near) == 1 else None

    def _literal_first(self, key: str, title: str, start: int) -> list[Holder]:
        """The holders of ``key`` before ``start``, only those whose written title is the
        asked noun itself when any is ("Judge Emmet Sullivan" before "Supreme Court
        Justice Neil Gorsuch" for "the judge"): a title that only maps to the noun
        ("Justice" to "judge") holds it when nobody holds it as written."""
        holders = [h for h in self.titled().get(key, ()) if h[0] < start]
        word = _written_word(title)
        literal = [h for h in holders if self._written.get((h[0], key)) == word]
        return literal or holders

    def _described(self, text: str, start: int) -> str | None:
        """ "the actress" for the one person the text named earlier with that word written
        right before the name ("Actress Denise Crosby", "artist Leisha Riddell") or set
        off after it ("Mark Dunn, a 45-year-old mechanic,"): news uses an occupation as a
        title or an apposition once and then as the person's noun. A word for a tie
        ("the father") names someone else's relative, never the person so titled. A noun
        of a few lowercase words ("the chief executive") is read the same way, the whole
        phrase written before the name ("Chief executive Anne Moreau", "The company's
        chief executive, Anne Moreau,") or set off after it. An abbreviated title may stand
        between the noun and the name ("The chief coroner, Dr. Dirk Huyer,"). A word for a
        tie counts only set off by commas ("The victim's mother, Susan Park,", "A
        neighbour, Mary Ann Kowalski,"): the text names that relative there, while
        "Father Tom Reed" is a priest's title, not whose father he is."""
        bare = text.strip() == "CEO" and previous_word(self.text, start).lower() == "the"
        qualified = _QUALIFIED_NOUN.fullmatch(text.strip())
        noun = "ceo" if bare else _described_noun(text) or (qualified and qualified.group(2))
        if not noun:
            return None
        described = _described_after(noun)
        kin = noun.split()[-1] in RELATIONAL_NOUNS
        before = _described_before(noun, kin=kin)
        holders: dict[str, int] = {}
        for m in self.mentions:
            if m.label != "PERSON" or m.start >= start:
                continue
            after = described.match(self.text, m.end)
            if after is not None:
                holders[m.entity] = after.end()
            elif _written_as_noun(
                    before.search(self.text, max(0, m.start - _BEFORE_CHARS), m.start),
                    self.text) or _opens_with(m, noun):
                holders[m.entity] = m.end
        if qualified and noun == qualified.group(2):
            holders = self._qualified(holders, qualified.group(1), noun)
        if len(holders) > 1 and not kin:  # two coaches: the one just named
            return self._just_named(set(holders), start)
        if len(holders) != 1:
            return None
        ((holder, named_until),) = holders.items()
        if kin and written_noun(noun.split()[-1]).search(self.text, named_until, start) is not None:
            return None  # "The mother of the accused" since: another mother
        return holder


    def _qualified(self, holders: dict[str, int], qualifier: str, noun: str) -> dict[str, int]:
        """Of the holders of ``noun``, those the text titled with ``qualifier`` right before
        it ("Winnipeg quarterback Cody Hutchins", "Hutchins, the Winnipeg quarterback,"):
        "the Winnipeg quarterback" is not the other team's quarterback named beside him.
        The role is found with ``whole_words`` (no pattern compiled per qualifier)."""
        text = self.text
        roles = [(at, end) for at, end in written_words_spans((qualifier, noun), text)
                 if not at or not text.startswith("-", at - 1)]
        starts = {at for at, _ in roles}

        def titled_so(mention: Mention) -> bool:
            article = _ARTICLE_AFTER.match(text, mention.end)
            return (article is not None and article.end() in starts) or any(
                mention.start - _BEFORE_CHARS <= at
                and _ROLE_TO_NAME.fullmatch(text, end, mention.start) is not None
                for at, end in roles)

        titled = {m.entity for m in self.mentions
                  if m.entity in holders and m.start < holders[m.entity] and titled_so(m)}
        return {entity: until for entity, until in holders.items() if entity in titled}


def _written_as_noun(match: re.Match[str] | None, text: str) -> bool:
    """Tell whether the noun found before a name is written as a common noun: lowercase,
    a title right before the name ("Actress Denise Crosby"), or opening its sentence. A
    capital word mid-sentence that a comma parts from the name is a proper name's word
    ("a curator from the Brooklyn Museum of Folk Art, Franklin Obi,": "the museum" is
    not Obi)."""
    if match is None:
        return False
    written = match.group(0)
    return (not written[:1].isupper() or "," not in written
            or at_sentence_start(text, match.start()))


def _named_as_subject(text: str, mention: Mention) -> bool:
    """Tell whether a name may be its clause's subject as written: not right after a
    preposition ("for Barlow", "to Reyes") nor an owner ("Barlow's team")."""
    if previous_word(text, mention.start).lower() in _PREPOSITIONS:
        return False
    return not text.startswith(("'s", "\u2019s"), mention.end)


def _previous_paragraph_start(text: str, start: int) -> int:
    """Where the paragraph before the one holding ``start`` begins (blank lines skipped)."""
    line_start = text.rfind("\n", 0, start) + 1
    end = line_start - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    return text.rfind("\n", 0, max(end, 0)) + 1


def _opens_with(mention: Mention, noun: str) -> bool:
    """Tell whether the model took ``noun`` into the person's span and the entity layer cut
    it from the name ("[Organizer Jean Tremblay]" named Jean Tremblay): written before
    the name all the same."""
    return (mention.entity != mention.text
            and mention.text[: len(noun) + 1].lower() == f"{noun} ")


def _described_noun(text: str) -> str | None:
    """The lowercase noun phrase of "the <noun>" ("actress", "chief executive", "mother"),
    or None: a phrase of capitals, digits or more than ``_MAX_NOUN_WORDS`` words is no
    occupation."""
    if " ".join(text.split()) in ("the CEO", "The CEO"):
        return "ceo"
    match = _DEFINITE_NOUN.fullmatch(text.strip())
    if match is None:
        return None
    noun = " ".join(match.group(1).split())
    return None if len(noun.split()) > _MAX_NOUN_WORDS else noun


def _without_short_forms(entities: set[str]) -> set[str]:
    """The holders' names without those another one ends with: "President Donald Trump"
    and later "President Trump" are one holder of the title, however the entity layer
    links the surname, so "the president" is still his.

    Read through the ends after each space of every name (one set), not by pairing every
    name with every other: a document of many people made the pairing quadratic."""
    endings = {other[space + 1 :] for other in entities
               for space, char in enumerate(other) if char == " "}
    return {entity for entity in entities if entity not in endings}


def _role_qualifiers(phrase: str, title: str) -> frozenset[str]:
    """The portfolios qualifying the title in a role phrase ("health" of "the local
    health minister")."""
    words = _WORD_ONLY.findall(phrase.lower())
    last = title.split()[-1]
    head = words[: words.index(last)] if last in words else []
    return frozenset(w for w in head if w in _PORTFOLIOS)


def _title_qualifiers(text: str, mention: Mention) -> frozenset[str]:
    """The portfolios among the capitalised words right before the title a person
    mention carries ("aviation" of "Civil Aviation Minister Hardeep Singh Puri")."""
    words = mention.text.split()
    if len(words) > 1 and is_honorific(words[0]):
        end = mention.start
    else:
        before = previous_word(text, mention.start)
        if not is_honorific(before):
            return frozenset()
        end = text.rfind(before, 0, mention.start)
    found: list[str] = []
    for _ in range(_QUALIFIER_WORDS):
        word = previous_word(text, end)
        if not (word.isalpha() and word[:1].isupper()) or word.lower() in _ARTICLES:
            break
        found.append(word.lower())
        end = text.rfind(word, 0, end)
    return frozenset(found) & _PORTFOLIOS


def _spellings(noun: str) -> str:
    """A pattern of ``noun`` and the other way news writes the same role ("CEO" for "chief
    executive"), any space between its words."""
    forms = (noun, *_SAME_ROLE.get(noun, ()))
    return "|".join(r"[ \u00a0]+".join(map(re.escape, form.split())) for form in forms)


@lru_cache(maxsize=512)
def _described_before(noun: str, kin: bool = False) -> re.Pattern[str]:
    """The noun written right before a name, as a title ("Chief executive ") or set off
    by a comma ("The company's chief executive, "), also after whom it works for ("A
    spokesman for the company, "), perhaps with an abbreviated title after it ("chief
    coroner, Dr. "), compiled once per noun; a word for a tie (``kin``)
    only set off by the comma."""
    comma = "," if kin else ",?"
    return re.compile(rf"(?<![\w-])(?i:{_spellings(noun)})(?:{_FOR_WHOM},|{comma})[ \u00a0]+"
                      rf"(?:(?i:{_TITLES})\.?[ \u00a0]+)?$")


@lru_cache(maxsize=512)
def _described_after(noun: str) -> re.Pattern[str]:
    """A name set off by ``noun`` after it, compiled once per noun: ``re``'s own cache of
    512 is cycled through by a long import's per-name patterns, so it compiled again on
    nearly every call (a fifth of a millisecond each)."""
    return re.compile(_DESCRIBED_AFTER.format(noun=f"(?i:{_spellings(noun)})"))
