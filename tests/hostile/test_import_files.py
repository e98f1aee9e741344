"""Hostile import files (issue 22): links, pipes, unreadable folders, PDF bombs, surrogates.

Each case came from the attack run: a link to a system file became a document,
a named pipe hung the import forever, an unreadable subfolder was skipped with
exit 0, a 27 KB PDF expanded to 100 MB of text, one lone surrogate aborted the
whole batch with exit 2, a 20 MB one-line text took 8.3 GB to analyse, and
``update 1 FOLDER`` called a folder an unsupported file type.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.support import REPO
from workbench.cli import main
from workbench.core.models import Article, Changes, Mention, Quote
from workbench.core.progress import Progress
from workbench.ingest import IngestError, decoding, pdf_file, read_articles, read_records, readers
from workbench.ingest import articles as ingest_articles
from workbench.nlp import gazetteer, pipeline, quote_resolution, speaker_names
from workbench.operations.importing import import_paths
from workbench.store import Store

STORY = "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday."
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


@contextmanager
def hang_guard(seconds: float = 10.0) -> Iterator[None]:
    """Fail instead of hanging the suite when an import blocks (e.g. opening a named pipe)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def give_up(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"import still running after {seconds} s (it hangs)")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Run ``workbench`` in this process; return the exit code and stderr."""
    capsys.readouterr()
    with hang_guard():
        code = main(list(argv))
    return code, capsys.readouterr().err


def titles(db: Path) -> list[str]:
    store = Store(db)
    try:
        return sorted(row["title"] for row in store.documents.list_documents())
    finally:
        store.close()


def texts(db: Path) -> list[str]:
    store = Store(db)
    try:
        return sorted(row["text"] for row in store.db.query("SELECT text FROM documents"))
    finally:
        store.close()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- symbolic links -------------------------------------------------------------------------


@pytest.fixture
def linked_folder(tmp_path: Path) -> Path:
    """A folder with one story, links to a file and a folder outside it, and links inside it."""
    outside = write(tmp_path / "outside" / "secret.txt", "Secret system file\n\nroot:x:0:0")
    folder = tmp_path / "articles"
    write(folder / "story.txt", STORY)
    write(folder / ".kept" / "linked.txt", "Linked inside\n\nA story reached through a link.")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "outside_dir").symlink_to(outside.parent, target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / ".kept" / "linked.txt")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return folder


@needs_symlinks
def test_links_inside_a_folder_are_skipped_and_named_by_default(
    linked_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    code, err = run_cli(capsys, "--db", str(db), "import", "--no-analyze", str(linked_folder))
    assert code == 0
    assert titles(db) == ["Harbour plan approved"]
    for name in ("passwd.txt", "outside_dir", "inside.txt", "loop"):
        assert f"{linked_folder / name}: symbolic link, not followed" in err
    assert "4 skipped" in err
    assert "--follow-links imports links that stay inside the folder" in err


@needs_symlinks
def test_follow_links_never_leaves_the_folder_and_stops_at_loops(
    linked_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    code, err = run_cli(
        capsys, "--db", str(db), "import", "--no-analyze", "--follow-links", str(linked_folder)
    )
    assert code == 0
    assert titles(db) == ["Harbour plan approved", "Linked inside"]
    assert "Secret system file" not in " ".join(titles(db))
    assert f"{linked_folder / 'passwd.txt'}: symbolic link pointing outside" in err
    assert f"{linked_folder / 'outside_dir'}: symbolic link pointing outside" in err
    assert f"{linked_folder / 'loop'}: symbolic link back into a folder" in err
    assert "3 skipped" in err


@needs_symlinks
def test_a_link_to_the_folder_it_sits_in_is_the_loop_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``sub/self -> ../sub``: the walk went through ``self`` once more and named
    ``sub/self/self`` as the loop, as only links' targets counted as visited."""
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Harbour plan\n\nThe council met.", encoding="utf-8")
    (folder / "sub" / "self").symlink_to(Path("..") / "sub")
    db = tmp_path / "lib.sqlite"
    code, err = run_cli(
        capsys, "--db", str(db), "import", "--no-analyze", "--follow-links", str(folder)
    )
    assert code == 0
    assert f"{folder / 'sub' / 'self'}: symbolic link back into a folder" in err
    assert "self/self" not in err
    assert "1 skipped" in err


