"""Building blocks of the case-file tabs: a table model over frozen rows, a form dialog that saves through a
service and keeps the user's input with the reason inline when the save is refused, and the tab base."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error
from desktop.views.rows_model import Column as Column
from desktop.views.rows_model import RowsModel as BaseRowsModel
from desktop.views.translations import translate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
CONTEXT = "casework"


def tr(text: str) -> str:
    return translate("casework", text)


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


class RowsModel(BaseRowsModel[R]):
    """The shared rows model, with headers translated in the "casework" context."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(columns, "casework", parent=parent)


class OptionalDate(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, label: str, value: date | None = None) -> None:
        super().__init__()
        self.check = QCheckBox()
        self.check.setAccessibleName(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]


class FormDialog(BaseDialog):
    """Fields in a form; Save runs `on_save(dialog)` in a write unit of work and commits. A UserError is
    shown under the form and the dialog stays open with what was typed."""

    def __init__(self, context: PageContext, title: str, on_save: Callable[[UnitOfWork, FormDialog], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.on_save = context, on_save
        self.setWindowTitle(title)
        self.settings_key = "casework/" + title
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.result_value: object = None

    def _add(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label)
        self.form.addRow(label, widget)
        self.fields[key] = widget
        return widget

    def add_line(self, key: str, label: str, value: str = "") -> QLineEdit:
        return self._add(key, label, QLineEdit(value))  # type: ignore[return-value]

    def add_text(self, key: str, label: str, value: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        return self._add(key, label, edit)  # type: ignore[return-value]

    def add_date(self, key: str, label: str, value: date | None = None) -> QDateEdit:
        edit = QDateEdit(QDate(value or date.today()))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return self._add(key, label, edit)  # type: ignore[return-value]

    def add_optional_date(self, key: str, label: str, value: date | None = None) -> OptionalDate:
        return self._add(key, label, OptionalDate(label, value))  # type: ignore[return-value]

    def add_combo(self, key: str, label: str, items: Sequence[tuple[str, object]], current: object = None) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        return self._add(key, label, combo)  # type: ignore[return-value]

    def add_check(self, key: str, label: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(checked)
        box.setAccessibleName(label)
        self.form.addRow("", box)
        self.fields[key] = box
        return box

    def add_spin(self, key: str, label: str, value: int, minimum: int, maximum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setValue(value)
        return self._add(key, label, spin)  # type: ignore[return-value]

    def value(self, key: str) -> Any:
        widget = self.fields[key]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateEdit):
            return widget.date().toPython()
        if isinstance(widget, OptionalDate):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        raise TypeError(type(widget))

    def try_save(self) -> None:
        try:
            with UnitOfWork(self.context.db) as uow:
                self.result_value = self.on_save(uow, self)
                uow.commit()
        except UserError as err:
            set_error(self.error, err.message, err.hint)
            target = self.fields.get(err.field or "")
            if target is not None:
                target.setFocus()
            return
        self.accept()


class CaseTab(QWidget, Generic[R]):
    """A client-file tab: buttons over a table of this household's (or person's) rows."""

    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None,
                 columns: Sequence[Column[R]], accessible_name: str) -> None:
        super().__init__()
        self.context, self.household_id, self.person_id = context, household_id, person_id
        self.dialog: FormDialog | None = None
        self.model: RowsModel[R] = RowsModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.buttons)
        self.main_layout.addWidget(self.table, 1)
        self.main_layout.addWidget(self.status)
        self._selection_buttons: list[QPushButton] = []

    def add_button(self, text: str, slot: Callable[[], object], *, needs_selection: bool = False,
                   new_shortcut: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: slot())
        self.buttons.addWidget(button)
        if needs_selection:
            self._selection_buttons.append(button)
        if new_shortcut:
            button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
            shortcut = QShortcut(QKeySequence.StandardKey.New, self,
                                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: slot())
        return button

    def finish(self) -> None:
        self.buttons.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.activated())
        self.reload()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[R]:
        raise NotImplementedError

    def person_ids(self, uow: UnitOfWork) -> list[int]:
        from desktop.services.case_access import people_of

        return [pid for pid, _ in people_of(uow, self.household_id, self.person_id)]

    def reload(self) -> None:
        try:
            with UnitOfWork(self.context.db, write=False) as uow:
                self.model.set_rows(self.fetch(uow, self.person_ids(uow)))
        except UserError as err:
            self.model.set_rows([])
            self.status.setText(err.message)
        self.update_buttons()

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in self._selection_buttons:
            button.setEnabled(chosen)

    def activated(self) -> None:
        """Double-click / Enter on a row (tabs override)."""

    def open_form(self, title: str, build: Callable[[FormDialog], None],
                  save: Callable[[UnitOfWork, FormDialog], object]) -> FormDialog:
        """Non-blocking form (tests drive it); the tab reloads when it is saved."""
        dialog = FormDialog(self.context, title, save, self)
        build(dialog)
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def run(self, action: Callable[[UnitOfWork], object]) -> object:
        """A one-click action (verify, withdraw, mark done): errors go to a message box."""
        try:
            with UnitOfWork(self.context.db) as uow:
                result = action(uow)
                uow.commit()
        except UserError as err:
            messages.show_user_error(self, err)
            return None
        self.reload()
        return result
