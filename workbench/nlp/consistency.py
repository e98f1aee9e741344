"""One label per entity: weighted votes in a document, known names, dates and the library.

Why: the small model labels each mention on its own, so one article shows "Angers" as an
organisation after "Spokeswoman Sandy Angers", "Twitter" as a person and "yesterday"
next to "Yesterday". An analyst reads that as noise. Each mention votes for its model
label; contexts that settle the question ("Ms.", a title, "retailer Best Buy", "Douglas
Aircraft", "the Beatles") add weight, and the winner labels every mention of the name.
A short list fixes names the model gets wrong everywhere (platforms, time zones), and
labels the library already agrees on (or an analyst chose) win over a new document.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.saying_verbs import PERSON_SPEAKING_VERBS, SAID, past_tenses
from workbench.core.text_memo import LatestTextMemo, MentionSpan
from workbench.nlp.entity_appositions import (
    affiliation_after,
    in_person_apposition,
    in_titled_list,
    listed_between_people,
    one_word_listed_between_organisations,
    role_after,
    role_noun_before,
    surname_lives_or_dies,
)
from workbench.nlp.entity_clubs import named_after_place
from workbench.nlp.entity_dates import TIME_ZONES
from workbench.nlp.entity_name_heads import (
    GROUP_NAME,
    campus_name,
    has_org_head,
    middle_initial_name,
    person_shaped_name,
    place_acronym_name,
    team_name,
    titled_full_name,
)
from workbench.nlp.entity_ranks import after_rank
from workbench.nlp.entity_teams import body_noun_after, team_role_after
from workbench.nlp.gazetteer import country_or_capital, lookup, residents_of
from workbench.nlp.known_names import KNOWN_LABELS, RELIGIONS, known_spelling
from workbench.nlp.label_place_votes import (
    MEDIUM,
    STRONG,
    WEAK,
    place_votes,
    stands_as_place,
)
from workbench.nlp.names import (
    in_transcript_label,
    is_honorific,
    name_tokens,
    next_word,
    previous_word,
    strip_honorifics,
)

VOTED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)
"""Labels that compete for a name (dates, times and languages never do)."""

_ORG_CONTEXT = frozenset(
    "company firm retailer newspaper magazine broadcaster network carrier airline "
    "manufacturer maker automaker carmaker group party agency bank website platform band "
    "club team channel outlet publisher insurer lender chain giant startup conglomerate "
    "charity union organisation organization ministry daily weekly tabloid station studio "
    "label broadcaster service site app operator regulator watchdog".split()
)
"""Common nouns that introduce an organisation's name ("retailer Best Buy")."""
_ORG_FOLLOWERS = frozenset(
    "founder co-founder cofounder ceo chairman chairwoman shareholders shares stock "
    "subsidiary subsidiaries headquarters employees executives".split()
)
"""Words after a name that make it a company ("SpaceX founder Elon Musk", "Apple shares");
not "spokesman", which follows people too ("Obama spokesman Josh Earnest")."""
_SPEECH = SAID | past_tenses(PERSON_SPEAKING_VERBS)
"""A verb of saying right before or after a name ("said Smith", "Smith explained"): a weak
vote for a person (``core.saying_verbs``)."""

_PLACE_READINGS = frozenset({"LOC", "GPE"})
"""The model's place labels: a plural name after "the" read so is no group."""


def _key(mention: Mention) -> str:
    """The surface name without titles, case-folded: what the document's votes group on."""
    return " ".join(strip_honorifics(name_tokens(mention.text))).casefold()


def _company_before(mention: Mention, text: str, following: str) -> bool:
    """Tell whether a name the model calls a person or company stands right before
    "founder", "shares" ... ("SpaceX founder"); not after a comma ("Joe Leonard,
    chairman of ..." is a person's apposition) and not for places ("American shares")."""
    return (following in _ORG_FOLLOWERS and mention.label in {"PERSON", "ORG"}
            and text[mention.end : mention.end + 1] == " "
            and country_or_capital(mention.text) is None)


def _organisation_context(mention: Mention, text: str, before: str, following: str) -> float:
    """Weight for ORG from the words beside a name: "retailer Best Buy", "SpaceX founder",
    a town's team before its coach or captain ("Caloundra coach Geoff Ingram"). A country
    or capital takes no weight from the noun before it: that noun is an adjective there
    ("one giant Switzerland, armed and neutral"), and a country's own organisation is
    written with its head ("the Switzerland team")."""
    introduced = before.lower() in _ORG_CONTEXT and country_or_capital(mention.text) is None
    weight = STRONG if introduced else 0.0
    if _company_before(mention, text, following):
        weight += MEDIUM
    return weight + (STRONG if team_role_after(mention, text) or body_noun_after(mention, text)
                     else 0.0)


