"""Catalogue and places: items with barcodes, locations, donors/sources and parcel templates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import (
    Donor,
    DonorKind,
    Item,
    ItemBarcode,
    ItemCategory,
    Location,
    LocationKind,
    ParcelTemplate,
    ParcelTemplateLine,
)
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import get_or_404, positive_qty, qty
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


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    household_size: int | None
    lines: tuple[tuple[int, Decimal], ...]  # (item id, quantity)


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

def create_location(uow: UnitOfWork, actor: Actor, name: str, kind: LocationKind) -> LocationInfo:
    require(actor, Permission.MANAGE_STOCK)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the location's name."), field="name")
    if uow.session.scalar(select(Location.id).where(func.lower(Location.name) == name.lower())) is not None:
        raise ValidationError(translate("stock", "A location called {name} already exists.").format(name=name),
                              field="name")
    location = Location(name=name[:120], kind=LocationKind(kind), active=True)
    uow.session.add(location)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "stock_location", location.id, "location created")
    return LocationInfo(location.id, location.name, location.kind, True)


def list_locations(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False) -> list[LocationInfo]:
    _require_any(actor)
    query = select(Location).order_by(Location.id)
    if not include_inactive:
        query = query.where(Location.active.is_(True))
    return [LocationInfo(loc.id, loc.name, loc.kind, loc.active) for loc in uow.session.scalars(query)]


# -- donors ------------------------------------------------------------------------------------------------

def create_donor(uow: UnitOfWork, actor: Actor, name: str, kind: DonorKind, *, contact_name: str = "",
                 phone: str = "", email: str = "", address: str = "") -> DonorInfo:
    require(actor, Permission.MANAGE_STOCK)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the donor's name."), field="name")
    email = email.strip()
    if email and "@" not in email:
        raise ValidationError(translate("stock", "The e-mail address is not valid."), field="email")
    donor = Donor(name=name[:160], kind=DonorKind(kind), contact_name=contact_name.strip()[:120],
                  phone=phone.strip()[:40], email=email[:160], address=address.strip()[:250])
    uow.session.add(donor)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "stock_donor", donor.id, "donor created")
    return _donor_info(donor)


def _donor_info(d: Donor) -> DonorInfo:
    return DonorInfo(d.id, d.name, d.kind, d.contact_name, d.phone, d.email, d.address, d.active)


def list_donors(uow: UnitOfWork, actor: Actor) -> list[DonorInfo]:
    require(actor, Permission.MANAGE_STOCK)
    return [_donor_info(d) for d in uow.session.scalars(select(Donor).where(Donor.active.is_(True))
                                                         .order_by(Donor.name))]


# -- parcel templates ---------------------------------------------------------------------------------------

def create_template(uow: UnitOfWork, actor: Actor, name: str, lines: Sequence[tuple[int, Decimal]],
                    household_size: int | None = None) -> TemplateInfo:
    require(actor, Permission.MANAGE_STOCK)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the template's name."), field="name")
    if not lines:
        raise ValidationError(translate("stock", "A template needs at least one line."), field="lines")
    if uow.session.scalar(select(ParcelTemplate.id).where(ParcelTemplate.name == name)) is not None:
        raise ValidationError(translate("stock", "A template called {name} already exists.").format(name=name))
    template = ParcelTemplate(name=name[:120], household_size=household_size, active=True)
    uow.session.add(template)
    uow.flush()
    clean = []
    for item_id, quantity in lines:
        get_or_404(uow, Item, item_id, translate("stock", "Item"))
        clean.append((item_id, positive_qty(quantity)))
        uow.session.add(ParcelTemplateLine(template_id=template.id, item_id=item_id, quantity=clean[-1][1]))
    audit.record(uow, actor, Action.CREATE, "stock_template", template.id, "parcel template created")
    return TemplateInfo(template.id, template.name, household_size, tuple(clean))


def list_templates(uow: UnitOfWork, actor: Actor) -> list[TemplateInfo]:
    _require_any(actor)
    templates = list(uow.session.scalars(select(ParcelTemplate).where(ParcelTemplate.active.is_(True))
                                         .order_by(ParcelTemplate.household_size, ParcelTemplate.name)))
    lines: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for line in uow.session.scalars(select(ParcelTemplateLine).order_by(ParcelTemplateLine.id)):
        lines[line.template_id].append((line.item_id, qty(line.quantity)))
    return [TemplateInfo(t.id, t.name, t.household_size, tuple(lines[t.id])) for t in templates]


def template_for_size(templates: Sequence[TemplateInfo], size: int) -> TemplateInfo | None:
    """The template meant for the nearest household size not above `size` (else the smallest one)."""
    sized = sorted((t for t in templates if t.household_size is not None), key=lambda t: t.household_size or 0)
    best = None
    for template in sized:
        if (template.household_size or 0) <= size:
            best = template
    return best or (sized[0] if sized else (templates[0] if templates else None))
