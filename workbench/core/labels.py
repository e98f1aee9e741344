"""Labels the analyst types and the keys that compare them: tags, names, sources.

Why apart from ``vocabulary``: the domain's fixed words (statuses, relations,
grades, entity labels) never change with input, while these rules clean and
compare what is typed or imported: hidden characters left out of a new name,
length caps, a tag path's canonical form, and the folding two spellings share.
Every store, import and dialog that accepts a label asks these, so a name
typed in the window and one read from a file are one name.
"""

from __future__ import annotations

import re

from workbench.core.text import has_visible_character, unicode_folded

_TAG_SEPARATORS = re.compile(r"\s*/+\s*")
#: A zero-width joiner at a word's edge: at the start or end, or beside white space.
_JOINER_AT_WORD_EDGE = re.compile(r"(?:^|(?<=\s))\u200d+|\u200d+(?=\s|$)")
#: Left out of a name typed anew (``typed_name``): zero-width spaces, word joiners, soft
#: hyphens, invisible operators, BOMs, and the direction controls that reorder what follows
#: (``evil\u202egnp.exe`` reads "evilexe.png"). ``a\u200b`` was a second tag shown as ``a``
#: (round 15), ``Bill Nelson\u200b`` a second Bill Nelson (run 18). Zero-width joiners stay
#: (emoji, Indic and Persian spellings); a name an older library holds is found as written.
_HIDDEN_IN_NEW_LABELS = dict.fromkeys(
    [0x00AD, 0x061C, 0x200B, 0x200E, 0x200F, *range(0x2060, 0x2065), 0xFEFF,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
#: An analyst-typed label (a tag path, an entity's name or alias, an ACH question or
#: hypothesis) longer than this is refused: a label, not a text. An imported export's tag
#: of 3 MB was taken whole into the tags pane, every note's front matter and the CSV tables;
#: a 5,000-character alias or question filled menus, undo labels and matrix headers.
#: Notes and claim texts are long texts and have no such cap.
LABEL_MAX_CHARS = 500
TAG_PATH_MAX_CHARS = LABEL_MAX_CHARS
#: A title, source, author or dateline longer than this is cut with "…": a one-line field of
#: 300,000 characters (a CSV cell, an e-mail subject) was printed whole by every listing.
#: Here, not in ingest: ``update --title`` checks it without loading every file reader.
MAX_METADATA_CHARS = 1_000


def typed_length_problem(text: str, what: str, limit: int) -> str | None:
    """Why a one-line text the analyst types is refused as too long (``what`` names it), or None.

    The one rule for labels (``LABEL_MAX_CHARS``) and a document's typed title (the
    longest an import keeps): its length is counted with runs of spaces joined, as
    it will be stored, and the refusal is worded alike wherever it is typed.
    """
    if len(" ".join(text.split())) > limit:
        return f"{what} is at most {limit:,} characters long"
    return None


def label_length_problem(label: str, what: str) -> str | None:
    """Why ``label`` is refused as too long (``what`` names it: "an alias"), or None.

    Kept beside ``typed_length_problem`` so the places that refuse a label
    (``checked_label``, tag paths, JSON import, the CLI's alias, the dialogs)
    name what is typed and never the limit: none can hold a label to a title's.
    """
    return typed_length_problem(label, what, LABEL_MAX_CHARS)


def typed_name(text: str) -> str:
    """A typed name as stored: hidden characters out, runs of spaces joined (labels, tags,
    claimants, authors), so a pasted zero-width space never makes a second name shown alike."""
    return " ".join(text.translate(_HIDDEN_IN_NEW_LABELS).split())


def checked_label(label: str, what: str) -> str:
    """``typed_name(label)``; ``ValueError`` when blank or over ``LABEL_MAX_CHARS``."""
    cleaned = typed_name(str(label))
    if not cleaned:
        raise ValueError(f"{what} cannot be blank")
    if problem := label_length_problem(cleaned, what):
        raise ValueError(problem)
    return cleaned


def normalize_tag_path(path: str) -> str:
    """Canonical path of a tag to make or rename to: ``existing_tag_path``, and not too long."""
    if len(path) > TAG_PATH_MAX_CHARS * 4:  # never split megabytes only to refuse them
        raise ValueError(f"a tag is at most {TAG_PATH_MAX_CHARS} characters long")
    cleaned = existing_tag_path(path.translate(_HIDDEN_IN_NEW_LABELS))
    if problem := label_length_problem(cleaned, "a tag"):
        raise ValueError(problem)
    return cleaned


def existing_tag_path(path: str) -> str:
    """Canonical tag path: slash-separated, no empty, invisible or padded parts; any length.

    Why no length cap here: this finds a tag the library holds, and a library made
    before ``TAG_PATH_MAX_CHARS`` may hold a longer one, which deleting, renaming,
    merging or untagging must still reach (only a new path is capped).
    """
    parts = [" ".join(part.split()) for part in _TAG_SEPARATORS.split(path.strip())]
    cleaned = "/".join(part for part in parts if has_visible_character(part))
    if not cleaned:
        raise ValueError("a tag needs a name")
    return cleaned


def label_key(label: str) -> str:
    """What two spellings of one label share: the text NFC-normalised and case-folded.

    Tags are compared by it (``tags.path_key``), and so are entity names and aliases
    (``entities.name_key``, ``entity_aliases.alias_key``) and sources (``source_key``).
    Why Unicode folding and not SQLite's NOCASE (ASCII letters only): ``Economy`` and
    ``ECONOMY`` were one tag while ``économie`` and ``ÉCONOMIE`` were two, though the
    Tag Manager, the timeline's tag filter, exports and bundle imports already compared
    tags with ``casefold``.
    The folding itself: ``text.unicode_folded``, which the alias listing shares.
    """
    return unicode_folded(label)


def source_key(name: str | None) -> str | None:
    """What two spellings of one source share: ``label_key`` of its words, their spacing
    aside ("ÖSTERREICH" is "Österreich"); None for no source (blank or missing)."""
    words = " ".join((name or "").split())
    return label_key(words) if words else None


def without_stray_joiners(name: str) -> str:
    """``name`` without the zero-width joiners at a word's edge, where they join nothing.

    Why: ``Ahmed \u200dKhan`` found in a text became an entity shown as "Ahmed Khan"
    and never one with the Ahmed Khan written plainly. A joiner inside a word (an emoji
    sequence such as a family, an Indic spelling) is part of how it is written and stays.
    Names only: a mention's offsets still cover the text as written.
    """
    return _JOINER_AT_WORD_EDGE.sub("", name) if "\u200d" in name else name
