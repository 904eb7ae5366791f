"""Progress and cancellation for long work, with no Qt: services report, the GUI or CLI displays.

A service doing long work takes `progress: Progress` and calls `progress.step(...)` now and then;
each call raises `Cancelled` once the user has pressed Cancel, so work stops between two safe points
and the unit of work rolls back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; whatever was under way has been rolled back."""


class Progress:
    def __init__(self, on_change: Callable[[Progress], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self.label = ""
        self.value = 0
        self.maximum = 0  # 0 = unknown (busy indicator)
        self._on_change = on_change

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self)

    def start(self, label: str, maximum: int = 0) -> None:
        with self._lock:
            self.label, self.value, self.maximum = label, 0, maximum
        self.check()
        self._changed()

    def step(self, amount: int = 1, label: str | None = None) -> None:
        with self._lock:
            self.value += amount
            if label is not None:
                self.label = label
        self.check()
        self._changed()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


