"""Table model of a household's members (current first), with ages and relationships."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.households import MemberInfo, relationship_label
from desktop.views.translations import translate

COL_NAME, COL_AGE, COL_RELATIONSHIP, COL_JOINED, COL_LEFT, COL_FLAGS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("MembersModel", "Name"),
    QT_TRANSLATE_NOOP("MembersModel", "Age"),
    QT_TRANSLATE_NOOP("MembersModel", "Relationship"),
    QT_TRANSLATE_NOOP("MembersModel", "Joined"),
    QT_TRANSLATE_NOOP("MembersModel", "Left"),
    QT_TRANSLATE_NOOP("MembersModel", "Flags"),
)
Index = QModelIndex | QPersistentModelIndex



class MembersModel(QAbstractTableModel):
    def __init__(self, members: list[MemberInfo], today: date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.members = members
        self.today = today or date.today()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            return translate("MembersModel", HEADERS[section])
        return None

    def flags_text(self, m: MemberInfo) -> str:
        flags = []
        if m.person.disability:
            flags.append(translate("MembersModel", "disability"))
        if m.person.special_needs:
            flags.append(translate("MembersModel", "special needs"))
        if m.person.birth_date is None and m.person.birth_year is not None:
            flags.append(translate("MembersModel", "birth year only"))
        return ", ".join(flags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        m = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_NAME:
                return m.person.display_name or translate("MembersModel", "(erased)")
            if column == COL_AGE:
                return "" if m.age is None else str(m.age)
            if column == COL_RELATIONSHIP:
                return relationship_label(m.relationship)
            if column == COL_JOINED:
                return m.joined_on.isoformat()
            if column == COL_LEFT:
                return m.left_on.isoformat() if m.left_on else ""
            return self.flags_text(m)
        if role == Qt.ItemDataRole.ForegroundRole and not m.current_on(self.today):
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.UserRole:
            return m.person.id
        return None
