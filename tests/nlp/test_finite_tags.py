"""One list of finite verb tags for the subject finder and the inverted-cue reader."""

from __future__ import annotations

from workbench.nlp import speaker_surface, verb_subjects


def test_inverted_cue_and_subject_finder_read_one_finite_tag_list() -> None:
    """A finite verb is the same thing to both: one that has a subject of its own and
    may invert with it ("said one attendee"); a copy could drift (say, gain "MD")."""
    assert speaker_surface.FINITE_TAGS is verb_subjects.FINITE_TAGS
    assert verb_subjects.FINITE_TAGS == {"VBD", "VBZ", "VBP"}
