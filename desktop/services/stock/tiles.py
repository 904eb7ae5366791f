"""Dashboard tiles: lots expiring soon (or expired and still on the shelf) and items below reorder level."""

from __future__ import annotations

from datetime import date

from desktop.i18n import translate
from desktop.services.dashboard import Tile, TileRow, tile
from desktop.services.permissions import Actor, Permission
from desktop.services.stock import queries
from desktop.services.uow import UnitOfWork

EXPIRING_DAYS = 7
MAX_ROWS = 8


@tile("stock.expiring", 40, Permission.MANAGE_STOCK, Permission.DISTRIBUTE_STOCK)
def expiring_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    lots = queries.lots_on_hand(uow, actor, expiring_within=EXPIRING_DAYS, today=today)
    expired = sum(1 for lot in lots if lot.days_left is not None and lot.days_left < 0)
    rows = tuple(
        TileRow(f"{lot.item_name} · {lot.quantity.normalize():f} {lot.unit}",
                (translate("stock", "expired {date}") if (lot.days_left or 0) < 0
                 else translate("stock", "expires {date}")).format(date=lot.expires_on) + f" · {lot.location_name}",
                f"item:{lot.item_id}")
        for lot in lots[:MAX_ROWS])
    return Tile("stock.expiring", translate("stock", "Stock expiring within {days} days").format(days=EXPIRING_DAYS),
                len(lots), "danger" if expired else ("warning" if lots else "info"), rows, "stock")


@tile("stock.low", 41, Permission.MANAGE_STOCK)
def low_stock_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    low = queries.below_reorder(uow, actor)
    rows = tuple(TileRow(f"{row.name} · {row.quantity.normalize():f} {row.unit}",
                         translate("stock", "reorder level {level}").format(level=f"{row.reorder_level.normalize():f}"),
                         f"item:{row.item_id}")
                 for row in low[:MAX_ROWS])
    return Tile("stock.low", translate("stock", "Items below reorder level"), len(low),
                "warning" if low else "info", rows, "stock")