def _person_evidence(mention: Mention, text: str, tokens: tuple[str, ...], before: str) -> float:
    """Weight for PERSON from the words around a name: a title or role before it ("Dr. X",
    "Spokeswoman Sandy Angers", "actress Ann Lee", "Grand Master X"), a middle initial
    ("Ulysses S. Grant"),
    a role or tie in apposition ("her
    lawyer, X,", "X, the governor,"), a surname that elsewhere dies or is born, the body
    the person speaks for ("X of Bergen Fire and Rescue"). Not ",
    who" or "X announced his": news writes them of companies and outlets too
    ("Bloomberg, who broke the news", "Microsoft hired his brother")."""
    if not tokens:
        return 0.0
    titled = before[:1].isupper() and is_honorific(before)  # "Dr. X", not "major X"
    if (titled or titled_full_name(tokens) or middle_initial_name(tokens)
            or after_rank(mention, text) or in_person_apposition(mention, text)
            or role_after(mention, text) or in_titled_list(mention, text)
            or role_noun_before(mention, text) or surname_lives_or_dies(mention, text)
            or (affiliation_after(mention, text) and not has_org_head(tokens))):
        return STRONG
    return 0.0


@LatestTextMemo
def _remembered_person_evidence(text: str, span: MentionSpan, tokens: tuple[str, ...],
                                before: str) -> float:
    """``_person_evidence`` once per mention span of the latest text: both label votes
    (before and after resolution, which changes mentions' entities) weigh most spans
    unchanged, and this is their costliest part."""
    return _person_evidence(span.mention, text, tokens, before)


def _list_votes(votes: dict[str, float], mention: Mention, text: str,
                people: Sequence[tuple[int, int]],
                organisations: Sequence[tuple[int, int]]) -> None:
    """One list names one kind of thing: a full name between two people's is a person's,
    a one-word "person" between two organisations is an organisation (a name with an
    organisation's head word is weighed before)."""
    if listed_between_people(mention, text, people):
        votes["PERSON"] += MEDIUM  # "counterparts, Ana Ruiz, [Nikos Pappas] and Jean Lebrun"
    elif (mention.label == "PERSON"
          and one_word_listed_between_organisations(mention, text, organisations)):
        votes["ORG"] += MEDIUM  # "Newsweek, [Politico], The Hill and Time"


_CITY_POPULATION = 100_000
"""A city this big the gazetteer knows is one news names alone; a smaller one is as often
a surname ("Obama", "Harper", "Clinton" are towns too)."""


def _city_named(word: str) -> bool:
    """Tell whether ``word`` is a city of some size the gazetteer knows ("Surrey"); a
    ``Place``'s population is always a number (0 where the data gives none)."""
    place = lookup(word)
    return (place is not None and place.kind == "city"
            and place.population >= _CITY_POPULATION)


def _context_votes(mention: Mention, text: str, names: tuple[set[str], set[str]],
                   people: Sequence[tuple[int, int]],
                   organisations: Sequence[tuple[int, int]]) -> dict[str, float]:
    """Extra weight this mention's own words and surroundings give to a label (``names``:
    the surnames and the first and last words of the document's full person names;
    ``people``: the spans of those names; ``organisations``: its organisations').

    What the mention's span, words and label alone decide is read once per span of the
    text (``_own_votes``): the second vote, after resolution, weighs most spans again."""
    own, listed = _own_votes(text, MentionSpan(mention), mention.confidence)
    votes = defaultdict(float, own)
    tokens = name_tokens(mention.text)
    if listed:
        _list_votes(votes, mention, text, people, organisations)
    surnames, person_words = names
    if len(tokens) == 1 and tokens[0] in surnames:
        votes["PERSON"] += MEDIUM
    elif mention.label == "PERSON" and len(tokens) == 1 and _city_named(tokens[0]):
        # "[Surrey] council", ""[Surrey] deserves better"": no full name ends so, and
        # none begins so either ("Madison Keys" ... "Madison") leans to the place where
        # it stands as one; "[Hamilton] led every lap" is a surname spelled like a city
        placed = (tokens[0] not in person_words
                  and stands_as_place(mention, text, previous_word(text, mention.start)))
        votes["GPE"] += MEDIUM if placed else WEAK
    if "PERSON" in votes and country_or_capital(mention.text) is not None:
        del votes["PERSON"]  # "said Russia" is a country speaking, not a person
    return votes


