"""Map each statement's speaker span to a canonical entity (``Quote.speaker``).

Runs on the document's final mentions, after entity resolution, so "Miller" already
points at "Matthew Miller" and a merge by the analyst changes speakers without a
re-parse. Pronouns: "he" after a statement is its speaker; else the subject-like first
person of the previous sentence; else the nearest earlier person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbench.core.models import Mention, Quote
from workbench.nlp.cues import continues_speaker
from workbench.nlp.names import lowercase_words, strip_opening_adverb
from workbench.nlp.pronoun_fit import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    SentenceIndex,
    fits_pronoun,
    names_several_people,
)
from workbench.nlp.resolution import at_sentence_start
from workbench.nlp.speaker_descriptions import ROLE_NOUNS, described_entity, named_description
from workbench.nlp.speaker_gender import RELATIONAL_NOUNS, KnownGenders, unnamed_person
from workbench.nlp.speaker_given_names import GivenNames
from workbench.nlp.speaker_handles import handle_name_end, is_handle_text
from workbench.nlp.speaker_names import (
    PeopleByName,
    full_name_before,
    hint_is_a_name,
    lone_surname_at,
    names_someone_else,
    names_whole_phrase,
    person_name,
    titled_single_name,
    writes_another,
)
from workbench.nlp.speaker_roles import TitledPeople
from workbench.nlp.speaker_transcripts import Transcript

_LABEL_RANK = {"PERSON": 0, "ORG": 1, "NORP": 2, "GPE": 3}
_WORD = re.compile(r"\w+")
#: How far back (in characters) a pronoun may look for its antecedent.
MAX_PRONOUN_DISTANCE = 1500
#: Sentences back a pronoun looks for the passage's other person (its own and two more).
_PASSAGE_SENTENCES = 2


@dataclass(frozen=True)
class _Resolved:
    """A speaker already resolved earlier in the document."""

    end: int
    entity: str  # "" for a person the text names only by a noun ("the father")
    label: str
    gender: str | None = None


class _Resolver:
    """Holds the document's mentions and the speakers resolved so far."""

    def __init__(
        self, mentions: Sequence[Mention], text: str, quoted: Sequence[tuple[int, int]]
    ) -> None:
        self.text = text
        self.mentions = sorted(
            (m for m in mentions if m.field == "text" and m.label in _LABEL_RANK),
            key=lambda m: (m.start, m.end),
        )
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        self.sentences = SentenceIndex(text)
        self.resolved: list[_Resolved] = []
        people = [m for m in self.mentions if m.label == "PERSON"]
        self.genders = KnownGenders(text, people, self.sentences.index, quoted)
        self._lowercase: frozenset[str] | None = None
        self.people = PeopleByName()
        self.titles = TitledPeople(self.mentions, text)
        named = [(m.start, m.entity) for m in people]
        self.transcript = Transcript(text, name_of=self._turn_person, people=named)
        for mention in self.mentions:
            if mention.label == "PERSON":
                self.people.add(mention.entity, mention.start)
        self.given_names = GivenNames(m.entity for m in people)

    def _turn_person(self, label: str, position: int) -> str:
        """The person a turn label names: "CLINTON:" is the article's "Hillary Clinton"."""
        return self.people.find(label.title(), position) or label

    def _turn_speaker(self, word: str, quote: Quote) -> str | None:
        """The person a transcript turn makes "I", "we" or "you"; "" for the asking
        outlet's "we", remembered as nobody's so no later pronoun lands on it."""
        turn = self.transcript.speaker(word, quote.speaker_start or 0)
        if turn:
            self.resolved.append(_Resolved(quote.speaker_end or 0, turn, "PERSON"))
        return turn

    def resolve(self, quote: Quote) -> str | None:
        if quote.speaker_start is None or quote.speaker_end is None or not quote.speaker_text:
            return quote.speaker
        word = quote.speaker_text.strip().lower()
        if is_handle_text(word):
            return self._handle_owner(quote.speaker_text.strip())
        turn = self._turn_speaker(word, quote) if self.transcript.turns else None
        if turn is not None:
            return turn
        if word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
            if quote.speaker and word in PERSON_PRONOUNS:
                carries_on = continues_speaker(quote.cue)
                return self._hinted(word, quote.speaker, quote.speaker_start, quote, carries_on)
            if quote.speaker:
                recent = self._recent_group(quote.speaker_start)
                return recent or self._group_hinted(quote.speaker, quote.speaker_start)
            return self._pronoun(word, quote.speaker_start)
        mention = self._overlapping(quote.speaker_start, quote.speaker_end)
        text, start = self._without_adverb(quote.speaker_text, quote.speaker_start)
        by_name = self.people.find(text, start)
        if mention is not None and names_whole_phrase(mention, text, start):
            # A surname the model read as a place or organisation ("Downey said") speaks
            # as the person of that name when the text names one.
            person = mention.label == "PERSON" or by_name is None
            if person and not names_someone_else(mention, text):
                entity = self.given_names.entity_of(mention)
                self.resolved.append(_Resolved(quote.speaker_end, entity, mention.label))
                return entity
        by_name = by_name or self.titles.holder(text, start) or self._untagged(text, start)
        by_name = by_name or self._role_continues(text, start)
        if by_name is not None:
            self.resolved.append(_Resolved(quote.speaker_end, by_name, "PERSON"))
            return by_name
        described = described_entity(text, start, self.mentions, self.text)
        if described is None:
            passage = self.sentences.starts[max(0, self.sentences.index(start) - 1)]
            named = named_description(text, start, self.text, passage)
            unnamed, gender = unnamed_person(quote.speaker_text)
            if unnamed or named:
                label = "PERSON" if unnamed or named.split()[-1] in ROLE_NOUNS else "ORG"
                self.resolved.append(_Resolved(quote.speaker_end, named or "", label, gender))
            return named or quote.speaker
        self.resolved.append(_Resolved(quote.speaker_end, described.entity, described.label))
        return described.entity

    def _handle_owner(self, handle: str) -> str:
        """The entity the text writes right before "(handle)", else the handle."""
        end = handle_name_end(self.text, handle)
        mention = self._overlapping(end - 1, end) if end is not None else None
        return mention.entity if mention is not None and mention.end == end else handle

    def _role_continues(self, text: str, start: int) -> str | None:
        """ "said Jacinda Ardern. The prime minister added: ...": a definite role naming
        no holder the text titled is the person who spoke just before (this or the
        previous sentence) when no other person is named in between. A spokesperson is
        never the person they speak for, nor "the father" (of someone) that someone:
        neither role continues."""
        role = self.titles.role(text, start)
        if role is None or role.title.startswith("spokes") or not self.resolved:
            return None
        if role.title.split()[-1] in RELATIONAL_NOUNS:
            return None
        last = self.resolved[-1]
        here = self.sentences.index(start)
        if last.label != "PERSON" or last.end > start or here - self.sentences.index(last.end) > 1:
            return None
        low = bisect.bisect_left(self.starts, last.end)
        high = bisect.bisect_left(self.starts, start)
        between = {m.entity for m in self.mentions[low:high] if m.label == "PERSON"}
        if between - {last.entity}:
            return None
        return last.entity

    def _without_adverb(self, text: str, start: int) -> tuple[str, int]:
        """The speaker text without a sentence adverb the parse ran into the name
        ("Later Cuomo said"), so it is not read as a given name."""
        end = start + len(text)
        if self.text[start:end] != text:
            return text, start
        name_start = strip_opening_adverb(self.text, start, end)
        return self.text[name_start:end], name_start

    def _untagged(self, text: str, start: int) -> str | None:
        """A speaker name no mention carries: a full name is the canonical speaker; a
        lone surname is the full name the text introduced earlier ("Cattelan"), else,
        where no sentence starts (`"...," Okafor told reporters`: only a name is
        capitalised there), the surname itself. A title before one name ("Princess
        Ubolratana", "Sgt. Moore") says it is a person's, wherever it stands."""
        if person_name(text):
            return self.people.add_untagged(text, start)
        words = text.split()
        titled = titled_single_name(words)
        if titled is None and (len(words) != 1 or not hint_is_a_name(text, self.lowercase_words())):
            return None
        name = titled or words[0]
        title = words[0] if titled else None
        full = full_name_before(self.text[:start], name, self.lowercase_words(), title)
        if full is not None:
            return self.people.add_untagged(full, start)
        if titled is None and not lone_surname_at(self.text, start, name):
            return None  # "Officials said ...": a capitalised common noun opening a sentence
        return self.people.add_untagged(name, start)

    def _overlapping(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, start - 200)
        best: Mention | None = None
        for index in range(i, len(self.mentions)):  # no slice: it would copy the rest
            mention = self.mentions[index]
            if mention.start >= end:
                break
            if mention.end > start and (
                best is None or _LABEL_RANK[mention.label] < _LABEL_RANK[best.label]
            ):
                best = mention
        return best

    def _hinted(
        self, word: str, name: str, start: int, quote: Quote, carries_on: bool = False
    ) -> str | None:
        """The canonical entity for the name the parse found behind a pronoun.

        For a pronoun opening a sentence, the speaker of the statement just before wins
        over the hint ("..., telling the Nevada Independent: "...". He continued"):
        newsroom prose keeps one speaker per passage. Inside a sentence the parse's
        governing speaker is better evidence ("Biden rejected ..., saying he would").
        A hint that is no person's name ("States Senator", "Fitness"), one the pronoun's
        own clause names after it ("He said Zelensky is ...": he is not Zelensky), or one
        the text calls by the other gender is dropped for the mention-based antecedent.
        A cue that carries on ("he added", "she continued") also names the speaker of
        the statement just before, wherever the pronoun stands.
        """
        quote_start = quote.start
        opens = at_sentence_start(self.text, start)
        if opens or carries_on:
            recent = self._recent_speaker(word, start) or self._named_just_before(word, start, name)
            if recent is not None:
                return recent
        entity = self.people.find(name, start)
        if entity is None and hint_is_a_name(name, self.lowercase_words()):
            entity = name
        if entity is not None and self._named_after(name, start, quote_start):
            return self._pronoun(word, start, not_entity=entity)
        if opens and entity is not None:
            entity = self._sole_person_before(word, start, name) or entity
        if entity is None or self.genders.clash(word, entity):
            return self._pronoun(word, start)
        self.resolved.append(_Resolved(start, entity, "PERSON"))
        self.genders.learn(word, entity)
        return entity

    def _named_just_before(self, word: str, start: int, hint: str) -> str | None:
        """The nearest person fitting the pronoun named in its own or the two sentences
        before, when the last speaker was of the other gender ("Olsen and his daughter
        Emma ... "...," she said. "...," he added") and the parse's person is not named
        in that passage: the passage's other person, not someone paragraphs back."""
        if not self.resolved or not self.genders.clash(word, *self._last_speaker()):
            return None
        here = self.sentences.index(start)
        passage = self.text[self.sentences.starts[max(0, here - _PASSAGE_SENTENCES)] : start]
        if _WORD.findall(hint)[-1:] and _WORD.findall(hint)[-1] in _WORD.findall(passage):
            return None
        mention = self._antecedent(word, start, here)
        if mention is None or here - self.sentences.index(mention.start) > _PASSAGE_SENTENCES:
            return None
        self.resolved.append(_Resolved(start, mention.entity, mention.label))
        return mention.entity

    def _last_speaker(self) -> tuple[str, str | None]:
        last = self.resolved[-1]
        return last.entity, last.gender

    def _group_hinted(self, name: str, start: int) -> str | None:
        """The canonical entity for the group the parse found behind "they"/"it" (the
        subject governing the pronoun's clause): the nearest earlier mention that is that
        whole phrase, else the phrase itself ("the campaign" has no entity); never the
        nearest unrelated organisation or place."""
        end = bisect.bisect_left(self.starts, start)
        first = bisect.bisect_left(self.starts, start - MAX_PRONOUN_DISTANCE - self.longest)
        for index in range(end - 1, first - 1, -1):
            mention = self.mentions[index]
            inside = name.find(mention.text)
            at = mention.start - inside
            if inside < 0 or self.text[at : at + len(name)] != name:
                continue
            if names_whole_phrase(mention, name, at):
                self.resolved.append(_Resolved(start, mention.entity, mention.label))
                return mention.entity
        return name

    def _recent_group(self, start: int) -> str | None:
        """ "They"/"Their statement" opening a sentence right after a group's statement
        (this or the previous sentence) is that group: one speaker per passage, over
        the parse's nearest subject ("... decided by Congress: "..." Their statement")."""
        if not at_sentence_start(self.text, start):
            return None
        last = next((r for r in reversed(self.resolved) if r.end <= start), None)
        if last is None or last.label == "PERSON" or not last.entity:
            return None
        near = self.sentences.index(start) - self.sentences.index(last.end) <= 1
        return last.entity if near else None

    def _sole_person_before(self, word: str, start: int, hint: str = "") -> str | None:
        """The one person the previous sentence names, when it names exactly one that
        fits the pronoun ("According to Dr. Tom Frieden, ... "unprecedented." He said").
        The parse's own person written there untagged is a second one: in "Rossi laid out
        the case before Judge Stephen Herrick. He said" the judge is not the only person."""
        previous = self.sentences.index(start) - 1
        low = bisect.bisect_left(self.starts, self.sentences.starts[max(previous, 0)])
        high = bisect.bisect_left(self.starts, self.sentences.starts[previous + 1])
        fitting = {
            m.entity
            for m in self.mentions[low:high]
            if fits_pronoun(word, m, self.text) and not self.genders.clash(word, m.entity)
        }
        if previous < 0 or len(fitting) != 1:
            return None
        sole = fitting.pop()
        sentence = self.text[self.sentences.starts[previous] : self.sentences.starts[previous + 1]]
        return None if writes_another(sentence, hint, sole) else sole

    def _named_after(self, name: str, start: int, quote_start: int) -> bool:
        """True when the hint's surname is written between the pronoun and its quote."""
        words = _WORD.findall(name)
        if not words or quote_start <= start:
            return False
        between = self.text[start:quote_start]
        return re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", between) is not None

    def lowercase_words(self) -> frozenset[str]:
        """Words the text writes in lowercase somewhere (so they are common nouns)."""
        if self._lowercase is None:
            self._lowercase = lowercase_words(self.text)
        return self._lowercase

    def _recent_speaker(self, word: str, start: int, not_entity: str | None = None) -> str | None:
        """The last statement's speaker when it spoke in this or the previous sentence
        and fits the pronoun (a person of no known other gender)."""
        here = self.sentences.index(start)
        for earlier in reversed(self.resolved):
            if earlier.end > start:
                continue
            fits = fits_pronoun(word, Mention(0, 0, "", earlier.label, earlier.entity), self.text)
            fits = fits and not self.genders.clash(word, earlier.entity, earlier.gender)
            fits = fits and earlier.entity != not_entity
            if here - self.sentences.index(earlier.end) <= 1 and fits:
                self.genders.learn(word, earlier.entity)
                return earlier.entity
            return None
        return None

    def _pronoun(self, word: str, start: int, not_entity: str | None = None) -> str | None:
        """Antecedent of a pronoun; ``not_entity`` is a person it cannot be (named in
        the pronoun's own clause)."""
        recent = self._recent_speaker(word, start, not_entity)
        if recent is not None:
            return recent
        mention = self._antecedent(word, start, self.sentences.index(start), not_entity)
        if mention is None:
            return None
        self.resolved.append(_Resolved(start, mention.entity, mention.label))
        self.genders.learn(word, mention.entity)
        return mention.entity

    def _antecedent(
        self, word: str, start: int, here: int, not_entity: str | None = None
    ) -> Mention | None:
        """Earlier mention for a pronoun: previous sentence's first, else the nearest."""
        end = bisect.bisect_left(self.starts, start)
        # Only mentions ending within the distance can qualify: skip the rest of the document.
        first = bisect.bisect_left(self.starts, start - MAX_PRONOUN_DISTANCE - self.longest)
        earlier = [
            m
            for m in self.mentions[first:end]
            if m.end <= start
            and start - m.end <= MAX_PRONOUN_DISTANCE
            and fits_pronoun(word, m, self.text)
            and not self.genders.clash(word, m.entity)
            and m.entity != not_entity
        ]
        same = [m for m in earlier if self.sentences.index(m.start) == here]
        previous = [m for m in earlier if self.sentences.index(m.start) == here - 1]
        if previous and not same:
            return previous[0]
        if not earlier or names_several_people(word, self.mentions[first:end], earlier[-1]):
            return None  # "Shoukry and his counterparts met ... They concluded": the people
        return earlier[-1]


def resolve_speakers(
    quotes: Sequence[Quote], mentions: Sequence[Mention], text: str
) -> list[Quote]:
    """Return ``quotes`` (same order) with ``speaker`` set where a speaker resolves."""
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    resolver = _Resolver(mentions, text, direct)
    order = sorted(range(len(quotes)), key=lambda i: _speaker_position(quotes[i]))
    result: list[Quote] = list(quotes)
    for i in order:
        quote = quotes[i]
        speaker = resolver.resolve(quote) or None  # "": a person named by a noun only
        if speaker and resolver.transcript.calls_narrator_he_or_she(quote, speaker):
            speaker = resolver.transcript.told_person(quote)
        if speaker != quote.speaker:
            result[i] = replace(quote, speaker=speaker)
    return result


def _speaker_position(quote: Quote) -> int:
    """Resolve in reading order of the speaker span (where the reader meets it)."""
    return quote.speaker_start if quote.speaker_start is not None else quote.start
