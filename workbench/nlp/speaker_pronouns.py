"""The person or group a speaker pronoun stands for ("he said", "they added").

Why apart from ``quote_resolution`` (which orders the ways a speaker span is resolved
and reads names): a pronoun is resolved from the passage around it — the speaker just
before, the one person the previous sentence names, the nearest fitting mention — and
that reading of the passage is one concern with its own rules. Pronouns: "he" after a
statement is its speaker; after a sentence ending ", said <role> <Name>." that Name; else
the subject-like first person of the previous sentence; else the nearest earlier person.
A singular "he"/"she" never stands for a group the document tags as a nationality. After
a quotation opening its sentence ("...," she said), a person who has already spoken and is
the one person the sentence before the quotation names takes the floor over the parse's.
"""

from __future__ import annotations

import bisect
import re

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention, Quote
from workbench.core.whole_words import whole_word_spans
from workbench.nlp.names import previous_word
from workbench.nlp.pronoun_fit import fits_pronoun, names_several_people
from workbench.nlp.sentence_starts import at_sentence_start
from workbench.nlp.speaker_antecedent_descriptions import described_antecedent
from workbench.nlp.speaker_gender import pronoun_gender
from workbench.nlp.speaker_memory import WORD, SpeakerMemory
from workbench.nlp.speaker_mixed_labels import person_is_a_group
from workbench.nlp.speaker_names import (
    hint_is_a_name,
    names_whole_phrase,
    opens_the_pronouns_sentence,
    writes_another,
)

#: How far back (in characters) a pronoun may look for its antecedent.
MAX_PRONOUN_DISTANCE = 1500
#: A sentence ending by crediting a person: ", said (a role in lowercase) Name Surname."
#: Only the four commonest credit verbs, not quote_misplaced_marks' list: a match hands
#: a later "he"/"she" to that Name, so it keeps to the verbs that close a sentence on
#: its speaker ("..., added spokesman Jim Lee."), not ones that may close on someone
#: spoken to or about ("..., told Reuters", "..., warned Iran").
_CREDITED_AT_END = re.compile(
    r",\s+(?:said|says|added|explained)\s+(?:[a-z][\w-]*\s+){0,5}"
    rf"(?P<name>{CAPITAL}[\w'-]+(?:\s+{CAPITAL}[\w'-]+){{0,3}})\.\s*$"
)
#: Sentences back a pronoun looks for the passage's other person (its own and two more).
_PASSAGE_SENTENCES = 2
_SUBJECT_OPENERS = frozenset(
    "that and but as when while because which who so then after before since if".split())
"""Lower-case words after which a name may still be its clause's subject."""
_CLAUSE_ENDS = frozenset(".!?:;,\"'\u201d\u2019)")
"""The last character of a word ending the clause before a name: the name opens its own."""