@LatestTextMemo
def _own_votes(text: str, span: MentionSpan,
               confidence: float | None) -> tuple[dict[str, float], bool]:
    """The votes of ``_context_votes`` that rest on the mention's span, words, label and
    confidence only, and whether the document's lists of people and organisations are to
    be read for it (no person evidence nor an organisation's name)."""
    mention = span.mention
    votes: dict[str, float] = defaultdict(float)
    tokens = name_tokens(mention.text)
    before = previous_word(text, mention.start)
    person = _remembered_person_evidence(text, span, tokens, before)
    if person:
        votes["PERSON"] += person
    organisation_name = (has_org_head(tokens) or team_name(tokens)
                         or named_after_place(tokens) or campus_name(tokens)
                         or place_acronym_name(tokens))
    if organisation_name:
        votes["ORG"] += STRONG
    following = next_word(text, mention.end, hyphens=True)
    organisation = _organisation_context(mention, text, before, following)
    if organisation:
        votes["ORG"] += organisation
    if len(tokens) > 1 and in_transcript_label(text, mention.start, mention.end):
        votes["PERSON"] += STRONG
    place_votes(votes, mention, text, tokens, before)
    if (before == "the" and len(tokens) == 1 and GROUP_NAME.fullmatch(tokens[0])
            and mention.label not in _PLACE_READINGS):
        # "the Beatles", "the Yankees": a group, not one person; "the Alps", "the
        # Rockies", which the model read as places, stay mountains (they became bodies)
        votes["ORG"] += MEDIUM
    if before.lower() in _SPEECH or following in _SPEECH:
        # a work never speaks: the model reads a full name right after a closing mark
        # as a title (""…," [Tiff Macklem] said")
        spoken_work = mention.label == "WORK_OF_ART" and person_shaped_name(tokens)
        votes["PERSON"] += MEDIUM if spoken_work else WEAK
    if confidence == 0.9 and mention.label in {"GPE", "LOC"}:  # gazetteer's choice
        votes[mention.label] += 1.0
    return dict(votes), not organisation_name and not person


def _person_names(mentions: Sequence[Mention]) -> tuple[set[str], set[str]]:
    """(surnames, every first or last word) of full person names in the document.

    A surname is a full name's last word or, in a longer name, a middle one. A full name
    is one the model calls PERSON or one after a title ("Spokeswoman Sandy Angers",
    whatever its label), not a city the gazetteer knows ("Banda Aceh", which the model
    reads as a person, would make every "in Aceh" a surname). A country or capital is
    never taken for a surname.
    """
    surnames, words = set(), set()
    for mention in mentions:
        found = _full_name_words(mention.text, mention.label)
        if found is not None:
            words.update(found[0])
            surnames.update(found[1])
    return surnames, words


@functools.lru_cache(maxsize=4096)
def _full_name_words(name: str, label: str) -> tuple[tuple[str, str], tuple[str, ...]] | None:
    """(first and last word, surnames) of one full person name for ``_person_names``, or None.

    Read once per name and label: both votes read every mention, and a document names
    the same people again and again (a pure function of its two strings, kept for the
    latest few thousand)."""
    titled = titled_full_name(name_tokens(name))
    tokens = strip_honorifics(name_tokens(name))
    if (label != "PERSON" and not titled) or len(tokens) < 2:  # noqa: PLR2004
        return None
    if not titled and _city_named(" ".join(tokens)):
        return None  # "[Banda Aceh]" read as a person: "Aceh" alone is no surname
    return ((tokens[0], tokens[-1]),
            tuple(word for word in (tokens[-1], *_inner_surnames(tokens))
                  if country_or_capital(word) is None))


