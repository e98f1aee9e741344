"""Names whose kind the text never needs to tell: platforms, agencies and religions.

Why a list: the small model labels a platform it sees every day as a person or a place
("Twitter said"), and a religion as an organisation in one sentence, a place in the next
and a group in a third ("converted to Islam", "in Islam", "criticise Islam": one faith,
three entities of the library). Neither depends on the article, so a short list settles
them before any vote.
"""

from __future__ import annotations

from collections.abc import Mapping

KNOWN_LABELS: Mapping[str, str] = {
    name: "ORG"
    for name in (
        "Twitter", "Facebook", "YouTube", "Instagram", "TikTok", "WhatsApp", "Telegram",
        "Reddit", "LinkedIn", "Snapchat", "WeChat", "Weibo", "Google", "Wikipedia",
        "Wikinews", "Bluesky", "Mastodon", "Netflix", "Spotify", "Uber", "Airbnb",
        "Reuters", "AFP", "BBC", "CNN", "NATO", "Associated Press", "Canadian Press",
    )
}  # fmt: skip
"""Names the small model labels as people or places though they are always organisations."""

_KNOWN_BY_CASE: Mapping[str, str] = {name.casefold(): name for name in KNOWN_LABELS}


def known_spelling(name: str) -> str | None:
    """The list's spelling of a known name written in another case, else None.

    Why: a dateline or a headline writes "REUTERS", a British paper "Nato"; read as
    written they are a second "Reuters" and a second "NATO" on the Entities page, and
    the list's label misses them too."""
    known = _KNOWN_BY_CASE.get(name.casefold())
    return known if known is not None and known != name else None

RELIGIONS: Mapping[str, str] = {
    name: "NORP"
    for name in (
        "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Jainism",
        "Taoism", "Shinto", "Zoroastrianism", "Catholicism", "Protestantism", "Mormonism",
    )
}  # fmt: skip
"""Faiths, a religious group's name (NORP, as "Muslim" and "Christian" are). Read by the
entity only: "Islam" is also a common surname ("Nazrul Islam"), and a surname the text
joined to its full name keeps that person's label."""
