"""Editing and deleting a shift from the roster.

An edit re-runs the clash rules for everyone already on the shift, as the shift would be after the edit.
Clashes the people already had before the edit were accepted then (often with a reason) and are only shown;
a clash the edit itself brings needs a reason from the coordinator, kept on the assignment and audited like
an assignment override. Attendance is history: a shift somebody signed in for (or missed) keeps its date and
post and cannot be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.rosters import Assignment, AssignmentStatus, Post, Shift
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.rosters.clashes import NOT_WORKING, Clash, ClashError, ClashKind, PlannedShift, find_clashes
from desktop.services.rosters.common import holidays_between, validate_times, weekday_name
from desktop.services.uow import UnitOfWork

# Attendance recorded: the shift happened (or was missed) and its hours must stay where they were.
ATTENDED = (AssignmentStatus.SIGNED_IN, AssignmentStatus.COMPLETED, AssignmentStatus.NO_SHOW)
# Judged once for the whole shift below, not once per person.
SHIFT_LEVEL = (ClashKind.SHIFT_FULL, ClashKind.PUBLIC_HOLIDAY)


@dataclass(frozen=True)
class ShiftChange:
    post_id: int
    shift_date: date
    start_time: time
    end_time: time
    needed: int
    note: str = ""


@dataclass(frozen=True)
class ChangeCheck:
    """Clashes of the people on the shift after the edit; `new` are those the edit brings (need a reason)."""

    clashes: tuple[Clash, ...]
    new: tuple[Clash, ...]

    @property
    def needs_reason(self) -> bool:
        return any(c.blocking for c in self.new)


@dataclass(frozen=True)
class EditResult:
    check: ChangeCheck
    overridden: bool


def _get(uow: UnitOfWork, shift_id: int) -> Shift:
    shift = uow.session.get(Shift, shift_id)
    if shift is None:
        raise NotFound(translate("rosters", "That shift no longer exists."))
    return shift


def _attended(uow: UnitOfWork, shift_id: int) -> int:
    return uow.session.scalar(
        select(func.count()).select_from(Assignment).where(Assignment.shift_id == shift_id,
                                                           Assignment.status.in_(ATTENDED))
    ) or 0


def _working(uow: UnitOfWork, shift_id: int) -> list[Assignment]:
    return list(uow.session.scalars(
        select(Assignment).where(Assignment.shift_id == shift_id, Assignment.status.not_in(NOT_WORKING))
        .order_by(Assignment.id)
    ))


def _validate(uow: UnitOfWork, shift: Shift, change: ShiftChange) -> None:
    if uow.session.get(Post, change.post_id) is None:
        raise NotFound(translate("rosters", "That post no longer exists."))
    validate_times(change.start_time, change.end_time)
    if not 1 <= change.needed <= 100:
        raise ValidationError(translate("rosters", "The number of people needed must be between 1 and 100."),
                              field="needed")
    other = uow.session.scalar(select(Shift.id).where(
        Shift.post_id == change.post_id, Shift.shift_date == change.shift_date, Shift.start_time == change.start_time,
        Shift.id != shift.id))
    if other is not None:
        raise ValidationError(translate("rosters", "This post already has a shift starting at that time that day."))
    moved = change.shift_date != shift.shift_date or change.post_id != shift.post_id
    if moved and _attended(uow, shift.id):
        raise ValidationError(
            translate("rosters", "Attendance is already recorded for this shift, so its date and post stay."),
            translate("rosters", "You may still change its times, the people needed and the note."))
    working = len(_working(uow, shift.id))
    if change.needed < working:
        raise ValidationError(
            translate("rosters", "%n people are on this shift: take someone off before lowering the number needed.",
                      "", working), field="needed")


def _key(clash: Clash) -> tuple[ClashKind, str]:
    """Sameness of a clash before and after an edit. Over hours and availability stay the same clash when only
    the figures move; a double booking, a credential are about one other shift or one credential (in words)."""
    if clash.kind in (ClashKind.OVER_HOURS, ClashKind.OUTSIDE_AVAILABILITY):
        return clash.kind, ""
    return clash.kind, clash.message


def _check(uow: UnitOfWork, shift: Shift, change: ShiftChange) -> tuple[ChangeCheck, dict[int, list[Clash]]]:
    planned = PlannedShift(change.post_id, change.shift_date, change.start_time, change.end_time, change.needed)
    everything: list[Clash] = []
    new: list[Clash] = []
    new_by_assignment: dict[int, list[Clash]] = {}
    for row in _working(uow, shift.id):
        before = {_key(c) for c in find_clashes(uow, shift.id, row.staff_id) if c.blocking}
        for clash in find_clashes(uow, shift.id, row.staff_id, planned=planned):
            if clash.kind in SHIFT_LEVEL:
                continue
            everything.append(clash)
            if clash.blocking and _key(clash) not in before:
                new.append(clash)
                new_by_assignment.setdefault(row.id, []).append(clash)
    holiday = holidays_between(uow, change.shift_date, change.shift_date).get(change.shift_date)
    if holiday:
        notice = Clash(ClashKind.PUBLIC_HOLIDAY, translate("rosters", "{day} is a public holiday: {holiday}.").format(
            day=f"{weekday_name(change.shift_date.weekday(), short=True)} {change.shift_date.isoformat()}",
            holiday=holiday), blocking=False)
        everything.append(notice)
        if change.shift_date != shift.shift_date:
            new.append(notice)
    return ChangeCheck(tuple(everything), tuple(new)), new_by_assignment


def check_shift_change(uow: UnitOfWork, actor: Actor, shift_id: int, change: ShiftChange) -> ChangeCheck:
    """What would clash for the people on the shift after `change`; shown before saving. Raises on bad input."""
    require(actor, Permission.MANAGE_ROSTER)
    shift = _get(uow, shift_id)
    _validate(uow, shift, change)
    return _check(uow, shift, change)[0]


def edit_shift(uow: UnitOfWork, actor: Actor, shift_id: int, change: ShiftChange, *,
               override_reason: str = "") -> EditResult:
    """Save the edit; clashes it brings are refused (ClashError) unless a reason is given, then audited."""
    require(actor, Permission.MANAGE_ROSTER)
    shift = _get(uow, shift_id)
    _validate(uow, shift, change)
    check, new_by_assignment = _check(uow, shift, change)
    reason = override_reason.strip()
    if check.needs_reason and not reason:
        raise ClashError([c for c in check.new if c.blocking],
                         translate("rosters", "This change makes the shift clash for people already on it:"),
                         translate("rosters", "Change it otherwise, or give a reason to save it anyway."))
    changed = [name for name, old, new in (
        ("date", shift.shift_date, change.shift_date), ("post", shift.post_id, change.post_id),
        ("times", (shift.start_time, shift.end_time), (change.start_time, change.end_time)),
        ("people needed", shift.needed, change.needed), ("note", shift.note, change.note.strip())) if old != new]
    shift.post_id, shift.shift_date = change.post_id, change.shift_date
    shift.start_time, shift.end_time = change.start_time, change.end_time
    shift.needed, shift.note = change.needed, change.note.strip()
    audit.record(uow, actor, Action.UPDATE, "shift", shift_id,
                 ("changed: " + ", ".join(changed)) if changed else "saved unchanged")
    for assignment_id, clashes in new_by_assignment.items():
        row = uow.session.get(Assignment, assignment_id)
        assert row is not None
        codes = sorted({*filter(None, row.clashes.split(",")), *(c.kind.value for c in clashes)})
        row.clashes = ",".join(codes)
        # Earlier reasons stay: each override explains itself.
        row.override_reason = f"{row.override_reason}\n{reason}".strip() if row.override_reason else reason
        audit.record(uow, actor, Action.OVERRIDE, "shift_assignment", assignment_id,
                     f"shift {shift_id} edited, clashes overridden with a reason: "
                     + ",".join(sorted({c.kind.value for c in clashes})))
    return EditResult(check, bool(new_by_assignment))


# --- deleting ----------------------------------------------------------------------------------------


def prepare_deletion(uow: UnitOfWork, actor: Actor, shift_id: int) -> int:
    """How many people are planned on the shift (to ask before deleting); refuses a shift with attendance."""
    require(actor, Permission.MANAGE_ROSTER)
    _get(uow, shift_id)
    if _attended(uow, shift_id):
        raise ValidationError(
            translate("rosters", "Attendance is recorded for this shift (sign-ins or no-shows), so it is kept: "
                                 "the hours worked must stay."),
            translate("rosters", "If it will not run again, take off the people who have not started it."))
    return uow.session.scalar(
        select(func.count()).select_from(Assignment).where(Assignment.shift_id == shift_id,
                                                           Assignment.status == AssignmentStatus.SCHEDULED)
    ) or 0


def delete_shift(uow: UnitOfWork, actor: Actor, shift_id: int) -> int:
    """Remove a shift nobody has worked yet, with its planned assignments; returns how many were planned."""
    planned = prepare_deletion(uow, actor, shift_id)
    for row in uow.session.scalars(select(Assignment).where(Assignment.shift_id == shift_id)):
        uow.session.delete(row)
    uow.session.delete(_get(uow, shift_id))
    uow.flush()
    audit.record(uow, actor, Action.DELETE, "shift", shift_id, f"shift deleted, {planned} planned assignments removed")
    return planned
