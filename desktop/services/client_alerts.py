"""Alerts on the client file's Overview: a small registry each area adds to (expired documents, due
follow-ups, recertification due...). A source returns only what the actor may see."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from desktop.i18n import translate
from desktop.models.clients import Household, HouseholdMember, Person
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class ClientAlert:
    severity: str  # info | warning | danger
    text: str  # translated
    ref: str = ""


AlertSource = Callable[[UnitOfWork, Actor, int | None, list[int], date], list[ClientAlert]]
_SOURCES: list[AlertSource] = []


def alert_source(fn: AlertSource) -> AlertSource:
    _SOURCES.append(fn)
    return fn


def _load_sources() -> None:
    """Modules that register alert sources (one import line per area)."""
    import desktop.services.casework_alerts  # noqa: F401


def alerts(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int],
           today: date | None = None) -> list[ClientAlert]:
    _load_sources()
    today = today or date.today()
    order = {"danger": 0, "warning": 1, "info": 2}
    found = [a for source in _SOURCES for a in source(uow, actor, household_id, person_ids, today)]
    return sorted(found, key=lambda a: order.get(a.severity, 3))


@alert_source
def registration_alerts(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int],
                        today: date) -> list[ClientAlert]:
    if not actor.can(Permission.FIND_CLIENTS):
        return []
    result = []
    if household_id is not None:
        household = uow.session.get(Household, household_id)
        if household is not None and household.recertify_on is not None and household.recertify_on <= today:
            result.append(ClientAlert("warning", translate("clients", "Registration to be renewed since {date}.")
                                      .format(date=household.recertify_on.isoformat()), f"household:{household_id}"))
        if household is not None and not (household.address_line or household.locality):
            result.append(ClientAlert("info", translate("clients", "No address recorded.")))
        ids = set(person_ids) | set(uow.session.scalars(select(HouseholdMember.person_id).where(
            HouseholdMember.household_id == household_id,
            or_(HouseholdMember.left_on.is_(None), HouseholdMember.left_on > date.today()))))
    else:
        ids = set(person_ids)
    unknown = uow.session.scalars(select(Person.given_name).where(
        Person.id.in_(ids), Person.birth_date.is_(None), Person.birth_year.is_(None))).all()
    if unknown:
        result.append(ClientAlert("info", translate("clients", "Birth date unknown for: {names}.")
                                  .format(names=", ".join(unknown))))
    return result
