"""Catalogue and places: items (with barcodes), locations, donors, parcel templates and the visit limits."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.stock import DonorKind, ItemCategory, LocationKind
from desktop.services.permissions import Permission
from desktop.services.stock import catalogue, policy
from desktop.services.stock.catalogue import DonorInfo, ItemInfo, LocationInfo
from desktop.services.stock.common import category_label, donor_kind_label, location_kind_label
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error
from desktop.views.stock.places_dialogs import DonorDialog, LocationDialog
from desktop.views.stock.table_models import Column, RowsModel, number
from desktop.views.stock.template_dialog import TemplatesPanel, status_text

Place = TypeVar("Place", LocationInfo, DonorInfo)

ITEM_COLUMNS: list[Column[ItemInfo]] = [
    Column(QT_TRANSLATE_NOOP("StockTables", "Item"), lambda i: i.name),
    Column(QT_TRANSLATE_NOOP("StockTables", "Category"), lambda i: category_label(i.category)),
    Column(QT_TRANSLATE_NOOP("StockTables", "Unit"), lambda i: i.unit),
    Column(QT_TRANSLATE_NOOP("StockTables", "kg per unit"), lambda i: number(i.unit_weight_kg), True),
    Column(QT_TRANSLATE_NOOP("StockTables", "Reorder level"), lambda i: number(i.reorder_level), True),
    Column(QT_TRANSLATE_NOOP("StockTables", "Barcodes"), lambda i: "; ".join(i.barcodes)),
]
LOCATION_COLUMNS: list[Column[LocationInfo]] = [
    Column(QT_TRANSLATE_NOOP("StockTables", "Location"), lambda loc: loc.name),
    Column(QT_TRANSLATE_NOOP("StockTables", "Kind"), lambda loc: location_kind_label(loc.kind)),
    Column(QT_TRANSLATE_NOOP("StockTables", "Status"), lambda loc: status_text(loc.active)),
]
DONOR_COLUMNS: list[Column[DonorInfo]] = [
    Column(QT_TRANSLATE_NOOP("StockTables", "Donor or source"), lambda d: d.name),
    Column(QT_TRANSLATE_NOOP("StockTables", "Kind"), lambda d: donor_kind_label(d.kind)),
    Column(QT_TRANSLATE_NOOP("StockTables", "Contact"), lambda d: d.contact_name),
    Column(QT_TRANSLATE_NOOP("StockTables", "Phone"), lambda d: d.phone),
    Column(QT_TRANSLATE_NOOP("StockTables", "E-mail"), lambda d: d.email),
    Column(QT_TRANSLATE_NOOP("StockTables", "Status"), lambda d: status_text(d.active)),
]


def _keep_selection(model: RowsModel[Place], view: QTableView, rows: list[Place]) -> None:
    """Refill a list, keeping the same record chosen (it may have moved after a rename)."""
    current = model.row_at(view.currentIndex().row())
    model.set_rows(rows)
    for number_, row in enumerate(rows):
        if current is not None and row.id == current.id:
            view.setCurrentIndex(model.index(number_, 0))


def _grey_if_inactive(row: LocationInfo | DonorInfo) -> str | None:
    return None if row.active else "#e6e6e6"


def _view(model: RowsModel, name: str) -> QTableView:  # type: ignore[type-arg]
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ItemDialog(BaseDialog):
    def __init__(self, context: PageContext, item: ItemInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.item = context, item
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New item"))
        form = QFormLayout(self)
        self.name = QLineEdit(item.name if item else "")
        self.category = QComboBox()
        for category in ItemCategory:
            self.category.addItem(category_label(category), category)
        if item:
            self.category.setCurrentIndex(self.category.findData(item.category))
        self.unit = QLineEdit(item.unit if item else "pcs")
        self.weight = QLineEdit(number(item.unit_weight_kg) if item else "")
        self.weight.setPlaceholderText(self.tr("e.g. 0.5 (empty: not weighed)"))
        self.perishable = QCheckBox(self.tr("Perishable (needs an expiry date)"))
        self.perishable.setChecked(bool(item and item.perishable))
        self.reorder = QLineEdit(number(item.reorder_level) if item else "0")
        self.barcodes = QLineEdit("; ".join(item.barcodes) if item else "")
        self.barcodes.setPlaceholderText(self.tr("Scan the barcode here; several separated by ;"))
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(item.active if item else True)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Category"), self.category),
                              (self.tr("&Unit"), self.unit), (self.tr("&Weight of one unit (kg)"), self.weight),
                              ("", self.perishable), (self.tr("&Reorder level"), self.reorder),
                              (self.tr("&Barcodes"), self.barcodes), ("", self.active)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "") or (widget.text() if isinstance(widget, QCheckBox) else ""))
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # a scanner's Enter in the barcode box must not save half a form
        self.barcodes.returnPressed.connect(lambda: self.barcodes.setText(self.barcodes.text() + "; "))

    def _decimal(self, text: str, field: str) -> Decimal | None:
        text = text.strip().replace(",", ".")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValidationError(self.tr("{value} is not a number.").format(value=text), field=field) from None

    def save(self) -> None:
        try:
            data = catalogue.ItemInput(
                self.name.text(), self.category.currentData(), self.unit.text(),
                self._decimal(self.weight.text(), "weight"), self.perishable.isChecked(),
                self._decimal(self.reorder.text(), "reorder") or Decimal(0),
                self.item.unit_value_minor if self.item else None,
                tuple(c for c in self.barcodes.text().split(";") if c.strip()), self.active.isChecked())
            with UnitOfWork(self.context.db) as uow:
                if self.item is None:
                    catalogue.create_item(uow, self.context.actor, data)
                else:
                    catalogue.update_item(uow, self.context.actor, self.item.id, data)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        self.save_geometry()
        self.accept()


class CatalogueDialog(BaseDialog):
    TABS = ("items", "locations", "donors", "templates", "limits")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Catalogue and places"))
        layout = QVBoxLayout(self)
        self.tabs = tabs = QTabWidget()
        layout.addWidget(tabs)
        self.items = RowsModel(ITEM_COLUMNS, parent=self)
        self.locations: RowsModel[LocationInfo] = RowsModel(LOCATION_COLUMNS, _grey_if_inactive, self)
        self.donors: RowsModel[DonorInfo] = RowsModel(DONOR_COLUMNS, _grey_if_inactive, self)
        self.item_view = _view(self.items, self.tr("Items"))
        self.item_view.doubleClicked.connect(self.edit_item)
        tabs.addTab(self._with_buttons(self.item_view, [(self.tr("&New item…"), self.new_item),
                                                        (self.tr("&Edit item…"), self.edit_item)]), self.tr("Items"))
        self.location_name = QLineEdit()
        self.location_name.setPlaceholderText(self.tr("Name of the new location"))
        self.location_kind = QComboBox()
        for kind in LocationKind:
            self.location_kind.addItem(location_kind_label(kind), kind)
        self.location_view = _view(self.locations, self.tr("Locations"))
        self.location_view.activated.connect(lambda _i: self.edit_location())
        self.location_toggle = QPushButton(self.tr("Make &inactive"))
        tabs.addTab(self._with_buttons(self.location_view,
                                       [(self.tr("&Add location"), self.add_location),
                                        (self.tr("&Edit location…"), self.edit_location),
                                        (self.location_toggle, self.toggle_location)],
                                       [self.location_name, self.location_kind]), self.tr("Locations"))
        self.donor_name, self.donor_phone, self.donor_contact = QLineEdit(), QLineEdit(), QLineEdit()
        self.donor_name.setPlaceholderText(self.tr("Donor or source"))
        self.donor_contact.setPlaceholderText(self.tr("Contact person"))
        self.donor_phone.setPlaceholderText(self.tr("Phone"))
        self.donor_kind = QComboBox()
        for donor_kind in DonorKind:
            self.donor_kind.addItem(donor_kind_label(donor_kind), donor_kind)
        self.donor_view = _view(self.donors, self.tr("Donors"))
        self.donor_view.activated.connect(lambda _i: self.edit_donor())
        self.donor_toggle = QPushButton(self.tr("Make &inactive"))
        tabs.addTab(self._with_buttons(self.donor_view,
                                       [(self.tr("Add &donor"), self.add_donor),
                                        (self.tr("&Edit donor…"), self.edit_donor),
                                        (self.donor_toggle, self.toggle_donor)],
                                       [self.donor_name, self.donor_kind, self.donor_contact, self.donor_phone]),
                    self.tr("Donors"))
        self.templates = TemplatesPanel(context)
        tabs.addTab(self.templates, self.tr("Parcel templates"))
        tabs.addTab(self._limits_tab(), self.tr("Visit limits"))
        for view in (self.location_view, self.donor_view):
            view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
            view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._follow_selection())
        self.error = error_label()
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(860, 520)
        self.reload()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(key))

    def _with_buttons(self, view: QTableView, buttons: list[tuple[str | QPushButton, object]],
                      fields: list[QWidget] | None = None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(view)
        row = QHBoxLayout()
        for field in fields or []:
            field.setAccessibleName(getattr(field, "placeholderText", lambda: "")() or self.tr("Kind"))
            row.addWidget(field)
        for label, slot in buttons:
            button = label if isinstance(label, QPushButton) else QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def _limits_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        with UnitOfWork(self.context.db, write=False) as uow:
            current = policy.limits(uow)
        self.limit_boxes: dict[ItemCategory, QSpinBox] = {}
        for category in ItemCategory:
            box = QSpinBox()
            box.setRange(0, 366)
            box.setSuffix(self.tr(" days"))
            box.setSpecialValueText(self.tr("no limit"))
            box.setValue(current.get(category, 0))
            box.setAccessibleName(category_label(category))
            box.setEnabled(self.context.can(Permission.OVERRIDE_POLICY))
            form.addRow(category_label(category), box)
            self.limit_boxes[category] = box
        save = QPushButton(self.tr("&Save visit limits"))
        save.setEnabled(self.context.can(Permission.OVERRIDE_POLICY))
        save.clicked.connect(self.save_limits)
        form.addRow(save)
        return page

    def reload(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            self.items.set_rows(catalogue.list_items(uow, self.context.actor, include_inactive=True))
            locations = catalogue.list_locations(uow, self.context.actor, include_inactive=True)
            donors = catalogue.list_donors(uow, self.context.actor, include_inactive=True)
        _keep_selection(self.locations, self.location_view, locations)
        _keep_selection(self.donors, self.donor_view, donors)
        self._follow_selection()

    def _follow_selection(self) -> None:
        """The In use / Not in use button says what it will do to the chosen row."""
        pairs: list[tuple[RowsModel[LocationInfo] | RowsModel[DonorInfo], QTableView, QPushButton]] = [
            (self.locations, self.location_view, self.location_toggle),
            (self.donors, self.donor_view, self.donor_toggle),
        ]
        for model, view, button in pairs:
            row = model.row_at(view.currentIndex().row())
            button.setEnabled(row is not None)
            button.setText(self.tr("Make a&ctive") if row is not None and not row.active else self.tr("Make &inactive"))

    def _run(self, fn: object) -> bool:
        try:
            with UnitOfWork(self.context.db) as uow:
                fn(uow)  # type: ignore[operator]
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return False
        set_error(self.error, "")
        self.reload()
        return True

    def new_item(self) -> ItemDialog:
        dialog = ItemDialog(self.context, None, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit_item(self) -> ItemDialog | None:
        item = self.items.row_at(self.item_view.currentIndex().row())
        if item is None:
            return None
        dialog = ItemDialog(self.context, item, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def add_location(self) -> None:
        if self._run(lambda uow: catalogue.create_location(uow, self.context.actor, self.location_name.text(),
                                                           self.location_kind.currentData())):
            self.location_name.clear()

    def edit_location(self) -> LocationDialog | None:
        location = self.locations.row_at(self.location_view.currentIndex().row())
        if location is None:
            return None
        dialog = LocationDialog(self.context, location, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def toggle_location(self) -> None:
        location = self.locations.row_at(self.location_view.currentIndex().row())
        if location is not None:
            self._run(lambda uow: catalogue.set_location_active(uow, self.context.actor, location.id,
                                                                not location.active))

    def edit_donor(self) -> DonorDialog | None:
        donor = self.donors.row_at(self.donor_view.currentIndex().row())
        if donor is None:
            return None
        dialog = DonorDialog(self.context, donor, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def toggle_donor(self) -> None:
        donor = self.donors.row_at(self.donor_view.currentIndex().row())
        if donor is not None:
            self._run(lambda uow: catalogue.set_donor_active(uow, self.context.actor, donor.id, not donor.active))

    def add_donor(self) -> None:
        if self._run(lambda uow: catalogue.create_donor(uow, self.context.actor, self.donor_name.text(),
                                                        self.donor_kind.currentData(),
                                                        contact_name=self.donor_contact.text(),
                                                        phone=self.donor_phone.text())):
            for field in (self.donor_name, self.donor_contact, self.donor_phone):
                field.clear()

    def save_limits(self) -> None:
        limits = {category: box.value() for category, box in self.limit_boxes.items()}
        if self._run(lambda uow: policy.set_limits(uow, self.context.actor, limits)):
            messages.info(self, self.tr("Visit limits saved."))
