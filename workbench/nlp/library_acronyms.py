"""An organisation's acronym and its full name joined across a library's documents.

Why: one article writes "Advanced Micro Devices (AMD)" and the next only "AMD"; the
document resolution joins the two inside the first article, but the second then files
"AMD" as an entity of its own, and the Entities table shows one company twice. The
library already knows they are one: the full name's entity holds the acronym among its
aliases (the two were joined in a document), and its initials agree with the acronym.
A bare acronym in a new document then takes that full name, when the library gives the
acronym one full name only ("AP" the news agency and "AP" a party stay apart).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from workbench.core.models import Analysis
from workbench.nlp.acronym_letters import stands_for
from workbench.nlp.names import is_acronym, name_tokens

ACRONYM_LABEL = "ORG"
"""Only organisations: a person's initials ("JFK") and a place's ("US") are read elsewhere."""


@dataclass
class LibraryAcronyms:
    """Acronym -> the full organisation names the library joined it to."""

    full_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def note(self, name: str, label: str, aliases: Iterable[str]) -> None:
        """Record the acronyms among an entity's aliases (or mention texts) it stands for."""
        if label != ACRONYM_LABEL or " " not in name:
            return
        tokens = name_tokens(name)
        for alias in aliases:
            if alias != name and is_acronym(alias) and stands_for(alias, tokens):
                self.full_names[alias.replace(".", "")].add(name)

    def observe(self, analysis: Analysis) -> None:
        """Learn the acronyms a document just saved joined to full names."""
        for mention in analysis.mentions:
            if mention.field == "text":
                self.note(mention.entity, mention.label, (mention.text,))

    def full_name(self, acronym: str) -> str | None:
        """The one full name the library gives ``acronym``, else None."""
        names = self.full_names.get(acronym.replace(".", ""), set())
        return next(iter(names)) if len(names) == 1 else None

    def apply(self, analysis: Analysis) -> Analysis:
        """``analysis`` with each organisation written only as a known acronym renamed to
        the library's full name (the mention text stays as written)."""
        renames = {}
        for mention in analysis.mentions:
            if mention.label == ACRONYM_LABEL and is_acronym(mention.entity):
                full = self.full_name(mention.entity)
                if full is not None:
                    renames[mention.entity] = full
        if not renames:
            return analysis
        mentions = tuple(replace(m, entity=renames[m.entity])
                         if m.label == ACRONYM_LABEL and m.entity in renames else m
                         for m in analysis.mentions)
        quotes = tuple(replace(q, speaker=renames[q.speaker]) if q.speaker in renames else q
                       for q in analysis.quotes)
        return replace(analysis, mentions=mentions, quotes=quotes)
