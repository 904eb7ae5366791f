"""Parcels out: first-expiry-first-out picking, no expired stock, one service record per parcel.

`plan_picks` works out which lots every line comes from and reports every shortage at once, before
anything is written; `give_parcel` then writes the distribution, its ledger movements, ONE service
record (food_parcel / clothing / other, weight = sum of food lines x unit weight) and the audit events
in the caller's transaction. When a parcel's movement is reversed, `follow_reversal` brings its lines and
its service record in line with what still went out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, func, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.clients import Household, Person
from desktop.models.services import ServiceSource
from desktop.models.stock import (
    Distribution,
    DistributionLine,
    Item,
    ItemCategory,
    Location,
    Lot,
    MovementKind,
    StockBalance,
    StockMovement,
)
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.service_records import follow_returned_parcel_lines, record_service, remove_returned_parcel
from desktop.services.stock import policy
from desktop.services.stock.common import ZERO, get_or_404, positive_qty, qty
from desktop.services.stock.ledger import post_movement
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class ParcelLineInput:
    item_id: int
    quantity: Decimal
    lot_id: int | None = None  # None = first expiry first out


@dataclass(frozen=True)
class Pick:
    item_id: int
    lot_id: int
    quantity: Decimal
    expires_on: date | None


@dataclass(frozen=True)
class ParcelResult:
    distribution_id: int
    service_record_id: int
    service_type: str
    picks: tuple[Pick, ...]
    weight_kg: Decimal | None
    unweighted_units: Decimal
    overridden: bool


def _available_lots(uow: UnitOfWork, item_id: int, location_id: int) -> list[tuple[int, date | None, Decimal]]:
    """(lot, expiry, on hand) with stock, soonest expiry first; lots without a date last."""
    rows = uow.session.execute(
        select(Lot.id, Lot.expires_on, StockBalance.quantity)
        .join(StockBalance, StockBalance.lot_id == Lot.id)
        .where(StockBalance.item_id == item_id, StockBalance.location_id == location_id, StockBalance.quantity > 0)
        .order_by(Lot.expires_on.is_(None), Lot.expires_on, Lot.id)
    )
    return [(lot_id, expires, qty(q)) for lot_id, expires, q in rows if qty(q) > 0]


def plan_picks(uow: UnitOfWork, location_id: int, lines: Sequence[ParcelLineInput], on_date: date, *,
               allow_expired: bool = False) -> list[Pick]:
    """FEFO picks for every line; raises one ValidationError naming every shortage and expired choice.

    `allow_expired` is for transfers only (moving expired stock to a quarantine shelf is allowed)."""
    wanted: dict[tuple[int, int | None], Decimal] = defaultdict(lambda: ZERO)
    for line in lines:
        wanted[(line.item_id, line.lot_id)] += positive_qty(line.quantity)
    picks: list[Pick] = []
    problems: list[str] = []
    taken: dict[int, Decimal] = defaultdict(lambda: ZERO)  # lot -> already picked by an earlier line
    # Lines naming a lot go first so that FEFO lines do not use up the lot someone chose by hand.
    for (item_id, lot_id), quantity in sorted(wanted.items(), key=lambda kv: kv[0][1] is None):
        item = get_or_404(uow, Item, item_id, translate("stock", "Item"))
        lots = _available_lots(uow, item_id, location_id)
        if lot_id is not None:
            lots = [lot for lot in lots if lot[0] == lot_id]
            chosen = uow.session.get(Lot, lot_id)
            if not allow_expired and chosen is not None and chosen.expires_on is not None \
                    and chosen.expires_on < on_date:
                problems.append(translate("stock", "{item}: lot {lot} expired on {date} and cannot be given out.")
                                .format(item=item.name, lot=chosen.code or chosen.id, date=chosen.expires_on))
                continue
        usable = [(lid, exp, q - taken[lid]) for lid, exp, q in lots
                  if allow_expired or exp is None or exp >= on_date]
        expired = ZERO if allow_expired else sum((q for _, exp, q in lots if exp is not None and exp < on_date), ZERO)
        remaining = quantity
        for lid, expires, available in usable:
            if remaining <= 0:
                break
            use = min(available, remaining)
            if use <= 0:
                continue
            picks.append(Pick(item_id, lid, use, expires))
            taken[lid] += use
            remaining -= use
        if remaining > 0:
            message = translate("stock", "{item}: {wanted} {unit} needed, only {available} {unit} can be given.")
            message = message.format(item=item.name, wanted=quantity, unit=item.unit, available=quantity - remaining)
            if expired:
                message += " " + translate("stock", "({expired} {unit} on the shelf have expired.)").format(
                    expired=expired, unit=item.unit)
            problems.append(message)
    if problems:
        raise ValidationError(translate("stock", "Not enough stock for this parcel:") + "\n" + "\n".join(problems),
                              translate("stock", "Change the quantities or pick other items. Nothing was saved."),
                              field="lines")
    return picks


def _service_type(categories: set[ItemCategory]) -> str:
    if ItemCategory.FOOD in categories:
        return "food_parcel"
    if ItemCategory.CLOTHING in categories:
        return "clothing"
    return "other"


@dataclass(frozen=True)
class _RecordFigures:
    service_type: str
    weight_kg: Decimal | None  # None when no food line has a unit weight
    unweighted: Decimal  # food units without a weight: counted in units, never silently dropped (DOMAIN.md)
    note: str


def _record_figures(distribution_id: int,
                    lines: Iterable[tuple[ItemCategory, Decimal | None, Decimal]]) -> _RecordFigures:
    """What the parcel's service record says, from its (category, unit weight, quantity) lines: when it is
    given, and again when lines of it come back to the shelf. Weight = food lines x unit weight."""
    weight, unweighted, weighed, categories = ZERO, ZERO, False, set()
    for category, unit_weight_kg, quantity in lines:
        categories.add(category)
        if category is not ItemCategory.FOOD:
            continue
        if unit_weight_kg is not None and unit_weight_kg > 0:
            weight += quantity * qty(unit_weight_kg)
            weighed = True
        else:
            unweighted += quantity
    note = translate("stock", "Parcel {id}").format(id=distribution_id)
    if unweighted:
        note += "; " + translate("stock", "{units} food unit(s) without weight").format(units=unweighted)
    return _RecordFigures(_service_type(categories), qty(weight) if weighed else None, unweighted, note)


def give_parcel(
    uow: UnitOfWork,
    actor: Actor,
    *,
    distributed_on: date,
    location_id: int,
    lines: Sequence[ParcelLineInput],
    household_id: int | None = None,
    person_id: int | None = None,
    template_id: int | None = None,
    override_reason: str = "",
    note: str = "",
    today: date | None = None,
) -> ParcelResult:
    """Give a parcel. Raises VisitLimitExceeded (ask for a reason) or ValidationError. The caller commits."""
    require(actor, Permission.DISTRIBUTE_STOCK)
    today = today or date.today()
    if household_id is None and person_id is None:
        raise ValidationError(translate("stock", "Choose the household (or person) receiving the parcel."),
                              field="household")
    if household_id is not None:
        get_or_404(uow, Household, household_id, translate("stock", "Household"))
    if person_id is not None:
        get_or_404(uow, Person, person_id, translate("stock", "Person"))
    if distributed_on > today:
        raise ValidationError(translate("stock", "The parcel date cannot be in the future."), field="date")
    location = get_or_404(uow, Location, location_id, translate("stock", "Location"))
    if not location.active:
        raise ValidationError(translate("stock", "That location is no longer in use."), field="location")
    if not lines:
        raise ValidationError(translate("stock", "Add at least one item to the parcel."), field="lines")
    items = {line.item_id: get_or_404(uow, Item, line.item_id, translate("stock", "Item")) for line in lines}
    categories = {item.category for item in items.values()}
    override_reason = override_reason.strip()
    hits = policy.check(uow, household_id=household_id, person_id=person_id, categories=categories,
                        on_date=distributed_on)
    if hits and not override_reason:
        raise policy.VisitLimitExceeded(hits)
    picks = plan_picks(uow, location_id, lines, distributed_on)

    distribution = Distribution(household_id=household_id, person_id=person_id, distributed_on=distributed_on,
                                location_id=location_id, template_id=template_id,
                                override_reason=override_reason if hits else "", note=note.strip(),
                                user_id=actor.user_id)
    uow.session.add(distribution)
    uow.flush()
    totals: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for line in lines:
        totals[line.item_id] += positive_qty(line.quantity)
    for item_id, quantity in totals.items():
        uow.session.add(DistributionLine(distribution_id=distribution.id, item_id=item_id,
                                         category=items[item_id].category, quantity=quantity))
    for pick in picks:
        post_movement(uow, actor, kind=MovementKind.DISTRIBUTED, item_id=pick.item_id, lot_id=pick.lot_id,
                      location_id=location_id, quantity=-pick.quantity, moved_on=distributed_on,
                      distribution_id=distribution.id)

    figures = _record_figures(distribution.id, [(items[i].category, items[i].unit_weight_kg, q)
                                                for i, q in totals.items()])
    weight_kg, unweighted, service_type = figures.weight_kg, figures.unweighted, figures.service_type
    record_id = record_service(uow, actor, served_on=distributed_on, service_type=service_type,
                               person_id=person_id, household_id=household_id, quantity=Decimal(1),
                               weight_kg=weight_kg, source=ServiceSource.DISTRIBUTION, note=figures.note,
                               override_reason=distribution.override_reason, audit_it=False)
    distribution.service_record_id = record_id
    audit.record(uow, actor, Action.CREATE, "stock_distribution", distribution.id,
                 f"parcel with {len(totals)} item(s), service record {record_id}")
    if hits:
        audit.record(uow, actor, Action.OVERRIDE, "stock_distribution", distribution.id,
                     "visit limit overridden: " + ", ".join(f"{h.category.value} {h.days} days" for h in hits))
    return ParcelResult(distribution.id, record_id, service_type, tuple(picks), weight_kg, unweighted, bool(hits))


def follow_reversal(uow: UnitOfWork, actor: Actor, distribution_id: int) -> None:
    """A movement of this parcel was reversed (the goods went back to the shelf), in the caller's transaction.

    The parcel's lines follow the ledger (what went out, net of reversals; a line with nothing left goes),
    so the reports' food kg, the visit limit and the data-quality checks see only what the household got.
    The service record follows too: same type and weight rules as `give_parcel`, or removed when nothing of
    the parcel went out.
    """
    distribution = uow.session.get(Distribution, distribution_id)
    if distribution is None:  # a movement's distribution is a foreign key: this is a bug, not a user's mistake
        raise ValueError(f"stock distribution {distribution_id} does not exist")
    went_out: dict[int, Decimal] = {item_id: -qty(net) for item_id, net in uow.session.execute(
        select(StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(StockMovement.distribution_id == distribution_id, StockMovement.kind == MovementKind.DISTRIBUTED)
        .group_by(StockMovement.item_id))}
    remaining: list[tuple[ItemCategory, Decimal | None, Decimal]] = []
    for line in uow.session.scalars(select(DistributionLine).where(DistributionLine.distribution_id == distribution_id)
                                    .order_by(DistributionLine.id)):
        quantity = went_out.get(line.item_id, ZERO)
        if quantity <= 0:
            uow.session.delete(line)
            continue
        line.quantity = quantity
        item = get_or_404(uow, Item, line.item_id, translate("stock", "Item"))
        remaining.append((line.category, item.unit_weight_kg, quantity))  # the category as it was given
    record_id = distribution.service_record_id
    if record_id is None:
        return
    if not remaining:
        distribution.service_record_id = None
        uow.flush()
        remove_returned_parcel(uow, actor, record_id, distribution_id=distribution_id)
        return
    figures = _record_figures(distribution_id, remaining)
    follow_returned_parcel_lines(uow, actor, record_id, distribution_id=distribution_id,
                                 service_type=figures.service_type, weight_kg=figures.weight_kg, note=figures.note)


@dataclass(frozen=True)
class DistributionInfo:
    id: int
    distributed_on: date
    household_id: int | None
    person_id: int | None
    lines: tuple[tuple[str, Decimal, str], ...]  # (item name, quantity, unit)
    override_reason: str


def household_parcels(uow: UnitOfWork, actor: Actor, household_id: int, limit: int = 50) -> list[DistributionInfo]:
    """Recent parcels of a household, newest first (for the client file's Parcels tab). A parcel whose every
    line came back to the shelf (`follow_reversal`) has no lines left: it never went out, so it is not listed."""
    require(actor, Permission.DISTRIBUTE_STOCK)
    went_out = exists(select(DistributionLine.id).where(DistributionLine.distribution_id == Distribution.id))
    dists = list(uow.session.scalars(select(Distribution).where(Distribution.household_id == household_id, went_out)
                                     .order_by(Distribution.distributed_on.desc(), Distribution.id.desc())
                                     .limit(limit)))
    lines: dict[int, list[tuple[str, Decimal, str]]] = defaultdict(list)
    if dists:
        rows = uow.session.execute(
            select(DistributionLine.distribution_id, Item.name, DistributionLine.quantity, Item.unit)
            .join(Item, Item.id == DistributionLine.item_id)
            .where(DistributionLine.distribution_id.in_([d.id for d in dists])).order_by(DistributionLine.id))
        for dist_id, name, quantity, unit in rows:
            lines[dist_id].append((name, qty(quantity), unit))
    return [DistributionInfo(d.id, d.distributed_on, d.household_id, d.person_id, tuple(lines[d.id]),
                             d.override_reason) for d in dists]
