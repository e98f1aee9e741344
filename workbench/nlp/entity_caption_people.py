"""The people a caption names with a title, kept as evidence of who a surname is.

Why: a photo caption ("Premier Doug Ford speaks at Queen's Park on Monday. (Chris
Young/The Canadian Press)") is page furniture, so its names are no entities and never
speak. But it may be the only place the page writes a person in full: the body then says
"Ford said", and the small model, which knows Ford the carmaker, tags that bare surname
an organisation. The label vote reads a full name's surname as a person's
(``consistency``); a caption's full name, written with a title, is the same evidence, so
it is handed to the vote without becoming a mention. A credit's photographer ("Chris
Young") has no title and is not taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import titled_full_name
from workbench.nlp.entity_titles import is_title
from workbench.nlp.names import name_tokens, previous_word, strip_honorifics

if TYPE_CHECKING:
    from workbench.core.span_union import SpanUnion

_FULL_NAME_WORDS = 2


def caption_people(mentions: Sequence[Mention], text: str,
                   furniture: SpanUnion | None) -> list[Mention]:
    """The full person names in ``furniture`` written with a title ("Premier Doug Ford",
    "[Premier] [Doug Ford]"): evidence for the label vote, never mentions."""
    if not furniture:
        return []
    return [m for m in mentions
            if m.field == "text" and m.label == "PERSON"
            and furniture.overlaps(m.start, m.end) and _titled(m, text)]


def _titled(mention: Mention, text: str) -> bool:
    """Tell whether a full name carries a title, in its span or right before it."""
    tokens = name_tokens(mention.text)
    if titled_full_name(tokens):
        return True
    return (len(strip_honorifics(tokens)) >= _FULL_NAME_WORDS
            and is_title(previous_word(text, mention.start)))
