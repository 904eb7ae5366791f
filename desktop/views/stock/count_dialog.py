"""A stocktake: print the count sheet, type the counted quantities, post the differences."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.stock import counts, exports
from desktop.services.stock.common import category_label
from desktop.services.stock.counts import CountLineInfo, CountSheet
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error
from desktop.views.stock.table_models import number

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "CountLinesModel"
COL_ITEM, COL_CATEGORY, COL_LOT, COL_EXPIRY, COL_EXPECTED, COL_COUNTED, COL_DIFFERENCE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("CountLinesModel", "Item"),
    QT_TRANSLATE_NOOP("CountLinesModel", "Category"),
    QT_TRANSLATE_NOOP("CountLinesModel", "Lot"),
    QT_TRANSLATE_NOOP("CountLinesModel", "Expiry"),
    QT_TRANSLATE_NOOP("CountLinesModel", "Expected"),
    QT_TRANSLATE_NOOP("CountLinesModel", "Counted"),
    QT_TRANSLATE_NOOP("CountLinesModel", "Difference"),
)


class CountLinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[CountLineInfo] = []
        self.counted: dict[int, Decimal | None] = {}

    def set_sheet(self, sheet: CountSheet) -> None:
        self.beginResetModel()
        self.lines = list(sheet.lines)
        self.counted = {line.id: line.counted for line in sheet.lines}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt signature
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("CountLinesModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == COL_COUNTED else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        counted = self.counted.get(line.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            difference = None if counted is None else counted - line.expected
            return {
                COL_ITEM: f"{line.item_name} ({line.unit})",
                COL_CATEGORY: category_label(line.category),
                COL_LOT: line.lot_code,
                COL_EXPIRY: line.expires_on.isoformat() if line.expires_on else "",
                COL_EXPECTED: number(line.expected),
                COL_COUNTED: number(counted),
                COL_DIFFERENCE: "" if difference is None else ("+" if difference > 0 else "") + number(difference),
            }.get(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= COL_EXPECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_COUNTED:
            return False
        text = str(value).strip().replace(",", ".")
        try:
            counted = Decimal(text) if text else None
        except InvalidOperation:
            return False
        if counted is not None and (not counted.is_finite() or counted < 0):
            return False
        self.counted[self.lines[index.row()].id] = counted
        self.dataChanged.emit(index, self.index(index.row(), COL_DIFFERENCE))
        return True


class CountDialog(BaseDialog):
    def __init__(self, context: PageContext, count_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.count_id = count_id
        self.posted: counts.PostedCount | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.model = CountLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Count lines"))
        self.table.horizontalHeader().setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print count sheet…"))
        self.save_button = QPushButton(self.tr("&Save counts"))
        self.post_button = QPushButton(self.tr("P&ost differences"))
        for button, role in (
            (self.print_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.save_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.post_button, QDialogButtonBox.ButtonRole.AcceptRole),
        ):
            buttons.addButton(button, role)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_counts)
        self.post_button.clicked.connect(self.post)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_counts)
        self.reload()
        self.resize(820, 560)

    def reload(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            sheet = counts.count_sheet(uow, self.context.actor, self.count_id)
        self.setWindowTitle(self.tr("Count {id}: {location}").format(id=sheet.id, location=sheet.location_name))
        self.heading.setText(
            self.tr("{location}, count date {date}. Type what is on the shelf; 0 where nothing is found.").format(
                location=sheet.location_name, date=sheet.counted_on
            )
        )
        self.model.set_sheet(sheet)

    def save_counts(self) -> bool:
        try:
            with UnitOfWork(self.context.db) as uow:
                counts.enter_counts(uow, self.context.actor, self.count_id, self.model.counted)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return False
        set_error(self.error, "")
        return True

    def print_sheet(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the count sheet"), f"count-{self.count_id}.pdf", self.tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        with UnitOfWork(self.context.db) as uow:
            result = exports.print_count_sheet(uow, self.context.actor, self.count_id, Path(path))
            uow.commit()
        return result

    def post(self) -> None:
        if not self.save_counts():
            return
        if not messages.confirm(
            self,
            self.tr("Post the differences as stock adjustments?"),
            self.tr("After posting, no movement may be dated before the count date."),
        ):
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                self.posted = counts.post_count(uow, self.context.actor, self.count_id)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        messages.info(self, self.tr("Count posted: %n difference(s) adjusted.", "", self.posted.differences))
        self.save_geometry()
        self.accept()