_MIN_DOUBLE_SURNAME = 3
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _inner_surnames(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The middle words of a three-word name that may be used alone: a first of two
    surnames ("Ricardo Rosselló Nevares" is then "Rosselló"), not an initial ("George
    W. Bush") or a particle ("Ludwig van Beethoven"). A name with a generational suffix
    gives none: a family name alone is often the family's company ("Ford")."""
    if len(tokens) < _MIN_DOUBLE_SURNAME or tokens[-1].casefold() in _SUFFIXES:
        return ()  # "William Clay Ford Jr.": "Ford" alone is as often the company
    return tuple(word for word in tokens[1:-1]
                 if word[:1].isupper() and len(word) > 2 and "." not in word)  # noqa: PLR2004


def _winner(totals: Mapping[str, float], first: str | None) -> str | None:
    """The label with the most weight; on a tie ``first`` if it is among the best, else None."""
    best = max(totals.values(), default=0.0)
    tied = [label for label, weight in totals.items() if weight == best]
    if len(tied) == 1:
        return tied[0]
    return first if first in tied else None


def _discount_lone_person(name: str, model: dict[str, float], person_words: set[str]) -> None:
    """Ignore the model's PERSON votes for a one-word name it also calls ORG.

    Why: news introduces people by full name; a single word the model tags both ways
    ("Ryanair said ...") is an organisation unless a full name in the article ends or
    starts with it. Context votes ("Dr. Halvorsen") still count.
    """
    if " " not in name and {"PERSON", "ORG"} <= set(model) and name not in person_words:
        model["PERSON"] = 0.0


def vote_labels(
    mentions: Sequence[Mention],
    text: str,
    key: Callable[[Mention], str] = _key,
    *,
    settle_ties: bool = False,
    evidence: Sequence[Mention] = (),
) -> list[Mention]:
    """Give every mention of a name the label its mentions and contexts vote for.

    ``key`` groups mentions into names: the surface form before resolution, the
    resolved entity afterwards (so a short form ends up with its full name's label).
    A tie leaves each mention its own label, unless ``settle_ties`` (the last pass,
    which guarantees one label per entity): then the first mention's label wins.
    ``evidence``: full person names outside the mentions (a caption's "Premier Doug
    Ford"), whose surnames count as the mentions' do, with no vote of their own.
    """
    surnames, person_words = _person_names([*mentions, *evidence])
    people = sorted((m.start, m.end) for m in mentions
                    if m.label == "PERSON" and m.field == "text" and " " in m.text)
    organisations = sorted((m.start, m.end) for m in mentions
                           if m.label == "ORG" and m.field == "text")
    folded_words = {word.casefold() for word in person_words}
    model: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    context: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    firsts: dict[str, str] = {}
    names = [key(m) if m.label in VOTED_LABELS else "" for m in mentions]
    for index in sorted(range(len(mentions)), key=lambda i: mentions[i].start):
        mention = mentions[index]
        if mention.label in VOTED_LABELS and mention.field == "text":
            name = names[index]
            firsts.setdefault(name, mention.label)
            model[name][mention.label] += 1.0
            for label, weight in _context_votes(mention, text, (surnames, person_words),
                                                people, organisations).items():
                context[name][label] += weight
    chosen = {}
    for name, votes in model.items():
        _discount_lone_person(name, votes, folded_words)
        totals = defaultdict(float, votes)
        for label, weight in context[name].items():
            totals[label] += weight
        chosen[name] = _winner(totals, firsts[name] if settle_ties else None)
    result = []
    for mention, name in zip(mentions, names, strict=True):
        label = chosen.get(name) if mention.label in VOTED_LABELS else None
        result.append(replace(mention, label=label) if label and label != mention.label
                      else mention)
    return result


def by_entity(mention: Mention) -> str:
    """Group key after resolution: the canonical entity, case-folded."""
    return mention.entity.casefold()


def apply_known_names(mentions: Iterable[Mention]) -> list[Mention]:
    """Relabel platforms and agencies, and a place's people ("Londoners") as a group;
    drop lone time zones ("UTC" is not a name). A known name in another case ("REUTERS",
    "Nato") is the list's entity."""
    result = []
    for mention in mentions:
        if mention.text in TIME_ZONES and mention.label not in {"DATE", "TIME"}:
            continue
        spelled = known_spelling(mention.entity)
        if spelled is not None and mention.label in VOTED_LABELS:
            mention = replace(mention, entity=spelled)
        known = (KNOWN_LABELS.get(mention.entity) or KNOWN_LABELS.get(mention.text)
                 or RELIGIONS.get(mention.entity))
        if known is None and residents_of(mention.entity) is not None:
            known = "NORP"  # "Londoners", "Hong Kongers": a place's people
        if known and mention.label in VOTED_LABELS and known != mention.label:
            mention = replace(mention, label=known)
        result.append(mention)
    return result
