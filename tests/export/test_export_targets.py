"""Where exports may write (attack run 7): never over a device or pipe; errors name the target.

Before: ``export --format json --out /dev/full`` (run as root) replaced the
device node by a plain file and said "wrote 9 document(s)"; a FIFO was replaced
the same way; ``suggest --batch ... --csv FIFO`` blocked forever; a folder that
cannot hold files was reported by the temporary file's name (``.wb-1a2b.tmp``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.export.files import UnsafeExportPath, write_file_atomically

POSIX_ONLY = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


@POSIX_ONLY
@pytest.mark.parametrize("fmt", ["json", "webannotation", "bundle"])
def test_a_one_file_export_never_replaces_or_awaits_an_unread_named_pipe(
    db: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert main(["--db", str(db), "export", "--format", fmt, "--out", str(pipe)]) == 1
    assert "is a named pipe no program is reading" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".wb-")]


@POSIX_ONLY
def test_a_one_file_export_is_written_into_a_named_pipe_that_is_read(
    db: Path, tmp_path: Path
) -> None:
    """Decided by what the path is (a FIFO), not by its name: the reader gets the export."""
    import fcntl

    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so the export may open it
    try:
        if hasattr(fcntl, "F_SETPIPE_SZ"):  # room for the whole export: nobody reads meanwhile
            fcntl.fcntl(reader, fcntl.F_SETPIPE_SZ, 1 << 20)
        assert main(["--db", str(db), "export", "--format", "json", "--out", str(pipe)]) == 0
        received = b""
        while chunk := os.read(reader, 1 << 16):
            received += chunk
    finally:
        os.close(reader)
    assert received.startswith(b'{\n  "format": "workbench-export"')
    assert received.rstrip().endswith(b"}")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="a POSIX device")
def test_a_one_file_export_to_a_device_is_written_into_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """/dev/null takes the export and stays a device (before: refused as "not a regular file")."""
    assert main(["--db", str(db), "export", "--format", "json", "--out", "/dev/null"]) == 0
    assert "wrote" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux /dev/full")
def test_a_device_that_refuses_the_write_is_named(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "export", "--format", "json", "--out", "/dev/full"]) == 1
    assert "/dev/full: No space left on device" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@POSIX_ONLY
def test_the_batch_csv_never_replaces_a_named_pipe(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements = tmp_path / "statements.txt"
    statements.write_text("The minister said taxes would rise.\n", encoding="utf-8")
    pipe = tmp_path / "matches.csv"
    os.mkfifo(pipe)
    args = ["--db", str(db), "suggest", "--batch", str(statements), "--csv", str(pipe)]
    assert main(args) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_the_batch_csv_is_written_whole(db: Path, tmp_path: Path) -> None:
    statements = tmp_path / "statements.txt"
    statements.write_text("The minister said taxes would rise.\n", encoding="utf-8")
    out = tmp_path / "matches.csv"
    args = ["--db", str(db), "suggest", "--batch", str(statements), "--csv", str(out)]
    assert main(args) == 0
    assert out.read_text(encoding="utf-8").startswith("statement_index,statement,")


@POSIX_ONLY
def test_statements_from_a_named_pipe_are_refused_not_awaited(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "statements"
    os.mkfifo(pipe)
    assert main(["--db", str(db), "suggest", "--batch", str(pipe)]) == 1
    assert "not a regular file (a named pipe)" in capsys.readouterr().err


def test_a_device_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    devnull = Path(os.devnull)
    if not devnull.exists() or stat.S_ISREG(os.stat(devnull).st_mode):
        pytest.skip("no device file here")
    with pytest.raises(UnsafeExportPath, match=r"not a regular file \(a device\)"):
        write_file_atomically(devnull, b"data")
    assert not stat.S_ISREG(os.stat(devnull).st_mode)


@POSIX_ONLY
def test_a_named_pipe_is_refused_and_named_as_one(tmp_path: Path) -> None:
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    with pytest.raises(UnsafeExportPath, match=r"not a regular file \(a named pipe\)"):
        write_file_atomically(pipe, b"{}")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_folder_refusing_new_files_is_reported_by_the_target_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object, *_: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("workbench.export.files.os.open", refuse)
    target = tmp_path / "export.json"
    with pytest.raises(PermissionError) as caught:
        write_file_atomically(target, b"{}")
    assert caught.value.filename == str(target)
    assert ".wb-" not in str(caught.value)


def test_a_folder_named_as_the_one_file_target_is_refused_by_its_own_name(tmp_path: Path) -> None:
    """Before: the rename failed naming the temporary file (".wb-1a2b.tmp"), not the folder."""
    folder = tmp_path / "export.json"
    folder.mkdir()
    with pytest.raises(UnsafeExportPath, match="is a folder; export to a file"):
        write_file_atomically(folder, b"{}")
    assert folder.is_dir() and not list(folder.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".wb-")]



@pytest.mark.parametrize(
    "fmt,out",
    [("json", "notes.txt/out.json"), ("markdown", "notes.txt/a/b"), ("csv", "notes.txt/tables")],
)
def test_a_file_where_a_parent_folder_should_be_is_named(
    db: Path, tmp_path: Path, fmt: str, out: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: ``--out notes.txt/out.json`` said only "notes.txt: File exists"."""
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["--db", str(db), "export", "--format", fmt, "--out", str(tmp_path / out)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in err
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="a POSIX device")
@pytest.mark.parametrize("fmt,what", [("markdown", "Markdown export"), ("csv", "CSV export")])
def test_a_device_given_as_the_export_folder_is_called_a_device(
    db: Path, fmt: str, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: "/dev/null is a file; CSV export needs a folder"."""
    assert main(["--db", str(db), "export", "--format", fmt, "--out", "/dev/null"]) == 1
    assert f"/dev/null is not a folder (a device); {what} needs a folder" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
def test_a_link_to_a_stream_is_refused_not_replaced(tmp_path: Path) -> None:
    """Before: ``--out /dev/stdout`` (a link to /proc/self/fd/1) was replaced by a plain
    file (run as root, /dev/stdout itself) and the export said it wrote the documents."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    with pytest.raises(UnsafeExportPath, match="is a stream, not a file"):
        write_file_atomically(link, b"{}")
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="Linux /proc")
def test_a_system_folder_taking_no_files_is_named_as_such() -> None:
    """Before: ``export --out /proc/version`` said "No such file or directory"."""
    with pytest.raises(UnsafeExportPath, match=r"^cannot write /proc/version: /proc takes no "):
        write_file_atomically(Path("/proc/version"), b"{}")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
