"""Which detected quotes are already claims, for the Quotes tab and the reader's menu.

Why one place: both offer "make this quote a claim", and both must stop
offering it once a claim stands for the quote, whether it was made from the
quote (its ``quote_id``) or marked by hand over the quote's whole passage.
"""

from __future__ import annotations

from typing import Any

from workbench.core.records import Claim
from workbench.ui.reader.content import ReaderContent


def claims_of_quotes(content: ReaderContent | None,
                     quotes: list[dict[str, Any]]) -> list[int | None]:
    """For each of ``quotes``, the id of a claim that stands for it in ``content``, or None.

    Why all quotes at once: the Quotes tab asks for every quote on each
    refill (after every analyst action); the claims are ordered once here, not
    once per quote. The lowest claim id wins, made from the quote first.
    """
    if content is None or not content.claims:
        return [None] * len(quotes)
    claims = sorted(content.claims.values(), key=lambda claim: claim.id)
    made_from: dict[int, int] = {}
    for claim in claims:
        if claim.quote_id is not None:
            made_from.setdefault(claim.quote_id, claim.id)
    return [_claim_over(quote, claims, made_from) for quote in quotes]


def claim_of_quote(content: ReaderContent | None, quote: dict[str, Any]) -> int | None:
    """The id of a claim that stands for ``quote`` in the shown document, or None."""
    return claims_of_quotes(content, [quote])[0]


def _claim_over(quote: dict[str, Any], claims: list[Claim],
                made_from: dict[int, int]) -> int | None:
    quote_id = quote.get("id")
    if quote_id is not None and quote_id in made_from:
        return made_from[quote_id]
    start, end = quote.get("start"), quote.get("end")
    if start is None or end is None:
        return None
    return next((c.id for c in claims if c.start <= start and c.end >= end), None)
