"""Which quoted fragments of one sentence are one quotation (issue 15).

Short fragments of one clause with no verb or attribution between them are one statement
(`called him a "nasty guy," an "anchor baby" and "sick."`); a sentence or clause break
between them, or a fragment that opens a sentence of its own, keeps them apart.
"""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct, direct_texts


def test_fragments_of_one_clause_are_one_quote(nlp: Language) -> None:
    text = 'The senator called his rival a "nasty little man," a "coward" and "totally unfit."'
    assert direct_texts(nlp, text) == ['"nasty little man," a "coward" and "totally unfit."']


def test_a_stop_outside_the_marks_ends_the_quote(nlp: Language) -> None:
    text = (
        'The minister called the deal "null and void and illegal". "The agreement ignores '
        'our islands entirely," she told reporters on Friday.'
    )
    assert len(direct_texts(nlp, text)) == 2


def test_a_semicolon_between_fragments_keeps_them_apart(nlp: Language) -> None:
    text = (
        'He called the minister "a model of honesty for me"; however, "to remove any '
        'doubts about our trust in the president, I wrote a letter," he said.'
    )
    assert len(direct_texts(nlp, text)) == 2


def test_a_fragment_opening_its_own_sentence_is_not_joined(nlp: Language) -> None:
    text = (
        'Schumer said they had pleaded "for the workers held hostage" and "So we told '
        'the president we needed the government open."'
    )
    assert len(direct_texts(nlp, text)) == 2


def test_a_fragment_whose_capital_the_writer_lowered_opens_a_sentence(nlp: Language) -> None:
    text = (
        'Zoe said the roof fell in and "everyone started screaming", and "[i]t felt like '
        'the end of the world" for a moment.'
    )
    assert len(direct_texts(nlp, text)) == 2


def test_two_long_fragments_stay_apart_and_share_the_speaker(nlp: Language) -> None:
    text = (
        'The ministers said the border deal was "null and void" and "ignores the rights '
        'of every island state in the region."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.text for q in quotes] == [
        '"null and void"',
        '"ignores the rights of every island state in the region."',
    ]
    assert quotes[0].speaker_text == quotes[1].speaker_text == "The ministers"


def test_a_list_of_labels_ending_in_a_long_one_is_one_quote(nlp: Language) -> None:
    text = (
        'The senator called his rival a "coward," a "bully" and a "man who has never told '
        'the truth in his life."'
    )
    assert direct_texts(nlp, text) == [text[text.index('"coward') :]]


def test_a_stop_inside_the_marks_then_a_capital_ends_the_quote(nlp: Language) -> None:
    text = 'He said the dam "will flood the valley." Then "everything changes," she said.'
    assert direct_texts(nlp, text) == ['"will flood the valley."', '"everything changes,"']
