"""Catalogue and places: items with barcodes, locations and donors/sources (parcel templates: templates.py).

Locations and donors are edited in place and never deleted, only made inactive: receipts, movements and
counts keep pointing at the same row, so a renamed shelf or donor shows under its new name everywhere."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import (
    CountStatus,
    Donor,
    DonorKind,
    Item,
    ItemBarcode,
    ItemCategory,
    Location,
    LocationKind,
    StockBalance,
    StockCount,
)
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import get_or_404, qty
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class ItemInfo:
    id: int
    name: str
    category: ItemCategory
    unit: str
    unit_weight_kg: Decimal | None
    perishable: bool
    reorder_level: Decimal
    unit_value_minor: int | None
    active: bool
    barcodes: tuple[str, ...]


@dataclass(frozen=True)
class ItemInput:
    name: str
    category: ItemCategory
    unit: str = "pcs"
    unit_weight_kg: Decimal | None = None
    perishable: bool = False
    reorder_level: Decimal = Decimal(0)
    unit_value_minor: int | None = None
    barcodes: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str
    kind: LocationKind
    active: bool


@dataclass(frozen=True)
class DonorInfo:
    id: int
    name: str
    kind: DonorKind
    contact_name: str
    phone: str
    email: str
    address: str
    active: bool


def _item_info(item: Item, barcodes: Sequence[str]) -> ItemInfo:
    return ItemInfo(item.id, item.name, item.category, item.unit,
                    None if item.unit_weight_kg is None else qty(item.unit_weight_kg), item.perishable,
                    qty(item.reorder_level), item.unit_value_minor, item.active, tuple(barcodes))


def _barcodes_of(uow: UnitOfWork, item_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
    query = select(ItemBarcode.item_id, ItemBarcode.code).order_by(ItemBarcode.id)
    if item_ids is not None:
        query = query.where(ItemBarcode.item_id.in_(item_ids))
    result: dict[int, list[str]] = defaultdict(list)
    for item_id, code in uow.session.execute(query):
        result[item_id].append(code)
    return result


def validate_item(uow: UnitOfWork, data: ItemInput, item_id: int | None = None) -> ItemInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the item's name."), field="name")
    if len(name) > 120:
        raise ValidationError(translate("stock", "The name is too long (120 characters at most)."), field="name")
    clash = uow.session.scalar(select(Item.id).where(func.lower(Item.name) == name.lower()))
    if clash is not None and clash != item_id:
        raise ValidationError(translate("stock", "An item called {name} already exists.").format(name=name),
                              field="name")
    unit = data.unit.strip() or "pcs"
    weight = None if data.unit_weight_kg is None else qty(data.unit_weight_kg)
    if weight is not None and weight < 0:
        raise ValidationError(translate("stock", "The weight cannot be negative."), field="unit_weight_kg")
    reorder = qty(data.reorder_level)
    if reorder < 0:
        raise ValidationError(translate("stock", "The reorder level cannot be negative."), field="reorder_level")
    codes = tuple(dict.fromkeys(c.strip() for c in data.barcodes if c.strip()))
    for code in codes:
        owner = uow.session.scalar(select(ItemBarcode.item_id).where(ItemBarcode.code == code))
        if owner is not None and owner != item_id:
            raise ValidationError(translate("stock", "The barcode {code} already belongs to another item.").format(
                code=code), field="barcode")
    return ItemInput(name, ItemCategory(data.category), unit[:20], weight, data.perishable, reorder,
                     data.unit_value_minor, codes, data.active)


def create_item(uow: UnitOfWork, actor: Actor, data: ItemInput, *, audit_it: bool = True) -> ItemInfo:
    require(actor, Permission.MANAGE_STOCK)
    data = validate_item(uow, data)
    item = Item(name=data.name, category=data.category, unit=data.unit, unit_weight_kg=data.unit_weight_kg,
                perishable=data.perishable, reorder_level=data.reorder_level, unit_value_minor=data.unit_value_minor,
                active=data.active)
    uow.session.add(item)
    uow.flush()
    for code in data.barcodes:
        uow.session.add(ItemBarcode(item_id=item.id, code=code))
    if audit_it:
        audit.record(uow, actor, Action.CREATE, "stock_item", item.id, "item created")
    return _item_info(item, data.barcodes)


def update_item(uow: UnitOfWork, actor: Actor, item_id: int, data: ItemInput) -> ItemInfo:
    require(actor, Permission.MANAGE_STOCK)
    item = get_or_404(uow, Item, item_id, translate("stock", "Item"))
    data = validate_item(uow, data, item_id)
    item.name, item.category, item.unit = data.name, data.category, data.unit
    item.unit_weight_kg, item.perishable, item.reorder_level = data.unit_weight_kg, data.perishable, data.reorder_level
    item.unit_value_minor, item.active = data.unit_value_minor, data.active
    existing = {b.code: b for b in uow.session.scalars(select(ItemBarcode).where(ItemBarcode.item_id == item_id))}
    for code, row in existing.items():
        if code not in data.barcodes:
            uow.session.delete(row)
    uow.flush()
    for code in data.barcodes:
        if code not in existing:
            uow.session.add(ItemBarcode(item_id=item_id, code=code))
    audit.record(uow, actor, Action.UPDATE, "stock_item", item_id, "item updated")
    return _item_info(item, data.barcodes)


def list_items(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False,
               category: ItemCategory | None = None) -> list[ItemInfo]:
    _require_any(actor)
    query = select(Item).order_by(Item.name)
    if not include_inactive:
        query = query.where(Item.active.is_(True))
    if category is not None:
        query = query.where(Item.category == category)
    items = list(uow.session.scalars(query))
    codes = _barcodes_of(uow)
    return [_item_info(i, codes.get(i.id, [])) for i in items]


def get_item(uow: UnitOfWork, actor: Actor, item_id: int) -> ItemInfo:
    _require_any(actor)
    item = get_or_404(uow, Item, item_id, translate("stock", "Item"))
    return _item_info(item, _barcodes_of(uow, [item_id]).get(item_id, []))


def find_by_barcode(uow: UnitOfWork, actor: Actor, code: str) -> ItemInfo | None:
    """The item a scanned code belongs to; also accepts an exact item name typed by hand."""
    _require_any(actor)
    code = code.strip()
    if not code:
        return None
    item_id = uow.session.scalar(select(ItemBarcode.item_id).where(ItemBarcode.code == code))
    if item_id is None:
        item_id = uow.session.scalar(select(Item.id).where(func.lower(Item.name) == code.lower()))
    return None if item_id is None else get_item(uow, actor, item_id)


def _require_any(actor: Actor) -> None:
    if not actor.can(Permission.DISTRIBUTE_STOCK):
        require(actor, Permission.MANAGE_STOCK)


# -- locations ------------------------------------------------------------------------------------------

def _location_name(uow: UnitOfWork, name: str, location_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the location's name."), field="name")
    if len(name) > 120:
        raise ValidationError(translate("stock", "The name is too long (120 characters at most)."), field="name")
    clash = uow.session.scalar(select(Location.id).where(func.lower(Location.name) == name.lower()))
    if clash is not None and clash != location_id:
        raise ValidationError(translate("stock", "A location called {name} already exists.").format(name=name),
                              field="name")
    return name


def create_location(uow: UnitOfWork, actor: Actor, name: str, kind: LocationKind) -> LocationInfo:
    require(actor, Permission.MANAGE_STOCK)
    name = _location_name(uow, name)
    location = Location(name=name, kind=LocationKind(kind), active=True)
    uow.session.add(location)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "stock_location", location.id, "location created")
    return LocationInfo(location.id, location.name, location.kind, True)


def _check_can_retire(uow: UnitOfWork, location: Location) -> None:
    """A location still holding stock (or being counted) cannot be made inactive: the stock would vanish
    from every list that offers active locations. The message says what is there."""
    rows = uow.session.execute(
        select(Item.name, Item.unit, func.sum(StockBalance.quantity))
        .join(Item, Item.id == StockBalance.item_id)
        .where(StockBalance.location_id == location.id, StockBalance.quantity != 0)
        .group_by(Item.id, Item.name, Item.unit).order_by(Item.name))
    held = [(name, unit, qty(total)) for name, unit, total in rows if qty(total) != 0]
    if held:
        shown = "; ".join(f"{name} ({_plain(total)} {unit})" for name, unit, total in held[:5])
        if len(held) > 5:
            shown += "; " + translate("stock", "%n more item(s)", "", len(held) - 5)
        raise ValidationError(
            translate("stock", "{location} still holds %n item(s): {stock}.", "", len(held)).format(
                location=location.name, stock=shown),
            translate("stock", "Transfer the stock to another location first, then make this one inactive."),
            field="active")
    open_count = uow.session.scalar(select(StockCount.id).where(StockCount.location_id == location.id,
                                                                StockCount.status == CountStatus.OPEN))
    if open_count is not None:
        raise ValidationError(translate("stock", "{location} has a count in progress (count {id}).").format(
            location=location.name, id=open_count), translate("stock", "Finish or cancel that count first."),
            field="active")


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text


def update_location(uow: UnitOfWork, actor: Actor, location_id: int, name: str, kind: LocationKind,
                    active: bool = True) -> LocationInfo:
    """Rename, re-kind or retire a location. Its movements keep pointing at it (same id)."""
    require(actor, Permission.MANAGE_STOCK)
    location = get_or_404(uow, Location, location_id, translate("stock", "Location"))
    name = _location_name(uow, name, location_id)
    was_active = location.active
    if was_active and not active:
        _check_can_retire(uow, location)
    location.name, location.kind, location.active = name, LocationKind(kind), active
    audit.record(uow, actor, Action.UPDATE if active or not was_active else Action.DISABLE, "stock_location",
                 location_id, "location updated" + _flag_change(was_active, active))
    return LocationInfo(location.id, location.name, location.kind, location.active)


def set_location_active(uow: UnitOfWork, actor: Actor, location_id: int, active: bool) -> LocationInfo:
    require(actor, Permission.MANAGE_STOCK)
    location = get_or_404(uow, Location, location_id, translate("stock", "Location"))
    return update_location(uow, actor, location_id, location.name, location.kind, active)


def _flag_change(was_active: bool, active: bool) -> str:
    if was_active == active:
        return ""
    return ", made active again" if active else ", made inactive"


def list_locations(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False) -> list[LocationInfo]:
    _require_any(actor)
    query = select(Location).order_by(Location.id)
    if not include_inactive:
        query = query.where(Location.active.is_(True))
    return [LocationInfo(loc.id, loc.name, loc.kind, loc.active) for loc in uow.session.scalars(query)]


# -- donors ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DonorInput:
    name: str
    kind: DonorKind
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    active: bool = True


def validate_donor(data: DonorInput) -> DonorInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the donor's name."), field="name")
    if len(name) > 160:
        raise ValidationError(translate("stock", "The name is too long (160 characters at most)."), field="name")
    email = data.email.strip()
    if email and "@" not in email:
        raise ValidationError(translate("stock", "The e-mail address is not valid."), field="email")
    return DonorInput(name, DonorKind(data.kind), data.contact_name.strip()[:120], data.phone.strip()[:40],
                      email[:160], data.address.strip()[:250], data.active)


def create_donor(uow: UnitOfWork, actor: Actor, name: str, kind: DonorKind, *, contact_name: str = "",
                 phone: str = "", email: str = "", address: str = "") -> DonorInfo:
    require(actor, Permission.MANAGE_STOCK)
    data = validate_donor(DonorInput(name, kind, contact_name, phone, email, address))
    donor = Donor(name=data.name, kind=data.kind, contact_name=data.contact_name, phone=data.phone,
                  email=data.email, address=data.address, active=True)
    uow.session.add(donor)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "stock_donor", donor.id, "donor created")
    return _donor_info(donor)


def update_donor(uow: UnitOfWork, actor: Actor, donor_id: int, data: DonorInput) -> DonorInfo:
    """Correct or retire a donor. Earlier receipts keep pointing at it and show the new name."""
    require(actor, Permission.MANAGE_STOCK)
    donor = get_or_404(uow, Donor, donor_id, translate("stock", "Donor"))
    data = validate_donor(data)
    was_active = donor.active
    donor.name, donor.kind, donor.contact_name = data.name, data.kind, data.contact_name
    donor.phone, donor.email, donor.address, donor.active = data.phone, data.email, data.address, data.active
    audit.record(uow, actor, Action.UPDATE if data.active or not was_active else Action.DISABLE, "stock_donor",
                 donor_id, "donor updated" + _flag_change(was_active, data.active))
    return _donor_info(donor)


def set_donor_active(uow: UnitOfWork, actor: Actor, donor_id: int, active: bool) -> DonorInfo:
    require(actor, Permission.MANAGE_STOCK)
    d = get_or_404(uow, Donor, donor_id, translate("stock", "Donor"))
    return update_donor(uow, actor, donor_id, DonorInput(d.name, d.kind, d.contact_name, d.phone, d.email,
                                                          d.address, active))


def _donor_info(d: Donor) -> DonorInfo:
    return DonorInfo(d.id, d.name, d.kind, d.contact_name, d.phone, d.email, d.address, d.active)


def list_donors(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False) -> list[DonorInfo]:
    require(actor, Permission.MANAGE_STOCK)
    query = select(Donor).order_by(Donor.name, Donor.id)
    if not include_inactive:
        query = query.where(Donor.active.is_(True))
    return [_donor_info(d) for d in uow.session.scalars(query)]
