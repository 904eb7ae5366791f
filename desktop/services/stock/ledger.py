"""The one writer of the stock ledger and of the on-hand cache, and the check that rebuilds the cache.

Rules enforced here for every movement, whichever document writes it:
- the quantity is not zero, the lot belongs to the item;
- on hand at (item, lot, location) never goes below zero;
- no movement is dated before the latest posted count of that item at that location.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, insert, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import (
    CountStatus,
    Item,
    Lot,
    MovementKind,
    MovementReason,
    StockBalance,
    StockCount,
    StockCountLine,
    StockMovement,
)
from desktop.services.permissions import Actor
from desktop.services.stock.common import ZERO, qty
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class Posted:
    movement_id: int
    item_id: int
    lot_id: int
    location_id: int
    quantity: Decimal
    balance_after: Decimal


def latest_count_date(uow: UnitOfWork, item_id: int, location_id: int) -> date | None:
    """Date of the latest posted count that covered this item at this location."""
    return uow.session.scalar(
        select(func.max(StockCount.counted_on))
        .join(StockCountLine, StockCountLine.count_id == StockCount.id)
        .where(StockCount.location_id == location_id, StockCount.status == CountStatus.POSTED,
               StockCountLine.item_id == item_id)
    )


def check_not_before_count(uow: UnitOfWork, item_id: int, location_id: int, moved_on: date) -> None:
    locked = latest_count_date(uow, item_id, location_id)
    if locked is not None and moved_on < locked:
        item = uow.session.get(Item, item_id)
        raise ValidationError(
            translate("stock", "{item} was counted on {date}: no movement may be dated before that.").format(
                item=item.name if item else item_id, date=locked.isoformat()),
            translate("stock", "Use the count date or a later date."),
            field="date",
        )


def balance(uow: UnitOfWork, item_id: int, lot_id: int, location_id: int) -> Decimal:
    row = uow.session.get(StockBalance, (item_id, lot_id, location_id))
    return qty(row.quantity) if row else ZERO


def post_movement(
    uow: UnitOfWork,
    actor: Actor,
    *,
    kind: MovementKind,
    item_id: int,
    lot_id: int,
    location_id: int,
    quantity: Decimal,
    moved_on: date,
    reason: MovementReason = MovementReason.NONE,
    note: str = "",
    value_minor: int | None = None,
    receipt_id: int | None = None,
    distribution_id: int | None = None,
    transfer_id: int | None = None,
    count_id: int | None = None,
    reverses_id: int | None = None,
    lot: Lot | None = None,
) -> Posted:
    """Append one movement and update the cache. Callers check permissions and write the audit event."""
    quantity = qty(quantity)
    if quantity == 0:
        raise ValidationError(translate("stock", "A movement needs a quantity other than zero."), field="quantity")
    lot = lot or uow.session.get(Lot, lot_id)
    if lot is None or lot.item_id != item_id:
        raise ValidationError(translate("stock", "That lot does not belong to the item."), field="lot")
    check_not_before_count(uow, item_id, location_id, moved_on)
    cached = uow.session.get(StockBalance, (item_id, lot_id, location_id))
    before = qty(cached.quantity) if cached else ZERO
    after = before + quantity
    if after < 0:
        item = uow.session.get(Item, item_id)
        raise ValidationError(
            translate("stock", "Not enough {item} in stock: {available} on hand, {wanted} needed.").format(
                item=item.name if item else item_id, available=before, wanted=-quantity),
            field="quantity",
        )
    if cached is None:
        uow.session.add(StockBalance(item_id=item_id, lot_id=lot_id, location_id=location_id, quantity=after))
    else:
        cached.quantity = after
    movement = StockMovement(
        moved_on=moved_on, kind=kind, reason=reason, item_id=item_id, lot_id=lot_id, location_id=location_id,
        quantity=quantity, value_minor=value_minor, note=note, user_id=actor.user_id, receipt_id=receipt_id,
        distribution_id=distribution_id, transfer_id=transfer_id, count_id=count_id, reverses_id=reverses_id,
    )
    uow.session.add(movement)
    uow.flush()
    return Posted(movement.id, item_id, lot_id, location_id, quantity, after)


# -- the cache check ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class BalanceMismatch:
    item_id: int
    lot_id: int
    location_id: int
    cached: Decimal
    ledger: Decimal


def ledger_sums(uow: UnitOfWork) -> dict[tuple[int, int, int], Decimal]:
    """(item, lot, location) -> SUM(quantity) straight from the ledger, zero sums left out."""
    rows = uow.session.execute(
        select(StockMovement.item_id, StockMovement.lot_id, StockMovement.location_id,
               func.sum(StockMovement.quantity))
        .group_by(StockMovement.item_id, StockMovement.lot_id, StockMovement.location_id)
    )
    sums = {(i, lot, loc): qty(total) for i, lot, loc, total in rows}
    return {k: v for k, v in sums.items() if v != 0}


def verify_balances(uow: UnitOfWork) -> list[BalanceMismatch]:
    """Compare the on-hand cache with the ledger; an empty list means they agree exactly."""
    derived = ledger_sums(uow)
    cached = {(b.item_id, b.lot_id, b.location_id): qty(b.quantity) for b in uow.session.scalars(select(StockBalance))}
    cached = {k: v for k, v in cached.items() if v != 0}
    return [BalanceMismatch(*key, cached.get(key, ZERO), derived.get(key, ZERO))
            for key in sorted(set(derived) | set(cached)) if cached.get(key, ZERO) != derived.get(key, ZERO)]


def rebuild_balances(uow: UnitOfWork, progress: Callable[[], None] | None = None) -> int:
    """Throw the cache away and rebuild it from the ledger (the caller commits). Returns the rows written."""
    derived = ledger_sums(uow)
    uow.session.execute(delete(StockBalance))
    if progress:
        progress()
    rows = [{"item_id": i, "lot_id": lot, "location_id": loc, "quantity": total}
            for (i, lot, loc), total in derived.items()]
    for start in range(0, len(rows), 5000):
        uow.session.execute(insert(StockBalance), rows[start:start + 5000])
        if progress:
            progress()
    return len(rows)
