"""A document's quotes and claims over a stretch: read by sentence, the same as a walk."""

from __future__ import annotations

from workbench.core.claim_documents import document_data

TEXT = ("Police said the fire began at noon. \"It spread fast,\" the chief said. "
        "Nobody was hurt. The mayor said \"we will rebuild. Every house.\" Then she left.")


def _walk(items: list, start: int, end: int) -> list:
    return [item for item in items if item[0] < end and item[1] > start]


def test_quotes_and_claims_over_any_stretch_are_those_a_walk_finds() -> None:
    spread = TEXT.index('"It')
    rebuild = TEXT.index('"we')
    quotes = [(spread, spread + 15, 1, 7), (rebuild, TEXT.index("Then") - 1, 2, 9),
              (0, len(TEXT), 3, None), (TEXT.index("Nobody"), TEXT.index("Nobody") + 6, 4, 7)]
    claims = [(TEXT.index("Every"), TEXT.index("Every") + 11, 5), (0, 5, 6)]
    data = document_data("Fire", TEXT, None, [], quotes, claims)
    stretches = [*data.sentences, (0, 3), (10, 80), (len(TEXT) - 4, len(TEXT)), (3, 3)]
    for start, end in stretches:
        assert data.quotes_over(start, end) == _walk(quotes, start, end), (start, end)
        assert data.claims_over(start, end) == _walk(claims, start, end), (start, end)
    second = data.sentences[1]
    assert [q[2] for q in data.quotes_over(*second)] == [1, 3]  # in the quotes' order
