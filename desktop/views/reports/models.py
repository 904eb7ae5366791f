"""Table models of the Reports page: the figures preview and the data-quality warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.reports.engine import PackResult, QualityIssue
from desktop.reports.pdf import format_value

Index = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    """Every row of every table of a pack, flattened: section, table, label, values ("Services: 3 · ...")."""

    COL_SECTION, COL_TABLE, COL_LABEL, COL_VALUES = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str, str, bool]] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Section"), self.tr("Table"), self.tr("Figure"), self.tr("Values"))

    def set_result(self, result: PackResult | None) -> None:
        self.beginResetModel()
        self.rows = []
        for section in result.sections if result else ():
            for table in section.tables:
                last = len(table.rows) - 1
                for index, row in enumerate(table.rows):
                    values = [f"{column}: {format_value(value)}" if len(row) > 2 else format_value(value)
                              for column, value in zip(table.columns[1:], row[1:], strict=False)
                              if not (isinstance(value, str) and value == "")]
                    self.rows.append((section.title, table.title, str(row[0]), " · ".join(values),
                                      table.total_row and index == last))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.FontRole and row[4]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return self.headers()[section]
        return None


class QualityModel(QAbstractTableModel):
    COL_CHECK, COL_COUNT = range(2)

    def __init__(self) -> None:
        super().__init__()
        self.issues: list[QualityIssue] = []

    def set_issues(self, issues: tuple[QualityIssue, ...]) -> None:
        self.beginResetModel()
        self.issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.issues):
            return None
        issue = self.issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return issue.label if index.column() == self.COL_CHECK else str(issue.count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and issue.count:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Data-quality check"), self.tr("Records"))[section] if 0 <= section < 2 else None
        return None


