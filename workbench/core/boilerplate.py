"""Boilerplate lines of news pages: comment footers, share and follow prompts, newsletters.

Why in core: the importer keeps these lines out of the reader's body and the extractor
keeps them out of entities and speakers, so both layers must share one definition, and
neither ingest nor nlp may import the other. Only whole lines are judged, and only short
ones: a sentence of the article that happens to say "follow us on Twitter" inside a
paragraph is prose, not furniture.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL

MAX_BOILERPLATE_CHARS = 400
"""Longer lines are article text, whatever words they start with."""

PLATFORMS = (
    r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|"
    r"telegram|whatsapp|reddit|snapchat|pinterest|flipboard|google news|apple news|"
    r"google\+|tumblr|stumble(?:upon)?|digg|newsvine|pocket|xing|vk|delicious|myspace)"
)
"""Social sites and share services, for follow prompts here and inline share bars
(``workbench.nlp.web_furniture``): one list, so a site added for one is known to both."""
_COMMENT_FOOTER = (
    r"(?:the )?(?:comments?|views?|opinions?) (?:posted|published|expressed|made|left|shared)"
    r"(?: here| below| on this (?:site|page|website))? (?:are|do) not"
)
"""The start of a comment-section disclaimer, shared by the line test and the outlet finder."""
_TAG = r"[\w'\u2019&#+.()-]+(?: [\w'\u2019&#+.()-]+){0,4}"
_TAG_LIST = (
    rf"(?:tags|topics|filed under)\s*:\s*{_TAG}(?:\s*[,|;/\u00b7\u2022]\s*{_TAG})*"
    r"\s*[,|;]?(?<![^\W\d_]{2}\.)\s*$"
)
"""'Tags: wildfires, British Columbia': short items (at most five words) separated by commas
or pipes, with no full stop after a word, so a sentence ("Topics: housing and transit
dominated the debate.") stays in the body."""
_TIP = r"(?:have|got) an? (?:news |story )?tip(?:-off)?"
_CONTACT = (
    r"(?:e-?mail|send|contact|submit|write to|reach|message|get in touch|let us know|tell us)"
)
"""A tip prompt is a bare question ('Got a news tip?') or one followed by how to reach the
newsroom ('Have a tip? Email us at ...'); a sentence that merely starts with the words
('Got a tip-off from a neighbour, officers raided the flat.') is the story's."""
_MODERATION_DELAY = (
    r"comments? (?:may|can|will) take (?:up to )?(?:an? |\d+ |a few |some )?(?:moments?|"
    r"minutes?|hours?|days?|time|while)\b[^,;:\n]{0,60}\b(?:moderat|appear)[^,;:\n]{0,40}$"
)
"""'Comments may take up to an hour for moderation before appearing on the site.': a wait
stated in the chrome's own units and nothing after it, so a report ("Comments may take weeks
to be moderated under the new law, the regulator warned.") stays in the body."""
_COMMENT_POLICY = (
    r"[\w .'&-]{1,40} is committed to (?:maintaining|fostering|providing) an? (?:lively|civil|"
    r"respectful|safe)(?: (?:but|and) (?:civil|respectful))? (?:forum|community|environment)"
    r"(?: for discussion)?(?: and [^,.;\n]{0,120})?\s*(?:[.!]\s*[^\n]{0,300}\bcomments?\b[^\n]*)?"
    r"[.!]?\s*$"
)
"""The site's own promise of a 'lively but civil forum for discussion', alone or followed by
more of the comment policy; 'The university is committed to providing a safe space for
discussion, the president said.' names no forum and is the story's."""
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PUBLISHED_WHEN = rf"(?:on )?{_MONTH} \d{{1,2}}(?:, \d{{4}})?|(?:on )?\d{{4}}-\d{{2}}-\d{{2}}"
_PUBLISHED_WHERE = (
    rf"(?:on |in |by |at )?(?:the )?(?-i:{CAPITAL})[\w&'\u2019.-]*"
    rf"(?: (?:(?-i:{CAPITAL})[\w&'\u2019.-]*|of|on|and|&|the|[0-9]+)){{0,5}}"
)
_REPUBLISHED = (
    r"this (?:article|story|report)(?: by [\w .'&-]{1,40})? (?:was |is )?(?:first |originally )?"
    r"(?:published|appeared|ran)(?: first| originally)? "
    rf"(?:{_PUBLISHED_WHEN}|{_PUBLISHED_WHERE})(?:,? (?:{_PUBLISHED_WHEN}))?"
    r"\s*[.!]?(?:\s*read the original(?: article)?\.?)?\s*$"
)
"""'This report by The Canadian Press was first published March 3, 2019.', 'This article
originally appeared on HuffPost US.': the note names only a date or an outlet and ends there.
A sentence that goes on ('This report was first published in 2017 and has been widely cited')
or names no outlet ('appeared in the journal Nature on Wednesday') is the article's."""
_PATTERNS = (
    # comment sections: "The comments posted here are not from ...", "Comments are closed."
    _COMMENT_FOOTER + r"\b",
    r"comments? (?:are|have been) (?:closed|disabled|moderated)\b",
    r"(?:kindly|please) (?:refrain from|keep (?:your )?comments?|be respectful)\b",
    r"(?:we|the editors?) reserve the right to (?:remove|delete|edit|close) (?:any )?comments?\b",
    _MODERATION_DELAY,
    _COMMENT_POLICY,
    r"(?:want to discuss\?\s*)?(?:please )?read our (?:commenting|comment|community) "
    r"(?:policy|guidelines)\b",
    r"(?:join|read|view|see) (?:the )?(?:conversation|discussion|comments?)\b.{0,40}$",
    # share and follow prompts
    r"share (?:this|the) (?:article|story|page|post|video|item|link)\b",
    rf"share (?:on|via) (?:{PLATFORMS}|e-?mail)\b",
    r"social sharing\s*$",
    r"click here\b.{0,80}$",
    # a button's or a slot's label alone on its line
    r"(?:share|e-?mail|print|copy link|more|image|loading\.*|hide caption|toggle caption|"
    r"enlarge this image|save|bookmark|reprints?|gift this article|\d+ comments?)\s*$",
    r"follow (?:our|[\w.-]{1,20}['\u2019]s) (?:full |latest |live )?coverage (?:of|at)\b"
    r"[^\n]{0,120}(?:https?://|www\.|\bat\s)",
    r"(?:related (?:videos?|links|topics)|latest (?:stories|news|videos?)|top stories|"
    r"most (?:popular|read|viewed)|sponsored(?: content)?|recommended(?: for you)?|"
    r"editor'?s picks?)\s*$",
    r"(?:click|tap) (?:here )?to share\b",
    rf"follow (?:us|@\w+|[\w .'-]{{1,40}}) on {PLATFORMS}\b",
    rf"(?:like|find) us on {PLATFORMS}\b",
    # newsletters and subscriptions
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the|a|this|receive)\b.{0,60}\b(?:"
    r"newsletter|briefing|digest|updates|alerts|news)\b",
    r"get (?:the|our)\b.{0,50}\bnewsletter\b",
    r"(?:this|our) newsletter\b.{0,60}\binbox\b",
    r"subscribe now\b",
    r"(?:already a subscriber|not a subscriber)\b",
    # copyright and republication notices
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[\w .&'-]{0,60}all rights reserved\b",
    r"this (?:material|article|story) may not be (?:published|broadcast|rewritten|"
    r"redistributed)\b",
    r"(?:read|see) (?:more|also)\s*:",
    r"related (?:stories|articles|coverage|content|reading)\s*:?$",
    # page chrome a browser copy carries along: ad slots, audio players, gallery buttons,
    # tag lists, reporting standards and correction/tip prompts (whole short lines only)
    r"(?:story continues (?:below|after) (?:this )?)?advertisement\s*$",
    r"listen to this (?:article|story)\b.{0,30}$",
    r"open this photo in gallery\s*:?\s*$",
    r"our standards\s*:",
    _TAG_LIST,
    r"trending(?: now| stories)?\s*$",
    r"(?:report an? (?:error|typo|correction))\b.{0,40}$",
    r"editorial (?:code of conduct|standards)\s*$",
    _REPUBLISHED,
    r"story continues (?:below|after)\b.{0,30}$",
    _TIP + r"(?: for us| to share)?\s*\?\s*$",
    _TIP + r"(?![\w-])[^.!?:\n]{0,50}[?:\u2014\u2013-]\s*" + _CONTACT + r"\b.{0,160}$",
)
_BOILERPLATE = re.compile(r"^[\s*•>|–—-]*(?:" + "|".join(_PATTERNS) + ")", re.IGNORECASE)


_OUTLET_IN_FOOTER = re.compile(
    r"^[\s*•>|–—-]*" + _COMMENT_FOOTER + r" (?:from|(?:those|the views?|the opinions?) of|"
    r"(?:reflect|represent) (?:the views? of|those of)?)\s*"
    rf"(?P<outlet>{CAPITAL}[\w&'’-]*(?: (?:{CAPITAL}|[0-9])[\w&'’-]*){{0,4}})\s*[.,;]",
    re.IGNORECASE,
)
"""'The comments posted here are not from Cnews Live.': the outlet the footer names."""


def outlet_named_in_footer(text: str) -> str | None:
    """The outlet a comment-section footer names, for an article that states no source.

    Why: pages copied from a site often carry no source field but end with the site's own
    disclaimer, which is the only place its name appears. Only a capitalised name right
    after "not from" / "not those of" counts ("the editors" names nobody).
    """
    for line in reversed(text.split("\n")):
        if not is_boilerplate_line(line):
            continue
        match = _OUTLET_IN_FOOTER.match(line.strip())
        if match and match.group("outlet")[:1].isupper():
            return match.group("outlet")
    return None


_REPORTED = re.compile(
    r",[\s\u00a0]+(?:[^,.;:!?\n]{1,60}[\s\u00a0])?(?:said|says|told|warned|urged|added|wrote|"
    r"ruled|chanted|admitted|argued|claimed|stated|explained|noted|insisted|according to)\b",
    re.IGNORECASE,
)
"""A reporting clause (', the regulator warned.', ', police said'): page chrome never
reports anyone, so a line with one is the story's, whatever words it opens with."""


def is_boilerplate_line(line: str) -> bool:
    """Tell whether a whole line is page furniture that is not part of the article."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_CHARS:
        return False
    return _BOILERPLATE.match(stripped) is not None and _REPORTED.search(stripped) is None


def boilerplate_line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every boilerplate line in ``text``, without its line break."""
    spans = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if is_boilerplate_line(line):
            spans.append((position, end))
        position = end + 1
    return spans


def remove_boilerplate(text: str) -> str:
    """Drop boilerplate lines, keeping the paragraph breaks of everything else.

    Returns ``text`` itself (no copy) when nothing is boilerplate, so the common case
    costs one scan of the lines. Blank lines left around a removed line collapse into
    one paragraph break, and the text never ends in a break.
    """
    lines = text.split("\n")
    kept = [line for line in lines if not is_boilerplate_line(line)]
    if len(kept) == len(lines):
        return text
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(kept))
    return joined.strip("\n")
