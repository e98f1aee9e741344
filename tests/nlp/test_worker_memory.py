"""Worker processes keep freed memory for the next batch instead of mapping it afresh."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.nlp import workers

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's mallopt and mallinfo2"
)

# Counts the allocator's fresh mappings (hblks, new ones) after a 20 MB block like a batch's array,
# and the heap kept after it is freed (arena), in a process of its own.
_ALLOCATE = """
import ctypes, sys
fields = ("arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost").split()
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in fields]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Info
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "keep":
    from workbench.nlp.workers import keep_freed_memory
    assert keep_freed_memory()
before = libc.mallinfo2().hblks
block = libc.malloc(20 * 1024 * 1024)
mapped = libc.mallinfo2().hblks - before
libc.free(block)
print(mapped, libc.mallinfo2().arena >= 20 * 1024 * 1024)
"""


def _allocate(mode: str) -> str:
    return subprocess.run([sys.executable, "-c", _ALLOCATE, mode], capture_output=True,
                          text=True, check=True).stdout.split()


@glibc_only
def test_a_batch_sized_block_comes_from_the_kept_heap() -> None:
    assert _allocate("default") == ["1", "False"]  # mapped afresh, handed back when freed
    assert _allocate("keep") == ["0", "True"]  # from the heap, and the heap kept


def test_warm_up_keeps_freed_memory_before_loading_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import workbench.nlp.pipeline as pipeline

    calls: list[str] = []
    monkeypatch.setattr(workers, "exit_with_parent", lambda: None)
    monkeypatch.setattr(workers, "keep_freed_memory", lambda: calls.append("keep") or True)
    monkeypatch.setattr(pipeline, "load_pipeline", lambda: calls.append("load"))
    workers.warm_up()
    assert calls == ["keep", "load"]


def test_the_desktop_warm_worker_hands_freed_memory_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It lives for the whole session: keeping up to 256 MB of freed heap there would
    hold it for hours for the few documents it analyses at a time."""
    import workbench.nlp.pipeline as pipeline
    import workbench.nlp.warm as warm

    calls: list[str] = []
    monkeypatch.setattr(workers, "exit_with_parent", lambda: None)
    monkeypatch.setattr(workers, "keep_freed_memory", lambda: calls.append("keep") or True)
    monkeypatch.setattr(pipeline, "load_pipeline", lambda: calls.append("load"))
    monkeypatch.setattr(warm, "run_job", lambda job: calls.append("job"))
    warm._warm_up_quietly(0)
    assert calls == ["load", "job"]
