"""Labels the library already agrees on, applied to a newly analysed document.

Why: one article rarely says enough to tell whether "Cerberus" is a company or a person,
but the library often does: an analyst may have set the label by hand, or forty earlier
articles agree. A new document then keeps that label instead of flipping the entity
to another type (which would also split it into two entities in the Entities table).
The rows come from ``store.entities.list_entities()``; this module never sees the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from workbench.core.models import Analysis
from workbench.nlp.consistency import KNOWN_LABELS, VOTED_LABELS

MIN_DOCUMENTS = 3
"""A label needs this many documents before it counts as the library's."""
MIN_SHARE = 0.8
"""...and this share of the documents that name the entity at all."""
ANALYST = "analyst"


def library_label_prior(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Map entity names to the label the library holds for them.

    ``rows`` are entity rows with ``name``, ``label``, ``documents`` and ``created_by``.
    An entity the analyst created decides its name's label outright; otherwise one
    label must cover at least ``MIN_DOCUMENTS`` documents and ``MIN_SHARE`` of all the
    documents naming it. Names with a fixed label (``KNOWN_LABELS``) are left out.
    """
    documents: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    curated: dict[str, str] = {}
    for row in rows:
        name, label = str(row["name"]), str(row["label"])
        if label not in VOTED_LABELS or name in KNOWN_LABELS:
            continue
        if row.get("created_by") == ANALYST:
            curated[name] = label
        documents[name][label] += int(row.get("documents") or 0)
    prior = {}
    for name, counts in documents.items():
        label, count = max(counts.items(), key=lambda item: item[1])
        if count >= MIN_DOCUMENTS and count >= MIN_SHARE * sum(counts.values()):
            prior[name] = label
    return {**prior, **curated}


def apply_library_labels(analysis: Analysis, prior: Mapping[str, str]) -> Analysis:
    """Give every mention of a name the library agrees on the library's label."""
    if not prior:
        return analysis
    changed = False
    mentions = []
    for mention in analysis.mentions:
        label = prior.get(mention.entity)
        if label and mention.label in VOTED_LABELS and label != mention.label:
            mention = replace(mention, label=label)
            changed = True
        mentions.append(mention)
    return replace(analysis, mentions=tuple(mentions)) if changed else analysis
