"""Put people on a shift, the clashes shown in plain words before saving."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rosters import AssignmentStatus
from desktop.services.rosters import assignments, clashes, grid, register
from desktop.services.rosters.clashes import Clash
from desktop.services.rosters.common import status_label, time_range, weekday_name
from desktop.services.rosters.grid import ShiftCell
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.rosters.support import Failed, call


def shift_title(cell: ShiftCell) -> str:
    return (f"{cell.post_name}, {weekday_name(cell.day.weekday())} {cell.day.isoformat()}, "
            f"{time_range(cell.start_time, cell.end_time)}")


class AssignDialog(BaseDialog):
    """Who is on the shift, who could be added, and what would clash, in plain words, before saving."""

    def __init__(self, context: PageContext, cell: ShiftCell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.cell = context, cell
        self.changed = False
        self.clashes: list[Clash] = []
        self.setWindowTitle(self.tr("People on the shift"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.on_shift = QListWidget()
        self.on_shift.setAccessibleName(self.tr("People on this shift"))
        layout.addWidget(self.on_shift)
        self.remove_button = QPushButton(self.tr("Take off the shift"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.setEditable(True)  # type to find someone among hundreds
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(self.tr("Person to add"))
        self.person.currentIndexChanged.connect(self.check)
        form.addRow(self.tr("&Add person:"), self.person)
        self.clash_label = QLabel()
        self.clash_label.setWordWrap(True)
        self.clash_label.setAccessibleName(self.tr("Clashes"))
        form.addRow(self.tr("Checks:"), self.clash_label)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason to assign anyway"))
        self.reason.setPlaceholderText(self.tr("Needed only to assign despite a clash"))
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.assign_button = buttons.addButton(self.tr("A&ssign"), QDialogButtonBox.ButtonRole.ActionRole)
        self.assign_button.setShortcut(QKeySequence("Ctrl+S"))
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self.refresh()

    def refresh(self) -> None:
        cell = self.cell
        self.heading.setText(shift_title(cell) + "\n" + self.tr("{filled} of {needed} people").format(
            filled=cell.filled, needed=cell.needed))
        self.on_shift.clear()
        for person in cell.people:
            item = QListWidgetItem(f"{person.name} — {status_label(person.status)}")
            item.setData(256, person.assignment_id)
            item.setData(257, person.status.value)
            self.on_shift.addItem(item)
        taken = {p.staff_id for p in cell.people}
        staff = call(self.context, self, lambda uow: register.list_staff(uow, self.context.actor), write=False)
        self.person.blockSignals(True)
        self.person.clear()
        for row in staff:
            if row.id not in taken:
                self.person.addItem(row.name, row.id)
        self.person.setCurrentIndex(-1)
        self.person.blockSignals(False)
        self.check()

    def reload_cell(self) -> None:
        period = call(self.context, self, lambda uow: grid.roster_period(uow, self.context.actor, self.cell.day, 1),
                      write=False)
        self.cell = next(c for c in period.shifts if c.id == self.cell.id)
        self.refresh()

    def check(self) -> None:
        staff_id = self.person.currentData()
        if staff_id is None:
            self.clashes = []
            self.clash_label.setText(self.tr("Choose a person to see what would clash."))
            self.reason.setEnabled(False)
            self.assign_button.setEnabled(False)
            return
        self.clashes = call(self.context, self, lambda uow: clashes.check_assignment(
            uow, self.context.actor, self.cell.id, int(staff_id)), write=False)
        if not self.clashes:
            self.clash_label.setText(self.tr("No clashes."))
        else:
            self.clash_label.setText("\n".join(
                ("⚠ " if c.blocking else "ℹ ") + c.message for c in self.clashes))
        blocking = any(c.blocking for c in self.clashes)
        self.clash_label.setStyleSheet("color: #b3261e;" if blocking else "")
        self.reason.setEnabled(blocking)
        self.assign_button.setEnabled(True)

    def assign(self) -> None:
        staff_id = self.person.currentData()
        if staff_id is None:
            return
        reason = self.reason.text()
        try:
            result = call(self.context, self, lambda uow: assignments.assign(
                uow, self.context.actor, self.cell.id, int(staff_id), override_reason=reason))
        except Failed:
            return
        self.changed = True
        self.reason.clear()
        if result.overridden:
            messages.info(self, self.tr("Assigned despite the clashes; your reason was recorded."))
        self.reload_cell()

    def remove_selected(self) -> None:
        item = self.on_shift.currentItem()
        if item is None:
            return
        if item.data(257) != AssignmentStatus.SCHEDULED.value:
            messages.warn(self, self.tr("Only someone who has not started the shift can be taken off it."))
            return
        try:
            call(self.context, self, lambda uow: assignments.unassign(uow, self.context.actor, int(item.data(256))))
        except Failed:
            return
        self.changed = True
        self.reload_cell()
