"""Small shared helpers for the stock services: quantities, labels, lookups that raise NotFound."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TypeVar

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.base import Base
from desktop.models.stock import DonorKind, ItemCategory, LocationKind, MovementKind, MovementReason
from desktop.services.uow import UnitOfWork

QUANTUM = Decimal("0.001")
ZERO = Decimal("0.000")

M = TypeVar("M", bound=Base)

CATEGORY_LABELS: dict[ItemCategory, str] = {
    ItemCategory.FOOD: QT_TRANSLATE_NOOP("stock", "Food"),
    ItemCategory.CLOTHING: QT_TRANSLATE_NOOP("stock", "Clothing"),
    ItemCategory.HYGIENE: QT_TRANSLATE_NOOP("stock", "Hygiene"),
    ItemCategory.SHELTER_SUPPLIES: QT_TRANSLATE_NOOP("stock", "Shelter supplies"),
    ItemCategory.OTHER: QT_TRANSLATE_NOOP("stock", "Other"),
}
LOCATION_LABELS: dict[LocationKind, str] = {
    LocationKind.WAREHOUSE: QT_TRANSLATE_NOOP("stock", "Warehouse"),
    LocationKind.PANTRY_SHELF: QT_TRANSLATE_NOOP("stock", "Pantry shelf"),
    LocationKind.SHELTER_STORE: QT_TRANSLATE_NOOP("stock", "Shelter store"),
}
DONOR_LABELS: dict[DonorKind, str] = {
    DonorKind.INDIVIDUAL: QT_TRANSLATE_NOOP("stock", "Individual"),
    DonorKind.BUSINESS: QT_TRANSLATE_NOOP("stock", "Business"),
    DonorKind.GOVERNMENT: QT_TRANSLATE_NOOP("stock", "Government programme"),
    DonorKind.FOOD_BANK: QT_TRANSLATE_NOOP("stock", "Food bank"),
}
KIND_LABELS: dict[MovementKind, str] = {
    MovementKind.RECEIVED: QT_TRANSLATE_NOOP("stock", "Received"),
    MovementKind.DISTRIBUTED: QT_TRANSLATE_NOOP("stock", "Distributed"),
    MovementKind.TRANSFERRED: QT_TRANSLATE_NOOP("stock", "Transferred"),
    MovementKind.ADJUSTED: QT_TRANSLATE_NOOP("stock", "Adjusted"),
    MovementKind.WRITTEN_OFF: QT_TRANSLATE_NOOP("stock", "Written off"),
    MovementKind.COUNTED: QT_TRANSLATE_NOOP("stock", "Counted"),
}
REASON_LABELS: dict[MovementReason, str] = {
    MovementReason.NONE: "",
    MovementReason.DAMAGED: QT_TRANSLATE_NOOP("stock", "Damaged"),
    MovementReason.SPOILED: QT_TRANSLATE_NOOP("stock", "Spoiled"),
    MovementReason.FOUND: QT_TRANSLATE_NOOP("stock", "Found"),
    MovementReason.CORRECTION: QT_TRANSLATE_NOOP("stock", "Correction"),
    MovementReason.EXPIRED: QT_TRANSLATE_NOOP("stock", "Expired"),
    MovementReason.COUNT: QT_TRANSLATE_NOOP("stock", "Stock count"),
    MovementReason.REVERSAL: QT_TRANSLATE_NOOP("stock", "Reversal"),
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
