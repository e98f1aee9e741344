"""The words every claim-matching view uses: an honest "no match" and "n more".

Why one place: the Suggestions panel, the batch search dialog and the CLI
say the same thing about the same ranking (``rank_documents``); an analyst
who reads "No likely matches" in one and a blank in another distrusts both.
"""

from __future__ import annotations

from workbench.core.text import plural

NO_LIKELY_MATCHES = "No likely matches"


def more_in_document(count: int) -> str:
    """"n more in this document" (statements of a shown document that also match)."""
    return f"{count} more in this document" if count else ""


def more_documents(count: int) -> str:
    """"n more documents" (documents that passed the threshold beyond the rows shown)."""
    if count <= 0:
        return ""
    return plural(count, "more document")