class _QuietProgress(Progress):
    def report_changes(self, changes: Changes) -> None:
        pass


@needs_symlinks
def test_desktop_import_never_follows_links(linked_folder: Path, store: Store) -> None:
    from workbench.operations.stepping import run_steps
    from workbench.ui.tasks.import_controller import import_function

    report = run_steps(import_function([linked_folder], analyze=False)(store, _QuietProgress()))
    assert [row["title"] for row in store.documents.list_documents()] == ["Harbour plan approved"]
    assert len(report.skipped) == 4 and report.ok


@needs_symlinks
def test_import_summary_in_the_window_lists_skipped_links(
    linked_folder: Path, store: Store, qtbot: Any
) -> None:
    from workbench.ui.tasks.import_views import ImportSummaryDialog, summary_line

    report = import_paths(store, [linked_folder], analyze=False)
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert "4 skipped" in summary_line(report)
    # named from the folder the files share (the full path is on hover)
    assert ("passwd.txt", "Skipped: symbolic link, not followed") in dialog.rows()


# --- named pipes and other special files ----------------------------------------------------


@needs_fifo
def test_named_pipe_in_a_folder_is_skipped_not_waited_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    write(folder / "story.txt", STORY)
    os.mkfifo(folder / "pipe.txt")
    db = tmp_path / "lib.sqlite"
    code, err = run_cli(capsys, "--db", str(db), "import", "--no-analyze", str(folder))
    assert code == 0
    assert titles(db) == ["Harbour plan approved"]
    assert f"{folder / 'pipe.txt'}: not a regular file (a named pipe), skipped" in err
    assert "1 skipped" in err


