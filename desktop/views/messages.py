"""The only module that creates QMessageBoxes, so every message looks alike and tests can silence them.

Tests call `set_hook(fn)`: each message is then passed to `fn` as a `Shown` record instead of opening
a modal box, and `fn`'s return value answers `confirm()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.errors import UserError

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Shown:
    kind: str  # "info", "warning", "error" or "question"
    title: str
    text: str
    hint: str = ""


Hook = Callable[[Shown], bool]
_hook: Hook | None = None


def set_hook(hook: Hook | None) -> Hook | None:
    """Route messages to `hook` instead of dialogs (None restores dialogs). Returns the previous hook."""
    global _hook
    previous, _hook = _hook, hook
    return previous



def _show(parent: QWidget | None, kind: str, text: str, hint: str, title: str | None) -> bool:
    title = title or APP_NAME
    if _hook is not None:
        return _hook(Shown(kind, title, text, hint))
    icons = {
        "info": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "error": QMessageBox.Icon.Critical,
        "question": QMessageBox.Icon.Question,
    }
    box = QMessageBox(icons[kind], title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(hint)
    box.setTextFormat(box.textFormat().PlainText)
    if kind == "question":
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box.exec() == QMessageBox.StandardButton.Yes


def info(parent: QWidget | None, text: str, hint: str = "", *, title: str | None = None) -> None:
    _show(parent, "info", text, hint, title)


def warn(parent: QWidget | None, text: str, hint: str = "", *, title: str | None = None) -> None:
    _show(parent, "warning", text, hint, title)


def confirm(parent: QWidget | None, text: str, hint: str = "", *, title: str | None = None) -> bool:
    """Yes/No question; No is the default button so Enter never destroys anything."""
    return _show(parent, "question", text, hint, title)


def show_user_error(parent: QWidget | None, error: UserError, *, title: str | None = None) -> None:
    """A problem the user can fix: its message (already translated) and what to do about it."""
    _show(parent, "error", error.message, error.hint, title or translate("messages", "Cannot do that"))
