"""Units and amounts the model reads as names: "16 GB", "32GB", "$249 USD", "US$140bn".

Why: a unit's symbol is capitalised, so after a figure the small model tags it as a place,
a person or a company ("GB" a country in one sentence and a person in the next, "dB" a
company, "140bn" a person). The analyst then finds "GB" among the library's places and
people, one symbol under two labels. A figure right before the symbol says it measures
something, whatever the model read; the same symbol with no figure before it may be a
name ("Team GB") and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention

_UNITS = frozenset(
    "KB MB GB TB PB Kb Mb Gb Tb kB Hz kHz MHz GHz dB km kg mg mph kph rpm mAh kW MW GW kWh "
    "MWh GWh TWh USD EUR GBP JPY CNY CHF AUD CAD NZD HKD SGD INR RUB".split())
"""Unit and currency symbols written after a figure."""
_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]?$")
"""A figure right before the symbol, glued or after one space ("16 GB", "32GB")."""
_AMOUNT = re.compile(r"\d[\d.,]*(?:bn|mn|tn|[km])|\d+x\d+")
"""An amount with its magnitude glued on ("140bn", "15m") or a screen size ("320x240")."""


def is_measure(mention: Mention, text: str) -> bool:
    """Tell whether a mention is a unit after a figure or an amount, not a name."""
    if _AMOUNT.fullmatch(mention.text):
        return True
    return (mention.text in _UNITS
            and _FIGURE_BEFORE.search(text, max(0, mention.start - 2), mention.start) is not None)


def without_measures(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Drop body mentions that are units after a figure or amounts (``is_measure``);
    dates and times are left to their own pass."""
    return [m for m in mentions
            if m.field != "text" or m.label in {"DATE", "TIME"} or not is_measure(m, text)]
