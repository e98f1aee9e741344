"""Date and time mentions are named once: the entity pass names its own, the pipeline
names only what time detection added or cut afterwards."""

from __future__ import annotations

from dataclasses import replace

from tests.nlp.entity_support import tag
from workbench.core.models import Analysis
from workbench.nlp.pipeline import _with_new_times_tidied

TEXT = "Yesterday the 2019-nCoV count rose; NOW the ministry waits for Labor day."


def test_only_mentions_time_detection_added_are_named_and_codes_among_them_dropped() -> None:
    named = replace(tag(TEXT, "Yesterday", "DATE"), entity="yesterday")
    entities = Analysis(mentions=(named,))
    added = (tag(TEXT, "2019-nCoV", "DATE"), tag(TEXT, "NOW", "DATE"),
             tag(TEXT, "Labor day", "DATE"), tag(TEXT, "ministry", "ORG"))
    valued = Analysis(mentions=(named, *added))
    result = _with_new_times_tidied(valued, entities)
    assert [(m.text, m.entity) for m in result.mentions] == [
        ("Yesterday", "yesterday"), ("NOW", "now"), ("Labor day", "Labor Day"),
        ("ministry", "ministry")]


def test_a_mention_the_entity_pass_named_is_not_named_again() -> None:
    kept = replace(tag(TEXT, "Yesterday", "DATE"), entity="Yesterday (as the library has it)")
    result = _with_new_times_tidied(Analysis(mentions=(kept,)), Analysis(mentions=(kept,)))
    assert result.mentions == (kept,)
