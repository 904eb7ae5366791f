"""Adjust a lot with a reason (damaged, spoiled, found, correction), and choose a period for the ledger."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from desktop.errors import UserError
from desktop.services.stock import adjustments, catalogue, queries
from desktop.services.stock.adjustments import ADJUST_REASONS
from desktop.services.stock.common import reason_label
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error
from desktop.views.stock.table_models import number


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class AdjustDialog(BaseDialog):
    def __init__(self, context: PageContext, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.movement_id: int | None = None
        self.setWindowTitle(self.tr("Adjust stock"))
        with UnitOfWork(context.db, write=False) as uow:
            items = catalogue.list_items(uow, context.actor)
        form = QFormLayout(self)
        self.item, self.lot, self.reason = QComboBox(), QComboBox(), QComboBox()
        for item in items:
            self.item.addItem(f"{item.name} ({item.unit})", item.id)
        if item_id is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(item_id)))
        for reason in ADJUST_REASONS:
            self.reason.addItem(reason_label(reason), reason)
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(3)
        self.quantity.setRange(-1_000_000, 1_000_000)
        self.quantity.setValue(-1)
        self.date = _date_edit(date.today())
        self.note = QLineEdit()
        for label, widget in ((self.tr("&Item"), self.item), (self.tr("&Lot and location"), self.lot),
                              (self.tr("&Change (+ in, − out)"), self.quantity), (self.tr("&Reason"), self.reason),
                              (self.tr("&Date"), self.date), (self.tr("N&ote"), self.note)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.item.currentIndexChanged.connect(self.load_lots)
        self.load_lots()

    def load_lots(self) -> None:
        self.lot.clear()
        item_id = self.item.currentData()
        if item_id is None:
            return
        with UnitOfWork(self.context.db, write=False) as uow:
            lots = queries.lots_on_hand(uow, self.context.actor, item_id=item_id)
        for lot in lots:
            expiry = lot.expires_on.isoformat() if lot.expires_on else "—"
            self.lot.addItem(f"{lot.location_name} · {lot.lot_code or lot.lot_id} · {expiry} · "
                             f"{number(lot.quantity)} {lot.unit}", (lot.lot_id, lot.location_id))

    def save(self) -> None:
        chosen = self.lot.currentData()
        if chosen is None:
            set_error(self.error, self.tr("This item has no stock to adjust."),
                      self.tr("Stock that was found goes on the next count sheet."))
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                self.movement_id = adjustments.adjust(
                    uow, self.context.actor, item_id=self.item.currentData(), lot_id=chosen[0],
                    location_id=chosen[1], quantity=Decimal(str(round(self.quantity.value(), 3))),
                    reason=self.reason.currentData(), moved_on=self.date.date().toPython(),  # type: ignore[arg-type]
                    note=self.note.text())
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        self.save_geometry()
        self.accept()


class PeriodDialog(BaseDialog):
    """Two dates, inclusive; the last 31 days by default."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        today = date.today()
        self.start, self.end = _date_edit(today - timedelta(days=30)), _date_edit(today)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        return (start, end) if start <= end else (end, start)
