"""Cycle collection happens on the GUI thread only (desktop/views/gc_guard.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from desktop.views import gc_guard


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_worker_threads_never_collect_and_the_gui_timer_does(qtbot, qapp) -> None:
    collector = gc_guard.install(qapp)
    assert not gc.isenabled() and collector.timer.isActive()
    gc.collect()

    def make_garbage() -> weakref.ref[_Node]:
        node = _Node()
        for _ in range(5 * collector.threshold[0]):  # far past the young-generation threshold
            _Node()
        return weakref.ref(node)

    result: list[weakref.ref[_Node]] = []
    worker = threading.Thread(target=lambda: result.append(make_garbage()))
    worker.start()
    worker.join()
    assert result[0]() is not None  # the worker allocated plenty, and nothing was collected there
    qtbot.waitUntil(lambda: result[0]() is None, timeout=3 * gc_guard.CHECK_EVERY_MS)
