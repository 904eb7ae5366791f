"""Composition root: the smoke test, the single-instance guard, a database that cannot be opened, the crash dialog."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from desktop import app
from desktop.views import crash


def test_smoke_test_returns_zero(capsys):
    assert app.smoke_test() == 0
    assert "smoke test: ok" in capsys.readouterr().out


def test_second_start_says_centredesk_is_already_open(monkeypatch, tmp_path, shown):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    held = QLockFile(str(app._lock_file_path()))
    assert held.tryLock(100)
    try:
        assert app.run_gui(str(tmp_path / "db.sqlite3"), "en") == app.EXIT_ALREADY_RUNNING
    finally:
        held.unlock()
    assert [(s.kind, s.text) for s in shown.shown] == [("warning", "CentreDesk is already open on this computer.")]


def test_a_file_that_is_not_a_database_gives_a_clear_message(monkeypatch, tmp_path, shown):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    not_ours = tmp_path / "notes.sqlite3"
    import sqlite3

    with sqlite3.connect(not_ours) as conn:
        conn.execute("CREATE TABLE shopping (item TEXT)")
    conn.close()
    assert app.run_gui(str(not_ours), "en") == app.EXIT_ERROR
    assert shown.shown[0].title == "Cannot open the database"
    assert shown.shown[0].text == "This file is not a CentreDesk database."


def test_crash_dialog_keeps_other_windows_and_copies_details(qtbot):
    form = QLineEdit("unsaved text")
    qtbot.addWidget(form)
    form.show()
    previous = crash.set_hook(None)
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            crash.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        crash.set_hook(previous)
    dialogs = crash.open_dialogs()
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible() and not dialog.isModal()
    assert "RuntimeError: boom" in dialog.details
    assert "centredesk.log" in dialog.where.text()
    dialog.copy_button.click()
    assert "RuntimeError: boom" in QGuiApplication.clipboard().text()
    assert form.isVisible() and form.text() == "unsaved text"
    dialog.close()
    assert crash.open_dialogs() == []
