"""One window per household (or per person without a household), its tabs from the file_tabs registry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.services import households, people
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.clients.file_tabs import tabs_for
from desktop.views.context import PageContext

_OPEN: dict[tuple[int | None, int | None], ClientFileWindow] = {}


class ClientFileWindow(QWidget):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context, self.household_id, self.person_id = context, household_id, person_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 640)
        with UnitOfWork(context.db, write=False) as uow:
            if household_id is not None:
                summary = households.household_summary(uow, context.actor, household_id)
                title = f"{summary.ref} · {summary.head_name}".strip(" ·")
            else:
                assert person_id is not None
                title = people.get_person(uow, context.actor, person_id).display_name
        self.setWindowTitle(self.tr("Client file: {title}").format(title=title))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client file sections"))
        layout.addWidget(self.tabs)
        for tab in tabs_for(context.actor):
            widget = tab.factory(context, household_id, person_id)
            widget.setObjectName(f"tab_{tab.key}")
            self.tabs.addTab(widget, tab.title())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.tabs.setCurrentIndex(
            (self.tabs.currentIndex() + 1) % max(1, self.tabs.count())))

    def tab(self, key: str) -> QWidget | None:
        return self.tabs.findChild(QWidget, f"tab_{key}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        _OPEN.pop((self.household_id, self.person_id), None)
        super().closeEvent(event)


def open_client_file(context: PageContext, household_id: int | None, person_id: int | None,
                     parent: QWidget | None = None) -> ClientFileWindow | None:
    """Show the file (raising the window when it is already open). Household files win over person files."""
    key = (household_id, None if household_id is not None else person_id)
    window = _OPEN.get(key)
    if window is None:
        try:
            window = ClientFileWindow(context, key[0], key[1], parent)
        except UserError as err:
            messages.show_user_error(parent, err)
            return None
        _OPEN[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_windows() -> list[ClientFileWindow]:
    return list(_OPEN.values())
