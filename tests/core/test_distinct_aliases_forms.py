"""An alias that is the name (or another alias) in another Unicode form is not listed.

Before: ``distinct_aliases`` compared ``casefold`` only, so an older library's "Café Noir"
written with a combining accent, merged into the precomposed one, was listed as its own
alias ("Café Noir (also: Café Noir)"), while lookups (``label_key``) take both as one name.
"""

from __future__ import annotations

from workbench.core.labels import label_key
from workbench.core.text import distinct_aliases


def test_an_alias_in_another_normal_form_is_the_name() -> None:
    decomposed = "CAFE\u0301 NOIR"
    assert label_key(decomposed) == label_key("Café Noir")
    assert distinct_aliases("Café Noir", [decomposed, "Noir", "noir"]) == ["Noir"]
    assert distinct_aliases("Ångström", ["Cafe\u0301", "Café"]) == ["Cafe\u0301"]
