"""Read-only table models over frozen service rows (painting never touches the database)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.stock.common import category_label, kind_label, reason_label
from desktop.services.stock.queries import HistoryRow, LotRow, OnHandRow
from desktop.views.rows_model import Column as Column
from desktop.views.rows_model import RowsModel as BaseRowsModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
CONTEXT = "StockTables"


def number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    digits = 0 if currency == "IDR" else 2
    return f"{minor / 10 ** digits:,.{digits}f} {currency}"


class RowsModel(BaseRowsModel[R]):
    """The shared rows model, with headers translated in the "StockTables" context."""

    def __init__(self, columns: Sequence[Column[R]], highlight: Callable[[R], str | None] | None = None,
                 parent: Any = None) -> None:
        super().__init__(columns, "StockTables", highlight, parent)


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def on_hand_model(currency: str, parent: Any = None) -> RowsModel[OnHandRow]:
    columns: list[Column[OnHandRow]] = [
        Column(QT_TRANSLATE_NOOP("StockTables", "Item"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("StockTables", "Category"), lambda r: category_label(r.category)),
        Column(QT_TRANSLATE_NOOP("StockTables", "Unit"), lambda r: r.unit),
        Column(QT_TRANSLATE_NOOP("StockTables", "On hand"), lambda r: number(r.quantity), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "kg"), lambda r: number(r.weight_kg), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Value"), lambda r: money(r.value_minor, currency), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Reorder level"), lambda r: number(r.reorder_level), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Lots"), lambda r: str(r.lots), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Next expiry"), lambda r: _date(r.next_expiry)),
    ]
    return RowsModel(columns, lambda r: "#fde7c2" if r.below_reorder else None, parent)


COL_ONHAND_ITEM, COL_ONHAND_CATEGORY, COL_ONHAND_UNIT, COL_ONHAND_QTY, COL_ONHAND_KG, COL_ONHAND_VALUE = range(6)


def lots_model(parent: Any = None) -> RowsModel[LotRow]:
    columns: list[Column[LotRow]] = [
        Column(QT_TRANSLATE_NOOP("StockTables", "Expiry"), lambda r: _date(r.expires_on)),
        Column(QT_TRANSLATE_NOOP("StockTables", "Days left"), lambda r: "" if r.days_left is None else str(r.days_left),
               True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Item"), lambda r: r.item_name),
        Column(QT_TRANSLATE_NOOP("StockTables", "Lot"), lambda r: r.lot_code),
        Column(QT_TRANSLATE_NOOP("StockTables", "Location"), lambda r: r.location_name),
        Column(QT_TRANSLATE_NOOP("StockTables", "On hand"), lambda r: f"{number(r.quantity)} {r.unit}", True),
    ]
    return RowsModel(columns, lambda r: "#f6c4c0" if (r.days_left is not None and r.days_left < 0)
                     else ("#fde7c2" if r.days_left is not None and r.days_left <= 7 else None), parent)


COL_LOT_EXPIRY, COL_LOT_DAYS, COL_LOT_ITEM = range(3)


def history_model(parent: Any = None) -> RowsModel[HistoryRow]:
    def movement(r: HistoryRow) -> str:
        text = kind_label(r.kind)
        if r.reason.value:
            text += f" ({reason_label(r.reason)})"
        if r.reversed:
            text += " · " + QCoreApplication.translate("StockTables", "reversed")
        return text

    columns: list[Column[HistoryRow]] = [
        Column(QT_TRANSLATE_NOOP("StockTables", "No."), lambda r: str(r.movement_id), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Date"), lambda r: r.moved_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("StockTables", "Movement"), movement),
        Column(QT_TRANSLATE_NOOP("StockTables", "Location"), lambda r: r.location_name),
        Column(QT_TRANSLATE_NOOP("StockTables", "Lot"), lambda r: r.lot_code),
        Column(QT_TRANSLATE_NOOP("StockTables", "Quantity"), lambda r: number(r.quantity), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Balance"), lambda r: number(r.balance), True),
        Column(QT_TRANSLATE_NOOP("StockTables", "Document"), lambda r: r.document),
        Column(QT_TRANSLATE_NOOP("StockTables", "User"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("StockTables", "Note"), lambda r: r.note),
    ]
    return RowsModel(columns, lambda r: "#e6e6e6" if r.reversed or r.reverses_id else None, parent)


COL_HIST_ID, COL_HIST_DATE, COL_HIST_MOVEMENT, COL_HIST_LOCATION, COL_HIST_LOT, COL_HIST_QTY = range(6)
COL_HIST_BALANCE = 6
