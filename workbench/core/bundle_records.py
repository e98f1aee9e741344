"""One analyst's work handed over as a bundle: what is selected, and the records it holds.

Why records of their own: a bundle (``workbench export --format bundle``) is
read from one library, written as W3C Web Annotation JSON by a pure writer,
checked by ingest on the other side and written into a library the merge
reads — four layers that must agree on one shape. Every row of analyst work
is a plain dict keyed as documented in docs/collaboration.md, carrying its
``origin`` (what a merge matches on) and ``author_id``; rows point to each
other by origin (a link names the origins of its two annotations), documents
by content hash, never by a library's row ids, which mean nothing elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workbench.core.text import echoed

BUNDLE_TYPE = "workbench-bundle"
BUNDLE_VERSION = 1
#: How a bundle names a piece of work, an author and a document (writer and reader share them).
ORIGIN_PREFIX = "urn:workbench:origin:"
AUTHOR_PREFIX = "urn:workbench:author:"
DOCUMENT_PREFIX = "urn:sha256:"
SINCE_FORMS = "a date (2026-03-01) or a date and time (2026-03-01T14:30, 2026-03-01T14:30+02:00)"

Row = Mapping[str, Any]


@dataclass(frozen=True)
class WorkSelection:
    """Whose work, since when: ``author_id`` None for every author, ``since`` None for all time.

    ``since`` is a UTC timestamp in the library's form (``since_timestamp``).
    """

    author_id: str | None = None
    since: str | None = None


@dataclass(frozen=True)
class Work:
    """The analyst work of a bundle, row by row (keys in docs/collaboration.md, "Bundle").

    ``documents``: content_hash, title, source, published, url, text, lineage
    (content hashes of earlier versions), reliability (the document's own
    grade) and edited_by. ``annotations``: highlights, notes and claim spans,
    each with its ``tags`` (passage tags) and ``claim`` (None, or the claim
    with its status ``history``). ``document_tags``, ``links`` (from/to: the
    annotations' origins), ``sources`` (graded sources) and ``analyses`` (ACH,
    with hypotheses and evidence rows holding their ratings). ``tags``: every
    tag row the work uses, with its colour.
    """

    authors: tuple[Row, ...] = ()
    documents: tuple[Row, ...] = ()
    tags: tuple[Row, ...] = ()
    annotations: tuple[Row, ...] = ()
    document_tags: tuple[Row, ...] = ()
    links: tuple[Row, ...] = ()
    sources: tuple[Row, ...] = ()
    analyses: tuple[Row, ...] = ()
    #: curated entities by name and label: notes, hidden, edited_by, earlier, and their
    #: analyst ``aliases`` (alias) and ``rules`` (name, label merged into it), each signed
    entities: tuple[Row, ...] = ()

    @property
    def size(self) -> int:
        """How many pieces of work the bundle holds (annotations, tags, links, grades, analyses)."""
        return (
            len(self.annotations)
            + len(self.document_tags)
            + len(self.links)
            + len(self.sources)
            + len(self.analyses)
        )


def since_timestamp(text: str) -> str:
    """``text`` (an ISO date or date and time) as a UTC timestamp the library's rows compare to.

    A date means its midnight in UTC; a time without an offset is UTC. Raises
    ``ValueError`` naming the accepted forms.
    """
    cleaned = text.strip()
    try:
        if len(cleaned) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(cleaned), dt.time(), dt.UTC)
        else:
            moment = dt.datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"--since takes {SINCE_FORMS}, not {echoed(text)}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()
