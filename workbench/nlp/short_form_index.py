"""Which names of one label are shorter ways of writing which others, found through an index.

Why: resolution compared every name of a label with every other (``abbreviates`` for each
pair, and again for each pair of the longer names a short form fits). An article naming
thousands of bodies by their acronyms ("the Alpha Beta Gamma Agency (ABG)", an export of a
register, a list of filings) made that millions of comparisons: a 160,000-character page
took two minutes. Each name is filed under the forms that could abbreviate it (its leading
and trailing words, its initials, its institution written the other way round), so a short
form is compared only with the names filed under it; ``resolution.abbreviates`` still
decides (``resolution.short_form_index`` builds one with it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from workbench.nlp.acronym_letters import acronym_forms, fullest_readers

Key = tuple[str, ...]
#: Whether a short form abbreviates a full name for a label (``resolution.abbreviates``).
Decides = Callable[[Key, Key, str], bool]
#: A person's name without its generation ("Jr."), and that without middle initials.
PersonForms = Callable[[Key], tuple[Key, Key]]

#: Leading and trailing parts are filed up to this many words; a longer short form (rare:
#: names are a few words) is compared with the longer names sharing its first or last
#: ``MAX_FILED_WORDS + 1`` words (``_file_long``).
MAX_FILED_WORDS = 8
_ENDS = MAX_FILED_WORDS + 1


class ShortFormIndex:
    """Names of one label filed under every short form that could stand for them."""

    def __init__(self, keys: Iterable[Key], label: str, decides: Decides,
                 person_forms: PersonForms) -> None:
        self.label = label
        self._decides = decides
        self._person_forms = person_forms
        self.keys = set(keys)
        self._by_part: defaultdict[Key, set[Key]] = defaultdict(set)
        self._by_letters: defaultdict[str, set[Key]] = defaultdict(set)
        self._long: defaultdict[tuple[str, Key], set[Key]] = defaultdict(set)
        for key in self.keys:
            self._file(key)
            if len(key) > MAX_FILED_WORDS:
                self._file_long(key)

    def _file(self, full: Key) -> None:
        """File ``full`` under its parts, its initials and its inverted institution."""
        parts = self._by_part
        for size in range(1, min(len(full), MAX_FILED_WORDS + 1)):
            parts[full[:size]].add(full)
            parts[full[-size:]].add(full)
        if self.label == "PERSON":
            core, no_initials = self._person_forms(full)
            for size in range(1, min(len(core), MAX_FILED_WORDS) + 1):
                parts[core[-size:]].add(full)
            parts[no_initials].add(full)
        lowered = tuple(token.lower() for token in full)
        for place in range(len(full) - 2):
            if lowered[place + 1] == "of":  # "Department of State" under "state department"
                parts[(*lowered[place + 2:], lowered[place])].add(full)
        if len(full) > 1:
            for letters in acronym_forms(full):
                self._by_letters[letters].add(full)

    def _file_long(self, full: Key) -> None:
        """File a name of more than ``MAX_FILED_WORDS`` words under its first and last
        ``_ENDS`` words (its core's too, for a person), its last words in lowercase (an
        inverted institution ends with the short form's words before its head) and its
        form without middle initials.

        Why: every long short form was compared with every longer name, so a page of
        run-on names ("USS USS Carney USS ..." twenty thousand times) spent 23 s of 86 in
        ``abbreviates`` (attack run 14). A long short form abbreviates a name only as its
        leading or trailing part, as its core without initials, or inverted: each of
        these shares one of the ends filed here."""
        long = self._long
        long["head", full[:_ENDS]].add(full)
        long["tail", full[-_ENDS:]].add(full)
        long["lowered", _lowered(full[-(_ENDS - 1):])].add(full)
        if self.label == "PERSON":
            core, no_initials = self._person_forms(full)
            long["tail", core[-_ENDS:]].add(full)
            long["whole", no_initials].add(full)

    def _long_candidates(self, short: Key) -> set[Key]:
        long = self._long
        found = long.get(("head", short[:_ENDS]), set()) | long.get(("tail", short[-_ENDS:]), set())
        found |= long.get(("lowered", _lowered(short[-_ENDS:-1])), set())
        found |= long.get(("whole", short), set())
        return {key for key in found if len(key) > len(short)}

    def _candidates(self, short: Key) -> set[Key]:
        """The names ``short`` may abbreviate (a superset: ``decides`` decides)."""
        if len(short) > MAX_FILED_WORDS:
            return self._long_candidates(short)
        found = set(self._by_part.get(short, ()))
        found |= self._by_part.get(tuple(token.lower() for token in short), set())
        if len(short) == 1:
            found |= self._by_letters.get(short[0].replace(".", ""), set())
        return found

    def longer(self, short: Key) -> set[Key]:
        """Every name ``short`` is a shorter way of writing."""
        return {full for full in self._candidates(short) if self._decides(short, full, self.label)}

    def targets(self) -> dict[Key, set[Key]]:
        """Map each name to the maximal longer names it abbreviates (empty when it is
        full): a short form that fits both "Trump" and "Donald Trump" points only to the
        latter, an acronym a name spells whole only to such names (``fullest_readers``)."""
        longer = {key: self.longer(key) for key in self.keys}
        for key, found in longer.items():
            if len(key) == 1 and len(found) > 1:  # an acronym: a whole spelling first
                longer[key] = set(fullest_readers(key[0], found, tuple))
        return {key: {name for name in found if not longer[name] & found}
                for key, found in longer.items()}


def _lowered(key: Key) -> Key:
    return tuple(token.lower() for token in key)
