"""Python's cycle collector runs on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate. When that is a worker (a dashboard
load, an export) and the garbage holds Qt wrappers, the widgets are destroyed off the GUI thread: Qt then
crashes the process or deadlocks it. So automatic collection is switched off and a timer on the GUI thread
collects with the same thresholds (the pattern pyqtgraph and napari use). Reference counting, which frees
almost everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500
_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def install(app: QObject) -> GuiThreadCollector:
    """Once per process, on the GUI thread, with the application as parent."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
