"""Clash detection before an assignment is saved, each clash explained in plain words.

Rules: double booking (overlapping shifts, night shifts included), over the person's maximum weekly hours
(ISO week Monday-Sunday of the shift's date, planned hours with real durations across daylight-saving
changes), outside the stated weekly availability, a required skill or credential missing or expired on the
shift's date, the shift already full. A public holiday is a notice that does not block.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.rosters import (
    Assignment,
    AssignmentStatus,
    Availability,
    Post,
    PostRequirement,
    Qualification,
    QualificationKind,
    Shift,
    StaffMember,
    StaffQualification,
)
from desktop.services.permissions import Actor, Permission
from desktop.services.rosters.common import (
    centre_timezone,
    format_hours,
    holidays_between,
    hours_between,
    require_any,
    shift_bounds,
    time_range,
    wall_minutes,
    week_start,
    weekday_name,
)
from desktop.services.rosters.register import full_name
from desktop.services.uow import UnitOfWork

WEEK_MINUTES = 7 * 24 * 60
NOT_WORKING = (AssignmentStatus.CANCELLED, AssignmentStatus.NO_SHOW)


class ClashKind(enum.StrEnum):
    DOUBLE_BOOKING = "double_booking"
    OVER_HOURS = "over_hours"
    OUTSIDE_AVAILABILITY = "outside_availability"
    MISSING_CREDENTIAL = "missing_credential"
    EXPIRED_CREDENTIAL = "expired_credential"
    SHIFT_FULL = "shift_full"
    PUBLIC_HOLIDAY = "public_holiday"


@dataclass(frozen=True)
class Clash:
    kind: ClashKind
    message: str  # translated, plain words
    blocking: bool = True


class ClashError(ValidationError):
    """The assignment clashes; a coordinator may save it anyway with a reason."""

    def __init__(self, clashes: list[Clash], heading: str | None = None, hint: str | None = None) -> None:
        lines = "\n".join(f"• {c.message}" for c in clashes)
        super().__init__(
            (heading or translate("rosters", "This assignment clashes:")) + "\n" + lines,
            hint or translate("rosters", "Choose someone else, or give a reason to assign anyway."),
        )
        self.clashes = clashes


def _day(d: date) -> str:
    return f"{weekday_name(d.weekday(), short=True)} {d.isoformat()}"


def covered_by_windows(weekday: int, start: time, end: time, windows: list[tuple[int, time, time]]) -> bool:
    """Whether the wall-clock shift lies inside the union of weekly windows (each may cross midnight)."""
    intervals: list[tuple[int, int]] = []
    for w_day, w_start, w_end in windows:
        begin = w_day * 1440 + w_start.hour * 60 + w_start.minute
        length = wall_minutes(w_start, w_end)
        for shift in (-WEEK_MINUTES, 0, WEEK_MINUTES):  # Sunday night into Monday wraps round the week
            intervals.append((begin + shift, begin + shift + length))
    merged: list[list[int]] = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    a = weekday * 1440 + start.hour * 60 + start.minute
    b = a + wall_minutes(start, end)
    return any(lo <= a and b <= hi for lo, hi in merged)


@dataclass(frozen=True)
class PlannedShift:
    """What a shift is, or would be after an edit: the clash rules read only these fields."""

    post_id: int
    shift_date: date
    start_time: time
    end_time: time
    needed: int


def find_clashes(uow: UnitOfWork, shift_id: int, staff_id: int, *,
                 planned: PlannedShift | None = None) -> list[Clash]:
    """All clashes of putting `staff_id` on `shift_id` (no permission check: callers check).

    With `planned`, the shift is judged as it would be after an edit (other date, times or post); the
    person's other shifts are read from the database as they are."""

    session = uow.session
    found = session.get(Shift, shift_id)
    if found is None:
        raise NotFound(translate("rosters", "That shift no longer exists."))
    shift = planned or PlannedShift(found.post_id, found.shift_date, found.start_time, found.end_time, found.needed)
    post_name = session.scalar(select(Post.name).where(Post.id == shift.post_id))
    if post_name is None:
        raise NotFound(translate("rosters", "That post no longer exists."))
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise NotFound(translate("rosters", "That person is no longer on the register."))
    name = full_name(member)
    tz = centre_timezone(uow)
    begin, finish = shift_bounds(shift.shift_date, shift.start_time, shift.end_time, tz)
    clashes: list[Clash] = []

    # Double booking and weekly hours: one query over the person's other shifts near this one.
    monday = week_start(shift.shift_date)
    lo = min(monday, shift.shift_date - timedelta(days=1))
    hi = max(monday + timedelta(days=6), shift.shift_date + timedelta(days=1))
    others = session.execute(
        select(Shift.shift_date, Shift.start_time, Shift.end_time, Post.name)
        .join(Assignment, Assignment.shift_id == Shift.id)
        .join(Post, Post.id == Shift.post_id)
        .where(Assignment.staff_id == staff_id, Assignment.shift_id != shift_id,
               Assignment.status.not_in(NOT_WORKING), Shift.shift_date.between(lo, hi))
        .order_by(Shift.shift_date, Shift.start_time)
    ).all()
    week_hours = hours_between(begin, finish)
    for o_date, o_start, o_end, o_post in others:
        o_begin, o_finish = shift_bounds(o_date, o_start, o_end, tz)
        if o_begin < finish and begin < o_finish:
            clashes.append(Clash(ClashKind.DOUBLE_BOOKING, translate(
                "rosters", "{name} is already on {post} on {day}, {times}, which overlaps this shift."
            ).format(name=name, post=o_post, day=_day(o_date), times=time_range(o_start, o_end))))
        if monday <= o_date <= monday + timedelta(days=6):
            week_hours += hours_between(o_begin, o_finish)
    if member.max_hours_per_week is not None and week_hours > Decimal(member.max_hours_per_week):
        clashes.append(Clash(ClashKind.OVER_HOURS, translate(
            "rosters", "{name} would work {hours} h in the week {start} to {end}; the maximum is {limit} h."
        ).format(name=name, hours=format_hours(week_hours), start=monday.isoformat(),
                 end=(monday + timedelta(days=6)).isoformat(), limit=format_hours(Decimal(member.max_hours_per_week)))))

    windows: list[tuple[int, time, time]] = [(d, s, e) for d, s, e in session.execute(
        select(Availability.weekday, Availability.start_time, Availability.end_time)
        .where(Availability.staff_id == staff_id))]
    if windows and not covered_by_windows(shift.shift_date.weekday(), shift.start_time, shift.end_time, windows):
        clashes.append(Clash(ClashKind.OUTSIDE_AVAILABILITY, translate(
            "rosters", "{name} has not said they are available on {weekday}, {times}."
        ).format(name=name, weekday=weekday_name(shift.shift_date.weekday()),
                 times=time_range(shift.start_time, shift.end_time))))

    held = {q: exp for q, exp in session.execute(
        select(StaffQualification.qualification_id, StaffQualification.expires_on)
        .where(StaffQualification.staff_id == staff_id))}
    for qid, qname, qkind in session.execute(
        select(Qualification.id, Qualification.name, Qualification.kind)
        .join(PostRequirement, PostRequirement.qualification_id == Qualification.id)
        .where(PostRequirement.post_id == shift.post_id).order_by(Qualification.name)
    ):
        if qid not in held:
            clashes.append(Clash(ClashKind.MISSING_CREDENTIAL, translate(
                "rosters", "{name} has no {qualification}, which {post} requires."
            ).format(name=name, qualification=qname, post=post_name)))
            continue
        expires = held[qid]
        # A credential must still be valid on the day the shift ends (night shifts end the next day).
        last_day = finish.astimezone(tz).date()
        if qkind is QualificationKind.CREDENTIAL and expires is not None and expires < last_day:
            clashes.append(Clash(ClashKind.EXPIRED_CREDENTIAL, translate(
                "rosters", "{name}'s {qualification} expired on {date}; {post} requires it."
            ).format(name=name, qualification=qname, date=expires.isoformat(), post=post_name)))

    filled = session.scalar(
        select(func.count()).select_from(Assignment).where(
            Assignment.shift_id == shift_id, Assignment.staff_id != staff_id,
            Assignment.status.not_in(NOT_WORKING))  # a no-show leaves the place open, as on the roster
    ) or 0
    if filled >= shift.needed:
        clashes.append(Clash(ClashKind.SHIFT_FULL, translate(
            "rosters", "This shift already has {count} of {needed} people."
        ).format(count=filled, needed=shift.needed)))

    holiday = holidays_between(uow, shift.shift_date, shift.shift_date).get(shift.shift_date)
    if holiday:
        clashes.append(Clash(ClashKind.PUBLIC_HOLIDAY, translate(
            "rosters", "{day} is a public holiday: {holiday}."
        ).format(day=_day(shift.shift_date), holiday=holiday), blocking=False))
    return clashes


def check_assignment(uow: UnitOfWork, actor: Actor, shift_id: int, staff_id: int) -> list[Clash]:
    """What would clash if `staff_id` were put on `shift_id`; shown before saving."""
    require_any(actor, Permission.MANAGE_ROSTER)
    return find_clashes(uow, shift_id, staff_id)
