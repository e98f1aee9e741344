"""Whether the first line of a file, or a document's first paragraph, is its headline."""

from __future__ import annotations

import re

from workbench.core.saying_verbs import PERSON_AFTER_WORDS
from workbench.core.sentences import sentence_spans
from workbench.ingest.articles import MAX_TITLE_LINE_CHARS
from workbench.ingest.dateline import detect_dateline

_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*$")
_FULL_STOP_END = re.compile(r"\.[\"”’)\]]*$")
MAX_HEADLINE_WORDS = 15
"""More words than a headline ending in a full stop takes: the shipped headlines run to 14
words and none ends so; a story's opening sentence runs to 20 or more."""
#: A quotation closed by a comma, "!" or "?" and the few words after it, where the
#: verb of saying of a reported quote stands (``"We will not back down," Doe told``).
_AFTER_CLOSED_QUOTE = re.compile(r"""[,!?]["”’]\s+((?:\S+\s+){0,4}\S+)""")
#: A verb of saying and the few words before the opening of its quotation
#: (``Doe said, "We``, ``told reporters: "We``).
_BEFORE_OPENED_QUOTE = re.compile(r"""((?:\S+\s+){0,2}\S+)\s+["“‘]""")


def reads_as_headline(line: str) -> bool:
    """Whether an opening line is short and reads as a headline, not story prose.

    Why one rule for every reader: a plain-text file's first line and a Word
    document's first paragraph are the same guess; a paragraph of the story taken
    as the title is left out of the text, never analysed nor annotatable.
    """
    return len(line.strip()) <= MAX_TITLE_LINE_CHARS and _reads_as_title(line)


def _reads_as_title(line: str) -> bool:
    """Whether a short first line reads as a headline rather than a paragraph of the story.

    Why: a file that opens straight with its story (``The minister said the budget
    would pass. "We will not back down," she told reporters.``) lost that paragraph to
    the title, where it was never analysed nor annotatable. A line that ends as a
    sentence ends and holds a second sentence, a quotation with its verb of saying,
    opens with a dateline (``Portsmouth - The council approved the plan.``: a story's
    lead) or runs past ``MAX_HEADLINE_WORDS`` to its full stop is prose; a headline is
    one sentence at most ("Budget passes", "Will it pass?") and its quotations go
    unattributed or end without a full stop (``"We will not back down," says Doe``).
    """
    stripped = line.strip()
    if not _SENTENCE_END.search(stripped):
        return True
    if detect_dateline(stripped) is not None:
        return False
    if _FULL_STOP_END.search(stripped) and len(stripped.split()) > MAX_HEADLINE_WORDS:
        return False
    return len(sentence_spans(stripped)) < 2 and not _quotes_a_speaker(stripped)


def _quotes_a_speaker(line: str) -> bool:
    """Whether a verb of saying stands right after a closed quotation or before an opened one."""
    runs = [*_AFTER_CLOSED_QUOTE.finditer(line), *_BEFORE_OPENED_QUOTE.finditer(line)]
    return any(word.strip(",.:").lower() in PERSON_AFTER_WORDS
               for match in runs for word in match[1].split())
