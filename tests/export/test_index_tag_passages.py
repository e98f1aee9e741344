"""index.md's tag list says where a tagged passage is, not only how many there are.

An analyst who tags a passage (not the whole document) opened the index and
read "1 passage" with no way to reach it: only documents tagged whole were linked.
"""

from __future__ import annotations

from workbench.export.markdown_index import NoteSummary, render_index
from workbench.export.markdown_links import NoteLinks


def _summary(doc_id: int, title: str, tags: tuple[str, ...],
             span_tags: tuple[str, ...]) -> NoteSummary:
    return NoteSummary(doc_id=doc_id, title=title, source=None, published="2024-03-0" + str(doc_id),
                       counts={}, link_ids=frozenset(), entities=frozenset(), tags=tags,
                       span_tags=span_tags)


def _tag_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("- Tag #"))


def test_a_tagged_passage_links_the_document_it_is_in() -> None:
    summaries = [_summary(1, "Council budget vote", ("budget",), ()),
                 _summary(2, "Mayor defends tax plan", (), ("budget", "budget"))]
    line = _tag_line(render_index(summaries, NoteLinks({1: "Council", 2: "Mayor"})))
    assert "1 document: [Council budget vote](Council.md)" in line
    assert "2 passages in [Mayor defends tax plan](Mayor.md)" in line


def test_a_document_tagged_whole_and_in_a_passage_is_named_in_both() -> None:
    summaries = [_summary(1, "Council budget vote", ("budget",), ("budget",))]
    line = _tag_line(render_index(summaries, NoteLinks({1: "Council"})))
    assert line == ("- Tag #budget — 1 document: [Council budget vote](Council.md);"
                    " 1 passage in [Council budget vote](Council.md)")


def test_a_tag_only_on_passages_does_not_count_zero_documents() -> None:
    summaries = [_summary(1, "Council budget vote", (), ("budget",))]
    line = _tag_line(render_index(summaries, NoteLinks({1: "Council"})))
    assert line == "- Tag #budget — 1 passage in [Council budget vote](Council.md)"
