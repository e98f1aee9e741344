"""Timeline: open 10,000 items (≤ 300 ms) and zoom/pan frames (≤ 16 ms at p95).

The library is generated: 500 documents of 20 sentences, each sentence
naming one of 60 people and one date (days, months, years and decades spread
over 1990–2024, as the normaliser writes them in ``mentions.value``), with a
claim, a highlight or a quote on some sentences and links between claims —
10,000 dated items in all. Generated rather than real text because what is
measured is the view (reading, placing, laying out and painting items), not
extraction; the values are written with SQL as the date normaliser would.

Open: in a shown ``TimelineView`` at 1440×900, the clock runs from
``reload()`` (read the library, place every item, fill the filters, lay out
the lanes) to the end of a synchronous repaint of the canvas, with no item
built before (the view's per-document cache emptied). Re-open: the same after
a highlight is added to one document, the case of every change while the
dock is open (the view keeps each unchanged document's items). Frames: 200
steps alternating a wheel-zoom step around a point and a 40-pixel pan, in
lanes by entity, each followed by a synchronous repaint. The process's CPU
time is reported beside the wall clock: on a shared machine the wall clock
also counts the time other processes held the cores.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    Result,
    Runs,
    bench_arguments,
    emit,
    load_average,
    percentile,
    run_count,
    sandbox_dir,
)

OPEN_TARGET_MS = 300
FRAME_TARGET_MS = 16
SENTENCES = 20
PEOPLE = [f"Person Number{n}" for n in range(60)]


def _value(rng: random.Random) -> str:
    year = rng.randint(1990, 2024)
    kind = rng.random()
    if kind < 0.7:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind < 0.85:
        return f"{year}-{rng.randint(1, 12):02d}"
    if kind < 0.97:
        return str(year)
    return str(year)[:3]


def build_library(path: Path, documents: int) -> int:
    """Write the generated library; return how many dated items it should give."""
    from workbench.core.models import Analysis, Article, Mention
    from workbench.store import Store

    rng = random.Random(19)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    with Store(path) as store:
        for number in range(documents):
            sentences, mentions, values = [], [], []
            offset = 0
            for s in range(SENTENCES):
                person = rng.choice(PEOPLE)
                sentence = f"On day {s} {person} said the talks moved on. "
                day = sentence.index(f"day {s}")
                name = sentence.index(person)
                mentions.append(Mention(offset + day, offset + day + len(f"day {s}"),
                                        f"day {s}", "DATE", f"day {s}"))
                mentions.append(Mention(offset + name, offset + name + len(person), person,
                                        "PERSON", person))
                values.append(_value(rng))
                sentences.append(sentence)
                offset += len(sentence)
            text = "".join(sentences)
            doc_id = store.documents.add_article(
                Article(f"Story {number}", text, published="2024-01-01"), analyze=False
            ).documents_added[0]
            store.analysis.save_analysis(doc_id, Analysis(mentions=tuple(mentions)))
            ids = [row[0] for row in store.db.execute(
                "SELECT id FROM mentions WHERE document_id = ? AND label = 'DATE' ORDER BY start",
                [doc_id])]
            with store.db.conn:
                store.db.conn.executemany("UPDATE mentions SET value = ? WHERE id = ?",
                                          list(zip(values, ids, strict=True)))
            _add_marks(store, doc_id, text, rng)
    return documents * SENTENCES


def _add_marks(store, doc_id: int, text: str, rng: random.Random) -> None:  # noqa: ANN001
    """A claim on every fifth sentence (linked to the previous one), a highlight on some."""
    from workbench.core.sentences import sentence_spans

    previous = None
    for index, (start, end) in enumerate(sentence_spans(text)):
        if index % 5 == 0:
            claim, _ = store.claims.add_claim(doc_id, start, end)
            if previous is not None and rng.random() < 0.3:
                store.claims.link_claims(claim, previous, "supports")
            previous = claim
        elif index % 7 == 0:
            store.annotations.add_annotation(doc_id, start, end)


def measure(path: Path, runs: int) -> dict[str, object]:
    """Open and frame times (wall and CPU, ms), items shown and marks drawn."""
    from PySide6.QtWidgets import QApplication

    from workbench.store import Store
    from workbench.ui.theme.manager import ThemeManager
    from workbench.ui.timeline.view import TimelineView

    app = QApplication.instance() or QApplication([])
    theme = ThemeManager()
    with Store(path) as store:
        view = TimelineView(store, theme)
        view.resize(1440, 900)
        view.show()
        app.processEvents()
        opens, open_cpu = [], []
        for _ in range(runs):
            view.items_cache.clear()  # a first open: no document's items built yet
            started, cpu = time.perf_counter(), time.process_time()
            view.reload()
            view.canvas.repaint()
            opens.append((time.perf_counter() - started) * 1000)
            open_cpu.append((time.process_time() - cpu) * 1000)
            app.processEvents()
        reopens, reopen_cpu, rebuilt = [], [], []
        for doc_id in _changed_documents(store, runs):
            _highlight_second_sentence(store, doc_id)  # the change the view re-reads after
            started, cpu = time.perf_counter(), time.process_time()
            view.reload()
            view.canvas.repaint()
            reopens.append((time.perf_counter() - started) * 1000)
            reopen_cpu.append((time.process_time() - cpu) * 1000)
            rebuilt.append(view.items_cache.built)
            app.processEvents()
        canvas = view.canvas
        frames, frame_cpu = [], []
        for step in range(200):
            started, cpu = time.perf_counter(), time.process_time()
            if step % 2:
                canvas.pan_by(40 if step % 4 == 1 else -40)
            else:
                canvas.zoom_by(1.25 if step % 40 < 20 else 0.8, canvas.plot_width() * 0.4)
            canvas.repaint()
            frames.append((time.perf_counter() - started) * 1000)
            frame_cpu.append((time.process_time() - cpu) * 1000)
        shown, drawn = len(view.shown.items), canvas.drawn_marks
        view.close()
    return {"opens": Runs(opens), "open_cpu": Runs(open_cpu), "reopens": Runs(reopens),
            "reopen_cpu": Runs(reopen_cpu), "rebuilt": max(rebuilt), "frames": frames,
            "frame_cpu": frame_cpu, "shown": shown, "drawn": drawn}


def _changed_documents(store, runs: int) -> list[int]:  # noqa: ANN001
    return [row[0] for row in store.db.execute(
        "SELECT id FROM documents ORDER BY id LIMIT ?", [runs])]


def _highlight_second_sentence(store, doc_id: int) -> None:  # noqa: ANN001
    """A highlight on a sentence that has no mark yet: one document's items change."""
    from workbench.core.sentences import sentence_spans

    text = store.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
    start, end = sentence_spans(text)[1]
    store.annotations.add_annotation(doc_id, start, end)


