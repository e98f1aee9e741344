"""A film's, a book's or a show's title named after its kind is a work, not a body or a place."""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.core.models import Mention
from workbench.nlp.entity_works import titled_works


def labels(text: str, *tagged: tuple[str, str]) -> dict[str, set[str]]:
    mentions = []
    for surface, label in tagged:
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, label, surface))
            start = text.find(surface, start + 1)
    found: dict[str, set[str]] = {}
    for mention in titled_works(mentions, text):
        found.setdefault(mention.entity, set()).add(mention.label)
    return found


def test_a_title_after_its_kind_of_work_is_a_work_in_every_mention() -> None:
    text = ("She wrote the 2009 novel Velmora Nights, which sold well. Velmora Nights "
            "was filmed later.")
    assert labels(text, ("Velmora Nights", "ORG")) == {"Velmora Nights": {"WORK_OF_ART"}}
    assert labels("He starred in the film Quentara last year.", ("Quentara", "GPE")) \
        == {"Quentara": {"WORK_OF_ART"}}
    assert labels("She hosts the reality television show Harbour Lane.",
                  ("Harbour Lane", "ORG")) == {"Harbour Lane": {"WORK_OF_ART"}}
    assert labels("Excerpts from Bob Dale's book Tempest were read.", ("Tempest", "PERSON")) \
        == {"Tempest": {"WORK_OF_ART"}}


def test_a_name_written_as_a_person_elsewhere_stays_a_person() -> None:
    text = "He played the judge in the film Marlowe. Marlowe said it was his best role."
    assert labels(text, ("Marlowe", "PERSON")) == {"Marlowe": {"PERSON"}}


def test_verbs_and_products_are_not_kinds_of_work() -> None:
    assert labels("Polls show Velmora ahead.", ("Velmora", "PERSON")) == {"Velmora": {"PERSON"}}
    assert labels("Actors play Velmora on stage.", ("Velmora", "PERSON")) \
        == {"Velmora": {"PERSON"}}
    assert labels("the software entitled Quillo", ("Quillo", "PRODUCT")) \
        == {"Quillo": {"PRODUCT"}}


def test_a_mention_resolved_to_a_longer_name_is_no_title() -> None:
    text = "Don Varek died. Varek's radio show Varek in the Morning aired for years."
    full = tag(text, "Don Varek", "PERSON")
    cut = tag(text, "Varek", "PERSON", 2)
    cut = Mention(cut.start, cut.end, cut.text, cut.label, "Don Varek")
    assert {m.label for m in titled_works([full, cut], text)} == {"PERSON"}


def test_the_document_pass_reads_titles_and_unplaced_acronyms() -> None:
    from workbench.nlp.entities import finalize_mentions

    text = "She starred in the film Quentara Vale. Later she hosted a show on QXT."
    raw = [tag(text, "Quentara Vale", "ORG"), tag(text, "QXT", "GPE")]
    found = {m.entity: m.label for m in finalize_mentions(raw, text, "")}
    assert found == {"Quentara Vale": "WORK_OF_ART", "QXT": "ORG"}


def test_novel_after_a_bare_article_is_an_adjective_not_a_book() -> None:
    text = ("Officials said the novel Coronavirus had spread. A novel Ebolavirus strain "
            "was also found.")
    assert labels(text, ("Coronavirus", "ORG"), ("Ebolavirus", "ORG")) \
        == {"Coronavirus": {"ORG"}, "Ebolavirus": {"ORG"}}
    assert labels("She wrote the 2009 novel Velmora, her debut novel Arlen and his novel Tove.",
                  ("Velmora", "ORG"), ("Arlen", "ORG"), ("Tove", "PERSON")) \
        == {"Velmora": {"WORK_OF_ART"}, "Arlen": {"WORK_OF_ART"}, "Tove": {"WORK_OF_ART"}}


def test_a_maker_or_a_known_company_after_a_kind_of_work_is_no_title() -> None:
    """Issue 15: the person or company that made a work, named after its kind, is no title."""
    text = "The album Taylor Swift released in 2014 sold ten million copies."
    assert labels(text, ("Taylor Swift", "PERSON")) == {"Taylor Swift": {"PERSON"}}
    assert labels("In the film Tom Hanks plays a lawyer.", ("Tom Hanks", "PERSON")) \
        == {"Tom Hanks": {"PERSON"}}
    assert labels("The documentary Netflix released in March drew crowds.",
                  ("Netflix", "ORG")) == {"Netflix": {"ORG"}}
    assert labels('She starred in the film "Harbour Lane".', ("Harbour Lane", "PERSON")) \
        == {"Harbour Lane": {"WORK_OF_ART"}}
    assert labels("The film Quentara stars Dana Orr.", ("Quentara", "GPE")) \
        == {"Quentara": {"WORK_OF_ART"}}


def test_book_written_as_a_verb_is_no_kind_of_work() -> None:
    assert labels("Travellers can now book Quillo homes.", ("Quillo", "ORG")) \
        == {"Quillo": {"ORG"}}
    text = "Passengers who book Velair flights pay less, Velair said."
    assert labels(text, ("Velair", "ORG")) == {"Velair": {"ORG"}}


def test_a_title_named_like_a_person_or_the_subject_of_a_verb_is_still_a_work() -> None:
    """Review, stop 51: only a person's full name AND a verb of making tell a maker."""
    for text, name, label in (
        ("He won an Oscar for the film Forrest Gump in 1995.", "Forrest Gump", "PERSON"),
        ("She starred in the film Erin Brockovich.", "Erin Brockovich", "PERSON"),
        ("The musical Hamilton played at the Richard Rodgers Theatre.", "Hamilton", "PERSON"),
        ("They sang the song Amazing Grace played at the funeral.", "Amazing Grace", "ORG"),
        ("The film Oppenheimer released in July earned millions.", "Oppenheimer", "ORG"),
        ("I loved that film Titanic as a child.", "Titanic", "FAC"),
        ("Critics still talk about the album and film Thriller.", "Thriller", "GPE"),
    ):
        assert labels(text, (name, label)) == {name: {"WORK_OF_ART"}}, text
