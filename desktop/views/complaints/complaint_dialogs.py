"""The "New complaint" and "Change status" forms. Both save through the complaints service; a refusal is shown
under the form in words and the dialog keeps what was typed (casework FormDialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.models.complaints import CLOSED_COMPLAINT_STATUSES, ComplaintChannel, ComplaintStatus, ComplaintType
from desktop.services import agencies, complaints
from desktop.services.complaints import ComplaintRow
from desktop.services.permissions import Permission
from desktop.services.uow import UnitOfWork
from desktop.views.casework.common import FormDialog
from desktop.views.complaints.picker import ClientPicker
from desktop.views.context import PageContext
from desktop.views.translations import translate


class NewComplaintDialog(FormDialog):
    """From a registered client (found with the client search) or from someone named in free text."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, translate("complaints_view", "New complaint"), self._save, parent)
        self.settings_key = "complaints/new"
        self.add_date("received_on", translate("complaints_view", "Received on"))
        self.add_combo("channel", translate("complaints_view", "Came in by"),
                       [(complaints.channel_label(c), c.value) for c in ComplaintChannel])
        hint = QLabel(translate("complaints_view", "Choose a registered client, or write the name of the person "
                                                   "complaining, or both."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.picker = ClientPicker(context)
        self._add("complainant", translate("complaints_view", "Registered client"), self.picker)
        self.add_line("complainant_name", translate("complaints_view", "Name (if not registered, or on whose behalf)"))
        self.add_line("complainant_contact", translate("complaints_view", "Phone or address to reply to"))
        self.add_combo("complaint_type", translate("complaints_view", "Type of complaint"),
                       [(complaints.type_label(t), t.value) for t in ComplaintType])
        self.add_text("description", translate("complaints_view", "What is the complaint?"))
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.sizeHint().height())

    def _save(self, uow: UnitOfWork, _dialog: FormDialog) -> int:
        household_id, person_id = self.picker.choice()
        return complaints.create_complaint(
            uow, self.context.actor, received_on=self.value("received_on"), channel=self.value("channel"),
            complaint_type=self.value("complaint_type"), description=self.value("description"),
            household_id=household_id, person_id=person_id, complainant_name=self.value("complainant_name"),
            complainant_contact=self.value("complainant_contact"))


class ComplaintStatusDialog(FormDialog):
    """Move a complaint on: in progress, or closed as resolved / referred (to an agency) / rejected, with a note."""

    def __init__(self, context: PageContext, row: ComplaintRow, parent: QWidget | None = None) -> None:
        super().__init__(context, translate("complaints_view", "Complaint no. {id}").format(id=row.id), self._save,
                         parent)
        self.settings_key = "complaints/status"  # one remembered size for every complaint
        self.row = row
        text = row.description if len(row.description) <= 300 else row.description[:300] + "…"
        summary = QLabel(translate("complaints_view", "{type}, received {date} from {who}. Now: {status}.").format(
            type=complaints.type_label(row.complaint_type), date=row.received_on.isoformat(),
            who=row.complainant or row.household_ref or "-", status=complaints.status_label(row.status))
            + "\n" + text)
        summary.setWordWrap(True)
        self.form.addRow(summary)
        order = list(ComplaintStatus)
        self.status: QComboBox = self.add_combo(
            "status", translate("complaints_view", "New status"),
            [(complaints.status_label(s), s.value) for s in sorted(row.next_statuses, key=order.index)])
        self.add_date("resolved_on", translate("complaints_view", "Closed on"))
        agency_rows = []
        if context.can(Permission.READ_CASE_FILES):
            with UnitOfWork(context.db, write=False) as uow:
                agency_rows = agencies.list_agencies(uow, context.actor)
        self.agency: QComboBox = self.add_combo(
            "agency", translate("complaints_view", "Referred to"),
            [(translate("complaints_view", "(no agency named)"), None)] + [(a.name, a.id) for a in agency_rows])
        self.add_text("note", translate("complaints_view", "How it was resolved, referred, or why rejected"),
                      row.resolution_note)
        self.status.currentIndexChanged.connect(lambda _i: self._follow_status())
        self._follow_status()

    def _follow_status(self) -> None:
        status = ComplaintStatus(self.status.currentData())
        self.fields["resolved_on"].setEnabled(status in CLOSED_COMPLAINT_STATUSES)
        self.agency.setEnabled(status is ComplaintStatus.REFERRED)
        if status is not ComplaintStatus.REFERRED:
            self.agency.setCurrentIndex(0)

    def _save(self, uow: UnitOfWork, _dialog: FormDialog) -> None:
        status = ComplaintStatus(self.value("status"))
        closing = status in CLOSED_COMPLAINT_STATUSES
        complaints.change_status(
            uow, self.context.actor, self.row.id, status, on=self.value("resolved_on") if closing else None,
            note=self.value("note"), agency_id=self.value("agency") if status is ComplaintStatus.REFERRED else None)
