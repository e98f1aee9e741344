"""Kinds the words around a name give away: a company read as a place or a person, a
product read as a person, a nationality read as a language and back.

Why: the small model files an unfamiliar one-word name by where it stands. A chip maker
("Nvidia") becomes a place and a browser or an operating system ("Firefox", "Fedora") a
person, and the analyst finds them under the wrong heading of the Entities page. The
sentence often says what the thing is, in words news uses for nothing else:

* a company: its stock ticker in brackets ("Nvidia (NVDA)"), its officers or stock right
  after the name ("Nvidia CEO Jen-Hsun Huang", "Nvidia shares") or before it ("shares of
  Nvidia", "the chief executive of Nvidia"), or what it makes or owns ("the phone
  developed by Cisco", "a trademark which belongs to Cisco"). Only a name read as a place that no
  gazetteer knows changes: "Britain's chief executive" is no company.
* a company: a name ending in "Store" or "Shop" after "the" ("the App Store"), perhaps
  with a modifier or two ("the online Mac App Store", "Apple's iTunes Music Store"), which
  the model reads as a person for its capitalised first word.
* a product: a version number right after a one-word name ("Firefox 3.5", "Fedora 20")
  or a product noun ("the Firefox browser", "Fedora release", "Fedora users", "the
  Fedora update"), or "a version of", "downloaded", "users of", "an update to" before
  it (not "versions of Smith's account"; not "installed", which news says of people put
  in office, nor "updates for", said of places and people). Only a one-word name read
  as a person (or as a place no gazetteer knows) changes, and not when another mention
  of it is titled, written beside a given name ("Mr. Fedora"), speaks ("Fedora said",
  "Fedora, who") or is a word of a person's full name the text writes ("Safari" beside
  "Safari Jones said": person evidence wins). A few platforms news names with no word
  of what they are ("Git of course") are products by name, the last resort.
* a company, not a person: a one-word name with what a company has right after it
  ("Ford shares", "Ford dealers", "Ford's chief executive") is no surname of a person
  the text names in full ("Henry Ford"): ``company_words`` tells resolution so.
* a place: a name read as a person or an organisation right before a lower-case "area",
  "neighborhood" or "suburb" ("in the Karol Bagh area", "Seattle's Capitol Hill
  neighborhood") or a region's kind ("province", "district", "county", "region":
  "Indonesia's West Papua province"), unless another mention of it speaks or follows a
  title ("Bagh said") or acts as a body does ("Chelsea won", "the OSCE sent observers":
  issue 15, "brought down in the Chelsea area"). An acronym is no neighbourhood ("the OSCE area").
* a nationality or a language: "English" and "French" name both, and the model picks one
  for the word wherever it stands. A language word before a person's noun ("English
  drummer", "French inventors") is the nationality (NORP); a nationality word before
  "language" ("Spanish language:") is the language. Only that mention changes: an article
  may well write "French officers" and "in French" (two entities, each right), and a
  language noun ("English speaker", "French teacher") keeps the language.

For a company or a product one mention with the evidence is enough for the whole entity
(its other mentions follow), since the words never describe a place or a person. Each
test reads a few characters around a mention, so the pass is linear in the number of
mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.saying_verbs import PERSON_AFTER_WORDS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import is_acronym, is_honorific, previous_word

_WINDOW = 40
"""Characters read on either side of a mention."""

_COMPANY_AFTER = re.compile(
    r"\s?\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX)\s?:\s?)?[A-Z]{3,5}\)"
    r"|(?:'s)?\s(?:CEO|chief executive|chief financial officer|CFO|shares|stock|"
    r"shareholders|stockholders)\b")
_COMPANY_BEFORE = re.compile(
    r"\b(?:shares (?:of|in)|stock of|stake in|CEO of|chief executive of|"
    r"shareholders of|(?:developed|made|manufactured|designed|produced|sold) by|"
    r"(?:belongs?|belonging|belonged) to)\s$", re.IGNORECASE)

_PRODUCT_NOUNS = (r"(?:web browser|browser|operating system|distribution|distro|app|"
                  r"software|release|kernel|smartphone|handset|console|plug-in|plugin|"
                  r"update|upgrade|user)s?")
_PRODUCT_AFTER = re.compile(
    r"\s(?:\d+\.\d+(?:\.\d+)*(?![\d%])|\d+(?![\d.,%\-\u2013:/])(?!\s*[-\u2013:/a-z%])"
    r"|" + _PRODUCT_NOUNS + r"\b)")
"""A version after the name ("Firefox 3.5"; "Fedora 20" before a capital or a stop, not a
score "6-4", a time or a count "20 goals"), or a product noun ("Firefox browser")."""
_PRODUCT_BEFORE = re.compile(
    r"\b(?:versions? of|download(?:ed|ing|s)?|users of|updates? to|upgraded? to|"
    + _PRODUCT_NOUNS + r" (?:such as|like))\s$", re.IGNORECASE)

_PERSON_AFTER = re.compile(
    r"(?:'s|\u2019s)?,?[ \u00a0](?:" + "|".join(sorted(PERSON_AFTER_WORDS)) + r"|who)\b")
"""Words after a name that only a person's takes ("Firefox said", "Git, who"): a product
never speaks, so one such mention keeps the name a person's."""
_PLATFORMS = frozenset({"Android", "Firefox", "Git", "iOS", "iPad", "iPhone", "iPod", "iTunes",
                        "Linux", "macOS", "Safari", "Ubuntu", "Windows"})
