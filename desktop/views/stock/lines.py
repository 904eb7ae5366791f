"""The editable line grid of receipts and parcels, with barcode-scanner input.

A USB scanner types the code and Enter: `ScanField` looks the code up and adds the item (or adds one
more to its line). Quantities, lots, expiry dates and values are edited in place in the grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.stock.catalogue import ItemInfo
from desktop.views.stock.table_models import number

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "StockLines"

COL_ITEM, COL_UNIT, COL_QUANTITY, COL_LOT, COL_EXPIRY, COL_VALUE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("StockLines", "Item"),
    QT_TRANSLATE_NOOP("StockLines", "Unit"),
    QT_TRANSLATE_NOOP("StockLines", "Quantity"),
    QT_TRANSLATE_NOOP("StockLines", "Lot"),
    QT_TRANSLATE_NOOP("StockLines", "Expiry (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("StockLines", "Value (minor units)"),
)


@dataclass
class LineDraft:
    item: ItemInfo
    quantity: Decimal = Decimal(1)
    lot_code: str = ""
    expires_on: date | None = None
    value_minor: int | None = None


class LinesModel(QAbstractTableModel):
    """Parcel lines use the first three columns; receipt lines all six."""

    def __init__(self, *, receipt: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self.lines: list[LineDraft] = []
        self.last_error = ""

    def add_item(self, item: ItemInfo, quantity: Decimal = Decimal(1)) -> int:
        """Add the item, or (parcels, or receipts of the same lot) one more to its last line. Returns the row."""
        for row in range(len(self.lines) - 1, -1, -1):
            line = self.lines[row]
            if line.item.id == item.id and (not self.receipt or row == len(self.lines) - 1):
                line.quantity += quantity
                self.dataChanged.emit(self.index(row, COL_QUANTITY), self.index(row, COL_QUANTITY))
                return row
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(LineDraft(item, quantity))
        self.endInsertRows()
        return len(self.lines) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else (6 if self.receipt else 3)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt signature
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.columnCount()
        ):
            return QCoreApplication.translate("StockLines", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= COL_QUANTITY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                COL_ITEM: line.item.name,
                COL_UNIT: line.item.unit,
                COL_QUANTITY: number(line.quantity),
                COL_LOT: line.lot_code,
                COL_EXPIRY: line.expires_on.isoformat() if line.expires_on else "",
                COL_VALUE: "" if line.value_minor is None else str(line.value_minor),
            }.get(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_QUANTITY, COL_VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.lines):
            return False
        line, text = self.lines[index.row()], str(value).strip()
        try:
            if index.column() == COL_QUANTITY:
                quantity = Decimal(text.replace(",", "."))
                if not quantity.is_finite() or quantity <= 0:
                    raise ValueError
                line.quantity = quantity
            elif index.column() == COL_LOT:
                line.lot_code = text[:60]
            elif index.column() == COL_EXPIRY:
                line.expires_on = date.fromisoformat(text) if text else None
            elif index.column() == COL_VALUE:
                line.value_minor = int(text) if text else None
                if line.value_minor is not None and line.value_minor < 0:
                    raise ValueError
            else:
                return False
        except (ValueError, InvalidOperation):
            self.last_error = QCoreApplication.translate("StockLines", "{value} is not valid here.").format(value=text)
            return False
        self.last_error = ""
        self.dataChanged.emit(index, index)
        return True


class ScanField(QLineEdit):
    """Where the scanner (or a person) types a barcode or an item's exact name and presses Enter."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            QCoreApplication.translate("StockLines", "Scan a barcode or type an item name, then Enter")
        )
        self.setAccessibleName(QCoreApplication.translate("StockLines", "Barcode"))
        self.returnPressed.connect(self._emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # A scanner ends every code with Enter: keep it here, or the dialog's default button (Save) fires.
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()

    def _emit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)
