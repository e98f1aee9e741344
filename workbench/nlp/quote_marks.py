"""Pair double quotation marks into quoted spans, robustly, on plain text.

News text mixes straight and curly marks, leaves marks unbalanced and continues long
quotes over paragraphs by repeating the opening mark without closing the previous
paragraph. A single stray mark must never turn the rest of a document into a "quote",
so a span never crosses a blank line except by that continuation convention (or when the
next paragraph, with no opening mark of its own, closes it: a reopening mark left out),
and an unclosed span is either cut at its line end or dropped. Single quotes are left to
``quote_singles``: they nest inside double quotes and double as apostrophes.

Typography is evidence too: a paragraph continues a quotation only with a mark of the
same kind (straight or typeset) as the one left open, or one that closes in that kind
(mixed marks), a straight mark that never closes
in a text set in typeset marks is a stray (a pasted block, a transcript line), and a
straight mark right after "=" opens a markup attribute value (`<tweet id="...">`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.text import end_before_spaces
from workbench.nlp.quote_mark_roles import SENTENCE_ENDS, is_straight, mark_role
from workbench.nlp.quote_misplaced_marks import (
    bracket_end,
    closes_before_attribution,
    closes_short_phrase,
)
from workbench.nlp.quote_nesting import (
    ALL_MARKS,
    CLOSING,
    OPENING,
    STRAIGHT,
    outer_close_follows,
    reopened_below,
)

#: Characters to strip from a quoted span to get at its words.
MARK_CHARS = ALL_MARKS + "'`"
#: Two apostrophes (or two backticks) stand for a double mark in some wire archives, and
#: two straight marks for one in text escaped for a CSV cell and pasted (`""We did,"" X said`),
#: never an empty string written between spaces (`left the field as "" in the form`).
_MARK = re.compile(f"\"\"(?=\\w)|(?<=[\\w.,!?;:\u2026])\"\"|''|``|[{ALL_MARKS}]")
#: A single closing mark right after a sentence's or clause's last stop, where the writer
#: closed a double quotation with the wrong mark (`“We were never consulted,’ said X.`).
_SINGLE_AFTER_STOP = re.compile("[,.!?\u2026][\u2019'](?=[\\s)\\]]|$)")
#: A single mark that opens a nested quotation (or an elision such as `'90s`, which
#: makes the rule above keep off, as it should when in doubt).
_SINGLE_OPENING = re.compile("[\u2018\u201a]|(?<![\\w.,!?])['\u2019](?=\\w)")
#: A text with at least this many typeset marks (two quotations) is set in them: a
#: straight mark there that never closes is a stray (see ``_Scanner._recover``).
MIN_TYPESET_MARKS = 4

#: A recovered (unclosed) span must have at least this many words to be kept.
MIN_UNCLOSED_WORDS = 6
#: Continuation chains longer than this are cut: a runaway mark, not a speech.
MAX_CHAIN_PARTS = 30
#: A quote may run over a single (soft) line break only if it closes this soon after.
SOFT_WRAP_LIMIT = 400
#: A nested quotation and the rest of the outer one are looked for this far ahead only,
#: so a long line full of opening marks costs linear time.
NESTED_REACH = 5000
_CLOSING_MARK = re.compile(f"[{CLOSING}]")



@dataclass(frozen=True)
class MarkedSpan:
    """One quoted span in the scanned text.

    ``chain`` is shared by the paragraphs of one multi-paragraph quotation; ``closed`` is
    False when the span ends without its own closing mark (a continued paragraph, or
    recovered from an unbalanced mark); ``single`` marks a span in single quotation
    marks (``quote_singles``), which needs its own sentence's attribution to count.
    """

    start: int
    end: int
    chain: int
    closed: bool = True
    single: bool = False


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _next_line_start(text: str, pos: int) -> tuple[int, bool]:
    """Start of the next non-blank line after ``pos`` and whether a blank line was crossed."""
    nl = text.find("\n", pos)
    if nl < 0:
        return len(text), False
    j = nl + 1
    blank = False
    while True:
        k = j
        while k < len(text) and text[k] in " \t\u00a0":
            k += 1
        if k < len(text) and text[k] == "\n":
            blank = True
            j = k + 1
            continue
        return k, blank


def _closes_soon(text: str, start: int) -> bool:
    """True when the line at ``start`` closes a quote before opening one (soft wrap)."""
    end = text.find("\n", start, start + SOFT_WRAP_LIMIT)
    end = min(len(text), start + SOFT_WRAP_LIMIT) if end < 0 else end
    for match in _MARK.finditer(text, start, end):
        role = mark_role(text, match.start(), match.end())
        if role == "open":
            return False
        return True
    return False


def _attribute_end(text: str, i: int, line_end: int) -> int | None:
    """End of a markup attribute value opened by the straight mark at ``i`` (`id="7"`)."""
    if text[i] != '"' or i == 0 or text[i - 1] != "=":
        return None
    close = text.find('"', i + 1, line_end)
    return line_end if close < 0 else close + 1


def _typeset_close_on_line(text: str, match: re.Match[str] | None, line_end: int) -> bool:
    """True when the next mark is a typeset closing one on the same line: the open
    quotation has its own closing mark, so a single mark before it after a stop
    (`\u201cRain fell.\u2019 Then the sun came out,\u201d said X.`) is no wrong closing."""
    return match is not None and match.start() <= line_end and text[match.start()] in CLOSING


class _Scanner:
    """Single left-to-right pass pairing marks; state is the open mark's position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[MarkedSpan] = []
        self.open_at: int | None = None
        self.chain = 0
        self.chain_parts = 0
        self.line_end = -1  # end of the line the scan is on (found once per line)
        typeset = 0
        for char in OPENING + CLOSING:
            typeset += text.count(char)
        self.typeset = typeset >= MIN_TYPESET_MARKS

    def scan(self) -> list[MarkedSpan]:
        pos = 0
        text = self.text
        while pos < len(text):
            match = _MARK.search(text, pos)
            if pos > self.line_end:
                self.line_end = _line_end(text, pos)
            line_end = self.line_end
            if self.open_at is not None and not _typeset_close_on_line(text, match, line_end):
                limit = line_end if match is None else min(match.start(), line_end)
                closed_at = self._single_close(pos, limit)
                if closed_at is not None:
                    self._emit(self.open_at, closed_at, closed=True)
                    self.open_at = None
                    pos = closed_at
                    continue
            if self.open_at is not None and (match is None or match.start() > line_end):
                pos = self._at_line_end(line_end)
                continue
            if match is None:
                break
            if match.start() > self.line_end:
                self.line_end = _line_end(text, match.start())
            pos = self._on_mark(match.start(), match.end())
        if self.open_at is not None:
            self._recover(len(text))
        return self.spans

    def _on_mark(self, i: int, end: int) -> int:
        """Pair the mark at ``text[i:end]``; return where scanning resumes."""
        if self.open_at is None:
            attribute_end = _attribute_end(self.text, i, self.line_end)
            if attribute_end is not None:
                return attribute_end
        role = mark_role(self.text, i, end)
        if self.open_at is not None and role == "open" and self._closes_misplaced(i, end):
            role = "close"
        if self.open_at is not None and role == "open" and self._reopens_quotation(i, end):
            return self._continue_reopened(i, end)
        if self.open_at is not None and role == "open":
            nested_end = self._nested_end(i)
            if nested_end is not None:
                return nested_end
        if self.open_at is None:
            if role in ("open", "either") or self._orphan_opens(i, end):
                self._open(i)
        elif role in ("close", "either"):
            self._emit(self.open_at, end, closed=True)
            self.open_at = None
        else:
            self._recover(i, cut_by_straight=is_straight(self.text[i:end]))
            self._open(i)
        return end

    def _single_close(self, pos: int, limit: int) -> int | None:
        """End of a single closing mark before ``limit`` that closes the open double
        quotation (the wrong mark: `“Let’s go. Bring water.’`), when no single mark opened
        a quotation nested in it; else None. Only right after a stop (`,’ said`, `.’`):
        there it is no apostrophe."""
        assert self.open_at is not None
        text = self.text
        found = _SINGLE_AFTER_STOP.search(text, max(pos, self.open_at + 1), limit)
        if found is None or _SINGLE_OPENING.search(text, self.open_at + 1, found.start()):
            return None
        return found.end()

    def _closes_misplaced(self, i: int, end: int) -> bool:
        """True when the mark at ``i``, read as opening by its neighbours, closes the
        open quotation with its space on the wrong side (``quote_misplaced_marks``)."""
        assert self.open_at is not None
        text = self.text
        return closes_before_attribution(text, i, end) or closes_short_phrase(
            text, self.open_at, i, end, self.line_end
        )

    def _orphan_opens(self, i: int, end: int) -> bool:
        """True when a closing mark with no quote open is a wrong-way opening one: words
        and then a closing mark follow on its line before any opening mark (`He says,”
        there are people who never get listened to.”`). Not after a digit: `6’2”` is a
        height."""
        text = self.text
        if i > 0 and text[i - 1].isdigit():
            return False
        limit = min(self.line_end, end + NESTED_REACH)
        after = _MARK.search(text, end, limit)
        if after is None or mark_role(text, after.start(), after.end()) == "open":
            return False
        inner = text[end : after.start()]
        return any(c.isalpha() for c in inner) and not inner[-1:].isdigit()

    def _nested_end(self, i: int) -> int | None:
        """End of a curly quotation nested in an open one on the same line (`"... read
        you the question: “As you know, ...?” Forty-three, yes."`, or curly in curly where
        the writer did not switch to single marks: `“He told me “never give up,” and I
        didn’t,”`), when a mark after it can still close the outer quote or the next
        paragraph reopens it (``reopened_below``); else None."""
        assert self.open_at is not None
        text = self.text
        if text[i] not in OPENING or text[self.open_at] not in STRAIGHT + OPENING:
            return None
        line_end = min(self.line_end, i + NESTED_REACH)
        close = _CLOSING_MARK.search(text, i + 1, line_end)
        if close is None:
            return None
        after = close.end()
        closers = STRAIGHT if text[self.open_at] in STRAIGHT else CLOSING + STRAIGHT
        marks = _MARK.finditer(text, after, line_end)
        if outer_close_follows(text, marks, closers, mark_role):
            return after
        return after if reopened_below(text, self.open_at, after, self.line_end) else None

    def _reopens_quotation(self, i: int, end: int) -> bool:
        """True when the opening mark at ``i`` starts a new paragraph of the quotation left
        open, with its paragraph break lost (a feed or archive that joins paragraphs with a
        space): `“A. B. “C. D.” he said.` The open part ends a sentence right before it,
        with a mark of the same kind, and it is no quotation nested in the open one,
        which the open one's closing mark would follow (`“I froze. “Get out,” he said.”`)."""
        assert self.open_at is not None
        text = self.text
        if is_straight(text[i:end]) != is_straight(text[self.open_at]):
            return False
        before = text[self.open_at + 1 : i].rstrip()
        if not before.endswith(SENTENCE_ENDS) or not any(c.isalpha() for c in before):
            return False
        return not self._closes_outer_next(i, end)

    def _closes_outer_next(self, i: int, end: int) -> bool:
        """True when the quotation opened at ``i`` closes on its line and the next mark
        after it closes too: a nested quotation and then the rest of the outer one."""
        text = self.text
        limit = min(self.line_end, end + NESTED_REACH)
        closed = False
        for mark in _MARK.finditer(text, end, limit):
            closes = mark_role(text, mark.start(), mark.end()) != "open"
            if closed:
                return closes
            closed = closes
        return False

    def _continue_reopened(self, i: int, end: int) -> int:
        """End the open part where the lost paragraph break was and go on from the mark
        at ``i``: one quotation, one speaker, as with a break that was kept."""
        assert self.open_at is not None
        if self.chain_parts + 1 >= MAX_CHAIN_PARTS:
            self._recover(i)
        else:
            self._emit(self.open_at, end_before_spaces(self.text, i), closed=False)
            self.chain_parts += 1
        self._open(i)
        return end

    def _open(self, i: int) -> None:
        if self.chain_parts == 0:
            self.chain = i
        self.open_at = i

    def _at_line_end(self, line_end: int) -> int:
        """Decide how an open quote continues past ``line_end``; return where to resume."""
        assert self.open_at is not None
        nxt, blank = _next_line_start(self.text, line_end)
        mark = _MARK.match(self.text, nxt)
        starts_quote = (
            mark is not None
            and self.text[nxt] not in CLOSING
            and (
                is_straight(mark.group()) == is_straight(self.text[self.open_at])
                or self._closes_in_kind(mark.end())
            )
        )
        if starts_quote and mark_role(self.text, nxt, mark.end()) != "close":
            if self.chain_parts + 1 < MAX_CHAIN_PARTS:
                self._emit(self.open_at, end_before_spaces(self.text, line_end), closed=False)
                self.chain_parts += 1
                self.open_at = nxt
                return mark.end()
        elif not blank and nxt < len(self.text) and _closes_soon(self.text, nxt):
            return nxt
        elif blank and self._closed_next_paragraph(nxt):
            return self._continue_unmarked(line_end, nxt)
        self._recover(line_end)
        return line_end + 1

    def _closes_in_kind(self, start: int) -> bool:
        """True when the paragraph at ``start``, reopened with the other kind of mark, closes
        with the kind left open (`"A.` / `“B."`): mixed marks, one quotation going on.
        Closed in the other kind too, it is a new one (`“B,” a neighbour said.`)."""
        assert self.open_at is not None
        text = self.text
        for mark in _MARK.finditer(text, start, _line_end(text, start)):
            if mark_role(text, mark.start(), mark.end()) != "open":
                return is_straight(mark.group()) == is_straight(text[self.open_at])
        return False

    def _closed_next_paragraph(self, start: int) -> bool:
        """True when the paragraph at ``start`` opens with words, not a mark, and its
        first mark closes the quote left open, with a mark of the same kind (`“A.` /
        `B,” she added.`): the writer left out the mark that reopens the quotation."""
        text = self.text
        if start >= len(text) or _MARK.match(text, start):
            return False
        first = _MARK.search(text, start, _line_end(text, start))
        return (
            first is not None
            and is_straight(first.group()) == is_straight(text[self.open_at or 0])
            and first.group()[0] not in OPENING
            and mark_role(text, first.start(), first.end()) != "open"
        )

    def _continue_unmarked(self, line_end: int, start: int) -> int:
        """End this paragraph's part of the quotation and go on in the next one, as a
        paragraph that reopens with a mark does: one quotation, one speaker."""
        if self.chain_parts + 1 >= MAX_CHAIN_PARTS:
            self._recover(line_end)
            return line_end + 1
        assert self.open_at is not None
        self._emit(self.open_at, end_before_spaces(self.text, line_end), closed=False)
        self.chain_parts += 1
        self.open_at = start
        return start

    def _recover(self, limit: int, cut_by_straight: bool = False) -> None:
        """Close an unbalanced quote at ``limit`` (or where the brackets it opened in
        close: ``bracket_end``) if it reads like speech, else drop it.

        A straight mark left open in a text set in typeset marks is dropped: it is not
        how this writer quotes (a pasted block or transcript line, `"PENCE: Well, ...`).
        One cut off by another straight opening mark is kept: a straight quotation nested
        in a straight one (`"But if somebody says, "I'd like ...," you'd wonder."`)."""
        assert self.open_at is not None
        start = self.open_at
        end = end_before_spaces(self.text, limit)
        if not self.chain_parts:
            end = end_before_spaces(self.text, bracket_end(self.text, start, end))
        if self.typeset and is_straight(self.text[start]) and not cut_by_straight:
            if self.chain_parts:  # the paragraphs it continued were the same stray block
                self.spans = [s for s in self.spans if s.closed or s.chain != self.chain]
        elif self.chain_parts or len(self.text[start:end].split()) >= MIN_UNCLOSED_WORDS:
            self._emit(start, end, closed=False)
        self.open_at = None
        self.chain_parts = 0

    def _emit(self, start: int, end: int, closed: bool) -> None:
        if end - start > 1:
            self.spans.append(MarkedSpan(start, end, self.chain, closed))
        if closed:
            self.chain_parts = 0


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Return every double-quoted span in ``text``, outer marks included, in order."""
    return _Scanner(text).scan()
