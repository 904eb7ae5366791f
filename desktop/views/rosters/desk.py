"""The sign-in desk: today's shifts, one row per person, sign in / sign out / no-show in one key press."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rosters import AssignmentStatus
from desktop.services.permissions import Permission
from desktop.services.rosters import attendance
from desktop.services.rosters.attendance import DeskPerson, DeskShift
from desktop.services.rosters.common import status_label, time_range
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.rosters.support import OK_COLOUR, SHORT_COLOUR, Failed, call, local_text, to_date, to_qdate

Index = QModelIndex | QPersistentModelIndex
COL_TIME, COL_POST, COL_PERSON, COL_STATUS, COL_IN, COL_OUT = range(6)


class DeskModel(QAbstractTableModel):
    HEADERS = ("Time", "Post", "Person", "Status", "Signed in", "Signed out")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[DeskShift, DeskPerson | None]] = []
        self.day: date | None = None

    def set_shifts(self, shifts: list[DeskShift], day: date) -> None:
        self.beginResetModel()
        self.day = day
        self.rows = [(s, p) for s in shifts for p in (s.people or (None,))]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def person_at(self, row: int) -> DeskPerson | None:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shift, person = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TIME:
                prefix = "" if shift.shift_date == self.day else f"{shift.shift_date:%d.%m} "
                return prefix + time_range(shift.start_time, shift.end_time)
            if column == COL_POST:
                return shift.post_name
            if person is None:
                return self.tr("nobody assigned") if column == COL_PERSON else ""
            return {COL_PERSON: person.name, COL_STATUS: status_label(person.status),
                    COL_IN: local_text(person.signed_in_at), COL_OUT: local_text(person.signed_out_at)}.get(column)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS and person is not None:
            if person.status is AssignmentStatus.NO_SHOW:
                return SHORT_COLOUR
            if person.status in (AssignmentStatus.SIGNED_IN, AssignmentStatus.COMPLETED):
                return OK_COLOUR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class CorrectionDialog(BaseDialog):
    """A coordinator corrects the times (both cleared = no-show); the reason is kept and audited."""

    def __init__(self, person: DeskPerson, shift: DeskShift, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct attendance"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"{person.name} — {shift.post_name} {time_range(shift.start_time, shift.end_time)}"))
        default = QDateTime(to_qdate(shift.shift_date), QDateTime.currentDateTime().time())
        self.signed_in = QDateTimeEdit(self._qt(person.signed_in_at) or default)
        self.signed_out = QDateTimeEdit(self._qt(person.signed_out_at) or self.signed_in.dateTime())
        for edit in (self.signed_in, self.signed_out):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.has_out = QCheckBox(self.tr("Signed out"))
        self.has_out.setChecked(person.signed_out_at is not None or person.status is AssignmentStatus.SCHEDULED)
        self.no_show = QCheckBox(self.tr("Did not come (no-show)"))
        self.no_show.setChecked(person.status is AssignmentStatus.NO_SHOW)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        form.addRow(self.tr("Signed &in:"), self.signed_in)
        form.addRow(self.has_out, self.signed_out)
        form.addRow("", self.no_show)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _qt(value: datetime | None) -> QDateTime | None:
        return QDateTime(value.astimezone()) if value else None

    @staticmethod
    def _aware(edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.astimezone()  # naive local wall-clock -> aware

    def values(self) -> tuple[datetime | None, datetime | None, str]:
        if self.no_show.isChecked():
            return None, None, self.reason.text()
        signed_in = self._aware(self.signed_in)
        signed_out = self._aware(self.signed_out) if self.has_out.isChecked() else None
        return signed_in, signed_out, self.reason.text()


class DeskPanel(QWidget):
    def __init__(self, context: PageContext, today: date | None = None) -> None:
        super().__init__()
        self.context = context
        self.model = DeskModel()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.day = QDateEdit(to_qdate(today or date.today()))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Day"))
        self.day.dateChanged.connect(self.reload)
        bar.addWidget(QLabel(self.tr("Shifts on")))
        bar.addWidget(self.day)
        bar.addStretch(1)
        self.in_button = QPushButton(self.tr("Sign &in"))
        self.out_button = QPushButton(self.tr("Sign &out"))
        self.no_show_button = QPushButton(self.tr("&No-show"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.setVisible(context.can(Permission.MANAGE_ROSTER))
        self.in_button.setShortcut(QKeySequence("Ctrl+I"))
        self.out_button.setShortcut(QKeySequence("Ctrl+O"))
        for button in (self.in_button, self.out_button, self.no_show_button, self.correct_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's shifts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.in_button.clicked.connect(lambda: self.act(attendance.sign_in))
        self.out_button.clicked.connect(lambda: self.act(attendance.sign_out))
        self.no_show_button.clicked.connect(lambda: self.act(attendance.mark_no_show))
        self.correct_button.clicked.connect(self.correct)
        self.reload()

    def reload(self) -> None:
        day = to_date(self.day.date())
        row = self.table.currentIndex().row()
        try:
            shifts = call(self.context, self, lambda uow: attendance.desk_shifts(uow, self.context.actor, day),
                          write=False)
        except Failed:
            return
        self.model.set_shifts(shifts, day)
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))

    def selected(self) -> DeskPerson | None:
        return self.model.person_at(self.table.currentIndex().row())

    def act(self, fn: object) -> None:
        person = self.selected()
        if person is None or not callable(fn):
            return
        try:
            call(self.context, self, lambda uow: fn(uow, self.context.actor, person.assignment_id))
        except Failed:
            return
        self.reload()

    def correct(self) -> None:
        row = self.table.currentIndex().row()
        person = self.model.person_at(row)
        if person is None:
            return
        dialog = CorrectionDialog(person, self.model.rows[row][0], self)
        if not dialog.exec():
            return
        signed_in, signed_out, reason = dialog.values()
        try:
            call(self.context, self, lambda uow: attendance.correct_attendance(
                uow, self.context.actor, person.assignment_id, signed_in_at=signed_in, signed_out_at=signed_out,
                reason=reason))
        except Failed:
            return
        self.reload()
