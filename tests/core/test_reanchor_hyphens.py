"""A hyphen that becomes a space (or a space a hyphen) inside a highlight is changed spacing.

The README promises re-anchoring through "changed spacing"; a new-user walk found
"ten-storey" → "ten storey" and "gas leak" → "gas-leak" orphaned their highlights.
"""

from __future__ import annotations

import pytest

from workbench.core.anchoring import select_span
from workbench.core.reanchor import reanchor

TEXT = (
    "Firefighters were called to a ten-storey block in the east of the city on Friday. "
    "Residents said a gas leak had been reported two days earlier.\n\n"
    "The council said the well-known landlord would face an inquiry, and 14 people were hurt."
)


@pytest.mark.parametrize(
    ("old_part", "new_part"),
    [
        ("a ten-storey block in the east", "a ten storey block in the east"),
        ("ten-storey", "ten storey"),
        ("a gas leak had been reported", "a gas-leak had been reported"),
        ("gas leak", "gas\u2011leak"),  # a no-break hyphen
        ("the well-known landlord would face", "the well known landlord would face"),
    ],
)
def test_a_hyphen_turned_space_or_back_keeps_the_highlight(old_part: str, new_part: str) -> None:
    start = TEXT.index(old_part)
    selector = select_span(TEXT, start, start + len(old_part))
    new = TEXT.replace(old_part, new_part)
    result = reanchor(selector, new, old_text=TEXT)
    assert result.anchored, result
    assert new[result.start : result.end] == new_part


@pytest.mark.parametrize(
    ("old_part", "new_part"),
    [
        ("a ten-storey block", "a twelve-storey block"),  # a changed word stays a change
        ("and 14 people were hurt", "and 14-15 people were hurt"),  # a number added
    ],
)
def test_a_changed_word_beside_a_hyphen_still_orphans(old_part: str, new_part: str) -> None:
    start = TEXT.index(old_part)
    selector = select_span(TEXT, start, start + len(old_part))
    result = reanchor(selector, TEXT.replace(old_part, new_part), old_text=TEXT)
    assert result.status == "orphaned", result
