"""Shared pieces of the complaints window's lists: a sorting proxy that knows numbers and a filtered table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.rows_model import Column, RowsModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
CONTEXT = "complaints_view"


class SortProxy(QSortFilterProxyModel):
    """Sorts on the shown text, numbers as numbers (dates are ISO text, so they sort as text)."""

    def __init__(self, model: RowsModel[Any]) -> None:
        super().__init__()
        self.rows_model = model
        self.setSourceModel(model)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        a, b = left.data() or "", right.data() or ""
        if self.rows_model.columns[left.column()].numeric and a.isdigit() and b.isdigit():
            return int(a) < int(b)
        return str(a).casefold() < str(b).casefold()


class FilteredList(QWidget, Generic[R]):
    """Buttons and filters over a sortable table of service rows; `detail` shows the selected row in full."""

    def __init__(self, columns: Sequence[Column[R]], accessible_name: str) -> None:
        super().__init__()
        self.model: RowsModel[R] = RowsModel(columns, CONTEXT, parent=self)
        self.proxy = SortProxy(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(accessible_name)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()
        self.count_label = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(accessible_name)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                  ).activated.connect(self.focus_search)
        self._selection_buttons: list[QPushButton] = []

    def add_filter(self, label: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label.replace("&", "").rstrip(":"))
        for text, data in items:
            combo.addItem(text, data)
        buddy = QLabel(label)
        buddy.setBuddy(combo)
        self.filters.addWidget(buddy)
        self.filters.addWidget(combo)
        return combo

    def add_button(self, text: str, *, needs_selection: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.buttons.addWidget(button)
        if needs_selection:
            self._selection_buttons.append(button)
        return button

    def finish(self) -> None:
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        limit = self.fontMetrics().averageCharWidth() * 40
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))
        self.selection_changed()

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_id(self, row_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if getattr(row, "id", None) == row_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())
                return

    def selection_changed(self) -> None:
        chosen = self.selected()
        for button in self._selection_buttons:
            button.setEnabled(chosen is not None)
        self.detail.setText(self.describe(chosen) if chosen is not None else "")

    def describe(self, row: R) -> str:
        return ""
