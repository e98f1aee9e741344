"""One list of forms of address in the core, read by the suggestions' names and the NLP titles."""

from __future__ import annotations

from workbench.core import event_names
from workbench.core.forms_of_address import ABBREVIATED_ADDRESS, ADDRESS, FORMS_OF_ADDRESS


def test_the_name_finder_and_the_nlp_titles_read_one_list() -> None:
    from workbench.nlp import names

    assert event_names.ADDRESS is ADDRESS
    assert ADDRESS <= names.HONORIFICS
    assert names.TITLE_ABBREVIATIONS.items() >= ABBREVIATED_ADDRESS.items()


def test_every_form_of_address_opens_no_name_of_its_own() -> None:
    """"Mx Jordan Lee" names "jordan lee" as "Mr Jordan Lee" does ("mx" was in one list only)."""
    for form in sorted(FORMS_OF_ADDRESS) + ["Dr.", "Prof"]:
        counts = event_names.name_counts(f"We met {form.capitalize()} Jordan Lee at noon.")
        assert counts["jordan lee"] == 1
        assert not any(name.startswith(form.lower().rstrip(".")) for name in counts), counts
