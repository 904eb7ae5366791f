"""Stock changes that are not receipts or parcels: adjustments, write-offs, transfers, reversals, checks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import (
    Item,
    Location,
    Lot,
    MovementKind,
    MovementReason,
    StockBalance,
    StockMovement,
    Transfer,
)
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import get_or_404, qty
from desktop.services.stock.distributions import ParcelLineInput, follow_reversal, plan_picks
from desktop.services.stock.ledger import BalanceMismatch, post_movement, rebuild_balances, verify_balances
from desktop.services.uow import UnitOfWork

ADJUST_REASONS = (MovementReason.DAMAGED, MovementReason.SPOILED, MovementReason.FOUND, MovementReason.CORRECTION)


def _check_date(moved_on: date, today: date | None) -> None:
    if moved_on > (today or date.today()):
        raise ValidationError(translate("stock", "The date cannot be in the future."), field="date")


def adjust(
    uow: UnitOfWork, actor: Actor, *, item_id: int, lot_id: int, location_id: int, quantity: Decimal,
    reason: MovementReason, moved_on: date, note: str = "", today: date | None = None,
) -> int:
    """A signed correction with a reason (damaged, spoiled, found, correction). Returns the movement id."""
    require(actor, Permission.MANAGE_STOCK)
    _check_date(moved_on, today)
    try:
        reason = MovementReason(reason)  # views pass the plain string a combo box holds
    except ValueError:
        reason = MovementReason.NONE
    if reason not in ADJUST_REASONS:
        raise ValidationError(translate("stock", "Choose why the stock is adjusted."), field="reason")
    if reason in (MovementReason.DAMAGED, MovementReason.SPOILED) and qty(quantity) > 0:
        raise ValidationError(translate("stock", "Damaged or spoiled stock can only be taken out."), field="quantity")
    get_or_404(uow, Location, location_id, translate("stock", "Location"))
    posted = post_movement(uow, actor, kind=MovementKind.ADJUSTED, item_id=item_id, lot_id=lot_id,
                           location_id=location_id, quantity=quantity, moved_on=moved_on, reason=reason,
                           note=note.strip())
    audit.record(uow, actor, Action.CREATE, "stock_movement", posted.movement_id, f"adjusted ({reason.value})")
    return posted.movement_id


def write_off_expired(uow: UnitOfWork, actor: Actor, *, location_id: int, on_date: date,
                      today: date | None = None) -> list[int]:
    """Write off every lot at the location whose date is before `on_date`. Returns the movement ids."""
    require(actor, Permission.MANAGE_STOCK)
    _check_date(on_date, today)
    rows = list(uow.session.execute(
        select(StockBalance.item_id, StockBalance.lot_id, StockBalance.quantity)
        .join(Lot, Lot.id == StockBalance.lot_id)
        .where(StockBalance.location_id == location_id, StockBalance.quantity > 0, Lot.expires_on < on_date)
        .order_by(StockBalance.item_id, StockBalance.lot_id)))
    ids = []
    for item_id, lot_id, quantity in rows:
        posted = post_movement(uow, actor, kind=MovementKind.WRITTEN_OFF, item_id=item_id, lot_id=lot_id,
                               location_id=location_id, quantity=-qty(quantity), moved_on=on_date,
                               reason=MovementReason.EXPIRED)
        ids.append(posted.movement_id)
    if ids:
        audit.record(uow, actor, Action.CREATE, "stock_location", location_id,
                     f"expired stock written off, {len(ids)} lot(s)")
    return ids


def transfer(
    uow: UnitOfWork, actor: Actor, *, from_location_id: int, to_location_id: int, moved_on: date,
    lines: Sequence[ParcelLineInput], note: str = "", today: date | None = None,
) -> int:
    """Move stock between locations (FEFO unless a lot is named). Returns the transfer id."""
    require(actor, Permission.MANAGE_STOCK)
    _check_date(moved_on, today)
    if from_location_id == to_location_id:
        raise ValidationError(translate("stock", "Choose two different locations."), field="to_location")
    get_or_404(uow, Location, from_location_id, translate("stock", "Location"))
    target = get_or_404(uow, Location, to_location_id, translate("stock", "Location"))
    if not target.active:
        raise ValidationError(translate("stock", "That location is no longer in use."), field="to_location")
    if not lines:
        raise ValidationError(translate("stock", "Add at least one line."), field="lines")
    picks = plan_picks(uow, from_location_id, lines, moved_on, allow_expired=True)
    doc = Transfer(from_location_id=from_location_id, to_location_id=to_location_id, moved_on=moved_on,
                   note=note.strip(), user_id=actor.user_id)
    uow.session.add(doc)
    uow.flush()
    for pick in picks:
        for location, sign in ((from_location_id, -1), (to_location_id, 1)):
            post_movement(uow, actor, kind=MovementKind.TRANSFERRED, item_id=pick.item_id, lot_id=pick.lot_id,
                          location_id=location, quantity=pick.quantity * sign, moved_on=moved_on,
                          transfer_id=doc.id)
    audit.record(uow, actor, Action.CREATE, "stock_transfer", doc.id, f"transfer of {len(picks)} lot line(s)")
    return doc.id


def _partner_leg(uow: UnitOfWork, movement: StockMovement) -> StockMovement | None:
    if movement.transfer_id is None:
        return None
    return uow.session.scalar(
        select(StockMovement).where(
            StockMovement.transfer_id == movement.transfer_id, StockMovement.lot_id == movement.lot_id,
            StockMovement.quantity == -movement.quantity, StockMovement.id != movement.id,
            StockMovement.reverses_id.is_(None), StockMovement.location_id != movement.location_id,
        ).order_by(StockMovement.id).limit(1))


def reverse_movement(uow: UnitOfWork, actor: Actor, movement_id: int, reason: str, *,
                     today: date | None = None) -> list[int]:
    """Undo a mistaken movement with a reversing one dated today (both legs of a transfer).

    Parcels: DISTRIBUTE_STOCK may reverse a distribution line (the goods came back to the shelf); every
    other kind needs MANAGE_STOCK. The parcel's lines and service record follow in the same transaction
    (lower weight, another type, or no record at all when every line came back): reports count what went out.
    """
    movement = get_or_404(uow, StockMovement, movement_id, translate("stock", "Movement"))
    require(actor, Permission.DISTRIBUTE_STOCK if movement.kind is MovementKind.DISTRIBUTED
            else Permission.MANAGE_STOCK)
    reason = reason.strip()
    if not reason:
        raise ValidationError(translate("stock", "Say why the movement is reversed."), field="reason")
    if movement.reverses_id is not None:
        raise ValidationError(translate("stock", "This movement is itself a reversal: enter the stock again instead."))
    already = uow.session.scalar(select(StockMovement.id).where(StockMovement.reverses_id == movement.id))
    if already is not None:
        raise ValidationError(translate("stock", "This movement was already reversed (movement {id}).").format(
            id=already))
    legs = [movement]
    partner = _partner_leg(uow, movement)
    if partner is not None:
        legs.append(partner)
    on = today or date.today()
    # Legs that put stock back go first, so taking a transfer back never dips below zero half-way.
    ids = []
    for leg in sorted(legs, key=lambda m: m.quantity):
        posted = post_movement(uow, actor, kind=leg.kind, item_id=leg.item_id, lot_id=leg.lot_id,
                               location_id=leg.location_id, quantity=-qty(leg.quantity), moved_on=on,
                               reason=MovementReason.REVERSAL, note=reason, value_minor=None,
                               receipt_id=leg.receipt_id, distribution_id=leg.distribution_id,
                               transfer_id=leg.transfer_id, count_id=leg.count_id, reverses_id=leg.id)
        ids.append(posted.movement_id)
    audit.record(uow, actor, Action.CREATE, "stock_movement", movement.id, f"reversed by {ids}")
    if movement.kind is MovementKind.DISTRIBUTED and movement.distribution_id is not None:
        follow_reversal(uow, actor, movement.distribution_id)
    return ids


@dataclass(frozen=True)
class StockCheck:
    mismatches: tuple[BalanceMismatch, ...]
    rebuilt_rows: int | None


def check_stock(uow: UnitOfWork, actor: Actor, *, repair: bool = False) -> StockCheck:
    """Compare the on-hand cache with the ledger; with repair, rebuild the cache from the ledger."""
    require(actor, Permission.MANAGE_STOCK)
    mismatches = tuple(verify_balances(uow))
    rebuilt = None
    if repair:
        rebuilt = rebuild_balances(uow)
        audit.record(uow, actor, Action.UPDATE, "stock_balances", "", f"on-hand rebuilt from ledger, "
                     f"{len(mismatches)} difference(s) found")
    return StockCheck(mismatches, rebuilt)


def item_of_lot(uow: UnitOfWork, lot_id: int) -> int:
    lot = get_or_404(uow, Lot, lot_id, translate("stock", "Lot"))
    get_or_404(uow, Item, lot.item_id, translate("stock", "Item"))
    return lot.item_id
