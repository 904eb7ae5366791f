"""The client list: filters, SQL-side sorting, ids first and rows by the page (the view loads lazily).

`household_ids` returns every matching id in order (one narrow query, cheap even for 40,000 households);
`household_rows` fetches the display columns for one page of ids.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select

from desktop.models.casework import Assessment, AssessmentNeed
from desktop.models.clients import Household, HouseholdMember, Person, RecordStatus, Relationship
from desktop.models.services import ServiceRecord
from desktop.models.settings import NeedCategory
from desktop.services.client_search import format_address
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork


class StatusFilter(enum.StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


class SortKey(enum.StrEnum):
    REF = "ref"
    HEAD = "head"
    MEMBERS = "members"
    LOCALITY = "locality"
    LAST_VISIT = "last_visit"
    REGISTERED = "registered"


@dataclass(frozen=True)
class ClientListFilter:
    status: StatusFilter = StatusFilter.ACTIVE
    need_code: str = ""  # a need category code from any assessment of the household or a member
    visited_since: date | None = None  # last visit on or after
    not_visited_since: date | None = None  # no visit on or after (lapsed clients)


@dataclass(frozen=True)
class HouseholdListRow:
    id: int
    ref: str
    head_name: str
    members: int
    address: str
    phone: str
    last_visit: date | None
    registered_on: date
    status: RecordStatus


def _current(today: date) -> ColumnElement[bool]:
    return and_(HouseholdMember.joined_on <= today,
                or_(HouseholdMember.left_on.is_(None), HouseholdMember.left_on > today))


def _head_name(today: date) -> Select[Any]:
    return (select(Person.family_name + " " + Person.given_name)
            .join(HouseholdMember, HouseholdMember.person_id == Person.id)
            .where(HouseholdMember.household_id == Household.id, HouseholdMember.relationship_ == Relationship.HEAD,
                   _current(today))
            .limit(1))


def _member_count(today: date) -> Select[Any]:
    return select(func.count(HouseholdMember.id)).where(HouseholdMember.household_id == Household.id,
                                                         _current(today))


def _last_visit() -> Select[Any]:
    return select(func.max(ServiceRecord.served_on)).where(ServiceRecord.household_id == Household.id)


def household_ids(uow: UnitOfWork, actor: Actor, flt: ClientListFilter, sort: SortKey = SortKey.REF,
                  descending: bool = False, *, today: date | None = None) -> list[int]:
    require(actor, Permission.FIND_CLIENTS)
    today = today or date.today()
    query = select(Household.id)
    if flt.status is StatusFilter.ACTIVE:
        query = query.where(Household.status == RecordStatus.ACTIVE)
    elif flt.status is StatusFilter.ARCHIVED:
        query = query.where(Household.status == RecordStatus.ARCHIVED)
    else:
        query = query.where(Household.status != RecordStatus.ERASED)
    if flt.need_code:
        member_ids = select(HouseholdMember.person_id).where(HouseholdMember.household_id == Household.id)
        query = query.where(exists(
            select(AssessmentNeed.id).join(Assessment, Assessment.id == AssessmentNeed.assessment_id)
            .join(NeedCategory, NeedCategory.id == AssessmentNeed.need_category_id)
            .where(NeedCategory.code == flt.need_code,
                   or_(Assessment.household_id == Household.id, Assessment.person_id.in_(member_ids)))))
    if flt.visited_since is not None:
        query = query.where(exists(select(ServiceRecord.id).where(ServiceRecord.household_id == Household.id,
                                                                  ServiceRecord.served_on >= flt.visited_since)))
    if flt.not_visited_since is not None:
        query = query.where(~exists(select(ServiceRecord.id).where(
            ServiceRecord.household_id == Household.id, ServiceRecord.served_on >= flt.not_visited_since)))
    column: Any = {
        SortKey.REF: Household.ref,
        SortKey.HEAD: _head_name(today).scalar_subquery(),
        SortKey.MEMBERS: _member_count(today).scalar_subquery(),
        SortKey.LOCALITY: Household.locality,
        SortKey.LAST_VISIT: _last_visit().scalar_subquery(),
        SortKey.REGISTERED: Household.registered_on,
    }[sort]
    order = column.desc() if descending else column.asc()
    query = query.order_by(order, Household.id.desc() if descending else Household.id)
    return list(uow.session.scalars(query))


def household_rows(uow: UnitOfWork, actor: Actor, ids: list[int], *, today: date | None = None
                   ) -> list[HouseholdListRow]:
    """Display rows for `ids`, in the same order."""
    require(actor, Permission.FIND_CLIENTS)
    today = today or date.today()
    if not ids:
        return []
    query = select(Household, _head_name(today).scalar_subquery(), _member_count(today).scalar_subquery(),
                   _last_visit().scalar_subquery()).where(Household.id.in_(ids))
    found = {}
    for h, head, members, last in uow.session.execute(query):
        found[h.id] = HouseholdListRow(h.id, h.ref, head or "", int(members or 0), format_address(h), h.phone, last,
                                       h.registered_on, h.status)
    return [found[i] for i in ids if i in found]
