"""A person the model reads across a slash is cut to the name before it.

Why: television newsrooms publish scripts with their on-screen captions, a name and a
role joined by a slash (`David Soares/Albany County District Attorney:`), and the small
model tags the name and the role's first words as one person ("David Soares/Albany
County District"). No personal name holds a slash, so the person is the words before it;
without the cut the quote after the caption resolves to the misread name, and the
article's other "Soares" mentions to it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.names import canonical_name


def cut_at_slash(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person that runs over a slash cut to the name before it."""
    return [_before_slash(m) if m.label == "PERSON" else m for m in mentions]


def _before_slash(mention: Mention) -> Mention:
    name = mention.text.split("/", 1)[0].rstrip()
    if name == mention.text or len(name.split()) < 2:
        return mention
    return replace(
        mention, end=mention.start + len(name), text=name, entity=canonical_name(name)
    )