@needs_fifo
@pytest.mark.parametrize("name", ["pipe.txt", "pipe.json", "pipe.jsonl"])
def test_named_pipe_given_on_the_command_line_fails_without_hanging(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    pipe = tmp_path / name
    os.mkfifo(pipe)
    code, err = run_cli(capsys, "--db", str(tmp_path / "lib.sqlite"), "import", str(pipe))
    assert code == 1
    assert f"{pipe}: not a regular file (a named pipe)" in err


# --- unreadable folders ---------------------------------------------------------------------


def test_unreadable_subfolder_is_a_named_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    write(folder / "story.txt", STORY)
    write(folder / "locked" / "hidden_story.txt", "Locked away\n\nNobody may read this folder.")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == folder / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    db = tmp_path / "lib.sqlite"
    code, err = run_cli(capsys, "--db", str(db), "import", "--no-analyze", str(folder))
    assert code == 1
    assert f"{folder / 'locked'}: cannot read folder: permission denied" in err
    assert "1 failed" in err
    assert titles(db) == ["Harbour plan approved"]


# --- PDF bombs ------------------------------------------------------------------------------


def pdf_pages(path: Path, pages: int, lines: int, *, shared: bool) -> Path:
    """Write a PDF whose pages draw ``lines`` lines each, all from one stream when ``shared``."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    }))
    resources = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )

    def content(page: int) -> Any:
        ops = [b"BT /F1 11 Tf 14 TL 72 740 Td"]
        ops += [b"(Page %d: the quick brown fox jumps over the lazy dog.) Tj T*" % page] * lines
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join([*ops, b"ET"]))
        return writer._add_object(stream.flate_encode())

    shared_content = content(0)
    for number in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = shared_content if shared else content(number + 1)
        page[NameObject("/Resources")] = resources
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_pdf_pages_sharing_one_content_stream_fail_at_once(tmp_path: Path) -> None:
    bomb = pdf_pages(tmp_path / "bomb.pdf", pages=200, lines=400, shared=True)
    assert bomb.stat().st_size < 60_000  # 200 pages x 24 KB of text from a few KB
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"^PDF page 3 repeats a \d+ KB content .*PDF bomb"):
        read_articles(bomb)
    assert time.monotonic() - started < 2


def test_pdf_drawing_far_more_than_its_size_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_file, "CONTENT_BUDGET_FLOOR", 20_000)
    monkeypatch.setattr(pdf_file, "CONTENT_BUDGET_PER_FILE_BYTE", 1)
    path = pdf_pages(tmp_path / "many.pdf", pages=12, lines=40, shared=False)
    with pytest.raises(IngestError, match=r"^PDF draws too much for its size: by page \d+"):
        read_articles(path)


def test_pdf_page_with_too_much_text_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_file, "PAGE_MAX_TEXT_CHARS", 1_000)
    path = pdf_pages(tmp_path / "dense.pdf", pages=1, lines=40, shared=False)
    with pytest.raises(IngestError, match=r"^PDF page 1 holds too much text \(2,"):
        read_articles(path)


def test_pdf_text_is_capped_per_file_like_a_text_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pdf_file.PDF_MAX_TEXT_CHARS == decoding.TEXT_MAX_BYTES
    monkeypatch.setattr(pdf_file, "PDF_MAX_TEXT_CHARS", 5_000)
    path = pdf_pages(tmp_path / "long.pdf", pages=4, lines=30, shared=False)
    with pytest.raises(IngestError, match=r"^PDF text is too large \(over 5,000 .* by page 4"):
        read_articles(path)


def test_ordinary_pdf_still_imports(tmp_path: Path) -> None:
    (article,) = read_articles(pdf_pages(tmp_path / "ok.pdf", pages=3, lines=5, shared=False))
    assert "Page 3: the quick brown fox" in article.text


# --- lone surrogates ------------------------------------------------------------------------


def test_lone_surrogates_are_replaced_per_record_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "feed"
    write(folder / "a.jsonl", "\n".join([
        json.dumps({"title": "First", "text": "A clean first record."}),
        '{"title": "Second \\ud800", "text": "Lone \\udc00 surrogate in the body."}',
        json.dumps({"title": "Third", "text": "A clean third record."}),
    ]))
    write(folder / "b.md", '---\ntitle: "Front \\ud800 matter"\n---\nBody of the Markdown story.\n')
    (folder / "c.csv").write_bytes(b"title,text\nCESU,bytes \xed\xa0\x80 of a surrogate\n")
    (folder / "d.txt").write_bytes(b"Encoded surrogate\n\nbytes \xed\xa0\x80 in plain text")
    write(folder / "e.txt", "Later file\n\nStill imported after the others.")
    db = tmp_path / "lib.sqlite"
    code, err = run_cli(capsys, "--db", str(db), "import", "--no-analyze", str(folder))
    assert code == 0, err
    assert titles(db) == [
        "CESU", "Encoded surrogate", "First", "Front \ufffd matter", "Later file",
        "Second \ufffd", "Third",
    ]
    assert "Lone \ufffd surrogate in the body." in texts(db)


def test_surrogate_pairs_from_escapes_become_their_character(tmp_path: Path) -> None:
    path = write(tmp_path / "emoji.md", '---\ntitle: "Smile \\ud83d\\ude00"\n---\nBody text.\n')
    (article,) = read_articles(path)
    assert article.title == "Smile \U0001f600"


def test_every_reader_is_cleaned_at_the_article_boundary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def careless_reader(path: Path) -> list[ingest_articles.ArticleRead]:
        return [ingest_articles.ArticleRead(Article(
            title="T\ud800", text="body \udfff", author="\ud83d\ude00", origin_path=str(path)
        ))]

    monkeypatch.setitem(readers._READERS, ".txt", careless_reader)
    (article,) = read_records(write(tmp_path / "x.txt", "x"))
    assert (article.title, article.text, article.author) == ("T\ufffd", "body \ufffd", "\U0001f600")


def test_a_record_the_store_refuses_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    monkeypatch.setattr(readers, "without_surrogates", lambda article: article)
    folder = tmp_path / "feed"
    write(folder / "a.jsonl", '{"text": "bad \\ud800"}\n{"text": "good record"}\n')
    write(folder / "b.txt", "Later file\n\nStill imported.")
    report = import_paths(store, [folder], analyze=False)
    assert len(report.imported) == 2
    reason = "text cannot be stored (surrogates not allowed)"
    assert report.failed == [(str(folder / "a.jsonl"), reason)]


def test_replace_surrogates_leaves_clean_text_alone() -> None:
    text = "clean text " * 10
    assert ingest_articles.replace_surrogates(text) is text


# --- long text without line breaks ----------------------------------------------------------

SENTENCE = 'Matthew Miller spoke in the city on Monday. "We are ready," Miller said. '


@pytest.fixture(scope="module")
def blank_pipeline() -> Any:
    """Sentences and a rule-based NER: tests the chunking, not the model (spaCy loads once)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Matthew Miller"}])
    return nlp


def test_one_line_text_is_analysed_in_small_chunks_with_whole_text_offsets(
    monkeypatch: pytest.MonkeyPatch, blank_pipeline: Any
) -> None:
    text = SENTENCE * 200  # 15,000 characters, not one line break
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    monkeypatch.setattr(gazetteer, "places", dict)  # no place names here; skip loading 2 s
    nlp = blank_pipeline
    seen: list[str] = []
    batch_sizes: list[int] = []
    real_pipe = nlp.pipe

    def spy(pieces: Any, **kwargs: Any) -> Any:
        if kwargs.get("as_tuples"):  # spaCy calls pipe again, without tuples, for the docs
            batch_sizes.append(kwargs["batch_size"])
            yield from real_pipe(pieces, **kwargs)
            return
        for doc in real_pipe(pieces, **kwargs):
            seen.append(doc.text)
            yield doc

    monkeypatch.setattr(nlp, "pipe", spy)
    analysis = pipeline.analyze_document("Title", text, nlp=nlp)
    assert len(seen) >= 40 and max(map(len, seen)) <= 400
    assert "".join(seen) == text
    assert all(chunk.endswith(". ") for chunk in seen[:-1])  # cut at sentence ends
    assert batch_sizes == [pipeline.PIPE_BATCH_CHUNKS]
    people = [m for m in analysis.mentions if m.field == "text" and m.label == "PERSON"]
    assert sum(m.text == "Matthew Miller" for m in people) == 200  # no name cut in two
    assert all(text[m.start : m.end] == m.text for m in analysis.mentions if m.field == "text")
    assert max(m.start for m in people) > 14_500


def test_speaker_names_are_looked_up_without_scanning_every_mention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 1 MB one-line text spent 28 s matching 600 speaker names against 19,000 mentions."""
    segment = "Matthew Miller spoke. Miller said yes. "
    text = segment * 3_000
    step = len(segment)
    others = [Mention(i * step, i * step + 14, "Sergey Lavrov", "PERSON", "Sergey Lavrov")
              for i in range(1, 3_000)]  # Miller is only named first: a scan passes them all
    mentions = [Mention(0, 14, "Matthew Miller", "PERSON", "Matthew Miller"), *others]
    quotes = [Quote(i * step + 30, i * step + 37, "yes", speaker_text="Miller",
                    speaker_start=i * step + 22, speaker_end=i * step + 28) for i in range(3_000)]
    calls = 0
    real_words = speaker_names._WORD_ONLY

    class CountedWords:
        """The name index's tokeniser, counted: a scan would run it per mention per quote."""

        def findall(self, name: str) -> list[str]:
            nonlocal calls
            calls += 1
            if calls > 4 * (len(mentions) + len(quotes)):
                raise AssertionError("speaker lookup scans every mention for every quote")
            return real_words.findall(name)

    monkeypatch.setattr(speaker_names, "_WORD_ONLY", CountedWords())
    resolved = quote_resolution.resolve_speakers(quotes, mentions, text)
    assert {quote.speaker for quote in resolved} == {"Matthew Miller"}
    assert 0 < calls < 4 * (len(mentions) + len(quotes))


def test_a_huge_document_is_analysed_in_a_batch_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    batches: list[list[int]] = []

    def record(_nlp: Any, batch: list[tuple[int, str, str]], *_: Any) -> list[tuple[int, Any]]:
        batches.append([doc_id for doc_id, _, _ in batch])
        return [(doc_id, None) for doc_id, _, _ in batch]

    monkeypatch.setattr(pipeline, "_analyze_batch", record)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1_000)
    items = [(1, "a", "short"), (2, "b", "x" * 5_000), (3, "c", "short"), (4, "d", "short")]
    assert [doc_id for doc_id, _ in pipeline.analyze_many(items, nlp=object())] == [1, 2, 3, 4]
    assert batches == [[1, 2], [3, 4]]


