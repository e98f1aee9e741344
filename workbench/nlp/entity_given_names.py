"""A given name alone that the model read as something else, joined to the one person
the text names in full with it ("Jonah Pratt" ... "[Jonah] works for Intel": ORG).

Why: news names a person in full once and then, in features and local stories, by the
given name alone. The small model reads a lone unfamiliar given name by where it stands,
often as an organisation, so the Entities page showed "Jonah" as an organisation beside
the person "Jonah Pratt" (issue 15). ``resolution.late_surnames`` does this for a lone
surname; the given name gets the same care once labels are final. A known place keeps
its label ("Georgia" beside "Georgia Lund"), a word the text writes as a company's
("Ford shares") stays a company, and a given name two people of the text share stays
as it is: the text does not say which of them it is. The full name must be shaped like a
person's (``person_shaped``): a product the model read as a person ("Mac App Store",
"Mac OSX") lends its first word to nobody.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.entity_name_shaped_people import person_shaped
from workbench.nlp.gazetteer import lookup

_MAYBE_GIVEN_NAME = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC"})
"""Labels a lone given name is misread as; a nationality or place word is left alone."""


def late_given_names(mentions: Sequence[Mention],
                     companies: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` with each lone given name read otherwise made a mention of the one
    person whose full name it begins (see the module docstring)."""
    people: defaultdict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        words = mention.entity.split()
        if mention.label == "PERSON" and len(words) > 1 and person_shaped(mention.entity):
            people[words[0]].add(mention.entity)
    if not people:
        return list(mentions)
    return [replace(m, label="PERSON", entity=next(iter(people[m.text])))
            if m.label in _MAYBE_GIVEN_NAME and m.field == "text" and " " not in m.text
            and len(people.get(m.text, ())) == 1 and m.text not in companies
            and lookup(m.text) is None else m
            for m in mentions]
