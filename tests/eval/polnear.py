"""Read the PolNeAR attribution corpus (brat standoff) for the quote evaluation.

The corpus has no licence, so it is never copied into the repository: the tarball in
the shared data folder is extracted once into a user cache folder and read from there.
Offsets in the ``.ann`` files are code points into the ``.txt`` read as UTF-8 without
newline translation (verified: every span's stored text equals the slice).
"""

from __future__ import annotations

import os
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TARBALL = Path("/work/shared/data/polnear/polnear_v1_text_attributions.tar.gz")
CACHE = Path(os.environ.get("WORKBENCH_EVAL_CACHE", Path.home() / ".cache" / "workbench-eval"))
_ANN_NAME = re.compile(r"^(?P<base>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")

Span = tuple[int, int]
_MIN_COLUMNS = 2


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: its content, cue and source fragments (code-point spans)."""

    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()


@dataclass
class PolnearArticle:
    """One article's text and the attributions of the single annotator chosen for it."""

    name: str
    split: str
    annotator: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)


def corpus_root(cache: Path = CACHE) -> Path:
    """Extract the tarball into the cache folder once and return the ``data`` folder."""
    root = cache / "polnear"
    data = root / "data"
    if not (data / "test" / "text").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(TARBALL) as tar:
            tar.extractall(root, filter="data")
    return data


def _parse_spans(text: str) -> tuple[Span, ...]:
    """Parse brat's ``"a b;c d"`` fragment list."""
    spans = []
    for part in text.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return tuple(spans)


def _parse_ann(path: Path) -> list[Attribution]:
    """Read T-lines and E-lines; one Attribution per E-line that has a Content."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < _MIN_COLUMNS:
            continue
        if line.startswith("T"):
            spans[cols[0]] = _parse_spans(cols[1].split(" ", 1)[1])
        elif line.startswith("E"):
            args = [tuple(a.split(":", 1)) for a in cols[1].split() if ":" in a]
            events.append([(role, ref) for role, ref in args])
    result = []
    for args in events:
        roles: dict[str, list[Span]] = {"Content": [], "Cue": [], "Source": []}
        for role, ref in args:
            key = re.sub(r"\d+$", "", role)
            if key in roles and ref in spans:
                roles[key].extend(spans[ref])
        if roles["Content"]:
            result.append(
                Attribution(
                    tuple(sorted(roles["Content"])),
                    tuple(sorted(roles["Cue"])),
                    tuple(sorted(roles["Source"])),
                )
            )
    return result


def iter_split(split: str, cache: Path = CACHE) -> Iterator[PolnearArticle]:
    """Yield each article of ``split`` (train/dev/test) with one annotator's attributions.

    Several annotators labelled some articles; the lexicographically smallest annotator
    code is taken so every run scores against the same gold.
    """
    data = corpus_root(cache) / split
    chosen: dict[str, tuple[str, Path]] = {}
    for ann in sorted((data / "attributions").glob("*.ann")):
        match = _ANN_NAME.match(ann.name)
        if match and match["base"] not in chosen:
            chosen[match["base"]] = (match["annotator"], ann)
    for base, (annotator, ann) in sorted(chosen.items()):
        txt = data / "text" / f"{base}.txt"
        if not txt.exists():
            continue
        with txt.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        yield PolnearArticle(base, split, annotator, text, _parse_ann(ann))
