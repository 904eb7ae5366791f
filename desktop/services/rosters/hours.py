"""Hours worked, from sign-in to sign-out on completed assignments, per person and per post.

`volunteer_hours` is what the monthly report reads (DOMAIN.md: volunteer hours = signed-in time on
completed shift assignments), so the report and this page always agree. The period is by shift date,
inclusive, so a night shift belongs to the day it started. Each assignment is rounded to 0.01 h once and
every total is a sum of those, so the per-person, per-post and grand totals always add up exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.rosters import Assignment, AssignmentStatus, Post, Shift, StaffKind, StaffMember
from desktop.services.permissions import Actor, Permission
from desktop.services.rosters.common import require_any, seconds_to_hours
from desktop.services.rosters.register import full_name
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class PersonHours:
    staff_id: int
    name: str
    kind: StaffKind
    shifts: int  # completed
    no_shows: int
    hours: Decimal


@dataclass(frozen=True)
class PostHours:
    post_id: int
    name: str
    shifts: int  # distinct shifts with at least one completed assignment
    people: int
    hours: Decimal


@dataclass(frozen=True)
class VolunteerHours:
    people: int  # distinct people with completed assignments
    hours: Decimal
    by_person: tuple[PersonHours, ...]
    by_post: tuple[PostHours, ...]
    start: date | None = None
    end: date | None = None
    no_shows: int = 0


def volunteer_hours(uow: UnitOfWork, start: date, end: date, *, volunteers_only: bool = False) -> VolunteerHours:
    """Figures for the period (no permission check: the report layer checks its own)."""
    if end < start:
        raise ValidationError(translate("rosters", "The end date is before the start date."), field="end")
    query = (
        select(Assignment.status, Assignment.signed_in_at, Assignment.signed_out_at, Assignment.shift_id,
               StaffMember, Post.id, Post.name, Post.position)
        .join(Shift, Shift.id == Assignment.shift_id)
        .join(Post, Post.id == Shift.post_id)
        .join(StaffMember, StaffMember.id == Assignment.staff_id)
        .where(Shift.shift_date.between(start, end),
               Assignment.status.in_([AssignmentStatus.COMPLETED, AssignmentStatus.NO_SHOW]))
    )
    if volunteers_only:
        query = query.where(StaffMember.kind == StaffKind.VOLUNTEER)
    person_secs: dict[int, Decimal] = {}
    person_shifts: dict[int, int] = {}
    person_noshow: dict[int, int] = {}
    members: dict[int, StaffMember] = {}
    post_secs: dict[int, Decimal] = {}
    post_shifts: dict[int, set[int]] = {}
    post_people: dict[int, set[int]] = {}
    post_names: dict[int, tuple[int, str]] = {}
    for status, signed_in, signed_out, shift_id, member, post_id, post_name, position in uow.session.execute(query):
        members[member.id] = member
        person_secs.setdefault(member.id, Decimal(0))
        if status is AssignmentStatus.NO_SHOW:
            person_noshow[member.id] = person_noshow.get(member.id, 0) + 1
            continue
        if signed_in is None or signed_out is None:
            continue
        seconds = seconds_to_hours(max(0, int((signed_out - signed_in).total_seconds())))
        person_secs[member.id] += seconds
        person_shifts[member.id] = person_shifts.get(member.id, 0) + 1
        post_names[post_id] = (position, post_name)
        post_secs[post_id] = post_secs.get(post_id, Decimal(0)) + seconds
        post_shifts.setdefault(post_id, set()).add(shift_id)
        post_people.setdefault(post_id, set()).add(member.id)
    by_person = tuple(sorted(
        (PersonHours(i, full_name(members[i]), members[i].kind, person_shifts.get(i, 0), person_noshow.get(i, 0),
                     person_secs[i]) for i in members),
        key=lambda p: (p.name.lower(), p.staff_id)))
    by_post = tuple(
        PostHours(pid, post_names[pid][1], len(post_shifts[pid]), len(post_people[pid]), secs)
        for pid, secs in sorted(post_secs.items(), key=lambda kv: post_names[kv[0]])
    )
    worked = [i for i in members if person_shifts.get(i)]
    return VolunteerHours(
        people=len(worked),
        hours=sum(person_secs.values(), Decimal(0)),
        by_person=by_person,
        by_post=by_post,
        start=start,
        end=end,
        no_shows=sum(person_noshow.values()),
    )


def hours_report(uow: UnitOfWork, actor: Actor, start: date, end: date, *,
                 volunteers_only: bool = False) -> VolunteerHours:
    require_any(actor, Permission.MANAGE_ROSTER, Permission.VIEW_REPORTS)
    return volunteer_hours(uow, start, end, volunteers_only=volunteers_only)
