"""A whole local-news article with alternating speakers (issue 15, session 7).

Written for this test in the style of Canadian wire copy: two women and a man quoted in
turn, pronouns after paragraph breaks, a bare quote paragraph continuing the last
speaker, a dateline. Each quote must go to the right person through the whole pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.pipeline import analyze_document

if TYPE_CHECKING:
    from spacy.language import Language

ARTICLE = """HALIFAX — Nova Scotia's largest nurses' union says staff shortages have reached \
a breaking point.

Janet Hazelton, president of the Nova Scotia Nurses' Union, said nurses are working double shifts.

"We are exhausted," she said. "Nobody can keep this up."

Health Minister Michelle Thompson said the province is hiring. She said 200 new nurses \
started this year.

"We hear the concerns," Thompson said in an interview. "We are acting on them."

Hazelton disagreed. "Hiring isn't the problem," she said. "Keeping people is."

Paul Curry, a nurse at the QEII Health Sciences Centre, said he has seen colleagues quit in tears.

"It breaks your heart," he said.

"I don't know how much longer I can do this."

"We are with the nurses," the union said in a statement on Friday.
"""


def test_each_quote_of_the_article_goes_to_its_speaker(nlp: Language) -> None:
    analysis = analyze_document("Nurses say shortages at breaking point", ARTICLE, nlp)
    speakers = [(q.text.strip('"\u201c\u201d,.'), q.speaker) for q in analysis.quotes
                if q.kind == "direct"]  # fmt: skip
    assert speakers == [
        ("We are exhausted", "Janet Hazelton"),
        ("Nobody can keep this up", "Janet Hazelton"),
        ("We hear the concerns", "Michelle Thompson"),
        ("We are acting on them", "Michelle Thompson"),
        ("Hiring isn't the problem", "Janet Hazelton"),
        ("Keeping people is", "Janet Hazelton"),
        ("It breaks your heart", "Paul Curry"),
        ("I don't know how much longer I can do this", "Paul Curry"),
        ("We are with the nurses", "Nova Scotia Nurses' Union"),
    ]
