"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from desktop.db import Database
from desktop.services.permissions import Actor
from desktop.views.context import PageContext, load_centre
from desktop.views.main_window import MainWindow


def main_window(qtbot: object, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(PageContext(db, actor, load_centre(db)))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]  # shortcuts need the active window
    return window
