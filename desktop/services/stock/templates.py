"""Parcel templates: a named list of items and quantities ("standard parcel, household of 4").

The parcel screen copies a template's lines into a parcel; a parcel keeps its own lines, so editing or
retiring a template never changes a parcel already given (Distribution.template_id only says which one
was used). Templates are never deleted, only made inactive: old parcels keep pointing at them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import Item, ParcelTemplate, ParcelTemplateLine
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import get_or_404, qty
from desktop.services.uow import UnitOfWork

NAME_LENGTH = 120
LARGEST_HOUSEHOLD = 30
LARGEST_QUANTITY = Decimal("100000")


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    household_size: int | None
    lines: tuple[tuple[int, Decimal], ...]  # (item id, quantity)
    active: bool = True


@dataclass(frozen=True)
class TemplateInput:
    name: str
    lines: tuple[tuple[int, Decimal], ...]  # (item id, quantity), in the order they are packed
    household_size: int | None = None  # the household size it is meant for; None = any
    active: bool = True


def _require_any(actor: Actor) -> None:
    if not actor.can(Permission.DISTRIBUTE_STOCK):
        require(actor, Permission.MANAGE_STOCK)


def validate_template(uow: UnitOfWork, data: TemplateInput, template_id: int | None = None) -> TemplateInput:
    """The cleaned input, or a ValidationError naming the field (and the line) to put right."""
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(translate("stock", "Enter the template's name."), field="name")
    if len(name) > NAME_LENGTH:
        raise ValidationError(translate("stock", "The name is too long (120 characters at most)."), field="name")
    clash = uow.session.scalar(select(ParcelTemplate.id).where(func.lower(ParcelTemplate.name) == name.lower()))
    if clash is not None and clash != template_id:
        raise ValidationError(translate("stock", "A template called {name} already exists.").format(name=name),
                              translate("stock", "Choose another name, or edit that template instead."),
                              field="name")
    size = data.household_size
    if size is not None and not 1 <= size <= LARGEST_HOUSEHOLD:
        raise ValidationError(translate("stock", "The household size must be between 1 and {most}.").format(
            most=LARGEST_HOUSEHOLD), field="household_size")
    if not data.lines:
        raise ValidationError(translate("stock", "A template needs at least one line."),
                              translate("stock", "Add the items a parcel of this kind holds."), field="lines")
    clean: list[tuple[int, Decimal]] = []
    seen: dict[int, int] = {}
    for number, (item_id, quantity) in enumerate(data.lines, start=1):
        item = get_or_404(uow, Item, item_id, translate("stock", "Item"))
        amount = qty(quantity)
        if amount <= 0:
            raise ValidationError(translate("stock", "Line {n} ({item}): the quantity must be more than zero.").format(
                n=number, item=item.name), field="lines")
        if amount >= LARGEST_QUANTITY:
            raise ValidationError(translate("stock", "Line {n} ({item}): the quantity is too large.").format(
                n=number, item=item.name), field="lines")
        if not item.active:
            raise ValidationError(
                translate("stock", "Line {n}: {item} is no longer in use.").format(n=number, item=item.name),
                translate("stock", "Remove the line or choose another item."), field="lines")
        if item_id in seen:
            raise ValidationError(translate("stock", "Line {n}: {item} is already on line {first}.").format(
                n=number, item=item.name, first=seen[item_id]),
                translate("stock", "Put the whole quantity on one line."), field="lines")
        seen[item_id] = number
        clean.append((item_id, amount))
    return TemplateInput(name, tuple(clean), size, data.active)


def _write_lines(uow: UnitOfWork, template_id: int, lines: Sequence[tuple[int, Decimal]]) -> None:
    for item_id, quantity in lines:
        uow.session.add(ParcelTemplateLine(template_id=template_id, item_id=item_id, quantity=quantity))


def create_template(uow: UnitOfWork, actor: Actor, data: TemplateInput) -> TemplateInfo:
    require(actor, Permission.MANAGE_STOCK)
    data = validate_template(uow, data)
    template = ParcelTemplate(name=data.name, household_size=data.household_size, active=data.active)
    uow.session.add(template)
    uow.flush()
    _write_lines(uow, template.id, data.lines)
    audit.record(uow, actor, Action.CREATE, "stock_template", template.id,
                 f"parcel template created, {len(data.lines)} line(s)")
    return TemplateInfo(template.id, data.name, data.household_size, data.lines, data.active)


def update_template(uow: UnitOfWork, actor: Actor, template_id: int, data: TemplateInput) -> TemplateInfo:
    """Replace the template's name, size, lines and flag. Parcels already given keep their own lines."""
    require(actor, Permission.MANAGE_STOCK)
    template = get_or_404(uow, ParcelTemplate, template_id, translate("stock", "Parcel template"))
    data = validate_template(uow, data, template_id)
    was_active = template.active
    template.name, template.household_size, template.active = data.name, data.household_size, data.active
    for line in uow.session.scalars(select(ParcelTemplateLine).where(ParcelTemplateLine.template_id == template_id)):
        uow.session.delete(line)
    uow.flush()
    _write_lines(uow, template_id, data.lines)
    audit.record(uow, actor, Action.UPDATE, "stock_template", template_id,
                 f"parcel template updated, {len(data.lines)} line(s)" + _flag_change(was_active, data.active))
    return TemplateInfo(template_id, data.name, data.household_size, data.lines, data.active)


