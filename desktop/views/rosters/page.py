"""The Rosters page: tabs for what the role may use (the desk for everyone who signs people in)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.permissions import Permission
from desktop.views.context import PageContext
from desktop.views.rosters.desk import DeskPanel
from desktop.views.rosters.hours_panel import HoursPanel
from desktop.views.rosters.register_panel import RegisterPanel
from desktop.views.rosters.roster_view import RosterView
from desktop.views.rosters.setup_panel import SetupPanel


class RostersPage(QWidget):
    def __init__(self, context: PageContext, today: date | None = None) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Rosters"))
        layout.addWidget(self.tabs)
        self.roster = RosterView(context, today)
        self.desk = DeskPanel(context, today)
        self.tabs.addTab(self.roster, self.tr("&Roster"))
        self.tabs.addTab(self.desk, self.tr("Sign-in &desk"))
        self.register: RegisterPanel | None = None
        self.setup: SetupPanel | None = None
        self.hours: HoursPanel | None = None
        if context.can(Permission.MANAGE_ROSTER):
            self.register = RegisterPanel(context)
            self.setup = SetupPanel(context, today)
            self.tabs.addTab(self.register, self.tr("Re&gister"))
            self.tabs.addTab(self.setup, self.tr("Posts and &templates"))
        if context.can(Permission.MANAGE_ROSTER) or context.can(Permission.VIEW_REPORTS):
            self.hours = HoursPanel(context, today)
            self.tabs.addTab(self.hours, self.tr("&Hours"))
        if not context.can(Permission.MANAGE_ROSTER):
            self.tabs.setCurrentWidget(self.desk)  # front desk, warehouse, caseworkers: signing in is the job
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self) -> None:
        """Other tabs may have changed the data: reload the one now shown."""
        current = self.tabs.currentWidget()
        reload = getattr(current, "reload", None)
        if callable(reload):
            reload()
