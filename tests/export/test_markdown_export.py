"""The Markdown export: structure, links that resolve, hostile input made inert, determinism."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.export.conftest import EVIL, HOSTILE_TITLES, Library
from tests.export.rendering import (
    assert_inert,
    exported_files,
    facts,
    python_markdown,
    renderings,
    resolve_link,
    split_front_matter,
)
from workbench.core.progress import Progress
from workbench.export.formats import ExportOutput
from workbench.operations.exporting import (
    ExportRequest,
    note_markdown,
    note_preview,
    run_export,
    select_documents,
)
from workbench.store import Store


def export_markdown(
    store: Store,
    folder: Path,
    *,
    doc_ids: list[int] | None = None,
    wikilinks: bool = False,
    progress: Progress | None = None,
) -> ExportOutput:
    selected = tuple(doc_ids) if doc_ids is not None else None
    return run_export(store, ExportRequest("markdown", folder, selected, None, wikilinks), progress)

WIKILINK = re.compile(r"\[\[([^\]|#]+)(?:#\^([\w-]+))?\|[^\]]*\]\]")


@pytest.fixture
def exported(library: Library, tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    result = export_markdown(library.store, folder)
    assert not result.cancelled and result.documents == len(library.docs)
    return folder


def notes(folder: Path) -> list[Path]:
    return [p for p in exported_files(folder)
            if p.name not in ("index.md", "claims.md", "timeline.md")]


def note_titled(folder: Path, title: str) -> str:
    for path in notes(folder):
        text = path.read_text(encoding="utf-8")
        if split_front_matter(text)[0]["title"] == title:
            return text
    raise AssertionError(f"no note titled {title!r}")


def test_one_note_per_document_plus_index_and_claims(exported: Path, library: Library) -> None:
    assert len(notes(exported)) == len(library.docs)
    assert (exported / "index.md").is_file() and (exported / "claims.md").is_file()
    assert not [p for p in exported_files(exported) if p.name.startswith(".")]


def test_names_are_safe_and_stay_inside_the_folder(exported: Path) -> None:
    names = [p.name for p in notes(exported)]
    assert "etc passwd.md" in names and "_CON.md" in names and "a b.md" in names
    assert "🙂 Emoji news 🙂.md" in names
    assert "Same title (6).md" in names and "same TITLE (7).md" in names
    assert all(len(n.encode()) < 255 for n in names)
    assert sorted(p.name for p in exported.parent.iterdir()) == ["notes"]


def test_front_matter_parses_as_yaml_with_the_metadata(exported: Path, library: Library) -> None:
    data, _ = split_front_matter((exported / "etc passwd.md").read_text(encoding="utf-8"))
    assert data["title"] == "../../etc/passwd"
    assert data["workbench_id"] == library.docs[0]
    assert data["url"] == "https://news.example/a?b=1&c=(2)"
    assert data["tags"] == ["topic/sanctions"]
    assert data["entities"][:2] == ["<b>Evil</b> [Corp](javascript:x)", "Kim Jong Un"]
    assert split_front_matter(note_titled(exported, EVIL))[0]["source"] == "Wire <i>"
    con, _ = split_front_matter((exported / "_CON.md").read_text(encoding="utf-8"))
    assert "url" not in con  # javascript: is not a web address


def test_note_structure(exported: Path) -> None:
    _, body = split_front_matter((exported / "etc passwd.md").read_text(encoding="utf-8"))
    found = facts(python_markdown(body))
    headings = [(tag, attrs) for tag, attrs in found.tags if tag in ("h1", "h2")]
    assert [t for t, _ in headings] == ["h1", "h2", "h2", "h2"]
    html = python_markdown(body)
    assert "<h1>../../etc/passwd</h1>" in html
    assert (
        html.index("Highlights, notes and claims")
        < html.index("Quotes by speaker")
        < html.index("<h2>Entities</h2>")
    )
    assert "claim-1" in found.ids
    # The note is on a highlighted passage: counted as both (it read "0 highlights · 1 note").
    assert "1 highlight · 1 note · 1 claim · 3 links · 3 quotes" in found.plain
    assert "Matthew Miller (1)" in found.plain and "Unattributed (1)" in found.plain


def test_reading_order_interleaves_highlights_and_claims(exported: Path) -> None:
    body = note_titled(exported, EVIL)
    headings = ("### Claim: sanctions are coming", "### Highlight: ", "### Claim: there would be")
    positions = [body.index(h) for h in headings]
    assert positions == sorted(positions)


def test_every_relative_link_resolves_to_a_file_and_anchor(exported: Path) -> None:
    checked = 0
    for path in exported_files(exported):
        for href in facts(python_markdown(path.read_text(encoding="utf-8"))).hrefs:
            if href.startswith(("http://", "https://", "mailto:")):
                continue
            target, anchor = resolve_link(exported, href)
            assert target.is_file(), (path.name, href)
            if anchor:
                assert anchor in facts(python_markdown(target.read_text())).ids, (path.name, href)
            checked += 1
    assert checked > 20


def test_obsidian_wikilinks_resolve_to_notes_and_block_ids(
    library: Library, tmp_path: Path
) -> None:
    export_markdown(library.store, tmp_path, wikilinks=True)
    found = 0
    for path in exported_files(tmp_path):
        text = path.read_text(encoding="utf-8")
        assert all(h.startswith("https://") for h in facts(python_markdown(text)).hrefs)
        for name, block in WIKILINK.findall(text):
            target = tmp_path / f"{name}.md"
            assert target.is_file(), name
            if block:
                assert re.search(rf" \^{block}$", target.read_text(), re.MULTILINE), block
            found += 1
    assert found > 10


def test_hostile_text_is_inert_in_every_renderer(exported: Path) -> None:
    for path in exported_files(exported):
        text = path.read_text(encoding="utf-8")
        for rendered in renderings(text):
            assert_inert(rendered)
        plain = facts(python_markdown(text)).plain
        if path.name == "etc passwd.md":
            assert "<script>alert(1)</script>" in plain  # shown, not run
            assert "[x](javascript:alert(1))" in plain


def test_claims_overview_shows_same_and_contradicts(exported: Path) -> None:
    html = python_markdown((exported / "claims.md").read_text(encoding="utf-8"))
    found = facts(html)
    assert "4 claims in 3 documents" in found.plain
    assert "Account A — the same claim in 2 documents" in found.plain
    assert "contradicts Account C" in found.plain and "supported by Account B" in found.plain
    assert "is the same claim as" in found.plain


def test_index_lists_documents_tags_and_counts(exported: Path, library: Library) -> None:
    found = facts(python_markdown((exported / "index.md").read_text(encoding="utf-8")))
    assert f"{len(library.docs)} documents" in found.plain
    assert "Tag #topic/sanctions — 2 documents" in found.plain
    assert "claims.md" in found.hrefs
    assert not [t for t, _ in found.tags if t == "h1"][1:]


def test_exports_are_byte_identical(library: Library, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    export_markdown(library.store, first)
    export_markdown(library.store, second)
    export_markdown(library.store, first)
    assert [p.name for p in exported_files(first)] == [p.name for p in exported_files(second)]
    for path in exported_files(first):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_cancel_keeps_whole_notes_and_skips_the_overview(library: Library, tmp_path: Path) -> None:
    progress = Progress()
    progress.on_update = lambda p: p.cancel() if p.done >= 2 else None
    result = export_markdown(library.store, tmp_path, progress=progress)
    assert result.cancelled and result.documents == 2
    assert len(exported_files(tmp_path)) == 2


def test_selection_by_document_and_tag(library: Library, tmp_path: Path) -> None:
    ids = select_documents(library.store, tag="topic")
    assert ids == [library.docs[0], library.docs[7]]
    export_markdown(library.store, tmp_path, doc_ids=ids)
    assert len(exported_files(tmp_path)) == 5  # two notes, index.md, claims.md, timeline.md
    body = (tmp_path / "etc passwd.md").read_text()
    assert "(not exported)" in body  # the supporting claim's document is left out
    with pytest.raises(LookupError):
        select_documents(library.store, tag="no such tag")
    assert select_documents(library.store, ["CON"]) == [library.docs[1]]


def test_preview_is_sanitised_html(library: Library) -> None:
    html = note_preview(library.store, library.docs[0])
    assert_inert(html)
    found = facts(html)
    assert "<script" not in html and "<img" not in html
    assert all(a.get("rel") == "noopener noreferrer" for a in found.named("a"))
    assert all(h.startswith(("http", "mailto")) for h in found.hrefs)
    assert "^claim-" not in found.plain and "../../etc/passwd" in found.plain


def test_preview_matches_the_exported_note(library: Library, exported: Path) -> None:
    note = note_markdown(library.store, library.docs[0])
    assert note == (exported / "etc passwd.md").read_text(encoding="utf-8")
    assert len(HOSTILE_TITLES) == len(library.docs)
