"""Write expressions.jsonl from gold.txt: the hand-annotated Wikinews dev2 set (see GUIDE.md).

The values in gold.txt were written by hand from each article's date and a calendar,
before the normaliser ever read these sentences; this script only checks and serialises
them (every expression and ignored span is in its sentence, every weekday's value falls
on that weekday). It never runs the normaliser.
Run: python tests/eval/timex_wikinews_dev2/build_set.py [FOLDER] (default: this folder;
``timex_wikinews_dev3``, ``dev4``, ``timex_business_dev5`` and ``timex_markets_dev6`` use the
same format and are
written by the same script).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = "https://en.wikinews.org/wiki/"
PROJECT = "project:"
"""An article written by the project (``timex_business_dev5``, ``timex_markets_dev6``): no
Wikinews page to link."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _check_weekday(expression: str, value: str) -> None:
    """A weekday's value must fall on that weekday (guards typing slips)."""
    for number, name in enumerate(WEEKDAYS):
        if name in expression.lower() and _DAY_VALUE.match(value):
            assert dt.date.fromisoformat(value[:10]).weekday() == number, (expression, value)


def read_blocks(text: str) -> list[dict]:
    items: list[dict] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, rest = line[0], line[2:]
        if kind == "@":
            article, published = rest.rsplit(" ", 1)
            url = article if article.startswith(PROJECT) else W + article
            items.append({"url": url, "published": published, "sentence": "",
                          "expressions": [], "ignore": []})
        elif kind == "S":
            items[-1]["sentence"] = rest
        elif kind == "E":
            expression, value = rest.split(" => ")
            _check_weekday(expression, value)
            items[-1]["expressions"].append({"text": expression, "value": value})
        elif kind == "I":
            items[-1]["ignore"].append(rest)
    for item in items:
        for span in [e["text"] for e in item["expressions"]] + item["ignore"]:
            assert span in item["sentence"], (span, item["sentence"])
    return items


def main(argv: list[str]) -> None:
    folder = Path(argv[0]).resolve() if argv else HERE
    items = read_blocks((folder / "gold.txt").read_text(encoding="utf-8"))
    target = folder / "expressions.jsonl"
    target.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items),
                      encoding="utf-8")
    expressions = sum(len(item["expressions"]) for item in items)
    print(f"{len(items)} sentences, {expressions} expressions -> {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
