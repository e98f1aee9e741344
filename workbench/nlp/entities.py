"""Entity mentions: model spans per chunk, then one whole-document pass that fixes them.

Why two steps: the model runs on chunks (possibly in worker processes), but cleaning,
label fixes, resolving "Miller" to "Matthew Miller" and finding headline mentions need
the whole document at once. The model's figures (counts, sums, shares) are dropped
before their spans are cleaned: they are never stored, so cleaning them was wasted
work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.models import Mention
from workbench.nlp.consistency import apply_known_names, by_entity, vote_labels
from workbench.nlp.doc_words import doc_text
from workbench.nlp.entity_acronyms import unplaced_acronyms
from workbench.nlp.entity_bracketed_names import bracketed_given_names
from workbench.nlp.entity_caption_people import caption_people
from workbench.nlp.entity_characters import split_casting_phrases, with_character_ranks
from workbench.nlp.entity_clubs import joined_place_prefixes
from workbench.nlp.entity_common_words import without_common_words
from workbench.nlp.entity_context_kinds import company_words, relabel_by_context
from workbench.nlp.entity_datelines import with_dateline_places
from workbench.nlp.entity_dates import normalise_dates
from workbench.nlp.entity_demonym_plurals import without_demonym_people, without_group_words
from workbench.nlp.entity_descriptors import without_company_descriptors
from workbench.nlp.entity_events import named_events, numbered_flights
from workbench.nlp.entity_foreign_words import without_foreign_words
from workbench.nlp.entity_fragments import joined_fragments
from workbench.nlp.entity_given_names import late_given_names
from workbench.nlp.entity_glued import (
    split_demonym_tails,
    split_executive_titles,
    split_glued_names,
)
from workbench.nlp.entity_headline_people import cut_headline_people
from workbench.nlp.entity_measures import without_measures
from workbench.nlp.entity_name_shaped_people import name_shaped_people
from workbench.nlp.entity_nicknames import nicknamed_people
from workbench.nlp.entity_office_holders import with_office_holders
from workbench.nlp.entity_particle_names import particle_surnames
from workbench.nlp.entity_place_offices import split_place_offices
from workbench.nlp.entity_place_pairs import split_place_pairs, without_non_names
from workbench.nlp.entity_place_surnames import groups_read_for_surnames, surnames_read_as_places
from workbench.nlp.entity_possessive_places import possessive_places
from workbench.nlp.entity_ranks import without_rank_fragments
from workbench.nlp.entity_shapes import joined_sea_names, relabel_by_shape, settled_shapes
from workbench.nlp.entity_ships import named_ships
from workbench.nlp.entity_slashes import cut_at_slash, cut_at_spaced_dash
from workbench.nlp.entity_split_names import joined_company_names, short_company_names
from workbench.nlp.entity_teams import missed_teams
from workbench.nlp.entity_title_bearers import titles_tagged_alone
from workbench.nlp.entity_titles import (
    without_bare_offices,
    without_person_titles,
)
from workbench.nlp.entity_towns import towns_before_regions
from workbench.nlp.entity_variants import joined_variants, one_district
from workbench.nlp.entity_works import titled_works
from workbench.nlp.furniture import furniture_spans
from workbench.nlp.gazetteer import fix_place_labels, missed_places
from workbench.nlp.headline import title_mentions
from workbench.nlp.names import canonical_name, clean_span, designation_end
from workbench.nlp.resolution import (
    harmonise_labels,
    late_surnames,
    propagate,
    relabel_surnames,
    resolve,
)
from workbench.nlp.untagged_names import with_untagged_full_names
from workbench.nlp.web_furniture import WEB_ADDRESS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from workbench.core.span_union import SpanUnion

__all__ = [
    "DROPPED_LABELS",
    "SHOWN_LABELS",
    "canonical_name",
    "finalize_mentions",
    "raw_mentions",
]

SHOWN_LABELS: frozenset[str] = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "DATE", "TIME"}
)
"""Labels highlighted by default."""
DROPPED_LABELS: frozenset[str] = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
"""Numeric labels: noise for an analyst reading names, never stored (every other label is;
those not in SHOWN_LABELS can be switched on in the reader)."""


_EDITORIAL_BRACKET = re.compile(r"\w[\])]\w|^\w[\])]")
"""A bracket inside a word ("[W]e", "S]e"): an editor's insertion in a quote, not a name."""


_ADDRESS_REACH = 120
"""How far around a span to look for an address it cuts into (addresses are shorter)."""
_ADDRESS_LEAD_IN = re.compile(r"(?:\W|\b(?:at|e-?mail|contact|via|on)\b)*$", re.IGNORECASE)
"""What joins a name to its address: "Jane Doe at ", "Jane Doe, e-mail: "."""