@pytest.mark.parametrize("spelling", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "my-link"])
def test_out_standard_output_in_any_spelling_is_written_into(
    db: Path, tmp_path: Path, spelling: str, capfd: pytest.CaptureFixture[str]
) -> None:
    """Standard output however it is named (a link of one's own too: before, only four
    spellings were known and ``my-link`` was refused as "a stream") gets the export, and
    the link is left in place; a folder export is told it needs a folder, not a file."""
    out = tmp_path / spelling if spelling == "my-link" else Path(spelling)
    if spelling == "my-link":
        out.symlink_to("/proc/self/fd/1")
    assert main(["--db", str(db), "export", "--format", "json", "--out", str(out)]) == 0
    assert capfd.readouterr().out.startswith('{\n  "format": "workbench-export"')
    assert out.is_symlink() or spelling == "/dev/fd/1"
    assert main(["--db", str(db), "export", "--format", "markdown", "--out", str(out)]) == 1
    err = capfd.readouterr().err
    assert "is a stream, not a folder" in err and "is a file" not in err


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
def test_out_dev_stdout_sent_to_a_file_appends_and_keeps_the_link(
    db: Path, tmp_path: Path
) -> None:
    """``--out /dev/stdout >> file`` keeps what the file held; the link is not replaced."""
    import subprocess
    import sys

    target = tmp_path / "out.json"
    target.write_text("kept\n", encoding="utf-8")
    command = [sys.executable, "-m", "workbench", "--db", str(db), "export", "--format", "json",
               "--out", "/dev/stdout"]
    with target.open("ab") as stream:
        done = subprocess.run(command, stdout=stream, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith('kept\n{\n  "format"')
    assert os.path.islink("/dev/stdout")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
def test_a_stream_given_as_the_export_folder_is_called_a_stream(tmp_path: Path) -> None:
    """Before: ``--out /dev/stderr`` sent to a file was called "a file"."""
    from workbench.export.files import refuse_non_folder

    link = tmp_path / "stderr"
    link.symlink_to("/proc/self/fd/2")
    with pytest.raises(UnsafeExportPath, match="is a stream, not a folder"):
        refuse_non_folder(link, "Markdown export")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
@pytest.mark.parametrize("target", ["/dev/stdout", "../../../../../../../../proc/self/fd/1"])
def test_a_link_of_ones_own_to_standard_output_sent_to_a_file_is_written_into(
    db: Path, tmp_path: Path, target: str
) -> None:
    """Attack run 14: a link to ``/dev/stdout`` (a link itself) or a relative link into
    /proc, with the output sent to a file, was replaced by a plain file holding the export
    (nothing reached standard output) and a folder export called it "a file"."""
    import subprocess
    import sys

    link = tmp_path / "to-stdout"
    link.symlink_to(target)
    sent_to = tmp_path / "out.json"
    base = [sys.executable, "-m", "workbench", "--db", str(db), "export", "--out", str(link)]
    with sent_to.open("ab") as stream:
        done = subprocess.run([*base, "--format", "json"], stdout=stream,
                              stderr=subprocess.PIPE, check=False)
        folder = subprocess.run([*base, "--format", "markdown"], stdout=stream,
                                stderr=subprocess.PIPE, check=False)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == target
    assert sent_to.read_text(encoding="utf-8").startswith('{\n  "format"')
    assert folder.returncode == 1
    assert b"is a stream, not a folder" in folder.stderr


@pytest.mark.parametrize("fmt", ["json", "webannotation", "bundle"])
def test_a_one_file_export_to_a_path_ending_in_a_slash_is_refused_as_a_folder(
    db: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack run 14: ``--out new.json/`` wrote a file called ``new.json``; a trailing slash
    names a folder (a shell's ``> new.json/`` says "Is a directory"), so nothing is written."""
    out = f"{tmp_path / 'new.json'}/"
    assert main(["--db", str(db), "export", "--format", fmt, "--out", out]) == 1
    err = capsys.readouterr().err
    assert f"{out} names a folder; --format {fmt} writes one file" in err
    assert not (tmp_path / "new.json").exists()


def test_a_folder_export_to_a_path_ending_in_a_slash_writes_into_that_folder(
    db: Path, tmp_path: Path
) -> None:
    assert main(["--db", str(db), "export", "--format", "csv",
                 "--out", f"{tmp_path / 'notes'}/"]) == 0
    assert (tmp_path / "notes" / "entities.csv").is_file()


def test_a_full_disk_names_the_file_it_could_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    target = tmp_path / "notes" / "index.md"
    with pytest.raises(OSError, match="No space left on device") as raised:
        write_file_atomically(target, b"# Index\n")
    assert raised.value.filename == str(target)
    assert list(target.parent.iterdir()) == []  # no temporary file left behind