def test_chunk_limits_bound_what_spacy_holds_at_once() -> None:
    assert pipeline.CHUNK_CHARS * pipeline.PIPE_BATCH_CHUNKS <= 160_000


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Short sentence here. " * 100, ". "),
        ("word " * 500, " "),
        ("para one.\n\n" * 200, "\n\n"),
    ],
)
def test_chunks_prefer_paragraphs_then_sentences_then_spaces(text: str, ends: str) -> None:
    chunks = pipeline.split_into_chunks(text, limit=300)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    assert all(len(chunk) <= 300 and chunk.endswith(ends) for _, chunk in chunks[:-1])


def test_text_without_any_space_is_cut_at_the_limit() -> None:
    text = "x" * 1_050
    chunks = pipeline.split_into_chunks(text, limit=300)
    assert [offset for offset, _ in chunks] == [0, 300, 600, 900]
    assert "".join(chunk for _, chunk in chunks) == text


# --- messages -------------------------------------------------------------------------------


def test_update_names_a_folder_and_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    story = write(tmp_path / "story.txt", STORY)
    assert run_cli(capsys, "--db", str(db), "import", "--no-analyze", str(story))[0] == 0
    (tmp_path / "somefolder").mkdir()
    code, err = run_cli(capsys, "--db", str(db), "update", "1", str(tmp_path / "somefolder"))
    assert code == 1 and "somefolder: is a folder, not a file" in err
    assert "unsupported file type" not in err
    code, err = run_cli(capsys, "--db", str(db), "update", "1", str(tmp_path / "gone.txt"))
    assert code == 1 and "gone.txt: does not exist" in err


# --- dependencies ---------------------------------------------------------------------------


def test_html_cleaner_is_a_direct_dependency() -> None:
    """An older pip skipped ``lxml[html_clean]`` (an extra of a dependency's dependency)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [dep.split(">")[0].split("=")[0].split("[")[0].strip().lower().replace("-", "_")
             for dep in project["dependencies"]]
    assert "lxml_html_clean" in names
    import lxml_html_clean  # noqa: F401 - the HTML reader's extractor needs it



def test_a_hostile_mail_gives_its_visible_text_only(tmp_path: Path) -> None:
    """Scripts, styles, tracking images and a header escape in a message never reach the text."""
    message = (
        "From: =?utf-8?q?Desk=1B]0;owned=07?= <x@example.org>\n"
        "Subject: Harbour wall\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        "<style>p{color:red}</style><script>alert(1)</script>"
        '<p>The wall was approved.<img src="http://tracker.example/pixel.gif"></p>\n'
    )
    (article,) = read_articles(write(tmp_path / "mail.eml", message))
    assert article.text == "The wall was approved."
    assert article.source is not None and "\x1b" not in article.source
