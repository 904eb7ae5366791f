"""Roster data for the week and month views and the printed roster: shifts with who is on them.

Two queries for any period (shifts with posts, then their live assignments with names), so a week over a
database of years of shifts stays fast; the views arrange the same data as people x days or posts x days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.rosters import Assignment, AssignmentStatus, Post, Shift, StaffMember
from desktop.services.permissions import Actor, Permission
from desktop.services.rosters.common import holidays_between, require_any
from desktop.services.rosters.register import full_name
from desktop.services.uow import UnitOfWork

MAX_DAYS = 62


@dataclass(frozen=True)
class OnShift:
    assignment_id: int
    staff_id: int
    name: str
    status: AssignmentStatus


@dataclass(frozen=True)
class ShiftCell:
    id: int
    post_id: int
    post_name: str
    day: date
    start_time: time
    end_time: time
    needed: int
    people: tuple[OnShift, ...]
    note: str = ""

    @property
    def filled(self) -> int:
        return sum(1 for p in self.people if p.status is not AssignmentStatus.NO_SHOW)

    @property
    def understaffed(self) -> bool:
        return self.filled < self.needed


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class RosterPeriod:
    start: date
    days: tuple[date, ...]
    shifts: tuple[ShiftCell, ...]
    posts: tuple[Named, ...]
    people: tuple[Named, ...]
    holidays: dict[date, str]

    @property
    def end(self) -> date:
        return self.days[-1]

    def understaffed(self) -> list[ShiftCell]:
        return [s for s in self.shifts if s.understaffed]


def roster_period(uow: UnitOfWork, actor: Actor, start: date, days: int = 7) -> RosterPeriod:
    require_any(actor, Permission.MANAGE_ROSTER, Permission.SIGN_IN_SHIFTS)
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(translate("rosters", "Show between 1 and 62 days."))
    end = start + timedelta(days=days - 1)
    session = uow.session
    shift_rows = session.execute(
        select(Shift.id, Shift.post_id, Post.name, Shift.shift_date, Shift.start_time, Shift.end_time, Shift.needed,
               Shift.note)
        .join(Post, Post.id == Shift.post_id)
        .where(Shift.shift_date.between(start, end))
        .order_by(Shift.shift_date, Shift.start_time, Post.position, Post.name)
    ).all()
    people_by_shift: dict[int, list[OnShift]] = {}
    names: dict[int, str] = {}
    for a_id, shift_id, staff_id, status, given, family in session.execute(
        select(Assignment.id, Assignment.shift_id, Assignment.staff_id, Assignment.status, StaffMember.given_name,
               StaffMember.family_name)
        .join(Shift, Shift.id == Assignment.shift_id)
        .join(StaffMember, StaffMember.id == Assignment.staff_id)
        .where(Shift.shift_date.between(start, end), Assignment.status != AssignmentStatus.CANCELLED)
        .order_by(StaffMember.family_name, StaffMember.given_name)
    ):
        name = f"{given} {family}".strip()
        names[staff_id] = name
        people_by_shift.setdefault(shift_id, []).append(OnShift(a_id, staff_id, name, status))
    shifts = tuple(
        ShiftCell(sid, pid, pname, day, st, et, needed, tuple(people_by_shift.get(sid, ())), note or "")
        for sid, pid, pname, day, st, et, needed, note in shift_rows
    )
    posts = tuple(Named(p.id, p.name) for p in session.scalars(
        select(Post).where(Post.active.is_(True)).order_by(Post.position, Post.name)))
    post_ids = {p.id for p in posts}
    extra_posts = {(s.post_id, s.post_name) for s in shifts if s.post_id not in post_ids}
    posts += tuple(Named(i, n) for i, n in sorted(extra_posts, key=lambda x: x[1]))
    for m in session.scalars(select(StaffMember).where(StaffMember.active.is_(True))):
        names.setdefault(m.id, full_name(m))
    people = tuple(Named(i, n) for i, n in sorted(names.items(), key=lambda kv: (kv[1].lower(), kv[0])))
    return RosterPeriod(start, tuple(start + timedelta(days=i) for i in range(days)), shifts, posts, people,
                        holidays_between(uow, start, end))


def understaffed_upcoming(uow: UnitOfWork, actor: Actor, today: date, days: int = 7) -> list[ShiftCell]:
    return roster_period(uow, actor, today, days).understaffed()
