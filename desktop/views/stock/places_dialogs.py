"""Editing a location or a donor: name, kind, contact details and whether it is still in use.

Both are edited in place (same id), so receipts and movements already written show the new name. A
location that still holds stock is refused by the service; the message appears inline, under the form.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.errors import UserError
from desktop.models.stock import DonorKind, LocationKind
from desktop.services.stock import catalogue
from desktop.services.stock.catalogue import DonorInfo, LocationInfo
from desktop.services.stock.common import donor_kind_label, location_kind_label
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error


class _PlaceDialog(BaseDialog):
    """A form with labelled rows, the inline error, Save/Cancel and Ctrl+S."""

    context: PageContext

    def _finish_form(self, form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "") or (widget.text() if isinstance(widget, QCheckBox) else ""))
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def save(self) -> None:
        try:
            with UnitOfWork(self.context.db) as uow:
                self._write(uow)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        self.save_geometry()
        self.accept()

    def _write(self, uow: UnitOfWork) -> None:
        raise NotImplementedError


class LocationDialog(_PlaceDialog):
    def __init__(self, context: PageContext, location: LocationInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.location = context, location
        self.setWindowTitle(self.tr("Edit location"))
        form = QFormLayout(self)
        self.name = QLineEdit(location.name)
        self.name.setMaxLength(120)
        self.kind = QComboBox()
        for kind in LocationKind:
            self.kind.addItem(location_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(location.kind))
        self.active = QCheckBox(self.tr("In use (offered for receipts, parcels and transfers)"))
        self.active.setChecked(location.active)
        self._finish_form(form, [(self.tr("&Name"), self.name), (self.tr("&Kind"), self.kind), ("", self.active)])
        self.resize(460, self.sizeHint().height())

    def _write(self, uow: UnitOfWork) -> None:
        catalogue.update_location(uow, self.context.actor, self.location.id, self.name.text(),
                                  self.kind.currentData(), self.active.isChecked())


class DonorDialog(_PlaceDialog):
    def __init__(self, context: PageContext, donor: DonorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.donor = context, donor
        self.setWindowTitle(self.tr("Edit donor or source"))
        form = QFormLayout(self)
        self.name = QLineEdit(donor.name)
        self.name.setMaxLength(160)
        self.kind = QComboBox()
        for kind in DonorKind:
            self.kind.addItem(donor_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(donor.kind))
        self.contact = QLineEdit(donor.contact_name)
        self.phone = QLineEdit(donor.phone)
        self.email = QLineEdit(donor.email)
        self.address = QLineEdit(donor.address)
        self.active = QCheckBox(self.tr("In use (offered when receiving stock)"))
        self.active.setChecked(donor.active)
        self._finish_form(form, [(self.tr("&Name"), self.name), (self.tr("&Kind"), self.kind),
                                 (self.tr("&Contact person"), self.contact), (self.tr("&Phone"), self.phone),
                                 (self.tr("&E-mail"), self.email), (self.tr("&Address"), self.address),
                                 ("", self.active)])
        self.resize(480, self.sizeHint().height())

    def _write(self, uow: UnitOfWork) -> None:
        catalogue.update_donor(uow, self.context.actor, self.donor.id, catalogue.DonorInput(
            self.name.text(), self.kind.currentData(), self.contact.text(), self.phone.text(), self.email.text(),
            self.address.text(), self.active.isChecked()))