"""The last resort, for the few platforms so familiar that news names them with no word
of what they are ("Git of course"): the model reads them as people, and none is a name a
person goes by. Read only for a one-word "person" with no person's words anywhere."""

PLACE_LABELS = frozenset({"GPE", "LOC"})
_PLACE_NOUN_AFTER = re.compile(
    r"[ \u00a0](?:area|neighbou?rhood|suburb|province|district|county|region|prefecture"
    r"|governorate|oblast|municipality)s?\b")
"""A lower-case place noun right after a name: "the Karol Bagh area", "the Capitol Hill
neighborhood", a region's kind ("Indonesia's West Papua province") (not "the Bay Area",
whose noun is part of the name)."""
_ACTING_AFTER = re.compile(
    r"[ \u00a0]+(?:won|wins|lost|loses|beat|beats|drew|defeated|scored|signed|sacked"
    r"|sent|sends|announced|announces|agreed|voted|decided|hired|fired|appointed"
    r"|bought|sold|launched|issued|urged|called)\b")
"""A verb a team or a body does right after its name ("Chelsea won", "the OSCE sent
observers"): a neighbourhood does none of these, so such a name is no place."""

_COMPANY_THINGS_AFTER = re.compile(
    r"[ \u00a0](?:shares(?![ \u00a0]+(?:his|her|their|its|a|an|the|this|that|some|my|our|"
    r"your|how|what|why|with|in|on|about)\b)|stock|stockholders|shareholders|cars|vehicles|"
    r"trucks|dealers|dealerships?|earnings|profits?|revenues?|CEO|chief executive)\b"
    r"|['\u2019]s[ \u00a0](?:CEO|chief executive|shareholders|stockholders)\b")
"""What a company has and a person does not, right after a bare name: "Ford shares",
"Ford dealers", "Ford's chief executive" (not "Ford shares his memories", where
"shares" is the verb, nor "Ford's shares", a person's holding)."""

_STORE_HEADS = frozenset({"Store", "Shop"})
"""A shop's or an online store's last word ("the App Store", "the Music Shop"): after
"the" no person's name (a surname "Store" is written without it)."""

_PERSON_NOUN = re.compile(
    r"[ \u00a0](?!(?:speak|teach|learn|translat|interpret|tutor)(?:er|or|ing)s?\b"
    r"|(?:lett|charact)ers?\b)"
    r"(?:[a-z]{2,}(?:er|or|ist|ian|man|men|woman|women|ant|ee)|officials?|police|officers?"
    r"|troops|soldiers?|people|citizens?|nationals?|voters?|government)s?\b")
