"""Teach spaCy's tokenizer the title and province abbreviations of North American news.

Why: the English tokenizer knows "Gov." and "Sen." but splits "Const.", "Capt.",
"Sgt.", "Det.", "Insp." or "Lt." into a word and a full stop. The parser then
often ends a sentence at that stop, so "said Capt. Mary Jones" loses its
speaker and "Det." comes back as a PERSON of its own. Police and military ranks
and Canadian province abbreviations are everyday words in Canadian and US
outlets, so they are kept whole as one token, as spaCy already does for "Gov.", and so
is a surname prefix set apart from its surname ("O' Leary").
A whole token is not enough for the parser, which still ends sentences at
"Capt." some of the time; ``mark_title_sentences`` runs before it and says that
no sentence starts right after a title, nor at a title that follows a word.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Token

# police ranks (Canada: Const./Cst., Supt., Insp.; US: Det., Sgt., Lt.), military ranks,
# then civic and courtesy titles
TITLE_ABBREVIATIONS = tuple(
    "Const. Cst. Cpl. Sgt. Det. Insp. Supt. Lt. Capt. Cmdr. "
    "Col. Maj. Brig. Cdr. Pte. Pvt. Spc. Sgt.-Maj. Lt.-Col. Det.-Sgt. Det.-Const. Det.-Insp. "
    "Ald. Coun. Cllr. Atty. Amb. Hon. Fr. Msgr. Lt.-Gov. Asst. Dep.".split()
)
# "Man." (Manitoba) is left out: it also ends sentences ("Iron Man.").
PROVINCE_ABBREVIATIONS = tuple("Ont. Que. Alta. Sask. Nfld. B.C. N.S. N.B. P.E.I. N.W.T.".split())
NAME_SUFFIXES = ("Sr.",)
# an Irish surname's prefix written apart from the surname ("Michael O' Leary", as
# tokenised news corpora and some wires print it): split into "O" and "'", it leaves the
# model "Michael O'" as a person and "Leary" as a place, and the speaker is lost
NAME_PREFIXES = ("O'", "O\u2019")
# titles spaCy already keeps whole, which the sentence rule below needs as well
SPACY_TITLES = tuple("Mr. Mrs. Ms. Dr. Gov. Sen. Rep. Gen. Adm. Prof. Rev.".split())

TITLE_COMPONENT = "title_sentences"
SENTENCE_ENDS = frozenset(".!?\"'\u201d\u2019)")
_TITLES = frozenset(TITLE_ABBREVIATIONS + SPACY_TITLES)


def add_first_component(nlp: Language, name: str, mark: Callable[[Doc], Doc]) -> Language:
    """Register ``mark`` as spaCy component ``name`` once per process and put it first in
    ``nlp`` once: sentence rules must run before the parser reads the sentence starts."""
    from spacy.language import Language as SpacyLanguage

    if name not in nlp.pipe_names:
        if name not in SpacyLanguage.factories:
            SpacyLanguage.component(name, func=mark)
        nlp.add_pipe(name, first=True)
    return nlp


def mark_title_sentences(doc: Doc) -> Doc:
    """Forbid sentence starts after a title ("Capt. | Mary") and at one after a word.

    Titles are found in the token array by their string ids: this runs on every token
    of every text, and making two ``Token`` objects per token to read their texts cost
    more than the rule; only the tokens beside a title are made."""
    from spacy.attrs import ORTH

    titles = _title_ids()
    orths = doc.to_array(ORTH).tolist()
    for i in range(1, len(orths)):
        if orths[i - 1] in titles and not doc[i].is_space:
            doc[i].is_sent_start = False
        elif orths[i] in titles and not _ends_sentence(doc[i - 1]):
            doc[i].is_sent_start = False
    return doc


@functools.cache
def _title_ids() -> frozenset[int]:
    """The string ids (hashes, the same in every vocabulary) of the titles."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(title) for title in _TITLES)


def _ends_sentence(token: Token) -> bool:
    """True when a sentence may end at ``token`` (a stop, a closing mark or a line break)."""
    return token.is_space or token.text[-1] in SENTENCE_ENDS
