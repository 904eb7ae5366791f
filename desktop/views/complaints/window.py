"""The Complaints window: the Complaints tab, and "DTKS proposals" when the centre's profile is Indonesian."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.services import complaints, dtks
from desktop.views import messages
from desktop.views.complaints.complaints_tab import ComplaintsTab
from desktop.views.complaints.dtks_tab import DtksTab
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.translations import translate


def shows_dtks(context: PageContext) -> bool:
    return context.centre.profile == "id" and context.can(dtks.READ)


def can_open(context: PageContext) -> bool:
    return context.can(complaints.READ)


class ComplaintsWindow(BaseDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.complaints = ComplaintsTab(context)
        self.tabs.addTab(self.complaints, translate("complaints_view", "&Complaints"))
        self.dtks: DtksTab | None = None
        if shows_dtks(context):
            self.dtks = DtksTab(context)
            self.tabs.addTab(self.dtks, translate("complaints_view", "&DTKS proposals"))
            self.setWindowTitle(translate("complaints_view", "Complaints and DTKS proposals"))
        else:
            self.setWindowTitle(translate("complaints_view", "Complaints"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 32)
        self.setFocusProxy(self.complaints.search)


def open_complaints(context: PageContext, parent: QWidget | None = None) -> ComplaintsWindow:
    try:
        window = ComplaintsWindow(context, parent)
    except UserError as err:
        messages.show_user_error(parent, err)
        raise
    window.open()
    return window
