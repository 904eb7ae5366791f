"""Table model over users.list_users (frozen UserInfo rows, so painting never touches the database)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.base import utcnow
from desktop.services.permissions import role_label
from desktop.services.users import UserInfo

COL_USERNAME, COL_FULL_NAME, COL_ROLE, COL_STATUS, COL_LAST_LOGIN = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("UsersTableModel", "Login name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Status"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Last sign-in"),
)

Index = QModelIndex | QPersistentModelIndex


def local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    # Stored in UTC, shown in local time; year-month-day reads the same in every language of the app.
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[UserInfo] = []

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("UsersTableModel", HEADERS[section])
        return None

    def status_text(self, user: UserInfo) -> str:
        if not user.active:
            return QCoreApplication.translate("UsersTableModel", "Disabled")
        if user.locked_until is not None and user.locked_until > utcnow():
            return QCoreApplication.translate("UsersTableModel", "Locked out")
        return QCoreApplication.translate("UsersTableModel", "Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        user = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_USERNAME:
                return user.username
            if column == COL_FULL_NAME:
                return user.full_name
            if column == COL_ROLE:
                return role_label(user.role)
            if column == COL_STATUS:
                return self.status_text(user)
            if column == COL_LAST_LOGIN:
                return local_time(user.last_login_at)
        if role == Qt.ItemDataRole.UserRole:
            return user.username
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
