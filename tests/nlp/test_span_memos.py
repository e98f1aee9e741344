"""Answers remembered per span of the latest text equal the ones computed afresh."""

from __future__ import annotations

from workbench.nlp.names import clean_span


def test_remembered_clean_span_equals_the_uncached_one() -> None:
    text = "The spokesman, Dr. Ann Lee's office said (es))Spanish [and] \"Ring of Fire"
    for start in range(0, len(text), 3):
        for end in range(start + 1, min(len(text), start + 30), 4):
            assert clean_span(text, start, end) == clean_span.__wrapped__(text, start, end)
            assert clean_span(text, start, end) == clean_span.__wrapped__(text, start, end)


def test_remembered_person_evidence_equals_the_uncached_one() -> None:
    from workbench.core.models import Mention
    from workbench.core.text_memo import MentionSpan
    from workbench.nlp.consistency import _person_evidence, _remembered_person_evidence
    from workbench.nlp.names import name_tokens, previous_word

    text = ("Her lawyer, Ann Lee, said Dr. Halvorsen and Ulysses S. Grant met Acme Corp. "
            "Lee of Bergen Fire and Rescue said Halvorsen died in 2001.")
    names = ["Ann Lee", "Halvorsen", "Ulysses S. Grant", "Acme Corp", "Lee", "Bergen Fire"]
    mentions = [Mention(start, start + len(name), name, label, name)
                for name in names for label in ("PERSON", "ORG")
                for start in [text.find(name)]]
    for _ in range(2):  # the second round reads the remembered answers
        for mention in mentions:
            tokens = name_tokens(mention.text)
            before = previous_word(text, mention.start)
            assert _remembered_person_evidence(text, MentionSpan(mention), tokens,
                                               before) == (
                _person_evidence(mention, text, tokens, before))
    assert any(_person_evidence(m, text, name_tokens(m.text), previous_word(text, m.start))
               for m in mentions)  # the sentences do hold evidence to remember


def test_the_vote_after_resolution_reuses_the_first_vote_s_person_evidence(monkeypatch) -> None:
    """The second label vote reads the same spans with resolved entities: no new answers."""
    from dataclasses import replace

    from workbench.core.models import Mention
    from workbench.nlp import consistency

    weighed: list[str] = []
    person_evidence = consistency._person_evidence

    def counted(mention: Mention, *args: object) -> float:
        weighed.append(mention.text)
        return person_evidence(mention, *args)

    monkeypatch.setattr(consistency, "_person_evidence", counted)
    text = "Her lawyer, Ann Lee, met Dr. Halvorsen. Lee said Halvorsen agreed."
    mentions = [Mention(start, start + len(name), name, "PERSON", name)
                for name, start in [("Ann Lee", 12), ("Halvorsen", 29), ("Lee", 40),
                                    ("Halvorsen", 49)]]
    first = consistency.vote_labels(mentions, text)
    assert len(weighed) == len(mentions)
    resolved = [replace(m, entity="Ann Lee" if "Lee" in m.text else "Halvorsen") for m in first]
    assert consistency.vote_labels(resolved, text, consistency.by_entity) == resolved
    assert len(weighed) == len(mentions)


def test_kept_canonical_name_equals_a_fresh_one() -> None:
    from workbench.nlp.names import canonical_name

    for surface in ["the Beatles", "Trump's", "  Ann   Lee ", 'Pacific "Ring of Fire',
                    "(es))Spanish", "Later Cuomo", "The White House"]:
        assert canonical_name(surface) == canonical_name.__wrapped__(surface)
        assert canonical_name(surface) == canonical_name.__wrapped__(surface)


def test_canonical_name_keeps_the_documents_remembered_spans(monkeypatch) -> None:
    """A name's canonical form is no document: making one between two cleanings of the
    same span must not drop the document's remembered answers."""
    from workbench.nlp import names

    text = "Reporters asked the mayor, Ann Lee's deputy, about it."
    first = names.clean_span(text, 19, 37)
    names.canonical_name("the Unremembered Name Co's")
    monkeypatch.setattr(names, "_longest_line", _fail_if_computed)
    assert names.clean_span(text, 19, 37) == first


def _fail_if_computed(*_args: object) -> tuple[int, int]:
    raise AssertionError("clean_span computed a span it had remembered")


def test_the_vote_after_resolution_reads_each_span_s_context_once(monkeypatch) -> None:
    """The words around a span (an organisation's noun, "city of", a verb of saying) are
    read by the first vote only: the second weighs the same spans, their entities changed."""
    from dataclasses import replace

    from workbench.core.models import Mention
    from workbench.nlp import consistency

    read: list[str] = []
    organisation_context = consistency._organisation_context

    def counted(mention: Mention, *args: object) -> float:
        read.append(mention.text)
        return organisation_context(mention, *args)

    monkeypatch.setattr(consistency, "_organisation_context", counted)
    text = "Retailer Best Buy hired Ann Lee. Lee said Best Buy agreed, said Halvorsen."
    mentions = [Mention(start, start + len(name), name, label, name)
                for name, label, start in [("Best Buy", "PERSON", 9), ("Ann Lee", "PERSON", 24),
                                           ("Lee", "ORG", 33), ("Best Buy", "ORG", 42),
                                           ("Halvorsen", "PERSON", 64)]]
    first = consistency.vote_labels(mentions, text)
    assert [m.label for m in first] == ["ORG", "PERSON", "PERSON", "ORG", "PERSON"]
    assert len(read) == len(mentions)
    resolved = [replace(m, entity="Ann Lee" if "Lee" in m.text else m.text) for m in first]
    assert consistency.vote_labels(resolved, text, consistency.by_entity) == resolved
    assert len(read) == len(mentions) + 2  # the two relabelled: "Best Buy", "Lee"


def test_remembered_context_votes_still_read_the_document_s_names() -> None:
    """The document's surnames and lists are read afresh for a remembered span: "Lee" is a
    surname only beside "Ann Lee", and a list votes only between two people."""
    from workbench.core.models import Mention
    from workbench.nlp.consistency import _context_votes

    text = "Visitors Ann Lee, Lee and Bo Chen came."
    lee = Mention(18, 21, "Lee", "ORG", "Lee")
    assert _context_votes(lee, text, (set(), set()), [], []) == {}
    assert _context_votes(lee, text, ({"Lee"}, {"Ann", "Lee"}), [], []) == {"PERSON": 2.0}
    listed = "Met Bo Chen, Cy Ray and Jo Kim."
    ray = Mention(13, 19, "Cy Ray", "ORG", "Cy Ray")
    assert _context_votes(ray, listed, (set(), set()), [], []) == {}
    assert _context_votes(ray, listed, (set(), set()), [(4, 11), (24, 30)], []) == {"PERSON": 2.0}
    assert _context_votes(ray, listed, (set(), set()), [], []) == {}
