"""Small shared helpers for the stock services: quantities, labels, lookups that raise NotFound."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TypeVar

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate, translate_noop
from desktop.models.base import Base
from desktop.models.stock import DonorKind, ItemCategory, LocationKind, MovementKind, MovementReason
from desktop.services.uow import UnitOfWork

QUANTUM = Decimal("0.001")
ZERO = Decimal("0.000")

M = TypeVar("M", bound=Base)

CATEGORY_LABELS: dict[ItemCategory, str] = {
    ItemCategory.FOOD: translate_noop("stock", "Food"),
    ItemCategory.CLOTHING: translate_noop("stock", "Clothing"),
    ItemCategory.HYGIENE: translate_noop("stock", "Hygiene"),
    ItemCategory.SHELTER_SUPPLIES: translate_noop("stock", "Shelter supplies"),
    ItemCategory.OTHER: translate_noop("stock", "Other"),
}
LOCATION_LABELS: dict[LocationKind, str] = {
    LocationKind.WAREHOUSE: translate_noop("stock", "Warehouse"),
    LocationKind.PANTRY_SHELF: translate_noop("stock", "Pantry shelf"),
    LocationKind.SHELTER_STORE: translate_noop("stock", "Shelter store"),
}
DONOR_LABELS: dict[DonorKind, str] = {
    DonorKind.INDIVIDUAL: translate_noop("stock", "Individual"),
    DonorKind.BUSINESS: translate_noop("stock", "Business"),
    DonorKind.GOVERNMENT: translate_noop("stock", "Government programme"),
    DonorKind.FOOD_BANK: translate_noop("stock", "Food bank"),
}
KIND_LABELS: dict[MovementKind, str] = {
    MovementKind.RECEIVED: translate_noop("stock", "Received"),
    MovementKind.DISTRIBUTED: translate_noop("stock", "Distributed"),
    MovementKind.TRANSFERRED: translate_noop("stock", "Transferred"),
    MovementKind.ADJUSTED: translate_noop("stock", "Adjusted"),
    MovementKind.WRITTEN_OFF: translate_noop("stock", "Written off"),
    MovementKind.COUNTED: translate_noop("stock", "Counted"),
}
REASON_LABELS: dict[MovementReason, str] = {
    MovementReason.NONE: "",
    MovementReason.DAMAGED: translate_noop("stock", "Damaged"),
    MovementReason.SPOILED: translate_noop("stock", "Spoiled"),
    MovementReason.FOUND: translate_noop("stock", "Found"),
    MovementReason.CORRECTION: translate_noop("stock", "Correction"),
    MovementReason.EXPIRED: translate_noop("stock", "Expired"),
    MovementReason.COUNT: translate_noop("stock", "Stock count"),
    MovementReason.REVERSAL: translate_noop("stock", "Reversal"),
}


def category_label(category: ItemCategory) -> str:
    return translate("stock", CATEGORY_LABELS[category])


def location_kind_label(kind: LocationKind) -> str:
    return translate("stock", LOCATION_LABELS[kind])


def donor_kind_label(kind: DonorKind) -> str:
    return translate("stock", DONOR_LABELS[kind])


def kind_label(kind: MovementKind) -> str:
    return translate("stock", KIND_LABELS[kind])


def reason_label(reason: MovementReason) -> str:
    text = REASON_LABELS[reason]
    return translate("stock", text) if text else ""


def qty(value: object) -> Decimal:
    """A quantity with three decimals (SQLite sums come back as floats: round them here, once)."""
    if value is None:
        return ZERO
    if isinstance(value, float):
        value = repr(value)
    try:
        return Decimal(str(value)).quantize(QUANTUM, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValidationError(translate("stock", "{value} is not a number.").format(value=value)) from None


def positive_qty(value: object, field: str = "quantity") -> Decimal:
    result = qty(value)
    if result <= 0:
        raise ValidationError(translate("stock", "The quantity must be more than zero."), field=field)
    if result >= Decimal("100000000000"):
        raise ValidationError(translate("stock", "The quantity is too large."), field=field)
    return result


def get_or_404(uow: UnitOfWork, model: type[M], key: object, what: str) -> M:
    row = uow.session.get(model, key)
    if row is None:
        raise NotFound(translate("stock", "{what} {id} does not exist (any more).").format(what=what, id=key))
    return row
