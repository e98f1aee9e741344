"""Labels and names the library already agrees on, applied to a newly analysed document.

Why: one article rarely says enough to tell whether "Cerberus" is a company or a person,
but the library often does: an analyst may have set the label by hand, or forty earlier
articles agree. A new document then keeps that label instead of flipping the entity
to another type (which would also split it into two entities in the Entities table).
Likewise an article that writes only "President Trump" gets the entity the library knows
as "Donald Trump" when the library names no other Trump worth counting. The rows come
from ``store.entities.list_entities()``; this module never sees the store. A run over
many new documents also learns from each one it saves (``LibraryLabels.observe``), so a
new user's first import of sixty articles is consistent too, not only the next one.

A person or an organisation is the small model's coin flip for a name it does not know
("Brexit" a person in one article, an organisation in the next), and a new user's
library seldom names such a word in three documents. A place or an institution is its
other coin flip ("the International Space Station" a body in two articles, a facility
in the third). So for those two questions the library's leaning (more than half of the
documents naming it, ``library_leanings``) settles a new document's label from the
first document on; other labels ("Jordan" the country or the person) still need the
firm majority above.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.core.claim_terms import fold_accents
from workbench.core.models import Analysis, Mention, Quote
from workbench.nlp.consistency import KNOWN_LABELS, VOTED_LABELS
from workbench.nlp.entity_glued import is_nationality_word
from workbench.nlp.entity_shapes import CAPITALISED_WORD, STORM_KIND
from workbench.nlp.gazetteer import lookup
from workbench.nlp.library_acronyms import ACRONYM_LABEL, LibraryAcronyms
from workbench.nlp.library_leanings import PERSON_OR_ORG, Leaning, follows, leaning
from workbench.nlp.names import is_acronym, name_tokens, strip_honorifics

MIN_DOCUMENTS = 3
"""A label (or a surname's full name) needs this many documents before it counts."""
MIN_SHARE = 0.8
"""...and this share of the documents that name the entity (or the surname) at all."""
ANALYST = "analyst"
_PERSON_OR_ORG = PERSON_OR_ORG
"""The labels a bare surname may carry when the model meant the library's person ("the
Trump administration" is often tagged ORG); also a coin flip the leaning settles
(``library_leanings``)."""


_SURNAME_LABELS = _PERSON_OR_ORG | {"NORP"}
"""Labels a bare surname may carry when the library's person is meant: a NORP only for a
surname the library names one person with (``_only_nationality_like``)."""


_LEGAL_SUFFIX = re.compile(
    r",?[ \u00a0]+(?:&[ \u00a0]+)?(?:inc|corp|co|ltd|plc|llc|gmbh|ag|s\.a|n\.v)\.?$", re.IGNORECASE)
"""A company's legal form after its name ("Microsoft Corp.", "Apple, Inc.", "Goldman Sachs &
Co."): news writes it on first reference in one article and drops it in the next."""


_STORM_KIND = re.compile(r"^" + STORM_KIND + r"(?=[ \u00a0]+" + CAPITALISED_WORD + r"$)")
"""A storm's kind before its name: news upgrades "Storm Lorenzo" to "Hurricane Lorenzo"
as it strengthens, one storm under two names across a library's articles."""


_INITIAL_STOP = re.compile(r"(?<=\b[A-Z])\.")
"""The stop after a capital initial: "U.S. Geological Survey" and "US Geological Survey"
are one name written two ways."""


def spelling_key(name: str) -> str:
    """What two spellings of one name share: the name case-folded and without accents
    ("Thessaloníki" and "Thessaloniki"), without a company's legal form ("Microsoft
    Corp." and "microsoft" are one name; the label still decides), the stops of initials
    ("U.S." and "US") or a storm's kind ("Storm Lorenzo" and "Hurricane Lorenzo")."""
    bare = _STORM_KIND.sub("storm", _LEGAL_SUFFIX.sub("", name))
    return fold_accents(_INITIAL_STOP.sub("", bare or name).casefold())


def _chosen_spelling(name: str) -> tuple[bool, int, bool, bool, int]:
    """How deliberate a spelling looks, for two spellings in as many documents: one not
    all in capitals (a headline's or a dateline's "REUTERS"), accented ("Montréal"),
    with a capital inside a word ("GitHub", "MacBook") or a small first letter
    ("ex-Muslims", written so mid-sentence where a sentence start capitalised the
    other) is the one a writer chose; then the shorter ("Microsoft" before
    "Microsoft Corp.")."""
    return (not name.isupper(), sum(not c.isascii() for c in name),
            _INNER_CAPITAL.search(name) is not None, name[:1].islower(), -len(name))


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _surname(name: str) -> str | None:
    """The last word of a full person name ("Donald J. Trump" -> "Trump"), else None."""
    tokens = strip_honorifics(name_tokens(name))
    return tokens[-1] if len(tokens) > 1 else None


def _voted_pairs(pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (entity, label) pairs the library votes on, once each."""
    return {(name, label) for name, label in pairs
            if label in VOTED_LABELS and name not in KNOWN_LABELS}


def _majority(counts: Mapping[str, int]) -> str | None:
    """The key with at least MIN_DOCUMENTS and MIN_SHARE of all the counts, if any."""
    if not counts:
        return None
    best, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    total = sum(counts.values())
    return best if count >= MIN_DOCUMENTS and count >= MIN_SHARE * total else None


@dataclass
class LibraryLabels:
    """Document counts per (entity, label), with the analyst's labels; what they imply.

    The implied labels and full names are kept up to date name by name as documents
    are observed, so a run over thousands of documents never recounts the library.
    """

    documents: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    curated: dict[str, str] = field(default_factory=dict)
    _labels: dict[str, str] = field(default_factory=dict)
    _leanings: dict[str, Leaning] = field(default_factory=dict)
    _people: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _full_names: dict[str, str] = field(default_factory=dict)
    _sole_names: dict[str, str] = field(default_factory=dict)
    _spellings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _acronyms: LibraryAcronyms = field(default_factory=LibraryAcronyms)
    _keys: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """Each name's ``spelling_key`` and ``_surname``, worked out once: a run asked for the
    same names' again with every document naming them (11,400 keys in 200 articles)."""

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> LibraryLabels:
        """Counts from entity rows with ``name``, ``label``, ``documents``, ``created_by``
        and ``edited_by`` (an entity the analyst edited is curated)."""
        library = cls()
        for row in rows:
            name, label = str(row["name"]), str(row["label"])
            library._acronyms.note(name, label, row.get("aliases") or ())
            if label not in VOTED_LABELS or name in KNOWN_LABELS:
                continue
            if row.get("created_by") == ANALYST or row.get("edited_by"):
                library.curated[name] = label  # made, retyped or renamed by the analyst
            library.documents[name][label] += int(row.get("documents") or 0)
        library._refresh(list(library.documents))
        return library

    def observe(self, analysis: Analysis) -> None:
        """Count a document just saved, so the rest of the run agrees with it."""
        self._count(_voted_pairs((m.entity, m.label) for m in analysis.mentions), +1)
        self._acronyms.observe(analysis)

    def forget(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Uncount a document's earlier (entity, label) pairs before it is saved again.

        Why: a re-analysed document's old mentions are already in the rows the
        counts started from; observing its new analysis on top would count it twice.
        """
        self._count(_voted_pairs(pairs), -1)

    def recount(self, names: Iterable[str], rows: Iterable[Mapping[str, Any]]) -> None:
        """Count ``names`` again from their entity ``rows`` (a name with no row left counts
        nothing). Why: the library pass moved their documents, and the label they settle
        on can move more (a person's leaning takes an organisation, and the person's
        four documents of five are then a majority that takes a facility too)."""
        names = set(names)
        for name in names:
            self.documents[name] = defaultdict(int)
        for name, label, documents in ((str(row["name"]), str(row["label"]),
                                        int(row.get("documents") or 0)) for row in rows):
            if name in names and _voted_pairs([(name, label)]):
                self.documents[name][label] += documents
        self._refresh(names)

    def _count(self, pairs: set[tuple[str, str]], step: int) -> None:
        for name, label in pairs:
            self.documents[name][label] = max(0, self.documents[name][label] + step)
        self._refresh([name for name, _ in pairs])

    def _refresh(self, names: Iterable[str]) -> None:
        """Recompute the label of each name and the full name of each surname touched."""
        surnames = set()
        for name in names:
            label = self.curated.get(name) or _majority(self.documents[name])
            if label is None:
                self._labels.pop(name, None)
            else:
                self._labels[name] = label
            leant = leaning(self.documents[name], name)
            if leant is None:
                self._leanings.pop(name, None)
            else:
                self._leanings[name] = leant
            key, surname = self._name_keys(name)
            self._spellings[key].add(name)
            if surname is not None and self.documents[name].get("PERSON"):
                self._people[surname].add(name)
            surnames.add(surname or name)
        for surname in surnames:
            if surname in self._people:
                self._refresh_surname(surname)

    def _refresh_surname(self, surname: str) -> None:
        """The one person's full name the library means by ``surname``, if one has the majority.

        Every document naming a full person name ending in the surname counts, and so
        does every document holding the surname alone as something other than a person
        (a company "Ford" competes with "Henry Ford").
        """
        names = {name: self.documents[name].get("PERSON", 0) for name in self._people[surname]}
        alone = self.documents.get(surname, {})
        names.update({f"\0{label}": count for label, count in alone.items() if label != "PERSON"})
        people = sorted(self._people[surname])
        if len(people) == 1:
            self._sole_names[surname] = people[0]
        else:
            self._sole_names.pop(surname, None)
        winner = _majority(names)
        if winner is None or winner.startswith("\0"):
            self._full_names.pop(surname, None)
        else:
            self._full_names[surname] = winner

    def _name_keys(self, name: str) -> tuple[str, str | None]:
        """``name``'s spelling key and surname (pure functions of it: kept once worked out)."""
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = (spelling_key(name), _surname(name))
        return keys

    def labels(self) -> dict[str, str]:
        """Entity name -> the label the library holds for it (the analyst's first)."""
        return self._labels

    def spelling(self, name: str, label: str) -> str:
        """The spelling of ``name`` the library uses in the most documents with this label
        ("Liberal Party" for "Liberal party", "Microsoft" for "Microsoft Corp."), on a tie
        the one that looks chosen ("GitHub" for "Github": two entities of one name were
        left otherwise); ``name`` itself when no other spelling has this label ("WHO" the
        organisation never renames a person "Who")."""
        spellings = self._spellings.get(self._name_keys(name)[0], set()) - {name}
        if not spellings:
            return name

        def documents(spelling: str) -> int:
            return self.documents.get(spelling, {}).get(label, 0)

        def chosen(spelling: str) -> tuple[int, tuple[bool, int, bool, bool, int], str]:
            return documents(spelling), _chosen_spelling(spelling), spelling

        counted = [spelling for spelling in spellings if documents(spelling)]
        return max([name, *counted], key=chosen)

    def settled(self, name: str, label: str) -> tuple[str, str]:
        """The (name, label) the whole library gives a model entity saved as (name, label).

        Why: ``apply`` settles a new document by the documents saved before it, so the
        first documents of an import keep what they said alone ("White House" a facility
        in the first article, an organisation in the twelve after it; a bare "FEMA" before
        the article that spells the agency out). Read once the library holds them all,
        the same steps as ``apply`` (acronym, spelling, a surname's full name, the
        library's label or leaning) settle those earlier documents' entities too.
        """
        if label not in VOTED_LABELS:
            return name, label
        if label == ACRONYM_LABEL and is_acronym(name):
            name = self._acronyms.full_name(name) or name
        name = self.spelling(name, label)
        full = _full_name(name, label, self._full_names, self._labels)
        if full is not None:
            name, label = full, "PERSON"
        return name, _library_label(name, label, self._labels, self._leanings) or label

    def unsettled(self) -> list[tuple[str, str]]:
        """The (name, label) pairs some document holds that ``settled`` moves elsewhere:
        what the library pass asks the store about, rather than every entity it has."""
        return [(name, label) for name, counts in self.documents.items()
                for label, count in counts.items()
                if count > 0 and self.settled(name, label) != (name, label)]

    def apply(self, analysis: Analysis) -> Analysis:
        """``analysis`` with the library's labels, spellings and people's full names."""
        analysis = self._acronyms.apply(analysis)
        names = {(m.entity, m.label) for m in analysis.mentions if m.label in VOTED_LABELS}
        spelled = {key: self.spelling(*key) for key in names}
        renames = {key: best for key, best in spelled.items() if best != key[0]}
        if renames:
            mentions = tuple(replace(m, entity=renames[(m.entity, m.label)])
                             if (m.entity, m.label) in renames else m
                             for m in analysis.mentions)
            speakers = {name: best for (name, _), best in renames.items()}
            quotes = tuple(_renamed_speaker(q, speakers) for q in analysis.quotes)
            analysis = replace(analysis, mentions=mentions, quotes=quotes)
        sole = {name: self._sole_names[name] for name in _only_nationality_like(analysis)
                if name in self._sole_names and _may_stand_alone(name)}
        full_names = {**sole, **self._full_names}
        return apply_library_labels(analysis, self._labels, full_names, self._leanings)


def _may_stand_alone(surname: str) -> bool:
    """Whether a surname the library names one person with may mean that person alone: not
    a place nor a nationality word. Asked when a document needs it, never while counting:
    the gazetteer then stays unbuilt in a run's parent process unless a document holds a
    surname only as a nationality (building it is most of a second of CPU)."""
    return lookup(surname) is None and not is_nationality_word(surname)


def _only_nationality_like(analysis: Analysis) -> set[str]:
    """The names the document holds alone only as a nationality (NORP).

    Why: the small model reads an unfamiliar foreign surname as a nationality
    ("Klitschko" in an article that never writes "Wladimir"); when the library names one
    person only with that surname, that person is meant. A company named after a person
    ("Ford" beside "Henry Ford") keeps the firmer majority rule above. Read in one pass
    over the mentions: asking per library surname rescanned them for every name the
    library knows."""
    labels: dict[str, set[str]] = {}
    for mention in analysis.mentions:
        labels.setdefault(mention.entity, set()).add(mention.label)
    return {name for name, found in labels.items() if found == {"NORP"}}


def _renames(mentions: Iterable[Mention], full_names: Mapping[str, str],
             prior: Mapping[str, str]) -> dict[str, str]:
    """Bare surnames of this document -> the library's full name (when the label allows)."""
    renames = {}
    for mention in mentions:
        full = _full_name(mention.entity, mention.label, full_names, prior)
        if full is not None:
            renames[mention.entity] = full
    return renames


def _full_name(name: str, label: str, full_names: Mapping[str, str],
               prior: Mapping[str, str]) -> str | None:
    """The library's full name for a bare surname saved as (name, label), or None. One
    test for ``apply`` and ``settled``, so a new document and the library pass agree."""
    full = full_names.get(name)
    if full is None or label not in _SURNAME_LABELS:
        return None
    return full if prior.get(name, "PERSON") == "PERSON" else None  # an analyst's ORG "Ford" stays


def _renamed_speaker(quote: Quote, renames: Mapping[str, str]) -> Quote:
    """A quote whose speaker entity was renamed points at the new name."""
    if quote.speaker in renames:
        return replace(quote, speaker=renames[quote.speaker])
    return quote


def _library_label(name: str, label: str, prior: Mapping[str, str],
                   leanings: Mapping[str, Leaning]) -> str | None:
    """The library's label for a name saved under ``label``: the one it agrees on, else
    its leaning when ``label`` is one the model flips with it (``library_leanings``)."""
    if name in prior:
        return prior[name]
    leant = leanings.get(name)
    return leant.label if leant is not None and follows(name, label, leant) else None


def apply_library_labels(analysis: Analysis, prior: Mapping[str, str],
                         full_names: Mapping[str, str] | None = None,
                         leanings: Mapping[str, Leaning] | None = None) -> Analysis:
    """Give every mention of a name the library agrees on the library's label, and a
    bare surname the library's full name for it (labelled as a person); a label the
    library leans the other way from takes the library's ``leanings``."""
    renames = _renames(analysis.mentions, full_names or {}, prior)
    leanings = leanings or {}
    if not prior and not renames and not leanings:
        return analysis
    changed = False
    mentions = []
    for mention in analysis.mentions:
        if mention.entity in renames:
            mention = replace(mention, entity=renames[mention.entity], label="PERSON")
            changed = True
        label = _library_label(mention.entity, mention.label, prior, leanings)
        if label and mention.label in VOTED_LABELS and label != mention.label:
            mention = replace(mention, label=label)
            changed = True
        mentions.append(mention)
    if not changed:
        return analysis
    quotes = tuple(_renamed_speaker(q, renames) for q in analysis.quotes)
    return replace(analysis, mentions=tuple(mentions), quotes=quotes)
