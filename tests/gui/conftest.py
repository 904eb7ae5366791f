"""GUI fixtures: message boxes and the crash dialog recorded instead of shown, UI settings in a temp folder."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.views import crash, gc_guard, messages
from desktop.views.translations import install_language


@dataclass
class MessageRecorder:
    shown: list[messages.Shown] = field(default_factory=list)
    answer: bool = True  # what confirm() answers

    def __call__(self, shown: messages.Shown) -> bool:
        self.shown.append(shown)
        return self.answer

    def texts(self) -> list[str]:
        return [s.text for s in self.shown]


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_gui_thread(qapp: QObject) -> None:
    gc_guard.install(qapp)  # as the app does: no cycle collection in worker threads (desktop/views/gc_guard.py)


@pytest.fixture(autouse=True)
def shown(qapp: object) -> Iterator[MessageRecorder]:
    recorder = MessageRecorder()
    previous = messages.set_hook(recorder)
    yield recorder
    messages.set_hook(previous)


@pytest.fixture(autouse=True)
def crashes() -> Iterator[list[str]]:
    """Unexpected errors reach this list instead of a dialog; a test that expects one clears it."""
    seen: list[str] = []
    previous = crash.set_hook(seen.append)
    yield seen
    crash.set_hook(previous)
    assert not seen, f"unexpected error in the GUI:\n{seen[0]}"


@pytest.fixture(autouse=True)
def ui_state(tmp_path: Path, qapp: object) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    install_language("en")  # as the app does: English plural forms come from the English catalogue
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    gc.collect()  # this test's cycles, on the GUI thread, before the next test starts workers
    install_language("en")


@pytest.fixture(autouse=True)
def no_unanswered_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would wait for ever offscreen; fail the test at once instead.

    Tests that expect a dialog answer it through the view's own hook or patch these calls themselves."""

    def refuse(what: str) -> object:
        def call(*args: object, **kwargs: object) -> object:
            raise AssertionError(f"a modal {what} was opened and nothing in the test answers it")
        return call

    monkeypatch.setattr(QDialog, "exec", refuse("dialog"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"file dialog ({name})"))
