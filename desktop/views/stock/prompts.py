"""Asking for a short text (an override or reversal reason). Tests route answers through `set_answer_hook`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QWidget

AnswerHook = Callable[[str, str], str | None]
_hook: AnswerHook | None = None


def set_answer_hook(hook: AnswerHook | None) -> AnswerHook | None:
    global _hook
    previous, _hook = _hook, hook
    return previous


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """The text typed (stripped), or None when cancelled or left empty."""
    if _hook is not None:
        answer = _hook(title, label)
    else:
        text, ok = QInputDialog.getText(parent, title, label)
        answer = text if ok else None
    answer = (answer or "").strip()
    return answer or None
