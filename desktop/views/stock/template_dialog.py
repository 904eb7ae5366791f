"""Parcel templates for the warehouse: the list (with retired ones) and the form that edits one.

A template is a name, the household size it is meant for and lines of item + quantity. The parcel
screen suggests one by household size and copies its lines into the parcel. Validation lives in the
service (services/stock/templates.py); its message shows inline under the form.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.stock import catalogue, templates
from desktop.services.stock.catalogue import ItemInfo
from desktop.services.stock.templates import TemplateInfo, TemplateInput
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error
from desktop.views.stock.lines import COL_QUANTITY, LinesModel
from desktop.views.stock.table_models import Column, RowsModel, number
from desktop.views.translations import translate


def _size_text(template: TemplateInfo) -> str:
    if template.household_size is None:
        return translate("StockTemplates", "any size")
    return translate("StockTemplates", "%n person(s)", "", template.household_size)


def status_text(active: bool) -> str:
    return translate("StockTemplates", "In use") if active else translate("StockTemplates", "Not in use")


def template_columns(items: dict[int, ItemInfo]) -> list[Column[TemplateInfo]]:
    def lines(template: TemplateInfo) -> str:
        return "; ".join(f"{items[i].name if i in items else i} × {number(q)}" for i, q in template.lines)

    return [
        Column(QT_TRANSLATE_NOOP("StockTables", "Template"), lambda t: t.name),
        Column(QT_TRANSLATE_NOOP("StockTables", "Household size"), _size_text),
        Column(QT_TRANSLATE_NOOP("StockTables", "Status"), lambda t: status_text(t.active)),
        Column(QT_TRANSLATE_NOOP("StockTables", "Items"), lines),
    ]


COL_TEMPLATE_NAME, COL_TEMPLATE_SIZE, COL_TEMPLATE_STATUS, COL_TEMPLATE_ITEMS = range(4)


class TemplateDialog(BaseDialog):
    """New or edit. `saved` holds the template after a successful save."""

    def __init__(self, context: PageContext, template: TemplateInfo | None, items: dict[int, ItemInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.template, self.items = context, template, items
        self.saved: TemplateInfo | None = None
        self.setWindowTitle(self.tr("Edit parcel template") if template else self.tr("New parcel template"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(template.name if template else "")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Standard parcel, household of 4"))
        self.household_size = QSpinBox()
        self.household_size.setRange(0, templates.LARGEST_HOUSEHOLD)
        self.household_size.setSpecialValueText(self.tr("any size"))
        self.household_size.setValue((template.household_size or 0) if template else 0)
        self.active = QCheckBox(self.tr("In use (offered on the parcel screen)"))
        self.active.setChecked(template.active if template else True)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("For a &household of"), self.household_size),
                              ("", self.active)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "") or self.active.text())
        layout.addLayout(form)

        # Adding a line: pick the item (type part of its name), the quantity, Enter or "Add line".
        adder = QHBoxLayout()
        self.item = QComboBox()
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item_text = QLineEdit()
        self.item_text.setPlaceholderText(self.tr("Item (type part of its name)"))
        self.item.setLineEdit(self.item_text)
        for item in sorted((i for i in items.values() if i.active), key=lambda i: i.name.lower()):
            self.item.addItem(f"{item.name} ({item.unit})", item.id)
        completer = QCompleter(self.item.model(), self.item)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.item.setCompleter(completer)
        self.item.setCurrentIndex(-1)
        self.item.setAccessibleName(self.tr("Item to add"))
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(3)
        self.quantity.setRange(0, 99_999)
        self.quantity.setValue(1)
        self.quantity.setAccessibleName(self.tr("Quantity to add"))
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.clicked.connect(lambda: self.add_line())
        for field in (self.item_text, self.quantity):  # Enter there adds the line; it must not save the form
            field.installEventFilter(self)
        item_label = QLabel(self.tr("&Item"))
        item_label.setBuddy(self.item)
        adder.addWidget(item_label)
        adder.addWidget(self.item, 1)
        adder.addWidget(self.quantity)
        adder.addWidget(self.add_button)
        layout.addLayout(adder)

        self.model = LinesModel(receipt=False, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Template lines"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        for item_id, quantity in template.lines if template else ():
            if item_id in items:
                self.model.add_item(items[item_id], quantity)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.clicked.connect(self.remove_line)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.resize(640, 480)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.item_text:
                self.quantity.setFocus()
                self.quantity.selectAll()
                return True
            if watched is self.quantity:
                self.add_line()
                return True
        return super().eventFilter(watched, event)

    def add_line(self, item_id: int | None = None, quantity: Decimal | None = None) -> None:
        """Add the chosen item and quantity (a second line of the same item adds to the first)."""
        if item_id is None:
            index = self.item.findText(self.item.currentText(), Qt.MatchFlag.MatchFixedString)
            item_id = self.item.itemData(index) if index >= 0 else None
        if item_id is None or item_id not in self.items:
            set_error(self.error, self.tr("Choose an item from the list first."))
            self.item.setFocus()
            return
        amount = quantity if quantity is not None else Decimal(str(round(self.quantity.value(), 3)))
        row = self.model.add_item(self.items[item_id], amount)
        self.table.setCurrentIndex(self.model.index(row, COL_QUANTITY))
        set_error(self.error, "")
        self.item.setCurrentIndex(-1)
        self.item.setFocus()

    def remove_line(self) -> None:
        self.model.remove_row(self.table.currentIndex().row())

    def template_input(self) -> TemplateInput:
        return TemplateInput(self.name.text(), tuple((line.item.id, line.quantity) for line in self.model.lines),
                             self.household_size.value() or None, self.active.isChecked())

    def save(self) -> None:
        data = self.template_input()
        try:
            with UnitOfWork(self.context.db) as uow:
                if self.template is None:
                    self.saved = templates.create_template(uow, self.context.actor, data)
                else:
                    self.saved = templates.update_template(uow, self.context.actor, self.template.id, data)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        self.save_geometry()
        self.accept()


class TemplatesPanel(QWidget):
    """The list of templates (retired ones too) with New, Edit and In use / Not in use."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: dict[int, ItemInfo] = {}
        layout = QVBoxLayout(self)
        self.model: RowsModel[TemplateInfo] = RowsModel(template_columns(self.items),
                                                        lambda t: None if t.active else "#e6e6e6", self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Parcel templates"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _i: self.edit_template())
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New template…"))
        self.new_button.clicked.connect(self.new_template)
        self.edit_button = QPushButton(self.tr("&Edit template…"))
        self.edit_button.clicked.connect(self.edit_template)
        self.toggle_button = QPushButton(self.tr("Make &inactive"))
        self.toggle_button.clicked.connect(self.toggle_active)
        for button in (self.new_button, self.edit_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._follow_selection())
        self.reload()

    def reload(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            items = catalogue.list_items(uow, self.context.actor, include_inactive=True)
            rows = templates.list_templates(uow, self.context.actor, include_inactive=True)
        self.items.clear()  # the columns read this dict: fill it in place
        self.items.update({i.id: i for i in items})
        current = self.selected()
        self.model.set_rows(rows)
        if current is not None:
            self.select(current.id)
        elif rows:  # keyboard users can press Edit straight away
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._follow_selection()

    def selected(self) -> TemplateInfo | None:
        return self.model.row_at(self.view.currentIndex().row())

    def select(self, template_id: int) -> None:
        for row, template in enumerate(self.model.rows):
            if template.id == template_id:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def _follow_selection(self) -> None:
        template = self.selected()
        self.edit_button.setEnabled(template is not None)
        self.toggle_button.setEnabled(template is not None)
        self.toggle_button.setText(self.tr("Make a&ctive") if template is not None and not template.active
                                   else self.tr("Make &inactive"))

    def _open(self, template: TemplateInfo | None) -> TemplateDialog:
        dialog = TemplateDialog(self.context, template, dict(self.items), self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: TemplateDialog) -> None:
        self.reload()
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def new_template(self) -> TemplateDialog:
        return self._open(None)

    def edit_template(self) -> TemplateDialog | None:
        template = self.selected()
        return None if template is None else self._open(template)

    def toggle_active(self) -> None:
        template = self.selected()
        if template is None:
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                templates.set_template_active(uow, self.context.actor, template.id, not template.active)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        set_error(self.error, "")
        self.reload()
