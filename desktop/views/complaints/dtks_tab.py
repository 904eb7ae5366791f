"""The DTKS proposals tab (Indonesian profile): list with filters, New proposal and Change status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.complaints import DtksKind, DtksStatus
from desktop.services import dtks
from desktop.services.dtks import ProposalRow
from desktop.services.uow import UnitOfWork
from desktop.views.casework.common import FormDialog
from desktop.views.complaints.list_widgets import FilteredList
from desktop.views.complaints.picker import ClientPicker
from desktop.views.context import PageContext
from desktop.views.rows_model import Column
from desktop.views.translations import translate


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


COLUMNS: list[Column[ProposalRow]] = [
    Column(QT_TRANSLATE_NOOP("complaints_view", "No."), lambda p: str(p.id), numeric=True),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Proposed"), lambda p: _day(p.proposed_on)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Household"), lambda p: p.household_ref),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Head"), lambda p: p.head_name),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Proposal"), lambda p: dtks.kind_label(p.kind)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Status"), lambda p: dtks.status_label(p.status)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Submitted"), lambda p: _day(p.submitted_on)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Decided"), lambda p: _day(p.decided_on)),
    Column(QT_TRANSLATE_NOOP("complaints_view", "Reason"), lambda p: p.reason.replace("\n", " ")[:80]),
]


class NewProposalDialog(FormDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, translate("complaints_view", "New DTKS proposal"), self._save, parent)
        self.settings_key = "complaints/new_proposal"
        self.picker = ClientPicker(context, households_only=True)
        self._add("household", translate("complaints_view", "Household"), self.picker)
        self.add_combo("kind", translate("complaints_view", "Proposal"),
                       [(dtks.kind_label(k), k.value) for k in DtksKind])
        self.add_date("proposed_on", translate("complaints_view", "Proposed on"))
        self.add_text("reason", translate("complaints_view", "Reason"))

    def _save(self, uow: UnitOfWork, _dialog: FormDialog) -> int:
        household_id, _ = self.picker.choice()
        if household_id is None:
            raise ValidationError(translate("complaints_view", "Find and choose the household first."),
                                  field="household")
        return dtks.create_proposal(uow, self.context.actor, household_id=household_id, kind=self.value("kind"),
                                    reason=self.value("reason"), proposed_on=self.value("proposed_on"))


class ProposalStatusDialog(FormDialog):
    def __init__(self, context: PageContext, row: ProposalRow, parent: QWidget | None = None) -> None:
        super().__init__(context, translate("complaints_view", "DTKS proposal no. {id}").format(id=row.id),
                         self._save, parent)
        self.settings_key = "complaints/proposal_status"
        self.row = row
        summary = QLabel(translate("complaints_view", "{kind} for {household}, proposed {date}. Now: {status}.").format(
            kind=dtks.kind_label(row.kind), household=row.household_ref, date=row.proposed_on.isoformat(),
            status=dtks.status_label(row.status)))
        summary.setWordWrap(True)
        self.form.addRow(summary)
        order = list(DtksStatus)
        self.add_combo("status", translate("complaints_view", "New status"),
                       [(dtks.status_label(s), s.value) for s in sorted(row.next_statuses, key=order.index)])
        self.add_date("on", translate("complaints_view", "Date"))

    def _save(self, uow: UnitOfWork, _dialog: FormDialog) -> None:
        dtks.change_status(uow, self.context.actor, self.row.id, self.value("status"), on=self.value("on"))


class DtksTab(FilteredList[ProposalRow]):
    def __init__(self, context: PageContext) -> None:
        super().__init__(COLUMNS, translate("complaints_view", "DTKS proposals"))
        self.context = context
        self.dialog: FormDialog | None = None
        self.search.setPlaceholderText(translate("complaints_view", "Search the reference or reason (Ctrl+F)"))
        self.search.setAccessibleName(translate("complaints_view", "Search DTKS proposals"))
        self.status_filter = self.add_filter(
            translate("complaints_view", "S&tatus:"),
            [(translate("complaints_view", "All"), "")] + [(dtks.status_label(s), s.value) for s in DtksStatus])
        self.kind_filter = self.add_filter(
            translate("complaints_view", "&Proposal:"),
            [(translate("complaints_view", "All kinds"), "")] + [(dtks.kind_label(k), k.value) for k in DtksKind])
        can_edit = context.can(dtks.EDIT)
        self.new_button = self.add_button(translate("complaints_view", "&New proposal…"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.new_button.setVisible(can_edit)
        self.new_button.clicked.connect(lambda: self.new_proposal())
        self.status_button = self.add_button(translate("complaints_view", "Change &status…"), needs_selection=True)
        self.status_button.setVisible(can_edit)
        self.status_button.clicked.connect(lambda: self.change_status())
        if can_edit:
            QShortcut(QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                      ).activated.connect(self.new_proposal)
        self.table.activated.connect(lambda _index: self.change_status())
        self.search.textChanged.connect(lambda _text: self.reload())
        for combo in (self.status_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.finish()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        status, kind = self.status_filter.currentData(), self.kind_filter.currentData()
        with UnitOfWork(self.context.db, write=False) as uow:
            rows = dtks.list_proposals(uow, self.context.actor, status=DtksStatus(status) if status else None,
                                       kind=DtksKind(kind) if kind else None, text=self.search.text())
        self.set_rows(rows)
        self.count_label.setText(translate("complaints_view", "%n proposal(s)", "", len(rows)))
        if select is not None:
            self.select_id(select)

    def describe(self, row: ProposalRow) -> str:
        head = f" ({row.head_name})" if row.head_name else ""
        return translate("complaints_view", "No. {id} · {kind} · {household}{head}").format(
            id=row.id, kind=dtks.kind_label(row.kind), household=row.household_ref, head=head) + "\n" + row.reason

    def new_proposal(self) -> NewProposalDialog | None:
        if not self.context.can(dtks.EDIT):
            return None
        dialog = NewProposalDialog(self.context, self)
        dialog.accepted.connect(lambda: self.reload(
            select=dialog.result_value if isinstance(dialog.result_value, int) else None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def change_status(self) -> ProposalStatusDialog | None:
        chosen = self.selected()
        if chosen is None or not self.context.can(dtks.EDIT):
            return None
        if not chosen.next_statuses:
            self.detail.setText(translate("complaints_view", "This proposal is decided: its status cannot change "
                                                             "any more."))
            return None
        dialog = ProposalStatusDialog(self.context, chosen, self)
        dialog.accepted.connect(lambda: self.reload(select=chosen.id))
        self.dialog = dialog
        dialog.open()
        return dialog
