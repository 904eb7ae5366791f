"""Base dialog that remembers its size and place, and the one accessor for UI-state QSettings.

QSettings holds UI state only (window geometry, the login screen's last language). Everything about
the centre lives in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop import APP_NAME


def ui_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def error_label() -> QLabel:
    """An inline message under a form: red, wrapping, read out by screen readers, empty until used."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("inlineError")
    # Margin rather than CSS padding: QLabel's height-for-width then accounts for it (no clipped lines).
    label.setStyleSheet("color: white; background-color: #b3261e; border-radius: 3px;")
    label.setMargin(max(2, label.fontMetrics().height() // 3))
    label.setAccessibleName("error")
    label.setVisible(False)
    return label


def set_error(label: QLabel, message: str, hint: str = "") -> None:
    text = f"{message}\n{hint}" if hint else message
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(message))
    if message:
        # Grow the window if the message needs room, never shrink what the user sized.
        window = label.window()
        needed = window.sizeHint().height()
        if window is not label and window.height() < needed:
            window.resize(window.width(), needed)


class BaseDialog(QDialog):
    """Restores geometry saved under `geometry/<settings_key>` (defaults to the class name)."""

    settings_key: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restored = False

    def _key(self) -> str:
        return f"geometry/{self.settings_key or type(self).__name__}"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._restored:
            self._restored = True
            value = ui_settings().value(self._key())
            if isinstance(value, QByteArray) and not value.isEmpty():
                self.restoreGeometry(value)
        super().showEvent(event)

    def save_geometry(self) -> None:
        ui_settings().setValue(self._key(), self.saveGeometry())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self._restored:
            self.save_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        super().closeEvent(event)
