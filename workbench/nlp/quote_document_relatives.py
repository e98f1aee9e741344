"""A document's relative clause of saying speaks for whoever issued the document.

Why: `The ministry issued a statement that said, "..."` words the same fact as `The
ministry issued a statement saying "..."` (whose speaker, the ministry, ``speakers``
already finds through the participle), but the parse reads the relative "that" as the
subject of "said" and so hands the words to "a statement". News credits a statement to
its issuer ("X said in a statement"), so the subject of the verb that issued, released or
sent the document speaks, as does an author the document's phrase names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.speaker_documents import AUTHORING_VERBS, document_author, is_document
from workbench.nlp.verb_subjects import nearest_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that put a document out, beside the verbs of authorship.
_PUTTING_OUT = AUTHORING_VERBS | frozenset(("tweet", "share", "put"))


def relative_issuer(cue: Token, head: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The author or issuer of the document ``head`` whose relative clause ``cue`` is
    (`issued a statement that said`, `a letter from the mayor that reads`); None when
    ``cue`` is no such clause or nobody who issued it is written."""
    if cue.dep_ != "relcl" or cue.head.i != head.i or not is_document(head):
        return None
    author = document_author(head)
    if author is not None:
        return author
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUTTING_OUT:
        return None
    return nearest_subject(verb, usable)
