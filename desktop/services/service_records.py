"""The one writer of service records, the atom every report counts.

Casework (counselling, information, referral made), stock distributions (food parcel, clothing),
shelter and the services import all record services through `record_service`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.clients import Household, Person
from desktop.models.services import BUILTIN_SERVICE_TYPES, ServiceRecord, ServiceSource, ServiceType
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

SERVICE_TYPE_LABELS: dict[str, str] = {
    "food_parcel": QT_TRANSLATE_NOOP("service_types", "Food parcel"),
    "clothing": QT_TRANSLATE_NOOP("service_types", "Clothing"),
    "shelter_night": QT_TRANSLATE_NOOP("service_types", "Shelter night"),
    "counselling": QT_TRANSLATE_NOOP("service_types", "Counselling"),
    "information": QT_TRANSLATE_NOOP("service_types", "Information / education"),
    "referral": QT_TRANSLATE_NOOP("service_types", "Referral made"),
    "financial_aid": QT_TRANSLATE_NOOP("service_types", "Financial aid"),
    "other": QT_TRANSLATE_NOOP("service_types", "Other"),
}
assert set(SERVICE_TYPE_LABELS) == set(BUILTIN_SERVICE_TYPES)


def seed_service_types(uow: UnitOfWork) -> int:
    """Built-in types with labels in the current language (called at setup, inside use_language)."""
    existing = set(uow.session.scalars(select(ServiceType.code)))
    added = 0
    for position, code in enumerate(BUILTIN_SERVICE_TYPES):
        if code not in existing:
            label = translate("service_types", SERVICE_TYPE_LABELS[code])
            uow.session.add(ServiceType(code=code, label=label, builtin=True, active=True, position=position))
            added += 1
    return added


@dataclass(frozen=True)
class ServiceTypeInfo:
    code: str
    label: str
    builtin: bool


def service_types(uow: UnitOfWork) -> list[ServiceTypeInfo]:
    rows = uow.session.scalars(
        select(ServiceType).where(ServiceType.active.is_(True)).order_by(ServiceType.position, ServiceType.code)
    )
    return [ServiceTypeInfo(t.code, t.label, t.builtin) for t in rows]


def record_service(
    uow: UnitOfWork,
    actor: Actor,
    *,
    served_on: date,
    service_type: str,
    person_id: int | None = None,
    household_id: int | None = None,
    quantity: Decimal = Decimal(1),
    weight_kg: Decimal | None = None,
    programme_id: int | None = None,
    source: ServiceSource = ServiceSource.MANUAL,
    note: str = "",
    override_reason: str = "",
    audit_it: bool = True,
) -> int:
    """Add one service record (the caller commits). Returns its id.

    `audit_it=False` is for callers that write their own audit event for a larger document (a parcel,
    an import) in the same transaction.
    """
    distribution = source is ServiceSource.DISTRIBUTION
    require(actor, Permission.DISTRIBUTE_STOCK if distribution else Permission.RECORD_SERVICES)
    if person_id is None and household_id is None:
        raise ValidationError(translate("services", "Choose the person or household who received the service."))
    if uow.session.get(ServiceType, service_type) is None:
        raise ValidationError(
            translate("services", "Unknown service type {code}.").format(code=service_type), field="service_type"
        )
    if quantity <= 0:
        raise ValidationError(translate("services", "The quantity must be more than zero."), field="quantity")
    if weight_kg is not None and weight_kg < 0:
        raise ValidationError(translate("services", "The weight cannot be negative."), field="weight_kg")
    if person_id is not None and uow.session.get(Person, person_id) is None:
        raise ValidationError(translate("services", "That person no longer exists."))
    if household_id is not None and uow.session.get(Household, household_id) is None:
        raise ValidationError(translate("services", "That household no longer exists."))
    record = ServiceRecord(
        served_on=served_on,
        person_id=person_id,
        household_id=household_id,
        service_type=service_type,
        quantity=quantity,
        weight_kg=weight_kg,
        programme_id=programme_id,
        staff_user_id=actor.user_id,
        source=source,
        note=note,
        override_reason=override_reason,
    )
    uow.session.add(record)
    uow.flush()
    if audit_it:
        audit.record(uow, actor, Action.CREATE, "service_record", record.id,
                     f"{service_type} on {served_on.isoformat()}" + (" (override)" if override_reason else ""))
    return record.id


def _parcel_record(uow: UnitOfWork, record_id: int) -> ServiceRecord:
    """The record a distribution points at (a foreign key): anything else is a bug, not a user's mistake."""
    record = uow.session.get(ServiceRecord, record_id)
    if record is None or record.source is not ServiceSource.DISTRIBUTION:
        raise ValueError(f"service record {record_id} is not a stock distribution's record")
    return record


def _kg(weight: Decimal | None) -> str:
    return "no weight" if weight is None else f"{weight.normalize():f} kg"


def follow_returned_parcel_lines(uow: UnitOfWork, actor: Actor, record_id: int, *, distribution_id: int,
                                 service_type: str, weight_kg: Decimal | None, note: str) -> None:
    """Part of a parcel went back to the shelf (a stock reversal): its record now says what still went out.

    Only the stock distributions call this, in the reversal's transaction, with figures worked out the way
    the parcel worked them out. The quantity stays: a parcel record counts one parcel, not its items.
    """
    require(actor, Permission.DISTRIBUTE_STOCK)
    record = _parcel_record(uow, record_id)
    before = f"{record.service_type}, {_kg(record.weight_kg)}"
    record.service_type, record.weight_kg, record.note = service_type, weight_kg, note
    uow.flush()
    audit.record(uow, actor, Action.UPDATE, "service_record", record_id,
                 f"parcel {distribution_id}: lines returned to stock, {before} -> {service_type}, {_kg(weight_kg)}")


def remove_returned_parcel(uow: UnitOfWork, actor: Actor, record_id: int, *, distribution_id: int) -> None:
    """Every line of a parcel went back to the shelf: the parcel never went out, so its record goes.

    The caller unlinks the distribution first. The ledger keeps both movements and this audit event keeps the
    removal."""
    require(actor, Permission.DISTRIBUTE_STOCK)
    record = _parcel_record(uow, record_id)
    summary = f"removed: every line of parcel {distribution_id} returned to stock ({record.service_type}, " \
              f"{record.served_on.isoformat()}, {_kg(record.weight_kg)})"
    uow.session.delete(record)
    uow.flush()
    audit.record(uow, actor, Action.DELETE, "service_record", record_id, summary)
