"""A definite role that speaks before the text names its holder: "the chief said. Chief
Ovide Mercredi led the march".

Why: ``quote_resolution`` reads a role looking back ("Mayor Karen Holloway met the union.
... the mayor said"), and ``speaker_named_later`` reads an indefinite role named right
after ("a spokesman said. The spokesman, Rolf Berger,"). A lead may credit a quotation
to "the premier" or "the chief" and give the title with the name only in the next
sentence; the quotation then kept the role and no canonical speaker, though the Wikinews
guide takes the full name the article gives. Only a title the whole text gives to one
person counts, titled within a short window after the quotation (about two sentences),
and only when nobody holds the title before the role (that holder would be the reading).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Quote
from workbench.nlp.speaker_roles import TitledPeople

#: How far after the quotation and its credit the titled name may stand.
_AFTER_CHARS = 400


def titled_later(quotes: Sequence[Quote], titles: TitledPeople) -> list[Quote]:
    """``quotes`` with a direct quotation credited to an unheld definite role given the
    one person the text titles so right after it."""
    result = list(quotes)
    for index, quote in enumerate(quotes):
        if quote.kind != "direct" or quote.speaker or not quote.speaker_text:
            continue
        if quote.speaker_start is None:
            continue
        after = max(quote.end, quote.speaker_end or quote.end)
        holder = titles.later_holder(quote.speaker_text, quote.speaker_start,
                                     after + _AFTER_CHARS)
        if holder is not None:
            result[index] = replace(quote, speaker=holder)
    return result
