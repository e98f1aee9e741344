"""Excerpts put in quotes by undo labels and merge reports never read doubled."""


def test_labels_and_merge_words_do_not_double_quotes():
    from workbench.store.labels import named
    from workbench.store.merge_words import short

    assert named('"I WON THIS ELECTION"') == " “I WON THIS ELECTION”"
    assert short("“The bridge was closed”") == "The bridge was closed"