def _without_web_address(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim (start, end) to the words before an e-mail address or URL it contains.

    Why: "Jane Doe janedoe@example.com" tagged as one PERSON is the name plus furniture,
    and "janedoe@example.com" alone is no name at all (it comes back empty). When the
    address opens the span, the words after it may be kept instead.
    """
    window_start = max(0, start - _ADDRESS_REACH)
    window = text[window_start : end + _ADDRESS_REACH]
    if "@" not in window and "://" not in window and "www." not in window.lower():
        return start, end  # the common case, without a regex scan per mention
    for match in WEB_ADDRESS.finditer(window):
        address_start, address_end = match.start() + window_start, match.end() + window_start
        if address_end <= start or address_start >= end:
            continue
        before = text[start:max(start, address_start)]
        lead_in = _ADDRESS_LEAD_IN.search(before)
        kept_end = start + (lead_in.start() if lead_in else len(before))
        if kept_end > start:
            return start, kept_end
        return _after_web_address(text, max(start, address_end), end)
    return start, end


def _after_web_address(text: str, start: int, end: int) -> tuple[int, int]:
    """The words after an address, when they can be a name of their own.

    Why: "masi@example.com - Jia Yueting" hides a name, but a single word left over
    ("janedoe@example.com CV") is the next heading or a stray token, not a name.
    """
    start, end = _without_web_address(text, start, end)
    return (start, end) if len(text[start:end].split()) >= 2 else (start, start)


_SENTENCE_END = re.compile(r"\b([A-Za-z][a-z]{4,})\.\s+(?=\S)")
"""A full word of five letters or more and a full stop inside a span: the sentence ended
("Melbourne. I believe" tagged as one name); short abbreviations ("Gov.", "Dr.") do not."""
_LONG_ABBREVIATIONS = frozenset({"calif", "messrs", "assoc", "lieut", "penna", "comdr"})
_NEVER_NAMES = frozenset({"I", "I'm", "I've", "I'd", "I'll"})
"""The pronoun I is capitalised everywhere, so the model sometimes takes it for a name."""


def _before_sentence_end(text: str, start: int, end: int) -> int:
    """The end of a span cut where a sentence inside it ends."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group(1).lower() not in _LONG_ABBREVIATIONS:
            return match.end(1)
    return end


_GLUED_CREDIT = re.compile(r"(?<=[a-z])(?:Image|Images|Photo|Photograph|Picture|Credit|Video)$"
                           r"|(?<=[a-z][ \u00a0])(?:Image|Photo|Photograph|Picture|Credit)$")
"""A credit label glued to a caption's last word: "Jo JorgensenImage: Jo Jorgensen for
President." (a page's caption and its credit line in two elements, pasted with no space),
or after a space ("AIP Chairman Jo Vale Image: Jo Vale.": the model reads the label as
the name's last word; a plural, "Getty Images", may be a name and stays)."""


def _without_glued_credit(text: str, start: int, end: int) -> int:
    """The end of a span without a credit label glued to it (the label is followed by a
    colon; "BlackImage" with no colon after it is left alone)."""
    glued = _GLUED_CREDIT.search(text, max(start, end - 12), end)
    if glued is None or not text[end : end + 3].lstrip(" ").startswith(":"):
        return end
    return glued.start()


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Clean (start, end) to the name proper, or None when nothing name-like is left."""
    start, end = _without_web_address(text, *clean_span(text, start, end))
    if start >= end:
        return None
    end = _without_glued_credit(text, start, end)
    start, end = clean_span(text, start, _before_sentence_end(text, start, end))
    end = designation_end(text, start, end)
    piece = text[start:end]
    if not any(char.isalnum() for char in piece) or _EDITORIAL_BRACKET.search(piece):
        return None
    return None if piece in _NEVER_NAMES else (start, end)


def _plural_noun_opening(ent: Span) -> bool:
    """Tell whether the "name" is one plural common noun capitalised by opening its
    sentence ("Observers questioned whether ...", "Scholars have long wondered").

    Why: the model tags such a subject a person or a body for its capital letter while
    its own tagger reads a plural common noun (NNS); a person's name the tagger reads as
    a proper noun ("Simmons said"). The analyst found "Observers" among the people. Only
    a "person" is dropped: a team the tagger reads the same way ("Rangers won", "Giants
    signed") is an organisation, and a plural place ("Bahamas police") a place. A name
    the text writes elsewhere still comes back by propagation."""
    first = ent[0]
    return (len(ent) == 1 and first.is_sent_start and first.tag_ == "NNS"
            and first.text.istitle() and ent.label_ == "PERSON")


def _imperative_opening(ent: Span) -> bool:
    """Tell whether the "name" is one verb in its base form opening its sentence, an
    imperative ("Imagine just being able to jump in a helicopter").

    Why: the analyst found "Imagine" among the places; the model reads a capitalised
    word as a name while its own tagger reads a command's verb (VB). A title of that
    word as a subject ("Imagine is a song") the tagger reads as a proper noun, kept."""
    first = ent[0]
    return (len(ent) == 1 and first.is_sent_start and first.tag_ == "VB"
            and first.text.istitle())


def _after_question_verb(ent: Span) -> int:
    """Where the name in ``ent`` starts once an auxiliary opening a question is left out.

    Why: a question puts its verb first and capitalises it ("Will Red Hat employees be
    barred?", "Will Trump win?"), and the model reads the verb as the name's first word;
    the entity is then "Will Red Hat", named after one question. The parser tags that
    verb as an auxiliary (the given name in "Will Smith said" stays a proper noun).
    """
    first = ent[0]
    if len(ent) > 1 and first.is_sent_start and first.pos_ == "AUX" and first.text.istitle():
        return ent[1].idx
    return ent.start_char


def _before_figure(ent: Span) -> int:
    """Where a person's name ends when a figure follows it inside the span.

    Why: a storm's or a person's name before a distance or a count ("placed Humberto 785
    miles west of Bermuda") is read as one PERSON with the figure and its unit; a
    person's name holds no figure written in digits (regnal numbers are Roman: "Louis
    XIV")."""
    if ent.label_ != "PERSON":
        return ent.end_char
    for token in ent[1:]:
        if token.text[:1].isdigit():
            return token.idx
    return ent.end_char


def raw_mentions(doc: Doc, offset: int = 0) -> list[Mention]:
    """Turn one parsed chunk's entities into mentions with offsets into the full text."""
    mentions = []
    text = doc_text(doc)  # spaCy rebuilds doc.text from its tokens on every access
    for ent in doc.ents:
        if ent.label_ in DROPPED_LABELS:  # figures are never stored: not cleaned either
            continue
        span = _name_span(text, _after_question_verb(ent), _before_figure(ent))
        if span is None or _plural_noun_opening(ent) or _imperative_opening(ent):
            continue
        surface = text[span[0] : span[1]]
        mentions.append(
            Mention(span[0] + offset, span[1] + offset, surface, ent.label_,
                    canonical_name(surface))
        )
    return mentions


def _clean(raw: Sequence[Mention], text: str) -> list[Mention]:
    """Re-clean body mentions against the whole text and drop anything out of range."""
    cleaned = []
    for mention in raw:
        if mention.field != "text" or mention.label in DROPPED_LABELS:
            continue
        if not 0 <= mention.start < mention.end <= len(text):
            continue
        span = _name_span(text, mention.start, mention.end)
        if span is not None:
            surface = text[span[0] : span[1]]
            entity = canonical_name(surface)
            if (mention.start, mention.end, mention.text, mention.entity) == (*span, surface,
                                                                             entity):
                cleaned.append(mention)  # already clean: no copy (``replace`` is slow)
            else:
                cleaned.append(replace(mention, start=span[0], end=span[1], text=surface,
                                       entity=entity))
    return cleaned


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the first, longest of overlapping mentions (chunks or retries may duplicate)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _outside(furniture: SpanUnion, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions inside credits, bylines, captions and footers."""
    if not furniture:
        return list(mentions)
    return [m for m in mentions if not furniture.overlaps(m.start, m.end)]


def _outside_keeping_captions(furniture: SpanUnion, mentions: Sequence[Mention],
                              text: str) -> tuple[list[Mention], list[Mention]]:
    """``_outside``, and the titled full names the furniture held (``caption_people``)."""
    return _outside(furniture, mentions), caption_people(mentions, text, furniture)


def finalize_mentions(
    raw: Sequence[Mention], text: str, title: str, furniture: SpanUnion | None = None
) -> list[Mention]:
    """Clean, fix, resolve and extend one document's mentions; add headline mentions.

    Returns body mentions (field "text") and title mentions (field "title"), sorted by
    (field, start); ``entity`` holds the canonical name each mention resolves to, and
    every mention of one entity carries one label. Mentions in page furniture are left
    out (``furniture`` defaults to ``furniture_spans(text)``).
    """
    furniture = furniture_spans(text) if furniture is None else furniture
    body = split_glued_names(_without_overlaps(_clean(raw, text)), text)
    body = joined_sea_names(body, text)  # "the [English] Channel": one place
    body = without_non_names(split_place_pairs(body))  # "Omsk in Siberia"; "COVID-19"
    body = without_foreign_words(body, text)  # "Тюмень", "(Carcharodon carcharias)"
    # "16 [GB]", "US$[140bn]": no names; "[Lion Air Flight] [610]": one flight's name
    body = numbered_flights(without_measures(body, text), text)
    body = split_casting_phrases(body)  # "[Candace Windfall as Catwoman]": two people
    body = cut_headline_people(body, text)  # "[WR Jackson] will play": the body's "Jackson"
    body = cut_at_spaced_dash(body)  # "[Labour Party] - 203", "based in [San Jose] - Cisco"
    # a caption's "[David Soares/Albany County District] Attorney:"; "[Carmaker General Motors]"
    body = without_company_descriptors(cut_at_slash(body), text)
    # "[Ontario Premier Doug Ford]": a place and a person; "[Vice President] of": no one
    body = without_bare_offices(split_executive_titles(split_place_offices(body, text), text), text)
    body = without_rank_fragments(body, text)  # "[Iranian Grand] Master Pouya Idani"
    body = joined_company_names(body, text)  # "[Northrop] [Grumman] CEO": one company
    # "Real [Madrid]"; "[Von der Leyen] said", "Van der [Bellen]"
    body = particle_surnames(joined_place_prefixes(joined_fragments(body, text), text), text)
    # "Jagmeet [Singh]" read as a place, "[Poilievre] told" as a group: the person
    # a caption's "Premier Doug Ford": no mention, but evidence of who "Ford" is
    body, captioned = _outside_keeping_captions(furniture, split_demonym_tails(body, text), text)
    body = groups_read_for_surnames(surnames_read_as_places(body, text), text)
    # "[Councillor] Ana Bailão" one person; "[Queen] [Anne]": the title no entity;
    # "[Fellow Haligonians]": the place's people, without the group word
    body = without_group_words(titles_tagged_alone(relabel_by_shape(body, text), text), text)
    body = with_dateline_places(apply_known_names(normalise_dates(body, text)), text)
    body = one_district(body, text)  # "[Washington], D.C.": no person, before any resolving
    body = fix_place_labels(harmonise_labels(vote_labels(body, text, evidence=captioned)),
                            text)
    companies = company_words(body, text)  # "Ford shares": no surname of "Henry Ford"
    body = relabel_surnames(body, companies)
    body = with_office_holders(body, text)  # "Mayor of London [Sadiq Khan]"
    body = _without_overlaps([*body, *missed_places(body, text), *missed_teams(body, text)])
    body = with_untagged_full_names(propagate(resolve(body, text), text), text)
    body = apply_known_names(vote_labels(_outside(furniture, body), text, key=by_entity,
                                         settle_ties=True, evidence=captioned))
    body = settled_shapes(without_person_titles(without_common_words(body, text), text))
    body = named_events(body, text)  # "the 2020 [Libertarian National Convention]": an event
    body = with_character_ranks(body, text)  # "Captain [America]": no person "America"
    body = relabel_by_context(body, text)  # "Nvidia CEO ...", "Firefox 3.5": no place, no person
    body = titled_works(body, text)  # "the novel [Obsession]": a title, no organisation
    # "HMS Queen [Elizabeth]", "[Matiu "Matt] [Ratana]", "[Hawke]'s [Bay]": one name each
    body = possessive_places(nicknamed_people(named_ships(body, text), text), text)
    body = name_shaped_people(body, text)  # "spokesperson [Carlotta Weibl]" read as ORG
    body = short_company_names(body, text)  # "[Mahan]'s permit" beside "Mahan Air"
    body = late_surnames(body, companies | company_words(body, text))  # "Perttu Ahola"
    # "[Wren] bakes" (ORG) beside "Wren Castellano"; "from [Russell] [Church]": a person
    body = bracketed_given_names(late_given_names(body, companies), text)
    body = without_non_names(towns_before_regions(body, text))  # "from [Harlow Vale], Ontario";
    # and a vote may have made "COVID-19" a person again
    body = joined_variants(body, text)  # "Americans"/"American"; "DC", "Washington, D.C."
    # "a show on [RT]": no place goes by the letters; "[Nova Scotians] want action": no person
    body = without_demonym_people(unplaced_acronyms(body, text))
    return sorted([*body, *title_mentions(body, text, title)],
                  key=lambda m: (m.field, m.start, m.end))
