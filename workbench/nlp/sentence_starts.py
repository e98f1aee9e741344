"""Where a sentence, a line or a quotation begins, read from the characters before a
position.

Why: a capitalised word there says nothing about being a name ("Will", "From", "The"
open sentences), and many rules — resolution's repeats, job words, titles, pronouns, time
words — must tell that case apart the same way; one rule keeps them agreeing on what a
straight quotation mark opens.
"""

from __future__ import annotations


def at_sentence_start(text: str, position: int) -> bool:
    """Tell whether ``position`` begins a sentence, line or quotation.

    A straight mark opens a quotation only where it does not close one: in `"It was a
    good day," she recalls` the mark before "she" closes the quote and "she" continues
    its sentence."""
    index = position
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    if index > 0 and text[index - 1] in "\u201c\u2018(":
        return True
    if index > 0 and text[index - 1] in "\"'" and _opens_quotation(text, index - 1):
        return True
    if index > 0 and text[index - 1] in "\"'\u201d\u2019)":
        index -= 1
    return index == 0 or text[index - 1] in ".!?:\n"


def _opens_quotation(text: str, mark: int) -> bool:
    """Tell whether the straight quotation mark at ``mark`` opens (it follows a space, a
    line break, a bracket or dash, or starts the text) rather than closes."""
    return mark == 0 or text[mark - 1].isspace() or text[mark - 1] in "([{\u2014\u2013-:"
