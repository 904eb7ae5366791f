"""tasks.run_task: results on the GUI thread, Cancel, the UserError path and the crash path."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from desktop.errors import UserError
from desktop.views import tasks


def _parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_result_is_delivered_on_the_gui_thread(qtbot):
    seen = {}

    def work(progress, a, b):
        seen["worker"] = threading.current_thread()
        progress.start("adding", 2)
        progress.step()
        progress.step()
        return a + b

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    task = tasks.run_task(_parent(qtbot), work, 2, 3, label="Adding", on_done=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 5 and seen["gui"] is True
    assert seen["worker"] is not threading.main_thread()
    assert task.outcome == "done" and task.dialog is None
    assert tasks.running_tasks() == 0


def test_progress_dialog_appears_only_for_slow_work_and_cancel_stops_it(qtbot):
    started = threading.Event()
    cancelled = []

    def slow(progress):
        progress.start("counting", 1000)
        started.set()
        for _ in range(1000):
            time.sleep(0.01)
            progress.step(label="counting slowly")  # raises Cancelled once Cancel was pressed
        return "finished"

    done = []
    task = tasks.run_task(_parent(qtbot), slow, label="Slow work", on_done=done.append,
                          on_cancel=lambda: cancelled.append(True), show_after_ms=100)
    assert started.wait(5)
    assert task.dialog is None  # not before ~show_after_ms
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: task.dialog.bar.value() > 0, timeout=3000)
    assert task.dialog.label.text() == "counting slowly"
    assert task.dialog.bar.maximum() == 1000
    dialog = task.dialog
    with qtbot.waitSignal(task.finished, timeout=5000):
        dialog.cancel_button.click()
    assert cancelled == [True] and done == []
    assert task.outcome == "cancelled"
    assert task.dialog is None


def test_fast_work_never_shows_a_dialog(qtbot):
    task = tasks.run_task(_parent(qtbot), lambda progress: 42, label="Quick", show_after_ms=2000)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.dialog is None and task.outcome == "done"


def test_user_error_goes_to_a_message(qtbot, shown):
    def refuse(progress):
        raise UserError("The disk is full: nothing was saved.", "Free some space.")

    task = tasks.run_task(_parent(qtbot), refuse, label="Saving")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.outcome == "error"
    assert [(s.kind, s.text, s.hint) for s in shown.shown] == [
        ("error", "The disk is full: nothing was saved.", "Free some space.")
    ]


def test_a_bug_goes_down_the_crash_path(qtbot, crashes):
    def broken(progress):
        return 1 / 0

    task = tasks.run_task(_parent(qtbot), broken, label="Broken")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(crashes) == 1 and "ZeroDivisionError" in crashes[0]
    crashes.clear()


def test_on_error_replaces_the_default_handling(qtbot, shown):
    errors = []
    task = tasks.run_task(_parent(qtbot), lambda p: 1 / 0, label="x", on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ZeroDivisionError) and shown.shown == []
