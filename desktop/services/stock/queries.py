"""Seeing stock: on hand by item/category/location with kg and value, expiring lots, low stock,
movement history with a running balance, and the ledger of a period."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select

from desktop.models.stock import (
    Item,
    ItemCategory,
    Location,
    Lot,
    MovementKind,
    MovementReason,
    StockBalance,
    StockMovement,
)
from desktop.models.users import User
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import ZERO, qty
from desktop.services.uow import UnitOfWork


def _require_view(actor: Actor) -> None:
    if not actor.can(Permission.DISTRIBUTE_STOCK):
        require(actor, Permission.MANAGE_STOCK)


@dataclass(frozen=True)
class OnHandRow:
    item_id: int
    name: str
    category: ItemCategory
    unit: str
    quantity: Decimal
    weight_kg: Decimal | None  # None when the item has no unit weight
    value_minor: int | None  # None when neither the lots nor the item carry a value
    reorder_level: Decimal
    lots: int
    next_expiry: date | None

    @property
    def below_reorder(self) -> bool:
        return self.reorder_level > 0 and self.quantity < self.reorder_level


def on_hand(uow: UnitOfWork, actor: Actor, *, location_id: int | None = None,
            category: ItemCategory | None = None, include_zero: bool = True) -> list[OnHandRow]:
    """One row per active item (items with nothing on hand too, unless include_zero is False)."""
    _require_view(actor)
    conditions = [StockBalance.quantity != 0]
    if location_id is not None:
        conditions.append(StockBalance.location_id == location_id)
    value = func.sum(StockBalance.quantity * func.coalesce(Lot.unit_value_minor, Item.unit_value_minor))
    has_value = func.max(func.coalesce(Lot.unit_value_minor, Item.unit_value_minor))
    sums = select(
        StockBalance.item_id, func.sum(StockBalance.quantity), value, has_value,
        func.count(func.distinct(StockBalance.lot_id)), func.min(Lot.expires_on),
    ).join(Lot, Lot.id == StockBalance.lot_id).join(Item, Item.id == StockBalance.item_id) \
        .where(and_(*conditions)).group_by(StockBalance.item_id)
    totals = {row[0]: row[1:] for row in uow.session.execute(sums)}
    items = select(Item).where(Item.active.is_(True)).order_by(Item.name)
    if category is not None:
        items = items.where(Item.category == category)
    result = []
    for item in uow.session.scalars(items):
        total, val, valued, lots, expiry = totals.get(item.id, (0, None, None, 0, None))
        quantity = qty(total)
        if not include_zero and quantity == 0:
            continue
        weight = None if item.unit_weight_kg is None else qty(quantity * qty(item.unit_weight_kg))
        result.append(OnHandRow(item.id, item.name, item.category, item.unit, quantity, weight,
                                None if valued is None else int(round(float(val or 0))), qty(item.reorder_level),
                                int(lots or 0), expiry))
    return result


@dataclass(frozen=True)
class CategoryTotal:
    category: ItemCategory
    quantity: Decimal
    weight_kg: Decimal
    value_minor: int
    items: int


def totals_by_category(rows: list[OnHandRow]) -> list[CategoryTotal]:
    quantities: dict[ItemCategory, Decimal] = defaultdict(lambda: ZERO)
    weights: dict[ItemCategory, Decimal] = defaultdict(lambda: ZERO)
    values: dict[ItemCategory, int] = defaultdict(int)
    counts: dict[ItemCategory, int] = defaultdict(int)
    for row in rows:
        quantities[row.category] += row.quantity
        weights[row.category] += row.weight_kg or ZERO
        values[row.category] += row.value_minor or 0
        counts[row.category] += 1 if row.quantity else 0
    return [CategoryTotal(c, quantities[c], weights[c], values[c], counts[c]) for c in ItemCategory if c in quantities]


@dataclass(frozen=True)
class LotRow:
    lot_id: int
    item_id: int
    item_name: str
    lot_code: str
    location_id: int
    location_name: str
    expires_on: date | None
    quantity: Decimal
    unit: str
    days_left: int | None


def lots_on_hand(uow: UnitOfWork, actor: Actor, *, item_id: int | None = None, location_id: int | None = None,
                 expiring_within: int | None = None, today: date | None = None, limit: int = 5000) -> list[LotRow]:
    """Lots with stock, soonest expiry first. `expiring_within=N` keeps lots expiring within N days
    (already expired ones included: they must be written off)."""
    _require_view(actor)
    today = today or date.today()
    query = (select(Lot.id, Item.id, Item.name, Lot.code, Location.id, Location.name, Lot.expires_on,
                    StockBalance.quantity, Item.unit)
             .join(StockBalance, StockBalance.lot_id == Lot.id).join(Item, Item.id == Lot.item_id)
             .join(Location, Location.id == StockBalance.location_id)
             .where(StockBalance.quantity > 0)
             .order_by(Lot.expires_on.is_(None), Lot.expires_on, Item.name, Lot.id).limit(limit))
    if item_id is not None:
        query = query.where(Lot.item_id == item_id)
    if location_id is not None:
        query = query.where(StockBalance.location_id == location_id)
    if expiring_within is not None:
        query = query.where(Lot.expires_on.is_not(None), Lot.expires_on <= today + timedelta(days=expiring_within))
    return [LotRow(lot, item, name, code, loc, loc_name, exp, qty(q), unit,
                   None if exp is None else (exp - today).days)
            for lot, item, name, code, loc, loc_name, exp, q, unit in uow.session.execute(query)]


def below_reorder(uow: UnitOfWork, actor: Actor) -> list[OnHandRow]:
    return [row for row in on_hand(uow, actor) if row.below_reorder]


@dataclass(frozen=True)
class HistoryRow:
    movement_id: int
    moved_on: date
    at: datetime
    kind: MovementKind
    reason: MovementReason
    location_name: str
    lot_code: str
    expires_on: date | None
    quantity: Decimal
    balance: Decimal  # running balance of the item (all locations, or the chosen one)
    username: str
    note: str
    reverses_id: int | None
    reversed: bool
    document: str  # e.g. "receipt 4", "parcel 12"


def _document(m: StockMovement) -> str:
    for label, value in (("receipt", m.receipt_id), ("parcel", m.distribution_id), ("transfer", m.transfer_id),
                         ("count", m.count_id)):
        if value is not None:
            return f"{label} {value}"
    return ""


def movement_history(uow: UnitOfWork, actor: Actor, item_id: int, *, location_id: int | None = None,
                     limit: int = 2000) -> list[HistoryRow]:
    """Newest first, each with the running balance after it (computed over the whole history)."""
    _require_view(actor)
    query = (select(StockMovement, Location.name, Lot.code, Lot.expires_on, User.username)
             .join(Location, Location.id == StockMovement.location_id).join(Lot, Lot.id == StockMovement.lot_id)
             .outerjoin(User, User.id == StockMovement.user_id)
             .where(StockMovement.item_id == item_id).order_by(StockMovement.id))
    if location_id is not None:
        query = query.where(StockMovement.location_id == location_id)
    rows = list(uow.session.execute(query))
    reversed_ids = set(uow.session.scalars(
        select(StockMovement.reverses_id).where(StockMovement.item_id == item_id,
                                                StockMovement.reverses_id.is_not(None))))
    running = ZERO
    result = []
    for m, loc_name, code, expires, username in rows:
        running += qty(m.quantity)
        result.append(HistoryRow(m.id, m.moved_on, m.at, m.kind, m.reason, loc_name, code or "", expires,
                                 qty(m.quantity), running, username or "", m.note, m.reverses_id,
                                 m.id in reversed_ids, _document(m)))
    result.reverse()
    return result[:limit]


@dataclass(frozen=True)
class LedgerRow:
    movement_id: int
    moved_on: date
    kind: MovementKind
    reason: MovementReason
    item_name: str
    category: ItemCategory
    unit: str
    lot_code: str
    location_name: str
    quantity: Decimal
    weight_kg: Decimal | None
    document: str
    username: str


def ledger(uow: UnitOfWork, actor: Actor, date_from: date, date_to: date, *,
           location_id: int | None = None, limit: int = 200_000) -> list[LedgerRow]:
    """Every movement dated in the period (inclusive), in ledger order."""
    require(actor, Permission.MANAGE_STOCK)
    query = (select(StockMovement, Item.name, Item.category, Item.unit, Item.unit_weight_kg, Lot.code,
                    Location.name, User.username)
             .join(Item, Item.id == StockMovement.item_id).join(Lot, Lot.id == StockMovement.lot_id)
             .join(Location, Location.id == StockMovement.location_id)
             .outerjoin(User, User.id == StockMovement.user_id)
             .where(StockMovement.moved_on >= date_from, StockMovement.moved_on <= date_to)
             .order_by(StockMovement.moved_on, StockMovement.id).limit(limit))
    if location_id is not None:
        query = query.where(StockMovement.location_id == location_id)
    return [LedgerRow(m.id, m.moved_on, m.kind, m.reason, name, category, unit, code or "", loc,
                      qty(m.quantity), None if weight is None else qty(qty(m.quantity) * qty(weight)),
                      _document(m), username or "")
            for m, name, category, unit, weight, code, loc, username in uow.session.execute(query)]


@dataclass(frozen=True)
class CategoryFlow:
    """Stock by category over a period, in kg for weighted items and units for the rest (monthly report)."""

    category: ItemCategory
    opening: Decimal
    received: Decimal
    distributed: Decimal
    adjusted: Decimal  # adjustments, write-offs and count differences
    closing: Decimal


def category_flows(uow: UnitOfWork, actor: Actor, date_from: date, date_to: date) -> list[CategoryFlow]:
    """Quantities (units) per category; transfers net out to zero across locations."""
    _require_view(actor)
    # One expression object in SELECT and GROUP BY: built twice, its date would be two parameters, and
    # PostgreSQL refuses a select column it cannot match to a grouping key.
    before_period = StockMovement.moved_on < date_from
    rows = uow.session.execute(
        select(Item.category, StockMovement.kind, before_period, func.sum(StockMovement.quantity))
        .join(Item, Item.id == StockMovement.item_id)
        .where(StockMovement.moved_on <= date_to)
        .group_by(Item.category, StockMovement.kind, before_period))
    acc: dict[ItemCategory, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for category, kind, before, total in rows:
        bucket = acc[category]
        if before:
            bucket["opening"] += qty(total)
            continue
        key = {MovementKind.RECEIVED: "received", MovementKind.DISTRIBUTED: "distributed",
               MovementKind.TRANSFERRED: "transferred"}.get(kind, "adjusted")
        bucket[key] += qty(total)
    result = []
    for category in ItemCategory:
        if category not in acc:
            continue
        b = acc[category]
        closing = b["opening"] + b["received"] + b["distributed"] + b["adjusted"] + b["transferred"]
        result.append(CategoryFlow(category, b["opening"], b["received"], -b["distributed"], b["adjusted"], closing))
    return result
