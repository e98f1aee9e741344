"""Rewriting docs/quality-quotes.md keeps the sections sessions wrote by hand.

Why tested: the quote eval rewrites the doc from a template, and the hand-written session
notes (stops 52 and 53) were dropped by every held-out run before report_sections existed.
"""

from __future__ import annotations

import importlib.util
import string
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_EVAL = _ROOT / "tests" / "eval"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


report_sections = _load("report_sections")
quote_report = _load("quote_report")

TRIED = "## What was tried before issue 15 (dev numbers: F1 / speaker acc / quote-and-speaker F1)"


def test_a_written_section_goes_back_before_the_named_one_in_its_old_order():
    old = "# T\n\n## A\na\n\n## Mine 1\nx\n\n## Mine 2\ny\n\n## Z\nz\n"
    new = "# T\n\n## A\nA2\n\n## Z\nZ2\n"
    merged = report_sections.keep_written_sections(old, new, before="## Z")
    assert merged == "# T\n\n## A\nA2\n\n## Mine 1\nx\n\n## Mine 2\ny\n\n## Z\nZ2\n"


def test_nothing_written_leaves_the_new_text_alone():
    new = "# T\n\n## A\nA2\n"
    assert report_sections.keep_written_sections("# T\n\n## A\nold\n", new, "## A") == new


def test_a_missing_anchor_puts_the_written_sections_at_the_end():
    merged = report_sections.keep_written_sections("## Mine\nx\n", "## A\nb\n", "## Nope")
    assert merged == "## A\nb\n\n## Mine\nx\n"


def test_every_section_of_the_shipped_doc_survives_a_rewrite():
    doc = (_ROOT / "docs" / "quality-quotes.md").read_text(encoding="utf-8")
    template = quote_report.REPORT_TEMPLATE
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    fresh = template.format(**dict.fromkeys(fields, 0))
    assert TRIED in fresh
    merged = report_sections.keep_written_sections(doc, fresh, before=TRIED)
    headings = [heading for heading, _ in report_sections.sections(doc)]
    assert [h for h, _ in report_sections.sections(merged)] == headings
