"""The one register of staff and volunteers: contact details, skills and credentials, availability."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.rosters import (
    Availability,
    Qualification,
    QualificationKind,
    StaffKind,
    StaffMember,
    StaffQualification,
)
from desktop.models.users import User
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.rosters.common import require_any, time_range, wall_minutes, weekday_name
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class HeldQualification:
    qualification_id: int
    obtained_on: date | None = None
    expires_on: date | None = None
    reference: str = ""
    name: str = ""  # filled when read back
    kind: QualificationKind = QualificationKind.SKILL


@dataclass(frozen=True)
class AvailabilityWindow:
    weekday: int  # 0 = Monday
    start_time: time
    end_time: time  # at or before start = runs past midnight


@dataclass(frozen=True)
class StaffInput:
    given_name: str
    family_name: str
    kind: StaffKind = StaffKind.VOLUNTEER
    role_title: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    max_hours_per_week: Decimal | None = None
    user_id: int | None = None
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    kind: StaffKind
    role_title: str
    phone: str
    max_hours_per_week: Decimal | None
    active: bool
    user_id: int | None


@dataclass(frozen=True)
class StaffDetail:
    id: int
    data: StaffInput
    qualifications: tuple[HeldQualification, ...] = field(default_factory=tuple)
    availability: tuple[AvailabilityWindow, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class QualificationInfo:
    id: int
    name: str
    kind: QualificationKind
    active: bool


@dataclass(frozen=True)
class LoginChoice:
    user_id: int
    username: str
    full_name: str
    active: bool


@dataclass(frozen=True)
class CredentialAlert:
    staff_id: int
    staff_name: str
    qualification: str
    expires_on: date
    expired: bool


def full_name(member: StaffMember) -> str:
    return f"{member.given_name} {member.family_name}".strip()


def _get(uow: UnitOfWork, staff_id: int) -> StaffMember:
    member = uow.session.get(StaffMember, staff_id)
    if member is None:
        raise NotFound(translate("rosters", "That person is no longer on the register."))
    return member


def _validate(uow: UnitOfWork, data: StaffInput, staff_id: int | None) -> None:
    if not data.given_name.strip() and not data.family_name.strip():
        raise ValidationError(translate("rosters", "Enter the person's name."), field="given_name")
    if data.max_hours_per_week is not None and not Decimal(0) < data.max_hours_per_week <= Decimal(168):
        raise ValidationError(
            translate("rosters", "The maximum hours per week must be between 0 and 168."), field="max_hours_per_week"
        )
    if data.email.strip() and "@" not in data.email:
        raise ValidationError(translate("rosters", "The e-mail address needs an @."), field="email")
    if data.user_id is not None:
        if uow.session.get(User, data.user_id) is None:
            raise ValidationError(translate("rosters", "That login no longer exists."), field="user_id")
        other = uow.session.scalar(select(StaffMember.id).where(StaffMember.user_id == data.user_id))
        if other is not None and other != staff_id:
            raise ValidationError(
                translate("rosters", "That login already belongs to another person on the register."), field="user_id"
            )


def _apply(member: StaffMember, data: StaffInput) -> None:
    member.given_name = data.given_name.strip()
    member.family_name = data.family_name.strip()
    member.kind = data.kind
    member.role_title = data.role_title.strip()
    member.phone = data.phone.strip()
    member.email = data.email.strip()
    member.address = data.address.strip()
    member.emergency_contact_name = data.emergency_contact_name.strip()
    member.emergency_contact_phone = data.emergency_contact_phone.strip()
    member.max_hours_per_week = data.max_hours_per_week
    member.user_id = data.user_id
    member.active = data.active
    member.notes = data.notes


def _audit_login(uow: UnitOfWork, actor: Actor, staff_id: int, before: int | None, after: int | None) -> None:
    if before == after:
        return
    summary = f"login unlinked (user {before})" if after is None else f"login linked (user {after})"
    audit.record(uow, actor, Action.UPDATE, "staff_member", staff_id, summary)


def create_staff(uow: UnitOfWork, actor: Actor, data: StaffInput) -> int:
    require(actor, Permission.MANAGE_ROSTER)
    _validate(uow, data, None)
    member = StaffMember()
    _apply(member, data)
    uow.session.add(member)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "staff_member", member.id, f"{data.kind.value} added to the register")
    _audit_login(uow, actor, member.id, None, data.user_id)
    return member.id


def update_staff(uow: UnitOfWork, actor: Actor, staff_id: int, data: StaffInput) -> None:
    require(actor, Permission.MANAGE_ROSTER)
    member = _get(uow, staff_id)
    _validate(uow, data, staff_id)
    before = member.user_id
    _apply(member, data)
    audit.record(uow, actor, Action.UPDATE, "staff_member", staff_id, "register details updated")
    _audit_login(uow, actor, staff_id, before, data.user_id)


def linkable_logins(uow: UnitOfWork, actor: Actor, staff_id: int | None = None) -> list[LoginChoice]:
    """Logins a register entry may be linked to: active users no other entry holds, plus its own (even disabled).

    Coordinators may not list users (that page is the administrator's); this gives only login and full names,
    and only to those who manage the roster."""
    require(actor, Permission.MANAGE_ROSTER)
    own = uow.session.scalar(select(StaffMember.user_id).where(StaffMember.id == staff_id)) if staff_id else None
    taken = select(StaffMember.user_id).where(StaffMember.user_id.is_not(None))
    free = User.id.not_in(taken) & User.active.is_(True)
    query = select(User).where(free if own is None else free | (User.id == own))
    return [LoginChoice(u.id, u.username, u.full_name, u.active)
            for u in uow.session.scalars(query.order_by(func.lower(User.username)))]


def list_staff(uow: UnitOfWork, actor: Actor, *, text: str = "", include_inactive: bool = False) -> list[StaffRow]:
    require_any(actor, Permission.MANAGE_ROSTER, Permission.SIGN_IN_SHIFTS)
    query = select(StaffMember).order_by(StaffMember.family_name, StaffMember.given_name, StaffMember.id)
    if not include_inactive:
        query = query.where(StaffMember.active.is_(True))
    if text.strip():
        like = f"%{text.strip().lower()}%"
        query = query.where(
            func.lower(StaffMember.given_name + " " + StaffMember.family_name).like(like)
            | func.lower(StaffMember.role_title).like(like)
        )
    return [
        StaffRow(m.id, full_name(m), m.kind, m.role_title, m.phone, m.max_hours_per_week, m.active, m.user_id)
        for m in uow.session.scalars(query)
    ]


def get_staff(uow: UnitOfWork, actor: Actor, staff_id: int) -> StaffDetail:
    require(actor, Permission.MANAGE_ROSTER)
    m = _get(uow, staff_id)
    data = StaffInput(
        m.given_name, m.family_name, m.kind, m.role_title, m.phone, m.email, m.address, m.emergency_contact_name,
        m.emergency_contact_phone, m.max_hours_per_week, m.user_id, m.active, m.notes,
    )
    held = uow.session.execute(
        select(StaffQualification, Qualification)
        .join(Qualification, Qualification.id == StaffQualification.qualification_id)
        .where(StaffQualification.staff_id == staff_id)
        .order_by(Qualification.name)
    )
    quals = tuple(
        HeldQualification(q.id, sq.obtained_on, sq.expires_on, sq.reference, q.name, q.kind) for sq, q in held
    )
    windows = uow.session.scalars(
        select(Availability).where(Availability.staff_id == staff_id).order_by(Availability.weekday,
                                                                               Availability.start_time)
    )
    avail = tuple(AvailabilityWindow(w.weekday, w.start_time, w.end_time) for w in windows)
    return StaffDetail(staff_id, data, quals, avail)


def set_qualifications(uow: UnitOfWork, actor: Actor, staff_id: int, held: list[HeldQualification]) -> None:
    """Replace what the person holds with `held`."""
    require(actor, Permission.MANAGE_ROSTER)
    _get(uow, staff_id)
    seen: set[int] = set()
    for item in held:
        if item.qualification_id in seen:
            raise ValidationError(translate("rosters", "A skill or credential is listed twice."))
        seen.add(item.qualification_id)
        if uow.session.get(Qualification, item.qualification_id) is None:
            raise ValidationError(translate("rosters", "That skill or credential no longer exists."))
        if item.obtained_on and item.expires_on and item.expires_on < item.obtained_on:
            raise ValidationError(translate("rosters", "A credential cannot expire before it was obtained."),
                                  field="expires_on")
    for row in uow.session.scalars(select(StaffQualification).where(StaffQualification.staff_id == staff_id)):
        uow.session.delete(row)
    uow.flush()
    for item in held:
        uow.session.add(StaffQualification(staff_id=staff_id, qualification_id=item.qualification_id,
                                           obtained_on=item.obtained_on, expires_on=item.expires_on,
                                           reference=item.reference.strip()))
    audit.record(uow, actor, Action.UPDATE, "staff_member", staff_id, f"{len(held)} skills/credentials recorded")


def _refuse_overlaps(windows: list[AvailabilityWindow]) -> None:
    """Two windows of one weekday may touch (08-12 and 12-16) but not overlap: the coordinator joins them."""
    for i, a in enumerate(windows):
        a_lo = a.start_time.hour * 60 + a.start_time.minute
        a_hi = a_lo + wall_minutes(a.start_time, a.end_time)
        for b in windows[i + 1:]:
            if b.weekday != a.weekday:
                continue
            b_lo = b.start_time.hour * 60 + b.start_time.minute
            b_hi = b_lo + wall_minutes(b.start_time, b.end_time)
            if a_lo < b_hi and b_lo < a_hi:
                raise ValidationError(translate(
                    "rosters", "Two availability windows on {day} overlap ({first} and {second}): join them into one "
                               "or change the times.").format(
                    day=weekday_name(a.weekday), first=time_range(a.start_time, a.end_time),
                    second=time_range(b.start_time, b.end_time)), field="availability")


def set_availability(uow: UnitOfWork, actor: Actor, staff_id: int, windows: list[AvailabilityWindow]) -> None:
    """Replace the weekly availability. No windows at all means "not stated": no availability warnings."""
    require(actor, Permission.MANAGE_ROSTER)
    _get(uow, staff_id)
    for w in windows:
        if not 0 <= w.weekday <= 6:
            raise ValidationError(translate("rosters", "Choose a day of the week."), field="weekday")
        if w.start_time == w.end_time:
            raise ValidationError(
                translate("rosters", "An availability window on {day} starts and ends at {time}: give it a length.")
                .format(day=weekday_name(w.weekday), time=f"{w.start_time:%H:%M}"), field="end_time")
    _refuse_overlaps(windows)
    for row in uow.session.scalars(select(Availability).where(Availability.staff_id == staff_id)):
        uow.session.delete(row)
    uow.flush()
    for w in windows:
        uow.session.add(Availability(staff_id=staff_id, weekday=w.weekday, start_time=w.start_time,
                                     end_time=w.end_time))
    audit.record(uow, actor, Action.UPDATE, "staff_member", staff_id, f"{len(windows)} availability windows")


# --- skill and credential types -----------------------------------------------------------------------


def list_qualifications(uow: UnitOfWork, *, include_inactive: bool = False) -> list[QualificationInfo]:
    query = select(Qualification).order_by(Qualification.kind, Qualification.name)
    if not include_inactive:
        query = query.where(Qualification.active.is_(True))
    return [QualificationInfo(q.id, q.name, q.kind, q.active) for q in uow.session.scalars(query)]


def create_qualification(uow: UnitOfWork, actor: Actor, name: str, kind: QualificationKind) -> int:
    require(actor, Permission.MANAGE_ROSTER)
    name = name.strip()
    if not name:
        raise ValidationError(translate("rosters", "Enter the name of the skill or credential."), field="name")
    if uow.session.scalar(select(Qualification.id).where(func.lower(Qualification.name) == name.lower())):
        raise ValidationError(translate("rosters", "There is already a skill or credential with that name."),
                              field="name")
    row = Qualification(name=name, kind=kind, active=True)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "roster_qualification", row.id, f"{kind.value} type added")
    return row.id


def expiring_credentials(uow: UnitOfWork, actor: Actor, today: date, *, within_days: int = 30) -> list[CredentialAlert]:
    """Credentials of active people that have expired or expire within `within_days`, soonest first."""
    require(actor, Permission.MANAGE_ROSTER)
    limit = today + timedelta(days=within_days)
    rows = uow.session.execute(
        select(StaffMember, Qualification.name, StaffQualification.expires_on)
        .join(StaffQualification, StaffQualification.staff_id == StaffMember.id)
        .join(Qualification, Qualification.id == StaffQualification.qualification_id)
        .where(StaffMember.active.is_(True), StaffQualification.expires_on.is_not(None),
               StaffQualification.expires_on <= limit)
        .order_by(StaffQualification.expires_on, StaffMember.family_name)
    )
    return [CredentialAlert(m.id, full_name(m), name, expires, expires < today)
            for m, name, expires in rows if expires is not None]
