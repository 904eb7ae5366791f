"""Table model over audit.search_events; times are stored in UTC and shown in local time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.audit import AuditRow
from desktop.views.admin.users_model import local_time

COL_TIME, COL_USER, COL_ACTION, COL_ENTITY, COL_ENTITY_ID, COL_SUMMARY = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "User"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Record type"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
)

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("AuditTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        event = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                local_time(event.at),
                event.username,
                event.action,
                event.entity,
                event.entity_id,
                event.summary,
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None
