"""The Overview tab: household details, members with ages and relationships, flags and alerts, and the
record-level actions (subject access export, archive, erase) for the roles that may use them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.clients import RecordStatus
from desktop.services import archive_erase, client_alerts, households, people
from desktop.services.client_alerts import ClientAlert
from desktop.services.households import HouseholdDetail, MemberInfo
from desktop.services.merge import MERGE_PERMISSION
from desktop.services.people import EDIT_CLIENTS, PersonInfo
from desktop.services.permissions import Permission
from desktop.services.subject_access import export_subject_access
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.clients.edit_dialogs import HouseholdDialog, MergeDialog, MovedOutDialog, PersonDialog
from desktop.views.clients.file_tabs import register_tab
from desktop.views.clients.members_model import COL_NAME, MembersModel
from desktop.views.context import PageContext

ALERT_COLOURS = {"danger": "#b3261e", "warning": "#8a5300", "info": "#1f4e79"}


def money(minor: int | None) -> str:
    return "" if minor is None else f"{minor / 100:,.2f}"


class OverviewTab(QWidget):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__()
        self.context, self.household_id, self.person_id = context, household_id, person_id
        self.detail: HouseholdDetail | None = None
        self.person: PersonInfo | None = None
        self.alerts: list[ClientAlert] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setAccessibleName(self.tr("Client"))
        layout.addWidget(self.title)
        self.alerts_box = QVBoxLayout()
        layout.addLayout(self.alerts_box)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.members = QTableView()
        self.members.setAccessibleName(self.tr("Members"))
        self.members.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.members.verticalHeader().setVisible(False)
        layout.addWidget(self.members, 1)
        edits = QHBoxLayout()
        self.edit_household_button = QPushButton(self.tr("Edit &household…"))
        self.add_member_button = QPushButton(self.tr("A&dd member…"))
        self.edit_person_button = QPushButton(self.tr("Edit &person…"))
        self.moved_out_button = QPushButton(self.tr("Mo&ved out…"))
        self.merge_button = QPushButton(self.tr("&Merge a duplicate…"))
        can_edit = context.can(EDIT_CLIENTS)
        for button, allowed in ((self.edit_household_button, can_edit and household_id is not None),
                                (self.add_member_button, can_edit and household_id is not None),
                                (self.edit_person_button, can_edit),
                                (self.moved_out_button, can_edit and household_id is not None),
                                (self.merge_button, context.can(MERGE_PERMISSION))):
            button.setVisible(allowed)
            edits.addWidget(button)
        edits.addStretch(1)
        layout.addLayout(edits)
        self.edit_household_button.clicked.connect(self.edit_household)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.moved_out_button.clicked.connect(self.moved_out)
        self.merge_button.clicked.connect(self.merge_duplicate)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export personal data…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        for button in (self.export_button, self.archive_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.export_button.setVisible(context.can(Permission.EXPORT_PERSONAL_LISTS))
        self.archive_button.setVisible(context.can(Permission.ARCHIVE_ERASE))
        self.erase_button.setVisible(context.can(Permission.ARCHIVE_ERASE))
        self.export_button.clicked.connect(self.export_person)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.erase_button.clicked.connect(self.erase)
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor
        with UnitOfWork(self.context.db, write=False) as uow:
            if self.household_id is not None:
                self.detail = households.household_detail(uow, actor, self.household_id)
            if self.person_id is not None:
                self.person = people.get_person(uow, actor, self.person_id)
            ids = households.file_person_ids(uow, self.household_id, self.person_id)
            self.alerts = client_alerts.alerts(uow, actor, self.household_id, ids)
        self._show()

    def _show(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        while self.alerts_box.count():
            item = self.alerts_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for alert in self.alerts:
            label = QLabel(alert.text)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: white; background: {ALERT_COLOURS.get(alert.severity, '#444')};"
                                "border-radius: 3px; padding: 3px;")
            self.alerts_box.addWidget(label)
        status = RecordStatus.ACTIVE
        if self.detail is not None:
            d = self.detail
            status = d.status
            heads = [m.person.display_name for m in d.members if m.relationship.value == "head"]
            self.title.setText(f"{d.data.ref} · {heads[0] if heads else ''}".strip(" ·"))
            self.form.addRow(self.tr("Address"), QLabel(d.address or "—"))
            self.form.addRow(self.tr("Phone"), QLabel(d.data.phone or "—"))
            self.form.addRow(self.tr("Housing"), QLabel(d.data.housing_situation or "—"))
            self.form.addRow(self.tr("Monthly income"), QLabel(money(d.data.monthly_income_minor) or "—"))
            registered = d.data.registered_on.isoformat() if d.data.registered_on else ""
            self.form.addRow(self.tr("Registered"), QLabel(registered))
            current = sum(1 for m in d.members if m.current_on(date.today()))
            self.form.addRow(self.tr("Members now"), QLabel(str(current)))
            self.members.setModel(MembersModel(list(d.members), parent=self.members))
            self.members.resizeColumnsToContents()
            self.members.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
            if d.members:
                self.members.selectRow(0)
        elif self.person is not None:
            p = self.person
            status = p.status
            self.title.setText(p.display_name or self.tr("(erased)"))
            born = p.birth_date.isoformat() if p.birth_date else (str(p.birth_year) if p.birth_year else "—")
            self.form.addRow(self.tr("Born"), QLabel(born))
            self.form.addRow(self.tr("Identifier"), QLabel(p.id_number or "—"))
            self.form.addRow(self.tr("Phone"), QLabel(p.phone or "—"))
            self.form.addRow(self.tr("Household"), QLabel(self.tr("none (served on their own)")))
            self.members.setVisible(False)
        if status is RecordStatus.ARCHIVED:
            self.title.setText(self.title.text() + "  " + self.tr("(archived)"))
        elif status is RecordStatus.ERASED:
            self.title.setText(self.tr("Erased record"))
        self.archive_button.setText(self.tr("Restore") if status is RecordStatus.ARCHIVED else self.tr("Archive"))
        self.archive_button.setEnabled(self.household_id is not None and status is not RecordStatus.ERASED)
        self.erase_button.setEnabled(status is not RecordStatus.ERASED)

    def selected_person(self) -> int | None:
        if self.detail is None:
            return self.person_id
        rows = self.members.selectionModel().selectedRows() if self.members.selectionModel() else []
        model = self.members.model()
        if rows and isinstance(model, MembersModel):
            return model.members[rows[0].row()].person.id
        return self.person_id

    def selected_member(self) -> MemberInfo | None:
        model = self.members.model()
        rows = self.members.selectionModel().selectedRows() if self.members.selectionModel() else []
        if self.detail is None or not rows or not isinstance(model, MembersModel):
            return None
        return model.members[rows[0].row()]

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.reload()

    def edit_household(self) -> None:
        if self.detail is not None:
            self._run(HouseholdDialog(self.context, self.detail.id, self.detail.data, self))

    def add_member(self) -> None:
        if self.household_id is not None:
            self._run(PersonDialog(self.context, household_id=self.household_id, parent=self))

    def edit_person(self) -> None:
        member = self.selected_member()
        person = member.person if member else self.person
        if person is not None:
            self._run(PersonDialog(self.context, person=person, parent=self))

    def moved_out(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._run(MovedOutDialog(self.context, member.membership_id, member.person.display_name, self))

    def merge_duplicate(self) -> None:
        self._run(MergeDialog(self.context, household_id=self.household_id,
                              person_id=None if self.household_id is not None else self.person_id, parent=self))

    def export_person(self) -> None:
        person_id = self.selected_person()
        if person_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export personal data"), f"person-{person_id}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        pdf = Path(path)
        try:
            with UnitOfWork(self.context.db) as uow:
                export_subject_access(uow, self.context.actor, person_id, pdf.with_suffix(".json"), pdf)
                uow.commit()
        except UserError as err:
            messages.show_user_error(self, err)
            return
        messages.info(self, self.tr("Saved {pdf} and {json}.").format(pdf=pdf, json=pdf.with_suffix(".json")))

    def toggle_archive(self) -> None:
        if self.household_id is None or self.detail is None:
            return
        restoring = self.detail.status is RecordStatus.ARCHIVED
        if not restoring and not messages.confirm(self, self.tr("Archive this household?"),
                                                  self.tr("It disappears from daily lists and search; nothing is "
                                                          "deleted and it can be restored.")):
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                if restoring:
                    archive_erase.restore_household(uow, self.context.actor, self.household_id)
                else:
                    archive_erase.archive_household(uow, self.context.actor, self.household_id)
                uow.commit()
        except UserError as err:
            messages.show_user_error(self, err)
        self.reload()

    def erase(self) -> None:
        if not messages.confirm(self, self.tr("Erase the personal data of this record for good?"),
                                self.tr("Names, identifiers, contact details and notes are removed and cannot be "
                                        "brought back. Anonymous service counts are kept.")):
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                if self.household_id is not None:
                    archive_erase.erase_household(uow, self.context.actor, self.household_id)
                elif self.person_id is not None:
                    archive_erase.erase_person(uow, self.context.actor, self.person_id)
                uow.commit()
        except UserError as err:
            messages.show_user_error(self, err)
        self.reload()


register_tab("overview", QT_TRANSLATE_NOOP("file_tabs", "Overview"), Permission.FIND_CLIENTS, OverviewTab, order=0)
