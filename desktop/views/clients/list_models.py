"""Table models of the Clients page: the household list (ids held, rows fetched a page at a time, sorted
by SQL) and the search results (ClientHit rows, already ranked by the search service)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.db import Database
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.clients import RecordStatus
from desktop.services import client_list
from desktop.services.client_list import ClientListFilter, HouseholdListRow, SortKey
from desktop.services.client_search import ClientHit
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COL_REF, COL_HEAD, COL_MEMBERS, COL_ADDRESS, COL_PHONE, COL_LAST_VISIT, COL_REGISTERED = range(7)
LIST_HEADERS = (
    QT_TRANSLATE_NOOP("ClientListModel", "Reference"),
    QT_TRANSLATE_NOOP("ClientListModel", "Head of household"),
    QT_TRANSLATE_NOOP("ClientListModel", "Members"),
    QT_TRANSLATE_NOOP("ClientListModel", "Address"),
    QT_TRANSLATE_NOOP("ClientListModel", "Phone"),
    QT_TRANSLATE_NOOP("ClientListModel", "Last visit"),
    QT_TRANSLATE_NOOP("ClientListModel", "Registered"),
)
# Column -> SQL sort key; the address sorts by town, the phone is not sortable.
SORT_KEYS: dict[int, SortKey] = {COL_REF: SortKey.REF, COL_HEAD: SortKey.HEAD, COL_MEMBERS: SortKey.MEMBERS,
                                 COL_ADDRESS: SortKey.LOCALITY, COL_LAST_VISIT: SortKey.LAST_VISIT,
                                 COL_REGISTERED: SortKey.REGISTERED}


class ClientListModel(QAbstractTableModel):
    """Holds every matching household id; display rows are fetched in pages of PAGE when first painted."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.filter = ClientListFilter()
        self.sort_key, self.descending = SortKey.REF, False
        self.ids: list[int] = []
        self._rows: dict[int, HouseholdListRow] = {}
        self.fetches = 0  # page fetches so far (tests and benchmarks read it)

    def reload(self, flt: ClientListFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        with UnitOfWork(self.db, write=False) as uow:
            ids = client_list.household_ids(uow, self.actor, self.filter, self.sort_key, self.descending)
        self.beginResetModel()
        self.ids, self._rows = ids, {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self.sort_key, self.descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> HouseholdListRow | None:
        if not 0 <= row < len(self.ids):
            return None
        household_id = self.ids[row]
        if household_id not in self._rows:
            start = (row // PAGE) * PAGE
            page = self.ids[start:start + PAGE]
            with UnitOfWork(self.db, write=False) as uow:
                for r in client_list.household_rows(uow, self.actor, page):
                    self._rows[r.id] = r
            self.fetches += 1
        return self._rows.get(household_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(LIST_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(LIST_HEADERS):
            return QCoreApplication.translate("ClientListModel", LIST_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()] if 0 <= index.row() < len(self.ids) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return Qt.GlobalColor.gray if r.status is not RecordStatus.ACTIVE else None
        values: tuple[str, ...] = (r.ref, r.head_name, str(r.members), r.address, r.phone,
                                   r.last_visit.isoformat() if r.last_visit else "", r.registered_on.isoformat())
        return values[index.column()] if 0 <= index.column() < len(values) else None


COL_HIT_NAME, COL_HIT_BORN, COL_HIT_REF, COL_HIT_ADDRESS, COL_HIT_PHONE = range(5)
HIT_HEADERS = (
    QT_TRANSLATE_NOOP("SearchResultsModel", "Name"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Born"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Household"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Address"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Phone"),
)


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[ClientHit] = []

    def set_hits(self, hits: list[ClientHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(HIT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HIT_HEADERS):
            return QCoreApplication.translate("SearchResultsModel", HIT_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_HIT_NAME:
                name = hit.display_name or hit.household_ref
                return name if hit.person_id else QCoreApplication.translate(
                    "SearchResultsModel", "Household: {name}").format(name=name)
            born = hit.birth_date.isoformat() if hit.birth_date else (str(hit.birth_year) if hit.birth_year else "")
            return (born, hit.household_ref, hit.address, hit.phone)[index.column() - 1] \
                if 1 <= index.column() < 5 else None
        if role == Qt.ItemDataRole.ForegroundRole and hit.archived:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None


Opener = Callable[[int | None, int | None], None]