"""A lower-case noun for people after the word ("English drummer", "French officials"),
or another -er/-or noun, which reads the word as the country's too ("English summer",
"French border"); not one for the language's users ("English speakers", "French
teacher") or its writing ("Chinese characters", "Greek letters")."""
_LANGUAGE_VERBS = frozenset(
    "in into speak speaks spoke spoken speaking learn learns learned learnt learning teach "
    "teaches taught know knows knew understand understands fluent translated".split())
"""Words before a language used as one ("spoke English better"): no nationality follows."""
_LANGUAGE_NOUN = re.compile(r"[ \u00a0-]language\b")
"""The word "language" after the word ("Spanish language", "Spanish-language")."""


def company_words(mentions: Sequence[Mention], text: str) -> frozenset[str]:
    """One-word names the text writes as a company's ("Ford shares fell"), which a bare
    surname of a person named in full ("Henry Ford") must not join (issue 15)."""
    return frozenset(
        m.text for m in mentions
        if m.field == "text" and m.label != "PERSON" and " " not in m.text.strip()
        and _COMPANY_THINGS_AFTER.match(text, m.end))


def repeated_as_company(form: str, model: Mention, spans: Sequence[tuple[int, int]],
                        text: str) -> Mention:
    """The mention a repeat of ``form`` copies (``resolution.propagate``): a person's
    bare surname that the text writes as a company's somewhere ("Dell shares rose"
    beside "Michael Dell") repeats the company, not the person.

    Why: the model often tags the founder's full name and never the bare company name
    ("Dell reported higher revenue"), so every "Dell" was added as Michael Dell and the
    company was missing from the Entities page. ``spans`` are the places the form is
    written, which propagation reads anyway."""
    if (model.label != "PERSON" or " " in form or form == model.entity
            or not any(_COMPANY_THINGS_AFTER.match(text, end) for _, end in spans)):
        return model
    return replace(model, label="ORG", entity=form)


def _company_cue(mention: Mention, text: str) -> bool:
    after = text[mention.end : mention.end + _WINDOW]
    before = text[max(0, mention.start - _WINDOW) : mention.start]
    return bool(_COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(before))


def _product_cue(mention: Mention, text: str) -> bool:
    after = text[mention.end : mention.end + _WINDOW]
    before = text[max(0, mention.start - _WINDOW) : mention.start]
    if after.startswith(("'s", "\u2019s")):  # "versions of Smith's account"
        return False
    return bool(_PRODUCT_AFTER.match(after) or _PRODUCT_BEFORE.search(before))


def _one_word_product(mention: Mention, text: str) -> bool:
    """A one-word name its words show to be a product ("Fedora 20"), or a platform."""
    return " " not in mention.entity and (
        _product_cue(mention, text) or mention.entity in _PLATFORMS)


def written_as_person(mention: Mention, text: str) -> bool:
    """A mention written as a person's: after a title ("Mr. Fedora") or before a verb of
    saying or "who" ("Fedora said")."""
    return (is_honorific(previous_word(text, mention.start))
            or _PERSON_AFTER.match(text, mention.end) is not None)


def _personal(mention: Mention, text: str) -> bool:
    """Written as a person's, or in a longer name."""
    return " " in mention.text.strip() or written_as_person(mention, text)


_STORE_LEAD_IN = re.compile(
    r"(?:\b(?:[Tt]he|an?|[Aa]n?)|['\u2019]s(?=[ \u00a0]+[a-z]))"
    r"(?:[ \u00a0]+[a-z][\w-]*){0,2}[ \u00a0]+[\"\u201c]?$")
"""An article, or a possessive and a lower-case-initial word, and at most two such words
before a store's name: "the App Store", "the online Mac App Store", "Apple's iTunes
Music Store" (not "Norway's Kari Store": a possessive alone may precede a person)."""


