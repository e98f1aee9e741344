"""A post on a platform is a cue: `"...," BBCOne promoted on Twitter.`

Why: news quotes tweets and posts with whatever verb tells the tone ("promoted",
"fumed", "reacted", "shared", "hit back on Twitter"), and no verb list keeps up; the
platform says the words were written and published, so the verb's subject wrote them.
Only an active verb with no direct object: "was criticised on Twitter" names the target,
and "shared a photo on Instagram" posted something other than the quoted words.
A text that names no platform answers at once (``doc_words.writes_any``, read once per
doc): most verbs of most texts were read child by child for nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.doc_words import writes_any

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where a post is published (lowercase); "blog" and "website" are a writer's own pages.
PLATFORMS = frozenset(
    """
    twitter facebook instagram youtube tiktok linkedin snapchat reddit weibo tumblr
    blog website webpage
    """.split()
)


def posted_on_platform(token: Token) -> bool:
    """True for a verb that says its subject posted on a platform: an "on" phrase whose
    object is a platform, a subject of its own, no object and no passive."""
    if token.pos_ != "VERB" or not writes_any(token.doc, PLATFORMS):
        return False  # most texts name no platform: their verbs are not read further
    deps = {child.dep_ for child in token.children}
    if "nsubj" not in deps or deps & {"dobj", "auxpass", "nsubjpass"}:
        return False
    return any(
        child.dep_ == "prep" and child.lower_ == "on" and _names_platform(child)
        for child in token.children
    )


def _names_platform(preposition: Token) -> bool:
    return any(
        grand.dep_ == "pobj" and grand.lower_ in PLATFORMS for grand in preposition.children
    )