def set_template_active(uow: UnitOfWork, actor: Actor, template_id: int, active: bool) -> TemplateInfo:
    """Retire a template (it leaves the parcel screen) or bring it back. Nothing else changes."""
    require(actor, Permission.MANAGE_STOCK)
    template = get_or_404(uow, ParcelTemplate, template_id, translate("stock", "Parcel template"))
    if template.active != active:
        template.active = active
        audit.record(uow, actor, Action.UPDATE if active else Action.DISABLE, "stock_template", template_id,
                     "parcel template made active again" if active else "parcel template made inactive")
    return _info(template, _lines_of(uow, [template_id])[template_id])


def _flag_change(was_active: bool, active: bool) -> str:
    if was_active == active:
        return ""
    return ", made active again" if active else ", made inactive"


def _lines_of(uow: UnitOfWork, template_ids: Sequence[int] | None = None) -> dict[int, list[tuple[int, Decimal]]]:
    query = select(ParcelTemplateLine).order_by(ParcelTemplateLine.id)
    if template_ids is not None:
        query = query.where(ParcelTemplateLine.template_id.in_(template_ids))
    lines: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for line in uow.session.scalars(query):
        lines[line.template_id].append((line.item_id, qty(line.quantity)))
    return lines


def _info(template: ParcelTemplate, lines: Sequence[tuple[int, Decimal]]) -> TemplateInfo:
    return TemplateInfo(template.id, template.name, template.household_size, tuple(lines), template.active)


def list_templates(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False) -> list[TemplateInfo]:
    """By household size (templates for any size first), then name."""
    _require_any(actor)
    query = select(ParcelTemplate).order_by(ParcelTemplate.household_size.is_not(None),
                                            ParcelTemplate.household_size, ParcelTemplate.name)
    if not include_inactive:
        query = query.where(ParcelTemplate.active.is_(True))
    templates = list(uow.session.scalars(query))
    lines = _lines_of(uow)
    return [_info(t, lines.get(t.id, [])) for t in templates]


def get_template(uow: UnitOfWork, actor: Actor, template_id: int) -> TemplateInfo:
    _require_any(actor)
    template = get_or_404(uow, ParcelTemplate, template_id, translate("stock", "Parcel template"))
    return _info(template, _lines_of(uow, [template_id]).get(template_id, []))


def template_for_size(templates: Sequence[TemplateInfo], size: int) -> TemplateInfo | None:
    """The active template meant for the nearest household size not above `size` (else the smallest one)."""
    templates = [t for t in templates if t.active]
    sized = sorted((t for t in templates if t.household_size is not None), key=lambda t: t.household_size or 0)
    best = None
    for template in sized:
        if (template.household_size or 0) <= size:
            best = template
    return best or (sized[0] if sized else (templates[0] if templates else None))
