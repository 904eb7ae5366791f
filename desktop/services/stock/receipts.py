"""Receipts (donations and purchases): each line creates (or tops up) a lot and one `received` movement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import Donor, Item, Location, Lot, MovementKind, Receipt, ReceiptKind
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import get_or_404, positive_qty
from desktop.services.stock.ledger import post_movement
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class ReceiptLineInput:
    item_id: int
    quantity: Decimal
    lot_code: str = ""
    expires_on: date | None = None
    best_before: bool = False
    value_minor: int | None = None  # total value of the line, for purchases


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: int
    movement_ids: tuple[int, ...]
    lot_ids: tuple[int, ...]


def _lot_for(uow: UnitOfWork, item: Item, line: ReceiptLineInput, received_on: date, quantity: Decimal) -> Lot:
    code = line.lot_code.strip()[:60]
    if code:  # the same printed lot arriving again tops the existing lot up
        existing = uow.session.scalar(select(Lot).where(Lot.item_id == item.id, Lot.code == code,
                                                        Lot.expires_on == line.expires_on if line.expires_on
                                                        else Lot.expires_on.is_(None)))
        if existing is not None:
            return existing
    unit_value = None
    if line.value_minor is not None:
        unit_value = int((Decimal(line.value_minor) / quantity).to_integral_value())
    lot = Lot(item_id=item.id, code=code, expires_on=line.expires_on, best_before=line.best_before,
              received_on=received_on, unit_value_minor=unit_value)
    uow.session.add(lot)
    uow.flush()
    return lot


def receive(
    uow: UnitOfWork,
    actor: Actor,
    *,
    kind: ReceiptKind,
    received_on: date,
    location_id: int,
    lines: Sequence[ReceiptLineInput],
    donor_id: int | None = None,
    note: str = "",
    today: date | None = None,
) -> ReceiptResult:
    """Record a donation or purchase. The caller commits."""
    require(actor, Permission.MANAGE_STOCK)
    today = today or date.today()
    if received_on > today:
        raise ValidationError(translate("stock", "The receipt date cannot be in the future."), field="date")
    location = get_or_404(uow, Location, location_id, translate("stock", "Location"))
    if not location.active:
        raise ValidationError(translate("stock", "That location is no longer in use."), field="location")
    if donor_id is not None and not get_or_404(uow, Donor, donor_id, translate("stock", "Donor")).active:
        raise ValidationError(translate("stock", "That donor is no longer active."),
                              translate("stock", "Make the donor active again in the catalogue, or choose another."),
                              field="donor")
    if not lines:
        raise ValidationError(translate("stock", "Add at least one line."), field="lines")
    receipt = Receipt(kind=ReceiptKind(kind), donor_id=donor_id, received_on=received_on, location_id=location_id,
                      note=note.strip(), user_id=actor.user_id)
    uow.session.add(receipt)
    uow.flush()
    movements, lots = [], []
    for number, line in enumerate(lines, start=1):
        item = get_or_404(uow, Item, line.item_id, translate("stock", "Item"))
        quantity = positive_qty(line.quantity)
        if line.value_minor is not None and line.value_minor < 0:
            raise ValidationError(translate("stock", "Line {n}: the value cannot be negative.").format(n=number))
        if item.perishable and line.expires_on is None:
            raise ValidationError(
                translate("stock", "Line {n}: {item} is perishable: enter its expiry or best-before date.").format(
                    n=number, item=item.name), field="expires_on")
        if line.expires_on is not None and line.expires_on < received_on:
            raise ValidationError(
                translate("stock", "Line {n}: {item} has already expired ({date}): do not take it into stock.").format(
                    n=number, item=item.name, date=line.expires_on.isoformat()), field="expires_on")
        lot = _lot_for(uow, item, line, received_on, quantity)
        posted = post_movement(uow, actor, kind=MovementKind.RECEIVED, item_id=item.id, lot_id=lot.id,
                               location_id=location_id, quantity=quantity, moved_on=received_on,
                               value_minor=line.value_minor, receipt_id=receipt.id, lot=lot)
        movements.append(posted.movement_id)
        lots.append(lot.id)
    audit.record(uow, actor, Action.CREATE, "stock_receipt", receipt.id,
                 f"{receipt.kind.value} received, {len(lines)} line(s)")
    return ReceiptResult(receipt.id, tuple(movements), tuple(lots))
