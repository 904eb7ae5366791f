"""The one way to run long work off the GUI thread (Picard's run_task, with a Progress object).

    run_task(parent, backup_fn, folder, label=..., on_done=show_result)

`fn(progress, *args)` runs on a QThreadPool worker and must open its own UnitOfWork. Its result, or
its error, comes back on the GUI thread through a queued signal. A progress dialog (label, bar,
Cancel) appears only if the work takes longer than SHOW_AFTER_MS. Cancel sets the Progress flag; the
worker raises `Cancelled` at its next step and its unit of work rolls back. A `UserError` is shown
through `messages`; anything else is a bug and goes down the crash path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.progress import Cancelled, Progress
from desktop.views import crash, messages

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 500
_running: set[Task] = set()  # keeps tasks (and their signal objects) alive until they finish


class _Signals(QObject):
    """Emitted from the worker thread; the receivers live on the GUI thread, so delivery is queued."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.progress, self.signals = fn, args, progress, signals

    def run(self) -> None:
        try:
            result = self.fn(self.progress, *self.args)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class ProgressDialog(QDialog):
    """Label, bar and Cancel. Closing it (Esc, window button) asks to cancel; only the task hides it."""

    cancel_requested = Signal()

    def __init__(self, title: str, cancellable: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.cancellable = cancellable
        self._finished = False
        layout = QVBoxLayout(self)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def update_progress(self, label: str, value: int, maximum: int) -> None:
        self.label.setText(label)
        self.bar.setRange(0, max(maximum, 0))  # 0..0 = busy indicator
        if maximum:
            self.bar.setValue(min(value, maximum))

    def show_cancelling(self) -> None:
        self.label.setText(self.tr("Cancelling… the work stops at the next safe point."))
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        self._finished = True
        self.hide()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            if self.cancellable:
                self.cancel_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._finished:
            event.accept()
            return
        if self.cancellable:
            self.cancel_requested.emit()
        event.ignore()


class Task(QObject):
    """A running piece of work. `finished` fires once, after on_done/on_error/on_cancel ran."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.label = label
        self.on_done, self.on_error, self.on_cancel = on_done, on_error, on_cancel
        self.cancellable = cancellable
        self.done = False
        self.outcome: str = "running"  # then "done", "error" or "cancelled"
        self.signals = _Signals()
        self.progress = Progress(on_change=self._worker_progress)
        self.dialog: ProgressDialog | None = None
        self._last = (label, 0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self.signals.progressed.connect(self._update_dialog)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)

    # -- worker side (any thread) ---------------------------------------------------------------------
    def _worker_progress(self, progress: Progress) -> None:
        self.signals.progressed.emit(progress.label or self.label, progress.value, progress.maximum)

    # -- GUI side -------------------------------------------------------------------------------------
    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.show_cancelling()

    def _show_dialog(self) -> None:
        if self.done:
            return
        self.dialog = ProgressDialog(self.label, self.cancellable, self.parent_widget)
        self.dialog.cancel_requested.connect(self.cancel)
        self._update_dialog(*self._last)
        self.dialog.show()

    def _update_dialog(self, label: str, value: int, maximum: int) -> None:
        self._last = (label, value, maximum)
        if self.dialog is not None and not self.progress.cancelled:
            self.dialog.update_progress(label, value, maximum)

    def _finish(self, outcome: str) -> None:
        self.done = True
        self.outcome = outcome
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog = None

    def _succeeded(self, result: Any) -> None:
        self._finish("done")
        try:
            if self.on_done is not None:
                self.on_done(result)
        finally:
            self._release()

    def _failed(self, exc: BaseException) -> None:
        self._finish("error")
        try:
            if self.on_error is not None:
                self.on_error(exc)
            elif isinstance(exc, UserError):
                messages.show_user_error(self.parent_widget, exc)
            else:
                crash.report_exception(exc)
        finally:
            self._release()

    def _cancelled(self) -> None:
        self._finish("cancelled")
        try:
            if self.on_cancel is not None:
                self.on_cancel()
        finally:
            self._release()

    def _release(self) -> None:
        self.finished.emit()
        _running.discard(self)


def run_task(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    label: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = SHOW_AFTER_MS,
) -> Task:
    """Run `fn(progress, *args)` on the thread pool; callbacks run on the GUI thread."""
    task = Task(parent, label, on_done, on_error, on_cancel, cancellable)
    _running.add(task)
    task._timer.start(show_after_ms)
    QThreadPool.globalInstance().start(_Runnable(fn, args, task.progress, task.signals))
    return task


def running_tasks() -> int:
    return len(_running)
