"""The register of staff and volunteers: a searchable list and one dialog for details, credentials, availability."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rosters import QualificationKind, StaffKind
from desktop.services.rosters import register
from desktop.services.rosters.common import kind_label
from desktop.services.rosters.register import HeldQualification, StaffInput, StaffRow
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.rosters.availability_editor import AvailabilityEditor
from desktop.views.rosters.support import Failed, call, to_date, to_qdate

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_KIND, COL_ROLE, COL_PHONE, COL_MAX = range(5)
NO_DATE = QDate(2000, 1, 1)  # QDateEdit's "special value" minimum shows as empty


class StaffModel(QAbstractTableModel):
    HEADERS = ("Name", "Type", "Role", "Phone", "Max h/week")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        value = {COL_NAME: row.name, COL_KIND: kind_label(row.kind), COL_ROLE: row.role_title, COL_PHONE: row.phone,
                 COL_MAX: "" if row.max_hours_per_week is None else f"{row.max_hours_per_week.normalize():f}"}
        text = value[index.column()]
        return text if row.active or index.column() != COL_NAME else f"{text} ({self.tr('inactive')})"

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


def _date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value) if value else NO_DATE)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _date_or_none(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else to_date(edit.date())


class StaffDialog(BaseDialog):
    def __init__(self, context: PageContext, staff_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.staff_id = context, staff_id
        self.setWindowTitle(self.tr("Person on the register"))
        detail = (call(context, self, lambda uow: register.get_staff(uow, context.actor, staff_id), write=False)
                  if staff_id else None)
        data = detail.data if detail else StaffInput("", "")
        tabs = QTabWidget()
        details = QWidget()
        form = QFormLayout(details)
        self.given, self.family = QLineEdit(data.given_name), QLineEdit(data.family_name)
        self.kind = QComboBox()
        for kind in StaffKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(data.kind.value))
        self.role_title, self.phone = QLineEdit(data.role_title), QLineEdit(data.phone)
        self.email, self.address = QLineEdit(data.email), QLineEdit(data.address)
        self.emergency_name = QLineEdit(data.emergency_contact_name)
        self.emergency_phone = QLineEdit(data.emergency_contact_phone)
        self.max_hours = QDoubleSpinBox()
        self.max_hours.setRange(0, 168)
        self.max_hours.setSpecialValueText(self.tr("no limit"))
        self.max_hours.setValue(float(data.max_hours_per_week or 0))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(data.active)
        for label, widget in ((self.tr("&Given name:"), self.given), (self.tr("&Family name:"), self.family),
                              (self.tr("&Type:"), self.kind), (self.tr("&Role:"), self.role_title),
                              (self.tr("&Phone:"), self.phone), (self.tr("&E-mail:"), self.email),
                              (self.tr("A&ddress:"), self.address),
                              (self.tr("Emergency &contact:"), self.emergency_name),
                              (self.tr("Emergency p&hone:"), self.emergency_phone),
                              (self.tr("&Maximum hours a week:"), self.max_hours), ("", self.active)):
            form.addRow(label, widget)
        self.login = QComboBox()
        self.login.setAccessibleName(self.tr("Login of this person"))
        self.login.setToolTip(self.tr("Link the person to their login, so the app knows who they are on the roster."))
        self.login.addItem(self.tr("(no login)"), None)
        for choice in call(context, self, lambda uow: register.linkable_logins(uow, context.actor, staff_id),
                           write=False):
            label = f"{choice.username} — {choice.full_name}" if choice.full_name else choice.username
            self.login.addItem(label if choice.active else self.tr("{login} (disabled)").format(login=label),
                               choice.user_id)
        self.login.setCurrentIndex(max(0, self.login.findData(data.user_id)) if data.user_id is not None else 0)
        form.insertRow(form.rowCount() - 1, self.tr("&Login:"), self.login)  # above "Active"
        tabs.addTab(details, self.tr("Details"))
        tabs.addTab(self._credentials_tab(detail.qualifications if detail else ()), self.tr("Skills and credentials"))
        self.availability = AvailabilityEditor(detail.availability if detail else ())
        tabs.addTab(self.availability, self.tr("Availability"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(QKeySequence.StandardKey.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _credentials_tab(self, held: tuple[HeldQualification, ...]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel(self.tr("Held")), 0, 0)
        grid.addWidget(QLabel(self.tr("Expires on")), 0, 1)
        self.quals: list[tuple[int, QCheckBox, QDateEdit]] = []
        by_id = {h.qualification_id: h for h in held}
        self.held = by_id  # keeps obtained-on dates and certificate numbers the form does not show
        qualifications = call(self.context, self, lambda uow: register.list_qualifications(uow), write=False)
        for row, info in enumerate(qualifications, start=1):
            box = QCheckBox(f"{info.name} ({kind_label(info.kind)})")
            current = by_id.get(info.id)
            box.setChecked(current is not None)
            expiry = _date_edit(current.expires_on if current else None)
            expiry.setEnabled(info.kind is QualificationKind.CREDENTIAL)
            expiry.setAccessibleName(self.tr("{name} expires on").format(name=info.name))
            grid.addWidget(box, row, 0)
            grid.addWidget(expiry, row, 1)
            self.quals.append((info.id, box, expiry))
        grid.setRowStretch(len(qualifications) + 1, 1)
        return page

    def values(self) -> StaffInput:
        hours = self.max_hours.value()
        return StaffInput(
            self.given.text(), self.family.text(), StaffKind(self.kind.currentData()), self.role_title.text(),
            self.phone.text(), self.email.text(), self.address.text(), self.emergency_name.text(),
            self.emergency_phone.text(), Decimal(str(round(hours, 2))) if hours > 0 else None,
            self.login.currentData(),
            self.active.isChecked())

    def save(self) -> None:
        data = self.values()
        held = [HeldQualification(qid, self.held[qid].obtained_on if qid in self.held else None,
                                  _date_or_none(expiry), self.held[qid].reference if qid in self.held else "")
                for qid, box, expiry in self.quals if box.isChecked()]
        windows = self.availability.windows()

        def write(uow: Any) -> int:
            actor = self.context.actor
            if self.staff_id is None:
                staff_id = register.create_staff(uow, actor, data)
            else:
                staff_id = self.staff_id
                register.update_staff(uow, actor, staff_id, data)
            register.set_qualifications(uow, actor, staff_id, held)
            register.set_availability(uow, actor, staff_id, windows)
            return staff_id

        try:
            self.staff_id = call(self.context, self, write)
        except Failed:
            return
        self.accept()


class RegisterPanel(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.model = StaffModel()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name or role"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.textChanged.connect(self.reload)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.toggled.connect(self.reload)
        self.new_button = QPushButton(self.tr("&New person…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.edit)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.reload()

    def reload(self) -> None:
        text, inactive = self.search.text(), self.show_inactive.isChecked()
        try:
            rows = call(self.context, self, lambda uow: register.list_staff(
                uow, self.context.actor, text=text, include_inactive=inactive), write=False)
        except Failed:
            return
        self.model.set_rows(rows)

    def new(self) -> None:
        if StaffDialog(self.context, None, self).exec():
            self.reload()

    def edit(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows) and StaffDialog(self.context, self.model.rows[row].id, self).exec():
            self.reload()