def _named_store(mention: Mention, text: str) -> bool:
    """Tell whether a "person" is a store after its article ("the App Store", "the
    popular App Store"); not after a person's noun ("Norway's foreign minister Jonas Gahr
    Store", "the party's leader Ann Store")."""
    words = mention.text.split()
    if len(words) < 2 or words[-1] not in _STORE_HEADS:  # noqa: PLR2004 - a head and a name
        return False
    if _PERSON_NOUN.match(" " + previous_word(text, mention.start)):
        return False
    return _STORE_LEAD_IN.search(text, max(0, mention.start - 40), mention.start) is not None


def context_kinds(mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """Entity name -> the label its context words give, for the entities they change."""
    kinds: dict[str, str] = {}
    people_written: set[str] = set()
    read: list[Mention] = []  # mentions that may show a neighbourhood's name acting
    for mention in mentions:
        if mention.field != "text":
            continue
        if (mention.label in {"PERSON", "ORG"} and _PLACE_NOUN_AFTER.match(text, mention.end)
                and not is_acronym(mention.text.strip())):  # not "the OSCE area"
            kinds[mention.entity] = "GPE"  # "the Karol Bagh area"
            continue
        read.append(mention)
        if mention.label in PLACE_LABELS and lookup(mention.entity) is None:
            if _company_cue(mention, text):
                kinds[mention.entity] = "ORG"
            elif _one_word_product(mention, text):
                kinds[mention.entity] = "PRODUCT"  # "Linux" read as a place
        elif mention.label == "PERSON":
            if _personal(mention, text):
                people_written.add(mention.entity)
                people_written.update(mention.entity.split())  # "Safari" of "Safari Jones"
            elif _one_word_product(mention, text):
                kinds[mention.entity] = "PRODUCT"
            if _named_store(mention, text):
                kinds[mention.entity] = "ORG"
    speakers = _acting(read, {name for name, label in kinds.items() if label == "GPE"}, text)
    return {name: label for name, label in kinds.items()
            if not (label == "PRODUCT" and name in people_written)
            and not (label == "GPE" and name in speakers)}


def _acting(mentions: Sequence[Mention], names: set[str], text: str) -> set[str]:
    """Those of ``names`` a mention writes as a person's or as acting ("Bagh said",
    "Chelsea won"): no neighbourhood. Only the few names a place noun followed are read
    (reading every mention's next words cost 1% of the layers)."""
    return {m.entity for m in mentions if m.entity in names
            and (written_as_person(m, text) or _ACTING_AFTER.match(text, m.end))}


def nationality_or_language(mention: Mention, text: str) -> str | None:
    """The label the next word gives a language or nationality word, if it changes it."""
    after = text[mention.end : mention.end + _WINDOW]
    if (mention.label == "LANGUAGE" and _PERSON_NOUN.match(after)
            and previous_word(text, mention.start).lower() not in _LANGUAGE_VERBS):
        return "NORP"  # "English drummer Ginger Baker"
    if mention.label == "NORP" and _LANGUAGE_NOUN.match(after):
        return "LANGUAGE"  # "Spanish language: ..."
    return None


def _mention_kind(mention: Mention, text: str, kinds: dict[str, str]) -> Mention:
    """``mention`` with its entity's context label, else its own words' label."""
    kind = kinds.get(mention.entity)
    if kind is not None and (mention.label in PLACE_LABELS or mention.label == "PERSON"
                             or (kind == "GPE" and mention.label == "ORG")):
        return replace(mention, label=kind)
    own = nationality_or_language(mention, text) if mention.field == "text" else None
    return mention if own is None else replace(mention, label=own)


def relabel_by_context(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Every mention of an entity its context shows to be a company or a product
    takes that label (``context_kinds``); a nationality or language word takes the one
    its next word gives it; other mentions stay as they are."""
    kinds = context_kinds(mentions, text)
    return [_mention_kind(m, text, kinds) for m in mentions]
