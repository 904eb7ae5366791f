"""Unexpected errors (bugs): log the traceback, tell the user where the log is, keep running.

The crash dialog is shown non-modally and never closes or resets other windows, so a form the user
was filling in stays as it was; most bugs only abort the one click that triggered them.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.logging_setup import log_file_path

log = logging.getLogger(__name__)

CrashHook = Callable[[str], None]
_hook: CrashHook | None = None
_open_dialogs: list[CrashDialog] = []


def set_hook(hook: CrashHook | None) -> CrashHook | None:
    """Tests: receive the details text instead of a dialog. Returns the previous hook."""
    global _hook
    previous, _hook = _hook, hook
    return previous


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: unexpected error").format(app=APP_NAME))
        self.details = details
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside CentreDesk. What you were doing may not have been saved, "
                "but your open windows and forms are untouched: check them, then carry on or save your work."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.where = where = QLabel(self.tr("The details were written to the log file:\n{path}").format(path=log_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Error details"))
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 25)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if self in _open_dialogs:
            _open_dialogs.remove(self)
        super().closeEvent(event)  # type: ignore[arg-type]


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    header = f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
    return header + "".join(traceback.format_exception(exc_type, exc, tb))


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log a bug and show the crash dialog (from the GUI thread; other threads only log)."""
    details = format_details(exc_type, exc, tb)
    log.critical("unexpected error\n%s", details)
    if _hook is not None:
        _hook(details)
        return
    if not _on_gui_thread():
        return
    dialog = CrashDialog(details, log_file_path())
    _open_dialogs.append(dialog)  # keep it alive: non-modal, no parent
    dialog.show()
    dialog.raise_()


def report_exception(exc: BaseException) -> None:
    report(type(exc), exc, exc.__traceback__)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        report(exc_type, exc, tb)
    except Exception:  # the crash path itself must never crash the app
        log.exception("crash dialog failed")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook


def open_dialogs() -> list[CrashDialog]:
    return list(_open_dialogs)
