"""The Complaints tab: filters (status, type, text), the sortable list, New complaint and Change status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.complaints import ComplaintStatus, ComplaintType
from desktop.services import complaints
from desktop.services.complaints import ComplaintFilter, ComplaintRow
from desktop.services.permissions import Permission
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.complaints.complaint_dialogs import ComplaintStatusDialog, NewComplaintDialog
from desktop.views.complaints.list_widgets import FilteredList
from desktop.views.context import PageContext
from desktop.views.rows_model import Column
from desktop.views.translations import translate

OPEN_ONLY = "open_only"


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 80 else line[:80] + "…"


COLUMNS: list[Column[ComplaintRow]] = [
    Column(QT_TRANSLATE_NOOP("complaints_view", "No."), lambda c: str(c.id), numeric=True),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Received"), lambda c: _day(c.received_on)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "From"), lambda c: c.complainant),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Household"), lambda c: c.household_ref),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Type"), lambda c: complaints.type_label(c.complaint_type)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Came in by"), lambda c: complaints.channel_label(c.channel)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Status"), lambda c: complaints.status_label(c.status)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Closed"), lambda c: _day(c.resolved_on)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Complaint"), lambda c: _first_line(c.description)),
]


class ComplaintsTab(FilteredList[ComplaintRow]):
    def __init__(self, context: PageContext) -> None:
        super().__init__(COLUMNS, translate("complaints_view", "Complaints"))
        self.context = context
        self.dialog: NewComplaintDialog | ComplaintStatusDialog | None = None
        self.search.setPlaceholderText(translate("complaints_view", "Search the complaint, name, contact or "
                                                                    "reference (Ctrl+F)"))
        self.search.setAccessibleName(translate("complaints_view", "Search complaints"))
        self.status_filter = self.add_filter(
            translate("complaints_view", "S&tatus:"),
            [(translate("complaints_view", "Open or in progress"), OPEN_ONLY),
             (translate("complaints_view", "All"), "")]
            + [(complaints.status_label(s), s.value) for s in ComplaintStatus])
        self.type_filter = self.add_filter(
            translate("complaints_view", "T&ype:"),
            [(translate("complaints_view", "All types"), "")]
            + [(complaints.type_label(t), t.value) for t in ComplaintType])
        self.new_button = self.add_button(translate("complaints_view", "&New complaint…"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.new_button.setVisible(context.can(complaints.RECORD))
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.status_button = self.add_button(translate("complaints_view", "Change &status…"), needs_selection=True)
        self.status_button.setVisible(context.can(complaints.RESOLVE))
        self.status_button.clicked.connect(lambda: self.change_status())
        if context.can(complaints.RECORD):
            QShortcut(QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                      ).activated.connect(self.new_complaint)
        self.table.activated.connect(lambda _index: self.change_status())
        self.search.textChanged.connect(lambda _text: self.reload())
        for combo in (self.status_filter, self.type_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.finish()
        self.reload()

    def current_filter(self) -> ComplaintFilter:
        status, kind = self.status_filter.currentData(), self.type_filter.currentData()
        return ComplaintFilter(
            status=ComplaintStatus(status) if status and status != OPEN_ONLY else None,
            open_only=status == OPEN_ONLY, complaint_type=ComplaintType(kind) if kind else None,
            text=self.search.text())

    def reload(self, select: int | None = None) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            rows = complaints.list_complaints(uow, self.context.actor, self.current_filter())
        self.set_rows(rows)
        self.count_label.setText(translate("complaints_view", "%n complaint(s)", "", len(rows)))
        if select is not None:
            self.select_id(select)

    def describe(self, row: ComplaintRow) -> str:
        lines = [translate("complaints_view", "No. {id} · {type} · {status}").format(
            id=row.id, type=complaints.type_label(row.complaint_type), status=complaints.status_label(row.status))]
        who = ", ".join(p for p in (row.complainant, row.household_ref, row.complainant_contact) if p)
        if who:
            lines.append(translate("complaints_view", "From: {who}").format(who=who))
        lines.append(row.description)
        if row.resolution_note and row.closed:
            outcome = row.resolution_note + (f" ({row.agency_name})" if row.agency_name else "")
            lines.append(translate("complaints_view", "Outcome: {text}").format(text=outcome))
        elif row.resolution_note:
            lines.append(translate("complaints_view", "Follow-up note: {text}").format(text=row.resolution_note))
        return "\n".join(lines)

    def new_complaint(self) -> NewComplaintDialog | None:
        if not self.context.can(complaints.RECORD):
            return None
        dialog = NewComplaintDialog(self.context, self)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, complaint_id: object, *, reveal: bool = True) -> None:
        """Reload and select the complaint just saved; if the filters hide a new one, clear them so it shows."""
        if not isinstance(complaint_id, int):
            self.reload()
            return
        self.reload(select=complaint_id)
        if reveal and self.selected() is None:
            for widget in (self.status_filter, self.type_filter, self.search):
                widget.blockSignals(True)
            self.status_filter.setCurrentIndex(1)  # all
            self.type_filter.setCurrentIndex(0)
            self.search.clear()
            for widget in (self.status_filter, self.type_filter, self.search):
                widget.blockSignals(False)
            self.reload(select=complaint_id)

    def change_status(self) -> ComplaintStatusDialog | None:
        chosen = self.selected()
        if chosen is None or not self.context.can(Permission.EDIT_CASE_FILES):
            return None
        try:
            dialog = ComplaintStatusDialog(self.context, chosen, self)
        except UserError as err:
            messages.show_user_error(self, err)
            return None
        dialog.accepted.connect(lambda: self._saved(chosen.id, reveal=False))
        self.dialog = dialog
        dialog.open()
        return dialog
