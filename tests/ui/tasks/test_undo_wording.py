"""Edit → Undo/Redo read as Title-Case verb phrases, and every store label kind is covered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.ui.tasks.undo_wording import undo_wording

STORE = Path(__file__).resolve().parents[3] / "workbench" / "store"
SMALL = {"of", "with", "to", "into", "as", "for"}
# The literal start of a history label: the first argument of record_action, or a label = … line.
LABEL_START = re.compile(
    r'(?:record_action\(\s*|label = \(?\s*|else )f?"([A-Z][^"{(]*)', re.MULTILINE)


def _template_heads() -> set[str]:
    heads = set()
    for source in STORE.glob("*.py"):
        for match in LABEL_START.finditer(source.read_text(encoding="utf-8")):
            head = match[1].strip()
            if re.match(r"[A-Z][a-z]", head):
                heads.add(head)
    return heads


def test_the_scan_finds_the_store_labels() -> None:
    heads = _template_heads()
    assert {"Rate evidence", "Tag span", "Highlight", "Merge tag"} <= heads
    assert len(heads) > 40


@pytest.mark.parametrize("head", sorted(_template_heads()))
def test_every_store_label_kind_gets_title_case(head: str) -> None:
    worded = undo_wording(f"{head} xyz")
    words = worded[: len(head)].split()
    assert all(w[0].isupper() or w in SMALL for w in words), worded
    assert worded.endswith(" xyz"), "the analyst's own words are never re-cased"


@pytest.mark.parametrize(("label", "menu"), [
    ("Rate evidence II", "Rate Evidence as II"),
    ("Rate evidence CC", "Rate Evidence as CC"),
    ("Rate evidence “the army” as II", "Rate Evidence “the army” as II"),
    ("Grade source “Wire One” as C", "Grade Source “Wire One” as reliability C"),
    ("Clear rating", "Clear Rating"),
    ("Grade source Reuters B", "Grade Source Reuters as reliability B"),
    ("Grade claim 12 3", "Grade Claim 12 as credibility 3"),
    ("Grade document 4 B2", "Grade Document 4 as B2"),
    ("Clear grade of claim 12", "Clear Grade of Claim 12"),
    ("Tag span with topics/army", "Tag Span with topics/army"),
    ("Merge tag a/b into a/c", "Merge Tag a/b into a/c"),
    ("Merge iPhone, Iphone into iPhone", "Merge iPhone, Iphone into iPhone"),
    ("Rename al-Assad to Bashar al-Assad", "Rename al-Assad to Bashar al-Assad"),
    ("Mark claim disputed", "Mark Claim disputed"),
    ("Link claims (supports)", "Link Claims (supports)"),
    ("New analysis 'who shelled the dam?'", "New Analysis 'who shelled the dam?'"),
    ("Re-attach annotation", "Re-attach Annotation"),
    ("Rate evidence “Army moved troops” II", "Rate Evidence “Army moved troops” as II"),
    ("Grade source “Wire One” C", "Grade Source “Wire One” as reliability C"),
    ("Grade claim “it will rain” 3", "Grade Claim “it will rain” as credibility 3"),
    ("Grade claim “it will rain” as 2", "Grade Claim “it will rain” as credibility 2"),
    ("Grade document “Border report” as B", "Grade Document “Border report” as reliability B"),
    ("Delete claim “Russia will respond to any provocation…”",
     "Delete Claim “Russia will respond to any provocation…”"),
    ("Tag span “the army moved” with x", "Tag Span “the army moved” with x"),
    ("Tag document “Border report” with region/east",
     "Tag Document “Border report” with region/east"),
    ("Mark claim “Kyiv fell” as disputed", "Mark Claim “Kyiv fell” as disputed"),
    ("Reject suggestion for “Kyiv fell”", "Reject Suggestion for “Kyiv fell”"),
    ("something new", "Something new"),
])
def test_labels_read_as_verb_phrases(label: str, menu: str) -> None:
    assert undo_wording(label) == menu


def test_the_edit_menu_shows_the_wording(qtbot, library, open_window) -> None:
    window = open_window(library)
    window.workspace.actions.undo_labels_changed.emit("Rate evidence II", "Tag span with a/b")
    assert window.actions["undo"].text().endswith("Undo Rate Evidence as II")
    assert window.actions["redo"].text().endswith("Redo Tag Span with a/b")


def test_the_edit_menu_names_the_object_of_a_real_action(qtbot, library, make_document,
                                                         open_window) -> None:
    text = "Officials said the army moved troops to the border overnight."
    doc = make_document(library, "Border report", text)
    start = text.index("the army")
    claim, _ = library.claims.add_claim(doc, start, start + len("the army moved troops"))
    analysis = library.ach.create_analysis("Is an attack coming?", ["Yes", "No"]).ids[0]
    evidence = library.ach.add_evidence(analysis, claim).ids[0]
    hypothesis = library.ach.get_analysis(analysis).hypotheses[0].id
    library.ach.rate(evidence, hypothesis, "II")
    window = open_window(library)
    window.workspace.actions.refresh_undo_labels()
    menu = window.actions["undo"].text()
    assert menu.endswith("Undo Rate Evidence “the army moved troops” as II")
