"""Timeline entries from the clients area: service records and household membership changes."""

from __future__ import annotations

from sqlalchemy import or_, select

from desktop.i18n import translate
from desktop.models.clients import HouseholdMember, Person
from desktop.models.services import ServiceRecord, ServiceType
from desktop.services.households import relationship_label
from desktop.services.permissions import Actor, Permission
from desktop.services.timeline import TimelineEntry, timeline_source
from desktop.services.uow import UnitOfWork


def _name(p: Person) -> str:
    return f"{p.given_name} {p.family_name}".strip() or translate("clients", "(erased)")


@timeline_source
def service_entries(uow: UnitOfWork, actor: Actor, household_id: int | None,
                    person_ids: list[int]) -> list[TimelineEntry]:
    if not actor.can(Permission.FIND_CLIENTS):
        return []
    conditions = []
    if household_id is not None:
        conditions.append(ServiceRecord.household_id == household_id)
    if person_ids:
        conditions.append(ServiceRecord.person_id.in_(person_ids))
    if not conditions:
        return []
    rows = uow.session.execute(
        select(ServiceRecord, ServiceType.label, Person)
        .join(ServiceType, ServiceType.code == ServiceRecord.service_type)
        .outerjoin(Person, Person.id == ServiceRecord.person_id)
        .where(or_(*conditions)).order_by(ServiceRecord.served_on.desc()).limit(500)
    ).all()
    entries = []
    for record, label, person in rows:
        quantity = f"{record.quantity.normalize():f}"
        text = translate("clients", "{service} × {quantity}").format(service=label, quantity=quantity)
        if record.weight_kg is not None:
            text += f", {record.weight_kg.normalize():f} kg"
        if person is not None:
            text += " · " + _name(person)
        entries.append(TimelineEntry(record.served_on, "service", text, f"service_record:{record.id}"))
    return entries


@timeline_source
def membership_entries(uow: UnitOfWork, actor: Actor, household_id: int | None,
                       person_ids: list[int]) -> list[TimelineEntry]:
    if not actor.can(Permission.FIND_CLIENTS):
        return []
    conditions = []
    if household_id is not None:
        conditions.append(HouseholdMember.household_id == household_id)
    if person_ids:
        conditions.append(HouseholdMember.person_id.in_(person_ids))
    if not conditions:
        return []
    entries = []
    for member, person in uow.session.execute(
            select(HouseholdMember, Person).join(Person, Person.id == HouseholdMember.person_id)
            .where(or_(*conditions))):
        entries.append(TimelineEntry(member.joined_on, "membership", translate("clients", "{name} joined ({role})")
                                     .format(name=_name(person), role=relationship_label(member.relationship_)),
                                     f"person:{person.id}"))
        if member.left_on is not None:
            entries.append(TimelineEntry(member.left_on, "membership", translate("clients", "{name} moved out")
                                         .format(name=_name(person)), f"person:{person.id}"))
    return entries