class PronounResolver:
    """Resolves speaker pronouns against one document's ``SpeakerMemory``."""

    def __init__(self, memory: SpeakerMemory) -> None:
        self.memory = memory

    def hinted(
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
        memory = self.memory
        quote_start = quote.start
        opens = at_sentence_start(memory.text, start)
        follows = _follows_its_quote(memory.text, start, quote)
        if opens or carries_on or (follows and at_sentence_start(memory.text, quote_start)):
            # Right after its quote, the statement just before is the one before the quote
            # (its own sentences, and the speakers quoted inside it, do not count).
            recent = self._recent_speaker(word, quote_start if follows else start)
            if recent is None and (opens or carries_on):
                recent = self._named_just_before(word, start, name)
            if recent is not None:
                memory.remember(start, recent, "PERSON")  # as a hint taken would be
                return recent
        reported = self._reported_just_before(word, min(start, quote_start))
        reported = reported or self._opener_going_on(word, start)
        if reported is not None:
            memory.remember(start, reported, "PERSON")
            return reported
        entity = memory.people.find(name, start)
        if entity is None and hint_is_a_name(name, memory.lowercase_words()):
            entity = None if opens_the_pronouns_sentence(memory.text, name, start) else name
        if entity is not None and self._named_after(entity, start, quote):
            return self.pronoun(word, start, entity, quote)
        if opens and entity is not None:
            entity = self._sole_person_before(word, start, name, quote) or entity
        elif entity is not None and follows and at_sentence_start(memory.text, quote_start):
            entity = self._speaker_named_before(word, quote_start, name, quote) or entity
        if entity is None or memory.genders.clash(word, entity):
            return self.pronoun(word, start, quote=quote)
        if memory.names_a_group(word, entity):
            return self.pronoun(word, start, entity, quote)
        memory.remember(start, entity, "PERSON")
        memory.genders.learn(word, entity)
        return entity

    def group_hinted(self, name: str, start: int) -> str | None:
        """The canonical entity for the group the parse found behind "they"/"it" (the
        subject governing the pronoun's clause): the nearest earlier mention that is that
        whole phrase, else the phrase itself ("the campaign" has no entity); never the
        nearest unrelated organisation or place."""
        memory = self.memory
        end = bisect.bisect_left(memory.starts, start)
        first = bisect.bisect_left(memory.starts, start - MAX_PRONOUN_DISTANCE - memory.longest)
        for index in range(end - 1, first - 1, -1):
            mention = memory.mentions[index]
            inside = name.find(mention.text)
            at = mention.start - inside
            if inside < 0 or memory.text[at : at + len(name)] != name:
                continue
            if names_whole_phrase(mention, name, at):
                memory.remember(start, mention.entity, mention.label)
                return mention.entity
        described = described_antecedent(name, start, memory.mentions, memory.text)
        if described is not None:  # "The airline blamed ...: "...," it said"
            memory.remember(start, described.entity, described.label)
            return described.entity
        return name

    def recent_group(self, start: int) -> str | None:
        """ "They"/"Their statement" opening a sentence right after a group's statement
        (this or the previous sentence) is that group: one speaker per passage, over
        the parse's nearest subject ("... decided by Congress: "..." Their statement")."""
        memory = self.memory
        if not at_sentence_start(memory.text, start):
            return None
        last = next((r for r in reversed(memory.resolved) if r.end <= start), None)
        if last is None or not last.entity:
            return None
        if last.label == "PERSON" and not self._person_is_a_group(last.entity):
            return None
        near = memory.sentences.index(start) - memory.sentences.index(last.end) <= 1
        return last.entity if near else None

    def _person_is_a_group(self, entity: str) -> bool:
        """A speaker tagged a person whose name the document also tags an organisation
        (``speaker_mixed_labels``), and whom no "he"/"she" names."""
        genders = self.memory.genders
        gendered = genders.clash("he", entity) or genders.clash("she", entity)
        return person_is_a_group(self.memory.mentions, entity, gendered)

    def pronoun(
        self, word: str, start: int, not_entity: str | None = None, quote: Quote | None = None
    ) -> str | None:
        """Antecedent of a pronoun; ``not_entity`` is a person it cannot be (named in
        the pronoun's own clause), and no mention inside its own ``quote`` is one."""
        recent = self._recent_speaker(word, start, not_entity)
        if recent is not None:
            self.memory.remember(start, recent, "PERSON")
            return recent
        memory = self.memory
        here = memory.sentences.index(start)
        mention = self._antecedent(word, start, here, not_entity, quote)
        if mention is None:
            return None
        memory.remember(start, mention.entity, mention.label)
        memory.genders.learn(word, mention.entity)
        return mention.entity

    def _named_just_before(self, word: str, start: int, hint: str) -> str | None:
        """The nearest person fitting the pronoun named in its own or the two sentences
        before, when the last speaker was of the other gender ("Olsen and his daughter
        Emma ... "...," she said. "...," he added") and the parse's person is not named
        in that passage: the passage's other person, not someone paragraphs back."""
        memory = self.memory
        if not memory.resolved:
            return None
        last = memory.resolved[-1]
        if not memory.genders.clash(word, last.entity, last.gender):
            return None
        here = memory.sentences.index(start)
        passage_start = memory.sentences.starts[max(0, here - _PASSAGE_SENTENCES)]
        passage = memory.text[passage_start:start]
        if WORD.findall(hint)[-1:] and WORD.findall(hint)[-1] in WORD.findall(passage):
            return None
        mention = self._antecedent(word, start, here)
        if mention is None or here - memory.sentences.index(mention.start) > _PASSAGE_SENTENCES:
            return None
        memory.remember(start, mention.entity, mention.label)
        return mention.entity

    def _sole_person_before(
        self, word: str, start: int, hint: str = "", quote: Quote | None = None
    ) -> str | None:
        """The one person the previous sentence names, when it names exactly one that
        fits the pronoun ("According to Dr. Tom Frieden, ... "unprecedented." He said").
        The parse's own person written there untagged is a second one: in "Rossi laid out
        the case before Judge Stephen Herrick. He said" the judge is not the only person.
        A name inside the pronoun's own ``quote`` never counts: when "he said" follows a
        quoted sentence ("These people (Khartoum) should be taken to book." He said),
        that sentence is the quote, and a speaker is never one he talks about."""
        memory = self.memory
        sentences = memory.sentences
        previous = sentences.index(start) - 1
        low = bisect.bisect_left(memory.starts, sentences.starts[max(previous, 0)])
        high = bisect.bisect_left(memory.starts, sentences.starts[previous + 1])
        fitting = {
            m.entity
            for m in memory.mentions[low:high]
            if fits_pronoun(word, m, memory.text)
            and not memory.rules_out(word, m.entity)
            and not _inside(m, quote)
        }
        if previous < 0 or len(fitting) != 1:
            return None
        sole = fitting.pop()
        sentence = memory.text[sentences.starts[previous] : sentences.starts[previous + 1]]
        if _opens_with_same_gender(sentence, word):
            return None  # "He could not say what the state lost on Tom Ware.": not Ware
        return None if writes_another(sentence, hint, sole) else sole

    def _speaker_named_before(self, word: str, start: int, hint: str, quote: Quote) -> str | None:
        """The one person the sentence before a quote names, when that person has
        already spoken ("..." said Earley. That is something Benson echoes. "...," she
        said): a speaker named again just before a quotation is taking the floor, over
        the parse's person further back. Someone who has not spoken is usually spoken
        about ("The producers made Mia Rowe a regular. "...," she recalls": not Rowe)."""
        sole = self._sole_person_before(word, start, hint, quote)
        spoken = any(r.entity == sole and r.end <= start for r in self.memory.resolved)
        return sole if spoken and self._named_as_actor(sole, start) else None

    def _named_as_actor(self, entity: str, start: int) -> bool:
        """Tell whether the sentence before ``start`` names ``entity`` where a subject
        stands (opening it, after a title or a clause word: "that Benson echoes"), not
        after a verb or preposition that makes it the one talked about ("The company
        assured Lane", "Her speech praised Clinton")."""
        memory = self.memory
        here = memory.sentences.index(start)
        low = memory.sentences.starts[max(here - 1, 0)]
        first = bisect.bisect_left(memory.starts, low)
        last = bisect.bisect_left(memory.starts, memory.sentences.starts[here])
        for mention in memory.mentions[first:last]:
            if mention.entity != entity:
                continue
            before = previous_word(memory.text, mention.start)
            if (not before[:1].islower() or before in _SUBJECT_OPENERS
                    or before[-1:] in _CLAUSE_ENDS):
                return True
        return False

    def _reported_just_before(self, word: str, start: int) -> str | None:
        """The person a sentence just before ``start`` ends by crediting ("..., said
        disaster agency official Fauzi."): the subject of that "said", who goes on
        speaking in the next sentence, beats a person the parse finds further back. The
        name is read from the text, as the model often tags a lone foreign name a place."""
        memory = self.memory
        here = memory.sentences.index(start)
        if here == 0:
            return None
        previous = memory.text[memory.sentences.starts[here - 1] : memory.sentences.starts[here]]
        match = _CREDITED_AT_END.search(previous)
        if match is None:
            return None
        name = match.group("name")
        person = memory.people.find(name, start) or name
        if memory.rules_out(word, person):
            return None
        return person

    def _opener_going_on(self, word: str, start: int) -> str | None:
        """The person a "he"/"she" opening the previous sentence was read as, when no
        person is named between that pronoun and this one ("He admitted he was lying.
        When asked about the gun, he then answered"): the subject of the sentence before
        is the passage's person, over a name the parse finds further back."""
        memory = self.memory
        here = memory.sentences.index(start)
        if here == 0:
            return None
        sentence_start = memory.sentences.starts[here - 1]
        match = _OPENING_PRONOUN.match(memory.text, sentence_start)
        if match is None or pronoun_gender(match["word"]) != pronoun_gender(word):
            return None
        opener = match.start("word")
        read = next((r for r in reversed(memory.resolved) if r.end in (opener, match.end())), None)
        if read is None or read.label != "PERSON" or not read.entity:
            return None
        low = bisect.bisect_left(memory.starts, opener)
        high = bisect.bisect_left(memory.starts, start)
        if any(m.label == "PERSON" for m in memory.mentions[low:high]):
            return None
        return None if memory.rules_out(word, read.entity) else read.entity

    def _named_after(self, name: str, start: int, quote: Quote) -> bool:
        """True when the hint's surname is written after the pronoun in its own sentence
        ("he testified, Timmons pulled the trigger") or between it and its quote, or any
        of its names in the quote itself ("Jermayne fired the shot," he said): a pronoun
        does not stand for a person its own clause goes on to name, nor does a speaker
        talk of himself by name. ``name`` is the entity's canonical name."""
        words = [word for word in WORD.findall(name) if word[:1].isupper()]
        if not words:
            return False
        memory = self.memory
        sentence_end = memory.sentences.end(start)
        after = memory.text[start : max(quote.start, sentence_end or start, start)]
        said = quote.text or memory.text[quote.start : quote.end]
        return bool(whole_word_spans(words[-1], after)) or any(
            whole_word_spans(word, said) for word in words)

    def _recent_speaker(self, word: str, start: int, not_entity: str | None = None) -> str | None:
        """The last statement's speaker when it spoke in this or the previous sentence
        and fits the pronoun (a person of no known other gender)."""
        memory = self.memory
        here = memory.sentences.index(start)
        for earlier in reversed(memory.resolved):
            if earlier.end > start:
                continue
            candidate = Mention(0, 0, "", earlier.label, earlier.entity)
            fits = fits_pronoun(word, candidate, memory.text)
            fits = fits and not memory.rules_out(word, earlier.entity, earlier.gender)
            fits = fits and earlier.entity != not_entity and not earlier.narrator
            if here - memory.sentences.index(earlier.end) <= 1 and fits:
                memory.genders.learn(word, earlier.entity)
                return earlier.entity
            return None
        return None

    def _antecedent(
        self,
        word: str,
        start: int,
        here: int,
        not_entity: str | None = None,
        quote: Quote | None = None,
    ) -> Mention | None:
        """Earlier mention for a pronoun: previous sentence's first, else the nearest,
        never one inside the pronoun's own ``quote`` (''... the last lease Boeing did
        ...'' it said: the speaker is not whom its words name)."""
        memory = self.memory
        end = bisect.bisect_left(memory.starts, start)
        # Only mentions ending within the distance can qualify: skip the rest of the document.
        first = bisect.bisect_left(memory.starts, start - MAX_PRONOUN_DISTANCE - memory.longest)
        earlier = [
            m
            for m in memory.mentions[first:end]
            if m.end <= start
            and start - m.end <= MAX_PRONOUN_DISTANCE
            and fits_pronoun(word, m, memory.text)
            and not memory.rules_out(word, m.entity)
            and m.entity != not_entity
            and not _inside(m, quote)
        ]
        same = [m for m in earlier if memory.sentences.index(m.start) == here]
        previous = [m for m in earlier if memory.sentences.index(m.start) == here - 1]
        if previous and not same:
            return previous[0]
        if not earlier or names_several_people(word, memory.mentions[first:end], earlier[-1]):
            return None  # "Shoukry and his counterparts met ... They concluded": the people
        return earlier[-1]


#: A sentence opened by a subject pronoun ("He could not say ...", "She added").
_OPENING_PRONOUN = re.compile(r"\s*[\"'\u201c\u2018]?(?P<word>He|She)\b")


def _opens_with_same_gender(sentence: str, word: str) -> bool:
    """True when ``sentence`` opens with "He"/"She" of ``word``'s gender: that pronoun
    is the passage's person going on, and a name the same sentence writes after it is
    someone else ("He could not say what the state lost on Tom Ware."), so a later
    "he" stays with the pronoun's person, not with that name."""
    match = _OPENING_PRONOUN.match(sentence)
    return match is not None and pronoun_gender(match["word"]) == pronoun_gender(word)


#: What stands between a quote and the pronoun that credits it: its comma, the closing
#: mark, spaces ("...," he said).
_BETWEEN_QUOTE_AND_PRONOUN = re.compile(r"[\s,.!?\"'\u201d\u2019]*")


def _follows_its_quote(text: str, start: int, quote: Quote) -> bool:
    """True when the pronoun at ``start`` comes right after its quote (`"...," he said`).
    When that quote opens its sentence the pronoun is the sentence's first word outside
    it, so, as for a pronoun opening a sentence, it goes on with the speaker of the
    statement just before (`X said the army had not fired. "...," he said.`), not with
    the parse's nearest person."""
    return quote.end <= start and (
        _BETWEEN_QUOTE_AND_PRONOUN.fullmatch(text, quote.end, start) is not None
    )


def _inside(mention: Mention, quote: Quote | None) -> bool:
    """True for a mention within the quote a pronoun speaks: a speaker is never a
    person or body its own words name."""
    return quote is not None and quote.start <= mention.start < quote.end
