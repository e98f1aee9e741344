"""Words on commands: imported or typed names shown literally on menu items and buttons.

Titles of windows and message boxes, menu items, toolbar tips and push buttons
are typed in the house Title Case where they are written; the rule and the
tests that hold every title to it live in ``tests/ui/wording_rule.py``.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from workbench.core.authorship import display_name

#: What a table cell shows for a value that is missing: a blank Grade cell beside a
#: Date cell's "–" read as two things (not loaded? not given?), and a blank sorts
#: and reads as a cell still filling in. The cell's tooltip says what is missing.
NO_VALUE = "–"

#: The two scopes every filter, export and grade offers, said one way: the Claims filter
#: read “All documents” / “This document” while Export read “Whole library” / “Current
#: document”, and an analyst could not tell whether the two pairs meant the same thing.
#: "Whole library" names the thing the Library pane shows; "This document" is the one in
#: the reader (and what Grade Reliability already said).
WHOLE_LIBRARY = "Whole library"
THIS_DOCUMENT = "This document"

#: The one name of "show this passage in the reader" on a row's menu: the Claims view
#: said "Open in Reader" and the ACH matrix "Open Passage" for the same jump.
OPEN_IN_READER = "Open in Reader"


def cell_or_dash(value: str | None) -> str:
    """``value`` for a table cell, or the dash every table shows where there is none."""
    return value if value and value.strip() else NO_VALUE


def key_text(keys: str | QKeySequence | QAction) -> str:
    """Keys (or an action's shortcut) in the platform's own words ("Ctrl+Shift+C").

    One wording for the menus, button tooltips, the page bar and Help →
    Keyboard Shortcuts: the claims panel and the page bar each had a copy.
    """
    if isinstance(keys, QAction):
        keys = keys.shortcut()
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def menu_literal(text: str) -> str:
    """Imported or typed text for a menu item or button: each "&" doubled, shown as is.

    Why: Qt reads a single "&" in an action's or button's text as a mnemonic, so
    "AT&T" showed as "ATT" with an underlined T, and a library at
    "~/R&D/notes.sqlite" lost its "&" in Open Recent.
    """
    return text.replace("&", "&&")


def without_mnemonic(text: str) -> str:
    """Menu text as plain words: "&Link Claim to…" → "Link Claim to…", "R&&D" → "R&D".

    One rule for the toolbar, tooltips, the shortcut list, the empty states and the
    panels' buttons, which each dropped every "&" themselves (a literal "&&" with it).
    """
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_words(action: QAction) -> str:
    """An action's menu text as a button says it: "&Link Claim to…" → "Link Claim to…".

    Why: a panel's button for a window command said "Link to…" and "Suggestions"
    where the Document menu said "Link Claim to…" and "Claim Suggestions"; a button
    that reads its words from the action cannot drift into a second name. A button
    reads "&" as an access key too, so a literal one stays doubled (``menu_literal``).
    """
    return menu_literal(without_mnemonic(action.text()))


def keep_mnemonic(action: QAction, words: str) -> str:
    """``words`` (no "&") with the access key ``action`` has now: "Ed&it Claim Note…".

    Why: the claim panel renames Document → "Add Note to Cla&im…" to "Edit Claim
    Note…" as the claim changes, and the plain words dropped its key, so Alt+D, I
    did nothing. The same letter is kept, at its first place in the new words.
    """
    current = action.text().replace("&&", "")  # a literal "&" marks no key
    at = current.find("&")
    letter = current[at + 1 : at + 2] if at >= 0 else ""
    place = words.casefold().find(letter.casefold()) if letter else -1
    return words if place < 0 else f"{words[:place]}&{words[place:]}"


def relation_word(reads: str) -> str:
    """A link's relation as the window shows it: capitalised, as claim statuses are.

    ``reads`` is the relation or its wording from one end ("supports",
    "supported by"). Why one place: the Claims tab said "Supports:", while the
    Link dialog's list, the suggestions' Accept menu and the claim map's legend
    said "supports" beside statuses spelt "Unverified".
    """
    return reads[:1].upper() + reads[1:]


#: A quote's kind in every place the window names it: the reader's legend said
#: "Quote" while its hover and the Quotes tab said "Direct quote".
QUOTE_KIND_WORDS = {"direct": "Direct quote", "indirect": "Reported speech"}


def quote_kind_word(kind: str | None) -> str:
    """'Direct quote' or 'Reported speech' (a quote without a kind is direct)."""
    return QUOTE_KIND_WORDS["indirect" if kind == "indirect" else "direct"]


def author_cell(name: str | None) -> str:
    """An author as a table cell or a filter's entry says it: the name, or "Unknown author".

    Why not ``display_name``: its "unknown author" is for running text ("Added
    by unknown author", "Signed as unknown author"); alone in a cell it sat
    lower-case among capitalised cells ("Unverified", "Any author").
    """
    shown = display_name(name)
    return shown if name else shown[:1].upper() + shown[1:]
