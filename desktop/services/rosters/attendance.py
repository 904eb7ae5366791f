"""Signing in and out at the desk, no-shows, and coordinators' corrections (audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.base import utcnow
from desktop.models.rosters import Assignment, AssignmentStatus, Post, Shift, StaffMember
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.rosters.common import crosses_midnight, require_any
from desktop.services.rosters.register import full_name
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class DeskPerson:
    assignment_id: int
    staff_id: int
    name: str
    status: AssignmentStatus
    signed_in_at: datetime | None
    signed_out_at: datetime | None


@dataclass(frozen=True)
class DeskShift:
    shift_id: int
    shift_date: date
    post_name: str
    start_time: time
    end_time: time
    needed: int
    people: tuple[DeskPerson, ...]


def desk_shifts(uow: UnitOfWork, actor: Actor, day: date) -> list[DeskShift]:
    """The day's shifts with who is on them, plus last night's shifts still running past midnight."""
    require_any(actor, Permission.SIGN_IN_SHIFTS, Permission.MANAGE_ROSTER)
    rows = uow.session.execute(
        select(Shift, Post.name).join(Post, Post.id == Shift.post_id)
        .where(Shift.shift_date.between(day - timedelta(days=1), day))
        .order_by(Shift.shift_date, Shift.start_time, Post.position)
    ).all()
    shifts = [(s, name) for s, name in rows if s.shift_date == day or crosses_midnight(s.start_time, s.end_time)]
    ids = [s.id for s, _ in shifts]
    people: dict[int, list[DeskPerson]] = {i: [] for i in ids}
    if ids:
        for a, m in uow.session.execute(
            select(Assignment, StaffMember).join(StaffMember, StaffMember.id == Assignment.staff_id)
            .where(Assignment.shift_id.in_(ids), Assignment.status != AssignmentStatus.CANCELLED)
            .order_by(StaffMember.family_name, StaffMember.given_name)
        ):
            people[a.shift_id].append(DeskPerson(a.id, m.id, full_name(m), a.status, a.signed_in_at, a.signed_out_at))
    # Last night's shifts matter only for those still to sign out; empty ones are yesterday's news.
    return [DeskShift(s.id, s.shift_date, name, s.start_time, s.end_time, s.needed, tuple(people[s.id]))
            for s, name in shifts if s.shift_date == day or people[s.id]]


def _get(uow: UnitOfWork, assignment_id: int) -> Assignment:
    row = uow.session.get(Assignment, assignment_id)
    if row is None:
        raise NotFound(translate("rosters", "That assignment no longer exists."))
    return row


def sign_in(uow: UnitOfWork, actor: Actor, assignment_id: int, *, at: datetime | None = None) -> None:
    require(actor, Permission.SIGN_IN_SHIFTS)
    row = _get(uow, assignment_id)
    if row.status not in (AssignmentStatus.SCHEDULED, AssignmentStatus.NO_SHOW):
        raise ValidationError(translate("rosters", "This person has already signed in for this shift."))
    row.status = AssignmentStatus.SIGNED_IN
    row.signed_in_at = at or utcnow()
    audit.record(uow, actor, Action.UPDATE, "shift_assignment", assignment_id, "signed in")


def sign_out(uow: UnitOfWork, actor: Actor, assignment_id: int, *, at: datetime | None = None) -> None:
    require(actor, Permission.SIGN_IN_SHIFTS)
    row = _get(uow, assignment_id)
    if row.status is not AssignmentStatus.SIGNED_IN or row.signed_in_at is None:
        raise ValidationError(translate("rosters", "Sign this person in before signing them out."))
    when = at or utcnow()
    if when < row.signed_in_at:
        raise ValidationError(translate("rosters", "The sign-out time is before the sign-in time."))
    row.status = AssignmentStatus.COMPLETED
    row.signed_out_at = when
    audit.record(uow, actor, Action.UPDATE, "shift_assignment", assignment_id, "signed out")


def mark_no_show(uow: UnitOfWork, actor: Actor, assignment_id: int) -> None:
    require(actor, Permission.SIGN_IN_SHIFTS)
    row = _get(uow, assignment_id)
    if row.status is not AssignmentStatus.SCHEDULED:
        raise ValidationError(translate("rosters", "Only someone who has not signed in can be marked as a no-show."))
    row.status = AssignmentStatus.NO_SHOW
    audit.record(uow, actor, Action.UPDATE, "shift_assignment", assignment_id, "no-show")


def correct_attendance(uow: UnitOfWork, actor: Actor, assignment_id: int, *, signed_in_at: datetime | None,
                       signed_out_at: datetime | None, reason: str) -> None:
    """A coordinator fixes the times (forgot to sign out, wrong person...). Both empty = no-show."""
    require(actor, Permission.MANAGE_ROSTER)
    row = _get(uow, assignment_id)
    reason = reason.strip()
    if not reason:
        raise ValidationError(translate("rosters", "Say why the times are corrected."), field="reason")
    if signed_out_at is not None and signed_in_at is None:
        raise ValidationError(translate("rosters", "Enter the sign-in time too."), field="signed_in_at")
    if signed_in_at and signed_out_at:
        if signed_out_at < signed_in_at:
            raise ValidationError(translate("rosters", "The sign-out time is before the sign-in time."),
                                  field="signed_out_at")
        if signed_out_at - signed_in_at > timedelta(hours=24):
            raise ValidationError(translate("rosters", "A shift cannot last more than 24 hours."),
                                  field="signed_out_at")
    row.signed_in_at, row.signed_out_at = signed_in_at, signed_out_at
    if signed_in_at is None:
        row.status = AssignmentStatus.NO_SHOW
    elif signed_out_at is None:
        row.status = AssignmentStatus.SIGNED_IN
    else:
        row.status = AssignmentStatus.COMPLETED
    row.correction_reason = reason
    audit.record(uow, actor, Action.UPDATE, "shift_assignment", assignment_id,
                 f"attendance corrected, now {row.status.value}")
