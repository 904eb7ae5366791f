"""Move stock between locations (first expiry first unless the warehouse says otherwise)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QWidget

from desktop.errors import UserError
from desktop.services.stock import adjustments, catalogue
from desktop.services.stock.distributions import ParcelLineInput
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error


class TransferDialog(BaseDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.transfer_id: int | None = None
        self.setWindowTitle(self.tr("Transfer stock"))
        with UnitOfWork(context.db, write=False) as uow:
            locations = catalogue.list_locations(uow, context.actor)
            items = catalogue.list_items(uow, context.actor)
        form = QFormLayout(self)
        self.source, self.target, self.item = QComboBox(), QComboBox(), QComboBox()
        for location in locations:
            self.source.addItem(location.name, location.id)
            self.target.addItem(location.name, location.id)
        if len(locations) > 1:
            self.target.setCurrentIndex(1)
        for item in items:
            self.item.addItem(f"{item.name} ({item.unit})", item.id)
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(3)
        self.quantity.setRange(0.001, 1_000_000)
        self.quantity.setValue(1)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        for label, widget in ((self.tr("&From"), self.source), (self.tr("&To"), self.target),
                              (self.tr("&Item"), self.item), (self.tr("&Quantity"), self.quantity),
                              (self.tr("&Date"), self.date)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        line = ParcelLineInput(self.item.currentData(), Decimal(str(round(self.quantity.value(), 3))))
        try:
            with UnitOfWork(self.context.db) as uow:
                self.transfer_id = adjustments.transfer(
                    uow, self.context.actor, from_location_id=self.source.currentData(),
                    to_location_id=self.target.currentData(), moved_on=self.date.date().toPython(),  # type: ignore[arg-type]
                    lines=[line])
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        self.save_geometry()
        self.accept()
