"""What a name's own words tell of its kind (issue 15): an organisation's head word."""

from __future__ import annotations

from workbench.nlp.entity_name_heads import has_org_head


def test_a_health_system_named_after_a_saint_is_an_organisation() -> None:
    # A hospital system the small model reads as a person ("St. Agnes" + a surname-like word).
    assert has_org_head(("St.", "Agnes", "Health"))
    assert has_org_head(("Marlow", "Valley", "Health"))
    assert not has_org_head(("Health",))


def test_a_company_named_by_a_surname_and_its_trade_is_an_organisation() -> None:
    # "a developer, Brannock Residential," beside its founder "Tom Brannock": not a person.
    assert has_org_head(("Brannock", "Residential"))
    assert has_org_head(("Marwood", "Foods"))
    assert has_org_head(("Kettering", "Pharmacy"))  # a drugstore chain, not a Mr. Pharmacy
    assert not has_org_head(("Tom", "Brannock"))


def test_a_highway_patrol_is_an_organisation() -> None:
    assert has_org_head(("Florida", "Highway", "Patrol"))
    assert has_org_head(("Border", "Patrol"))
