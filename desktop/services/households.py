"""Households, their members over time, and the summaries other areas read (areas.md contract)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.clients import Household, HouseholdMember, Person, RecordStatus, Relationship
from desktop.services import audit, client_search
from desktop.services.audit import Action
from desktop.services.client_search import format_address, person_name
from desktop.services.people import EDIT_CLIENTS, PersonInfo, person_info
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

# Profile address field (profiles.Profile.address_fields) -> Household column, with its label.
ADDRESS_COLUMNS: dict[str, str] = {
    "street": "address_line", "address_line": "address_line", "rt": "rt", "rw": "rw", "locality": "locality",
    "desa": "locality", "gmina": "district", "kecamatan": "district", "district": "district", "powiat": "county",
    "kabupaten": "county", "wojewodztwo": "region", "provinsi": "region", "region": "region",
    "postal_code": "postal_code",
}
ADDRESS_LABELS: dict[str, str] = {
    "street": QT_TRANSLATE_NOOP("address", "Street and number"),
    "address_line": QT_TRANSLATE_NOOP("address", "Address"),
    "rt": QT_TRANSLATE_NOOP("address", "RT"),
    "rw": QT_TRANSLATE_NOOP("address", "RW"),
    "locality": QT_TRANSLATE_NOOP("address", "Town or village"),
    "desa": QT_TRANSLATE_NOOP("address", "Desa / kelurahan"),
    "gmina": QT_TRANSLATE_NOOP("address", "Gmina"),
    "kecamatan": QT_TRANSLATE_NOOP("address", "Kecamatan"),
    "district": QT_TRANSLATE_NOOP("address", "District"),
    "powiat": QT_TRANSLATE_NOOP("address", "Powiat"),
    "kabupaten": QT_TRANSLATE_NOOP("address", "Kabupaten / kota"),
    "wojewodztwo": QT_TRANSLATE_NOOP("address", "Województwo"),
    "provinsi": QT_TRANSLATE_NOOP("address", "Provinsi"),
    "region": QT_TRANSLATE_NOOP("address", "Region / state"),
    "postal_code": QT_TRANSLATE_NOOP("address", "Postal code"),
}
RELATIONSHIP_LABELS: dict[Relationship, str] = {
    Relationship.HEAD: QT_TRANSLATE_NOOP("clients", "Head of household"),
    Relationship.SPOUSE: QT_TRANSLATE_NOOP("clients", "Spouse"),
    Relationship.PARTNER: QT_TRANSLATE_NOOP("clients", "Partner"),
    Relationship.CHILD: QT_TRANSLATE_NOOP("clients", "Child"),
    Relationship.PARENT: QT_TRANSLATE_NOOP("clients", "Parent"),
    Relationship.SIBLING: QT_TRANSLATE_NOOP("clients", "Sibling"),
    Relationship.OTHER: QT_TRANSLATE_NOOP("clients", "Other"),
}


def relationship_label(rel: Relationship) -> str:
    return translate("clients", RELATIONSHIP_LABELS[rel])


@dataclass(frozen=True)
class HouseholdData:
    address_line: str = ""
    rt: str = ""
    rw: str = ""
    locality: str = ""
    district: str = ""
    county: str = ""
    region: str = ""
    postal_code: str = ""
    rural: bool = False
    family_card_number: str = ""
    phone: str = ""
    housing_situation: str = ""
    monthly_income_minor: int | None = None
    registered_on: date | None = None
    ref: str = ""  # blank = next free reference


@dataclass(frozen=True)
class HouseholdSummary:
    id: int
    ref: str
    head_name: str
    members: int
    address: str
    status: RecordStatus


@dataclass(frozen=True)
class MemberInfo:
    membership_id: int
    person: PersonInfo
    relationship: Relationship
    joined_on: date
    left_on: date | None
    age: int | None

    def current_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or self.left_on > day)


@dataclass(frozen=True)
class HouseholdDetail:
    id: int
    data: HouseholdData
    status: RecordStatus
    address: str
    members: tuple[MemberInfo, ...]  # everyone who ever belonged, current members first


_TEXT_LIMITS = {"address_line": 200, "rt": 10, "rw": 10, "postal_code": 20, "phone": 40, "ref": 40,
                "family_card_number": 30, "housing_situation": 40}


def clean_household(data: HouseholdData, *, today: date | None = None) -> HouseholdData:
    today = today or date.today()
    changes: dict[str, object] = {}
    for f in fields(HouseholdData):
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = " ".join(value.split())
            if len(value) > _TEXT_LIMITS.get(f.name, 120):
                raise ValidationError(translate("clients", "This field is too long."), field=f.name)
            changes[f.name] = value
    if data.monthly_income_minor is not None and data.monthly_income_minor < 0:
        raise ValidationError(translate("clients", "The income cannot be negative."), field="monthly_income")
    registered = data.registered_on or today
    if registered > today:
        raise ValidationError(translate("clients", "The registration date is in the future."), field="registered_on")
    changes["registered_on"] = registered
    return replace(data, **changes)  # type: ignore[arg-type]


def next_ref(uow: UnitOfWork) -> str:
    number = (uow.session.scalar(select(func.max(Household.id))) or 0) + 1
    while True:
        ref = f"H{number:06d}"
        if uow.session.scalar(select(Household.id).where(Household.ref == ref)) is None:
            return ref
        number += 1


def _apply(h: Household, data: HouseholdData) -> None:
    for f in fields(HouseholdData):
        if f.name != "ref":
            setattr(h, f.name, getattr(data, f.name))


def create_household(uow: UnitOfWork, actor: Actor, data: HouseholdData, *, audit_it: bool = True,
                     index: bool = True) -> int:
    require(actor, EDIT_CLIENTS)
    data = clean_household(data)
    ref = data.ref or next_ref(uow)
    if uow.session.scalar(select(Household.id).where(Household.ref == ref)) is not None:
        raise ValidationError(translate("clients", "The reference {ref} is already used.").format(ref=ref), field="ref")
    household = Household(ref=ref, status=RecordStatus.ACTIVE)
    _apply(household, data)
    uow.session.add(household)
    uow.flush()
    if index:
        client_search.index_household(uow, household.id, with_members=False)
    if audit_it:
        audit.record(uow, actor, Action.CREATE, "household", household.id, "household registered")
    return household.id


def load_household(uow: UnitOfWork, household_id: int) -> Household:
    household = uow.session.get(Household, household_id)
    if household is None:
        raise NotFound(translate("clients", "This household no longer exists (merged or removed)."))
    return household


def update_household(uow: UnitOfWork, actor: Actor, household_id: int, data: HouseholdData) -> None:
    require(actor, EDIT_CLIENTS)
    household = load_household(uow, household_id)
    if household.status is RecordStatus.ERASED:
        raise ValidationError(translate("clients", "This household's data was erased and cannot be edited."))
    data = clean_household(data)
    if data.ref and data.ref != household.ref:
        if uow.session.scalar(select(Household.id).where(Household.ref == data.ref)) is not None:
            raise ValidationError(
                translate("clients", "The reference {ref} is already used.").format(ref=data.ref), field="ref")
        household.ref = data.ref
    _apply(household, data)
    uow.flush()
    client_search.index_household(uow, household.id)
    audit.record(uow, actor, Action.UPDATE, "household", household.id, "household details updated")


def add_member(uow: UnitOfWork, actor: Actor, household_id: int, person_id: int, relationship: Relationship,
               joined_on: date, *, audit_it: bool = True, index: bool = True) -> int:
    require(actor, EDIT_CLIENTS)
    load_household(uow, household_id)
    if uow.session.get(Person, person_id) is None:
        raise NotFound(translate("clients", "This person no longer exists (merged or removed)."))
    overlapping = uow.session.scalar(
        select(HouseholdMember.id).where(
            HouseholdMember.household_id == household_id, HouseholdMember.person_id == person_id,
            (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > joined_on)))
    if overlapping is not None:
        raise ValidationError(translate("clients", "This person is already a member of the household."))
    if relationship is Relationship.HEAD and _head_on(uow, household_id, joined_on) is not None:
        raise ValidationError(
            translate("clients", "The household already has a head: change that member's relationship first."),
            field="relationship")
    member = HouseholdMember(household_id=household_id, person_id=person_id, relationship_=relationship,
                             joined_on=joined_on)
    uow.session.add(member)
    uow.flush()
    if index:
        client_search.index_person(uow, person_id)
    if audit_it:
        audit.record(uow, actor, Action.UPDATE, "household", household_id, f"member person {person_id} joined")
    return member.id


def _head_on(uow: UnitOfWork, household_id: int, day: date) -> int | None:
    return uow.session.scalar(select(HouseholdMember.person_id).where(
        HouseholdMember.household_id == household_id, HouseholdMember.relationship_ == Relationship.HEAD,
        HouseholdMember.joined_on <= day, (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > day)))


def end_membership(uow: UnitOfWork, actor: Actor, membership_id: int, left_on: date) -> None:
    """The person moved out: not a member on `left_on` and after (left_on is exclusive)."""
    require(actor, EDIT_CLIENTS)
    member = uow.session.get(HouseholdMember, membership_id)
    if member is None:
        raise NotFound(translate("clients", "This membership no longer exists."))
    if left_on <= member.joined_on:
        raise ValidationError(translate("clients", "The leaving date must be after the joining date."),
                              field="left_on")
    member.left_on = left_on
    uow.flush()
    client_search.index_person(uow, member.person_id)
    audit.record(uow, actor, Action.UPDATE, "household", member.household_id,
                 f"member person {member.person_id} left")


def change_relationship(uow: UnitOfWork, actor: Actor, membership_id: int, relationship: Relationship) -> None:
    require(actor, EDIT_CLIENTS)
    member = uow.session.get(HouseholdMember, membership_id)
    if member is None:
        raise NotFound(translate("clients", "This membership no longer exists."))
    if relationship is Relationship.HEAD:
        head = _head_on(uow, member.household_id, date.today())
        if head is not None and head != member.person_id:
            raise ValidationError(
                translate("clients", "The household already has a head: change that member's relationship first."),
                field="relationship")
    member.relationship_ = relationship
    audit.record(uow, actor, Action.UPDATE, "household", member.household_id, "relationship changed")


def _members(uow: UnitOfWork, household_id: int, today: date) -> list[MemberInfo]:
    rows = uow.session.execute(
        select(HouseholdMember, Person).join(Person, Person.id == HouseholdMember.person_id)
        .where(HouseholdMember.household_id == household_id).order_by(HouseholdMember.joined_on, Person.id)
    ).all()
    members = []
    for m, p in rows:
        info = person_info(p)
        members.append(MemberInfo(m.id, info, m.relationship_, m.joined_on, m.left_on, info.age_on(today)))
    order = list(Relationship)
    members.sort(key=lambda mi: (not mi.current_on(today), order.index(mi.relationship), mi.age is None,
                                 -(mi.age or 0)))
    return members


def household_detail(uow: UnitOfWork, actor: Actor, household_id: int, *, today: date | None = None
                     ) -> HouseholdDetail:
    require(actor, Permission.FIND_CLIENTS)
    h = load_household(uow, household_id)
    data = HouseholdData(**{f.name: getattr(h, f.name) for f in fields(HouseholdData)})
    return HouseholdDetail(h.id, data, h.status, format_address(h), tuple(_members(uow, h.id, today or date.today())))


def household_summary(uow: UnitOfWork, actor: Actor, household_id: int) -> HouseholdSummary:
    require(actor, Permission.FIND_CLIENTS)
    h = load_household(uow, household_id)
    today = date.today()
    current = uow.session.execute(
        select(HouseholdMember.relationship_, Person).join(Person, Person.id == HouseholdMember.person_id)
        .where(HouseholdMember.household_id == household_id, HouseholdMember.joined_on <= today,
               (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > today))
    ).all()
    head = next((person_name(p) for rel, p in current if rel is Relationship.HEAD), "")
    if not head and current:
        head = person_name(current[0][1])
    return HouseholdSummary(h.id, h.ref, head, len(current), format_address(h), h.status)


def household_id_by_ref(uow: UnitOfWork, ref: str) -> int | None:
    return uow.session.scalar(select(Household.id).where(Household.ref == ref.strip()))


def file_person_ids(uow: UnitOfWork, household_id: int | None, person_id: int | None) -> list[int]:
    """Everyone a client file is about: the person, and every past or present member of the household."""
    ids = {person_id} if person_id is not None else set()
    if household_id is not None:
        ids |= set(uow.session.scalars(select(HouseholdMember.person_id)
                                       .where(HouseholdMember.household_id == household_id)))
    return sorted(i for i in ids if i is not None)
