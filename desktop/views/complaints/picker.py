"""Find a registered household or person with the one client search, for the complaint and DTKS forms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services import client_search
from desktop.services.client_search import ClientHit
from desktop.services.permissions import Permission
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext
from desktop.views.translations import translate

HIT_ROLE = Qt.ItemDataRole.UserRole


class _SearchLine(QLineEdit):
    """Down arrow moves into the results, as on the Clients page."""

    def __init__(self, results: QListWidget) -> None:
        super().__init__()
        self.results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)


def hit_text(hit: ClientHit) -> str:
    parts = [hit.display_name, hit.household_ref, hit.address]
    if hit.person_id is None:
        parts.append(translate("complaints_view", "(household)"))
    return " · ".join(p for p in parts if p)


class ClientPicker(QWidget):
    """A search line and its results; the highlighted result is the choice. Nothing highlighted = no client."""

    changed = Signal()

    def __init__(self, context: PageContext, *, households_only: bool = False) -> None:
        super().__init__()
        self.context, self.households_only = context, households_only
        self.results = QListWidget()
        self.results.setAccessibleName(translate("complaints_view", "Matching clients"))
        self.results.setMaximumHeight(self.fontMetrics().height() * 8)
        self.search = _SearchLine(self.results)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("complaints_view", "Type a name, NIK, phone or reference"))
        self.search.setAccessibleName(translate("complaints_view", "Find a registered client"))
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen_label)
        self.search.textChanged.connect(self.run_search)
        self.results.itemSelectionChanged.connect(self._show_choice)
        self.setFocusProxy(self.search)
        self._show_choice()

    def run_search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) >= 2 and self.context.can(Permission.FIND_CLIENTS):
            with UnitOfWork(self.context.db, write=False) as uow:
                hits = client_search.search_clients(uow, self.context.actor, text, limit=20)
            for hit in hits:
                if self.households_only and (hit.person_id is not None or hit.household_id is None):
                    continue
                item = QListWidgetItem(hit_text(hit))
                item.setData(HIT_ROLE, (hit.household_id, hit.person_id))
                self.results.addItem(item)
        self._show_choice()

    def choice(self) -> tuple[int | None, int | None]:
        """(household_id, person_id) of the highlighted result, or (None, None)."""
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None, None
        household_id, person_id = item.data(HIT_ROLE)
        return household_id, person_id

    def _show_choice(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.isSelected():
            self.chosen_label.setText(translate("complaints_view", "Chosen: {client}").format(client=item.text()))
        else:
            self.chosen_label.setText(translate("complaints_view", "No registered client chosen."))
        self.changed.emit()
