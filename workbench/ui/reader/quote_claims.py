"""Which detected quotes are already claims, for the Quotes tab and the reader's menu.

Why one place: both offer "make this quote a claim", and both must stop
offering it once a claim stands for the quote, whether it was made from the
quote (its ``quote_id``) or marked by hand over the quote's whole passage.
"""

from __future__ import annotations

from typing import Any

from workbench.ui.reader.content import ReaderContent


def claim_of_quote(content: ReaderContent | None, quote: dict[str, Any]) -> int | None:
    """The id of a claim that stands for ``quote`` in the shown document, or None."""
    if content is None:
        return None
    claims = sorted(content.claims.values(), key=lambda claim: claim.id)
    quote_id = quote.get("id")
    for claim in claims:
        if quote_id is not None and claim.quote_id == quote_id:
            return claim.id
    start, end = quote.get("start"), quote.get("end")
    if start is None or end is None:
        return None
    return next((c.id for c in claims if c.start <= start and c.end >= end), None)
