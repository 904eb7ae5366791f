"""Simple service recording from the client file (counselling session, information/education, referral
made, other) through the one service-record writer, and the list of services a client received."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.services import ServiceRecord, ServiceType
from desktop.services.case_access import check_subject, subject_filter, user_names
from desktop.services.permissions import Actor, Permission, require
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork

CASEWORK_SERVICE_TYPES = ("counselling", "information", "referral", "other")


@dataclass(frozen=True)
class ServiceRow:
    id: int
    served_on: date
    service_type: str
    label: str
    person_id: int | None
    household_id: int | None
    quantity: Decimal
    staff: str
    note: str


def record_casework_service(uow: UnitOfWork, actor: Actor, *, served_on: date, service_type: str,
                            person_id: int | None = None, household_id: int | None = None, note: str = "") -> int:
    """Record a counselling/information/referral/other service (the caller commits)."""
    require(actor, Permission.RECORD_SERVICES)
    if service_type not in CASEWORK_SERVICE_TYPES:
        raise ValidationError(translate("casework", "Choose counselling, information, referral or other."),
                              field="service_type")
    if served_on > date.today():
        raise ValidationError(translate("casework", "The service date cannot be in the future."), field="served_on")
    check_subject(uow, person_id, household_id)
    return record_service(uow, actor, served_on=served_on, service_type=service_type, person_id=person_id,
                          household_id=household_id, note=note.strip())


def list_services(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int], *,
                  limit: int = 500) -> list[ServiceRow]:
    """Services given to the household or any of the people, newest first (notes are case-file text)."""
    require(actor, Permission.FIND_CLIENTS)
    show_notes = actor.can(Permission.READ_CASE_FILES)
    query = (select(ServiceRecord, ServiceType.label)
             .join(ServiceType, ServiceType.code == ServiceRecord.service_type)
             .where(subject_filter(ServiceRecord.person_id, ServiceRecord.household_id, person_ids, household_id))
             .order_by(ServiceRecord.served_on.desc(), ServiceRecord.id.desc()).limit(limit))
    result = list(uow.session.execute(query))
    names = user_names(uow, {r.staff_user_id for r, _ in result})
    return [ServiceRow(r.id, r.served_on, r.service_type, label, r.person_id, r.household_id, r.quantity,
                       names.get(r.staff_user_id or 0, ""), r.note if show_notes else "") for r, label in result]