def main() -> None:
    args = bench_arguments(__doc__ or "").parse_args()
    documents = 100 if args.quick else 500
    path = sandbox_dir("timeline") / "timeline.sqlite"
    expected = build_library(path, documents)
    load = load_average()
    measured = measure(path, run_count(args))
    opens, frames, shown = measured["opens"], measured["frames"], measured["shown"]
    p95, cpu_p95 = percentile(frames, 0.95), percentile(measured["frame_cpu"], 0.95)
    reopens = measured["reopens"]
    counted = shown >= 10_000 or args.quick
    results = [
        Result(f"Timeline: open with {shown:,} items", f"≤ {OPEN_TARGET_MS} ms",
               f"{opens.median:.0f} ms (runs {opens.spread('{:.0f}')})",
               f"{opens.median / OPEN_TARGET_MS:.2f}× target",
               opens.median <= OPEN_TARGET_MS if counted else None,
               "first open, no item built yet: reload() (read, place, filter choices, lanes) + "
               "synchronous repaint, 1440×900",
               {"items": shown, "expected_items": expected,
                "cpu_ms_median": round(measured["open_cpu"].median), "load_average": load}),
        Result("Timeline: re-open after a change", f"≤ {OPEN_TARGET_MS} ms",
               f"{reopens.median:.0f} ms (runs {reopens.spread('{:.0f}')})",
               f"{reopens.median / OPEN_TARGET_MS:.2f}× target",
               reopens.median <= OPEN_TARGET_MS if counted else None,
               "a highlight added to one document, then reload() + repaint: the library is read "
               "again, only that document's items are placed again",
               {"documents_rebuilt": measured["rebuilt"],
                "cpu_ms_median": round(measured["reopen_cpu"].median), "load_average": load}),
        Result("Timeline: zoom/pan frame", f"≤ {FRAME_TARGET_MS} ms at p95",
               f"p95 {p95:.1f} ms, median {percentile(frames, 0.5):.1f} ms",
               f"{p95 / FRAME_TARGET_MS:.2f}× target", p95 <= FRAME_TARGET_MS,
               "200 steps alternating wheel zoom and 40 px pan, each a synchronous repaint",
               {"frames": len(frames), "marks_drawn_last_frame": measured["drawn"],
                "cpu_ms_p95": round(cpu_p95, 1),
                "cpu_ms_median": round(percentile(measured["frame_cpu"], 0.5), 1),
                "load_average": load}),
    ]
    emit(results, args.json)


if __name__ == "__main__":
    main()
