"""A verb of saying in a clause that only sets the scene of the one introducing a quote.

Why: `After Premier Smith suggested that Ottawa would sue, Prime Minister Carney fired
back: "If they sue us, they will lose."` The clause before the colon that introduces the
quotation is Carney's ("fired back" is no verb of saying the lexicon knows); the only cue
before the opening mark is "suggested", inside the "After" clause, so the words went to
Smith. A cue inside a subordinate clause ("After ...", "When ...", "As ...") that ends
before the main clause whose subject and verb lead up to the colon or comma introducing
the quote reports what happened before, not the quotation; the main clause's subject
speaks. The main verb must reach the mark (nothing but its own words between), so a
quote hung elsewhere in a long sentence keeps its cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Conjunctions that open a clause setting the scene of the main one.
_SUBORDINATORS = frozenset(
    "after when as while before since once until although though because whereas".split()
)
#: How many heads a cue climbs to the verb of its clause (a parse tree is shallow).
_CLIMB = 8
#: Marks that introduce a quotation right after its main clause.
_INTRODUCING = (":", ",")


def _scene_clause(token: Token) -> Token | None:
    """The verb of the subordinate clause holding ``token``, if any (climbing its heads)."""
    current = token
    for _ in range(_CLIMB):
        if current.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < current.i
            for c in current.children
        ):  # the parser reads "When" as a mark or an adverb
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def main_clause_verb(region: Span, mark: Token, cues: list[Token]) -> Token | None:
    """The main verb introducing the quote after ``mark`` when every cue in ``region``
    (the words before the mark) lies in a scene-setting clause that ends before that
    verb's subject; None when a cue may frame the quote as usual."""
    if mark.text not in _INTRODUCING or not cues:
        return None
    scenes = [_scene_clause(cue) for cue in cues]
    if any(scene is None for scene in scenes):
        return None
    end = max(scene.right_edge.i for scene in scenes if scene is not None)
    for verb in reversed(region):
        if verb.i <= end or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and end < c.i < verb.i]
        if subjects and _reaches(verb, mark):
            return verb
    return None


def _reaches(verb: Token, mark: Token) -> bool:
    """True when only the verb's own words (particles, adverbs) lie between it and the
    mark: `fired back forcefully:`."""
    between = verb.doc[verb.i + 1 : mark.i]
    return all(t.head.i == verb.i and t.dep_ in ("advmod", "prt", "npadvmod") for t in between)
