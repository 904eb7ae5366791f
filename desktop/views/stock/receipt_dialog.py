"""Receive a donation or purchase: source, date, location and a line grid fed by the barcode scanner."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.models.stock import ReceiptKind
from desktop.services.stock import catalogue, receipts
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error
from desktop.views.stock.lines import LinesModel, ScanField


class ReceiptDialog(BaseDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.receipt_id: int | None = None
        self.setWindowTitle(self.tr("Receive stock"))
        with UnitOfWork(context.db, write=False) as uow:
            self.locations = catalogue.list_locations(uow, context.actor)
            self.donors = catalogue.list_donors(uow, context.actor)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Donation"), ReceiptKind.DONATION)
        self.kind.addItem(self.tr("Purchase"), ReceiptKind.PURCHASE)
        self.donor = QComboBox()
        self.donor.addItem(self.tr("(not recorded)"), None)
        for donor in self.donors:
            self.donor.addItem(donor.name, donor.id)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.location = QComboBox()
        for location in self.locations:
            self.location.addItem(location.name, location.id)
        self.note = QLineEdit()
        for label, widget in ((self.tr("&Kind"), self.kind), (self.tr("&Source"), self.donor),
                              (self.tr("&Date"), self.date), (self.tr("&Location"), self.location),
                              (self.tr("N&ote"), self.note)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        layout.addLayout(form)
        self.scan = ScanField()
        self.scan.scanned.connect(self.add_code)
        layout.addWidget(self.scan)
        self.model = LinesModel(receipt=True, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Receipt lines"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.remove = QPushButton(self.tr("&Remove line"))
        self.remove.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        layout.addWidget(self.remove)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.scan.setFocus()
        self.resize(760, 520)

    def add_code(self, code: str) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            item = catalogue.find_by_barcode(uow, self.context.actor, code)
        if item is None:
            set_error(self.error, self.tr("No item has the barcode or name {code}.").format(code=code),
                      self.tr("Add the barcode to the item in the catalogue, or pick the item by name."))
            return
        set_error(self.error, "")
        row = self.model.add_item(item)
        self.table.setCurrentIndex(self.model.index(row, 2))

    def save(self) -> None:
        lines = [receipts.ReceiptLineInput(line.item.id, line.quantity, line.lot_code, line.expires_on,
                                           value_minor=line.value_minor) for line in self.model.lines]
        try:
            with UnitOfWork(self.context.db) as uow:
                result = receipts.receive(uow, self.context.actor, kind=self.kind.currentData(),
                                          received_on=self.date.date().toPython(),  # type: ignore[arg-type]
                                          location_id=self.location.currentData(), lines=lines,
                                          donor_id=self.donor.currentData(), note=self.note.text())
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        self.receipt_id = result.receipt_id
        messages.info(self, self.tr("Receipt {id} saved: %n line(s) taken into stock.", "", len(lines)).format(
            id=result.receipt_id))
        self.save_geometry()
        self.accept()
