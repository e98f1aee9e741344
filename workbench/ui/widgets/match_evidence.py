"""How a suggested match is shown: its place in the list and what it shares, not a raw score.

The suggestion search orders documents by its candidate search and keeps that order
(``core/claim_matching``), so the per-match scores shown beside the list were not
monotone (0.35, 0.12, 0.11, 0.14 …) and read as a ranking that was not there. The GUI
shows the match's place in the list instead ("#2"), which is what the order means, and
a tooltip with the evidence the records hold: the names and words the match shares with
the claim. The score itself stays in the tooltip's last line, for the curious.
"""

from __future__ import annotations

from collections.abc import Iterable


def rank_text(position: int) -> str:
    """The match's place in the shown list, 1-based ("#1")."""
    return f"#{position + 1}"


def evidence_tooltip(position: int, total: int, shared_names: Iterable[str],
                     matched_words: Iterable[str], score: float) -> str:
    """Why this match is listed, from what the record holds (plain text, one fact a line)."""
    lines = [f"Match {position + 1} of {total}, in the order the search found them."]
    names = [name for name in shared_names if name]
    words = [word for word in matched_words if word]  # the search's sorted, distinct words
    lines.append(f"Shared names: {', '.join(names)}" if names else "No shared names.")
    if words:
        lines.append(f"Shared words: {', '.join(words)}")
    lines.append(f"Match score {score:.2f} (not comparable between documents of one list).")
    return "\n".join(lines)

