"""The Timeline tab: every area's dated entries about the household and its people, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services import households, timeline
from desktop.services.permissions import Permission
from desktop.services.uow import UnitOfWork
from desktop.views.clients.file_tabs import register_tab
from desktop.views.context import PageContext


class TimelineTab(QWidget):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__()
        self.context, self.household_id, self.person_id = context, household_id, person_id
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Nothing recorded yet."))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Timeline"))
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.reload()

    def reload(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            people = households.file_person_ids(uow, self.household_id, self.person_id)
            entries = timeline.timeline(uow, self.context.actor, self.household_id, people)
        self.list.clear()
        for e in entries:
            self.list.addItem(f"{e.when.isoformat()}   {e.text}")
        self.empty.setVisible(not entries)


register_tab("timeline", QT_TRANSLATE_NOOP("file_tabs", "Timeline"), Permission.FIND_CLIENTS, TimelineTab, order=90)
