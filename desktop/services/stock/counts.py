"""Stocktakes: a count sheet per location, counted quantities, differences posted as one transaction.

The sheet lists every lot with stock at the location and every active item with none (expected 0),
so found stock has a line to go on. Expected quantities are on hand *as of the count date* (a count
is taken at the end of that day), so a count typed in on Monday for Friday's stocktake still posts
the right differences when Saturday's parcels are already in the ledger. Posting writes `counted`
movements for the differences, dated the count date; from then on nothing may be dated before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.base import utcnow
from desktop.models.stock import (
    CountStatus,
    Item,
    ItemCategory,
    Location,
    Lot,
    MovementKind,
    MovementReason,
    StockCount,
    StockCountLine,
    StockMovement,
)
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import ZERO, get_or_404, qty
from desktop.services.stock.ledger import check_not_before_count, post_movement
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class CountLineInfo:
    id: int
    item_id: int
    item_name: str
    category: ItemCategory
    unit: str
    lot_id: int | None
    lot_code: str
    expires_on: date | None
    expected: Decimal
    counted: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        return None if self.counted is None else self.counted - self.expected


@dataclass(frozen=True)
class CountSheet:
    id: int
    location_id: int
    location_name: str
    counted_on: date
    status: CountStatus
    lines: tuple[CountLineInfo, ...]


@dataclass(frozen=True)
class PostedCount:
    count_id: int
    movement_ids: tuple[int, ...]
    differences: int


def on_hand_as_of(uow: UnitOfWork, location_id: int, as_of: date) -> dict[tuple[int, int], Decimal]:
    """(item, lot) -> quantity at the location at the end of `as_of`, from the ledger."""
    rows = uow.session.execute(
        select(StockMovement.item_id, StockMovement.lot_id, func.sum(StockMovement.quantity))
        .where(StockMovement.location_id == location_id, StockMovement.moved_on <= as_of)
        .group_by(StockMovement.item_id, StockMovement.lot_id))
    return {(item, lot): qty(total) for item, lot, total in rows}


def start_count(uow: UnitOfWork, actor: Actor, *, location_id: int, counted_on: date,
                today: date | None = None) -> CountSheet:
    require(actor, Permission.MANAGE_STOCK)
    if counted_on > (today or date.today()):
        raise ValidationError(translate("stock", "The count date cannot be in the future."), field="date")
    location = get_or_404(uow, Location, location_id, translate("stock", "Location"))
    open_count = uow.session.scalar(select(StockCount.id).where(StockCount.location_id == location_id,
                                                                StockCount.status == CountStatus.OPEN))
    if open_count is not None:
        raise ValidationError(translate("stock", "{location} already has a count in progress (count {id}).").format(
            location=location.name, id=open_count), translate("stock", "Finish or cancel that count first."))
    count = StockCount(location_id=location_id, counted_on=counted_on, status=CountStatus.OPEN,
                       user_id=actor.user_id)
    uow.session.add(count)
    uow.flush()
    held = {key: q for key, q in on_hand_as_of(uow, location_id, counted_on).items() if q != 0}
    items_with_stock = {item for item, _ in held}
    for (item_id, lot_id), quantity in sorted(held.items()):
        uow.session.add(StockCountLine(count_id=count.id, item_id=item_id, lot_id=lot_id, expected=quantity))
    for item_id in uow.session.scalars(select(Item.id).where(Item.active.is_(True)).order_by(Item.id)):
        if item_id not in items_with_stock:
            uow.session.add(StockCountLine(count_id=count.id, item_id=item_id, lot_id=None, expected=ZERO))
    audit.record(uow, actor, Action.CREATE, "stock_count", count.id, "count started")
    return count_sheet(uow, actor, count.id)


def count_sheet(uow: UnitOfWork, actor: Actor, count_id: int) -> CountSheet:
    require(actor, Permission.MANAGE_STOCK)
    count = get_or_404(uow, StockCount, count_id, translate("stock", "Count"))
    location = get_or_404(uow, Location, count.location_id, translate("stock", "Location"))
    rows = uow.session.execute(
        select(StockCountLine, Item.name, Item.category, Item.unit, Lot.code, Lot.expires_on)
        .join(Item, Item.id == StockCountLine.item_id)
        .outerjoin(Lot, Lot.id == StockCountLine.lot_id)
        .where(StockCountLine.count_id == count_id)
        .order_by(Item.category, Item.name, Lot.expires_on, StockCountLine.id))
    lines = tuple(
        CountLineInfo(line.id, line.item_id, name, category, unit, line.lot_id, code or "", expires,
                      qty(line.expected), None if line.counted is None else qty(line.counted))
        for line, name, category, unit, code, expires in rows)
    return CountSheet(count.id, location.id, location.name, count.counted_on, count.status, lines)


def _open(uow: UnitOfWork, count_id: int) -> StockCount:
    count = get_or_404(uow, StockCount, count_id, translate("stock", "Count"))
    if count.status is not CountStatus.OPEN:
        raise ValidationError(translate("stock", "This count is already closed."))
    return count


def enter_counts(uow: UnitOfWork, actor: Actor, count_id: int, counted: Mapping[int, Decimal | None]) -> None:
    """Save counted quantities by line id (None clears a line). The caller commits."""
    require(actor, Permission.MANAGE_STOCK)
    _open(uow, count_id)
    lines = {line.id: line for line in uow.session.scalars(
        select(StockCountLine).where(StockCountLine.count_id == count_id))}
    for line_id, value in counted.items():
        line = lines.get(line_id)
        if line is None:
            raise ValidationError(translate("stock", "That line is not on this count sheet."))
        if value is not None and qty(value) < 0:
            raise ValidationError(translate("stock", "A counted quantity cannot be negative."), field="counted")
        line.counted = None if value is None else qty(value)
    audit.record(uow, actor, Action.UPDATE, "stock_count", count_id, f"{len(counted)} counted line(s) entered")


def cancel_count(uow: UnitOfWork, actor: Actor, count_id: int) -> None:
    require(actor, Permission.MANAGE_STOCK)
    _open(uow, count_id).status = CountStatus.CANCELLED
    audit.record(uow, actor, Action.UPDATE, "stock_count", count_id, "count cancelled")


def post_count(uow: UnitOfWork, actor: Actor, count_id: int) -> PostedCount:
    """Post every difference as a `counted` movement, all in the caller's transaction."""
    require(actor, Permission.MANAGE_STOCK)
    count = _open(uow, count_id)
    lines = list(uow.session.scalars(select(StockCountLine).where(StockCountLine.count_id == count_id)
                                     .order_by(StockCountLine.id)))
    missing = sum(1 for line in lines if line.counted is None)
    if missing:
        raise ValidationError(
            translate("stock", "%n line(s) have no counted quantity yet.", "", missing),
            translate("stock", "Enter 0 where nothing was found on the shelf."), field="counted")
    held = on_hand_as_of(uow, count.location_id, count.counted_on)
    movement_ids = []
    for line in lines:
        check_not_before_count(uow, line.item_id, count.location_id, count.counted_on)
        counted = qty(line.counted)
        lot_id = line.lot_id
        if lot_id is None:
            if counted == 0:
                continue
            lot = Lot(item_id=line.item_id, code=translate("stock", "found at count {id}").format(id=count_id)[:60],
                      expires_on=None, received_on=count.counted_on)
            uow.session.add(lot)
            uow.flush()
            lot_id = lot.id
        difference = counted - held.get((line.item_id, lot_id), ZERO)
        line.expected = held.get((line.item_id, lot_id), ZERO)  # what the difference was measured against
        if difference == 0:
            continue
        posted = post_movement(uow, actor, kind=MovementKind.COUNTED, item_id=line.item_id, lot_id=lot_id,
                               location_id=count.location_id, quantity=difference, moved_on=count.counted_on,
                               reason=MovementReason.COUNT, count_id=count_id)
        movement_ids.append(posted.movement_id)
    count.status = CountStatus.POSTED
    count.posted_at = utcnow()
    audit.record(uow, actor, Action.UPDATE, "stock_count", count_id,
                 f"count posted, {len(movement_ids)} difference(s)")
    return PostedCount(count_id, tuple(movement_ids), len(movement_ids))


def list_counts(uow: UnitOfWork, actor: Actor, limit: int = 100) -> list[tuple[int, str, date, CountStatus]]:
    require(actor, Permission.MANAGE_STOCK)
    rows = uow.session.execute(select(StockCount.id, Location.name, StockCount.counted_on, StockCount.status)
                               .join(Location, Location.id == StockCount.location_id)
                               .order_by(StockCount.id.desc()).limit(limit))
    return [(i, n, d, s) for i, n, d, s in rows]
