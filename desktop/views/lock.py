"""Screen lock: an idle watcher over the whole application and the page that asks for the password.

The main window owns both. Locking switches its central area to `LockPage` and hides every other
window (dialogs included) without closing them, so nothing personal stays on screen and no unsaved
form is lost; unlocking with the same user's password shows them again exactly as they were.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services import users
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views.dialogs import error_label, set_error

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)

LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without keyboard or mouse input in any window of the app."""

    idle = Signal()
    lock_requested = Signal()  # Ctrl+L anywhere, even inside a modal dialog that blocks the main window

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_input = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.set_timeout_ms(timeout_ms)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.timeout_ms = max(1, timeout_ms)
        # Checking a few times per timeout is plenty; restarting a timer on every mouse move is not needed.
        self._timer.start(max(25, min(5000, self.timeout_ms // 4)))

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def reset(self) -> None:
        self._last_input = time.monotonic()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
            if isinstance(event, QKeyEvent) and event.keyCombination() == LOCK_KEYS:
                self.lock_requested.emit()
                return True
        return False

    def _check(self) -> None:
        if self._fired:
            return
        if (time.monotonic() - self._last_input) * 1000 >= self.timeout_ms:
            self._fired = True  # once per idle period; reset() re-arms it after unlocking
            self.idle.emit()


class LockPage(QWidget):
    """Shown instead of the pages while locked: nothing but who is signed in and a password box."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("CentreDesk is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        explain = QLabel(
            self.tr("{name} is signed in. Enter your password to carry on where you left off.").format(
                name=actor.full_name or actor.username
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("&Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.setToolTip(
            self.tr("Someone else can then sign in. Unsaved changes in open forms are lost.")
        )
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.sign_out_button)

    def prepare(self) -> None:
        self.password.clear()
        set_error(self.error, "")
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        password = self.password.text()
        self.password.clear()
        with UnitOfWork(self.db) as uow:
            ok = users.unlock_screen(uow, self.actor, password)
        if ok:
            set_error(self.error, "")
            self.unlocked.emit()
            return
        set_error(
            self.error,
            self.tr("The password is wrong, or the account is locked after too many tries."),
            self.tr("Try again, or sign out so that someone else can sign in."),
        )
        self.password.setFocus()
