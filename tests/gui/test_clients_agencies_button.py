"""The agencies directory is reachable from the Clients page for those who may read case files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.db import Database
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.views.casework.agencies_page import AgenciesDialog
from desktop.views.clients.page import ClientsPage
from desktop.views.context import PageContext, load_centre


def test_caseworker_opens_agencies_front_desk_has_no_button(qtbot: Any, db: Database,
                                                            actors: dict[Role, Actor]) -> None:
    page = ClientsPage(PageContext(db, actors[Role.CASEWORKER], load_centre(db)))
    qtbot.addWidget(page)
    page.show()
    assert page.agencies_button.isVisible()
    qtbot.mouseClick(page.agencies_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AgenciesDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()

    desk = ClientsPage(PageContext(db, actors[Role.FRONT_DESK], load_centre(db)))
    qtbot.addWidget(desk)
    desk.show()
    assert not desk.agencies_button.isVisible()
