"""A table built once per process, even when threads ask for it at the same moment."""

from __future__ import annotations

import threading
import time

import pytest

from workbench.core.built_once import BuiltOnce


def test_threads_asking_together_share_one_build() -> None:
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        time.sleep(0.05)  # long enough for every thread to miss before the first is done
        return {"built": len(builds)}

    table = BuiltOnce(build)
    start = threading.Barrier(4)
    results: list[dict[str, int]] = []

    def ask() -> None:
        start.wait()
        results.append(table())

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert len(results) == 4 and all(result is results[0] for result in results)


def test_a_failed_build_is_tried_again_and_none_is_a_value() -> None:
    calls: list[int] = []

    def flaky() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("data missing")

    table = BuiltOnce(flaky)
    with pytest.raises(OSError, match="data missing"):
        table()
    assert table() is None
    assert table() is None
    assert len(calls) == 2

