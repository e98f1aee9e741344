"""Inline share bars and web addresses: furniture that sits inside a paragraph.

Why: some outlets flatten the page into one paragraph, so the row of share buttons lands
in the middle of the prose ("... in the region. Send Facebook Twitter Google+ Whatsapp
Tumblr linkedin Digg reddit Newsvine Permalink http://example.org/p/1 ..."). Whole-line
rules (``workbench.core.boilerplate``) never see it, and the model tags "Send Facebook"
or "Newsvine Permalink http://..." as names. Likewise an e-mail address in a byline
("janedoe@example.com") is tagged PERSON. A run of three or more share words, and every
e-mail address or URL, is furniture: no entity or speaker may sit inside it.

Only runs separated by spaces (or the bars' own | and bullet marks) count: in prose the
platforms come with commas and "and" ("on Facebook, Twitter and Instagram"), and there
they are real names.
"""

from __future__ import annotations

import re

from workbench.core.boilerplate import PLATFORMS
from workbench.nlp.anchored_matches import foldable, matches_at, word_starts

MIN_SHARE_WORDS = 3
"""Two platforms side by side can be prose; three platforms in a row are a button bar
("send Facebook Messenger messages" has two, and stays prose)."""

_PLATFORM = re.compile(rf"(?<![\w-]){PLATFORMS}(?![\w+])", re.IGNORECASE)
_SHARE_WORDS = rf"(?:send|share|email|e-mail|mail|print|tweet|permalink|messenger|{PLATFORMS})"
_SHARE_WORD = rf"{_SHARE_WORDS}(?![\w+])"
_SEPARATOR = r"[ \t]*(?:[|\u00b7\u2022][ \t]*)?"
URL = r"(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]"
EMAIL = r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"
WEB_ADDRESS = re.compile(rf"{URL}|{EMAIL}")
"""An e-mail address or a URL with a scheme or "www." (bare domains like "BBC.com" stay).

The local part is at most 64 characters, as in the mail standard (RFC 5321). Why: unbounded,
the pattern read the rest of a long run of word characters from each of its characters, in
search of an "@": a 100,000-character token in imported content took 18 s (attack run 14)."""

_SHARE_BAR = re.compile(
    rf"(?<![\w-]){_SHARE_WORD}(?:{_SEPARATOR}{_SHARE_WORD}){{{MIN_SHARE_WORDS - 1},}}"
    rf"(?:{_SEPARATOR}{URL})?",
    re.IGNORECASE,
)


_SHARE_BAR_STARTS = tuple((word, (0,)) for word in (
    "send", "share", "mail", "print", "tweet", "permalink", "messenger", "twitter", "x",
    "facebook", "instagram", "linkedin", "youtube", "tiktok", "threads", "bluesky",
    "mastodon", "telegram", "whatsapp", "reddit", "snapchat", "pinterest", "flipboard",
    "google", "apple news", "tumblr", "stumble", "digg", "newsvine", "pocket", "vk",
    "delicious", "myspace")) + (("e-mail", (0,)), ("email", (0,)))
"""What a share bar starts with: one of its share words, lower-cased ("x" for "xing" too,
"google" for "google news" and "google+"); kept beside ``PLATFORMS``' list, which a test
compares with it."""


def share_bar_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every inline run of share buttons, with its permalink URL.

    The bar's pattern is tried only where a share word starts (``anchored_matches``):
    tried at every word, it cost a quarter of a millisecond an article."""
    if foldable(text):
        matches = matches_at(_SHARE_BAR, text, word_starts(text.lower(), _SHARE_BAR_STARTS))
    else:
        matches = list(_SHARE_BAR.finditer(text))
    return [match.span() for match in matches
            if len(_PLATFORM.findall(match.group())) >= MIN_SHARE_WORDS]


_URL_ONLY = re.compile(URL)


def web_address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every e-mail address and URL in ``text``.

    The e-mail half of ``WEB_ADDRESS`` reads up to 64 word characters from every position
    in search of an "@" (about a millisecond an article); a text without one can hold no
    address, and without "://" or "www." no URL either, so only the half that can match
    is run: the same spans."""
    if "@" in text:
        pattern = WEB_ADDRESS
    elif "://" in text or "www." in text:
        pattern = _URL_ONLY
    else:
        return []
    return [match.span() for match in pattern.finditer(text)]
