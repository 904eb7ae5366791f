"""Shifts and recurring templates. Generating a template twice never duplicates a shift."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.rosters import Post, Shift, ShiftTemplate
from desktop.progress import Progress
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.rosters.common import holidays_between, validate_times
from desktop.services.uow import UnitOfWork

MAX_GENERATE_DAYS = 366


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    post_id: int
    post_name: str
    weekday: int
    start_time: time
    end_time: time
    needed: int
    active: bool
    note: str


@dataclass(frozen=True)
class GenerateResult:
    created: int
    already_there: int
    skipped_holidays: int
    holidays: tuple[tuple[date, str], ...]  # holidays in the range on which shifts now exist or were skipped


def _check_post(uow: UnitOfWork, post_id: int) -> Post:
    post = uow.session.get(Post, post_id)
    if post is None:
        raise NotFound(translate("rosters", "That post no longer exists."))
    return post


def _check_needed(needed: int) -> None:
    if not 1 <= needed <= 100:
        raise ValidationError(translate("rosters", "The number of people needed must be between 1 and 100."),
                              field="needed")


def _duplicate(uow: UnitOfWork, post_id: int, day: date, start: time, shift_id: int | None) -> bool:
    other = uow.session.scalar(
        select(Shift.id).where(Shift.post_id == post_id, Shift.shift_date == day, Shift.start_time == start)
    )
    return other is not None and other != shift_id


def create_shift(uow: UnitOfWork, actor: Actor, *, post_id: int, shift_date: date, start_time: time,
                 end_time: time, needed: int = 1, note: str = "") -> int:
    require(actor, Permission.MANAGE_ROSTER)
    _check_post(uow, post_id)
    validate_times(start_time, end_time)
    _check_needed(needed)
    if _duplicate(uow, post_id, shift_date, start_time, None):
        raise ValidationError(translate("rosters", "This post already has a shift starting at that time that day."))
    shift = Shift(post_id=post_id, shift_date=shift_date, start_time=start_time, end_time=end_time, needed=needed,
                  note=note.strip())
    uow.session.add(shift)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "shift", shift.id, f"shift on {shift_date.isoformat()}")
    return shift.id


# --- templates ---------------------------------------------------------------------------------------


def create_template(uow: UnitOfWork, actor: Actor, *, post_id: int, weekday: int, start_time: time,
                    end_time: time, needed: int = 1, note: str = "") -> int:
    require(actor, Permission.MANAGE_ROSTER)
    _check_post(uow, post_id)
    if not 0 <= weekday <= 6:
        raise ValidationError(translate("rosters", "Choose a day of the week."), field="weekday")
    validate_times(start_time, end_time)
    _check_needed(needed)
    row = ShiftTemplate(post_id=post_id, weekday=weekday, start_time=start_time, end_time=end_time, needed=needed,
                        active=True, note=note.strip())
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "shift_template", row.id, f"weekly template, day {weekday}")
    return row.id


def set_template_active(uow: UnitOfWork, actor: Actor, template_id: int, active: bool) -> None:
    require(actor, Permission.MANAGE_ROSTER)
    row = uow.session.get(ShiftTemplate, template_id)
    if row is None:
        raise NotFound(translate("rosters", "That template no longer exists."))
    row.active = active
    audit.record(uow, actor, Action.UPDATE, "shift_template", template_id, "active" if active else "inactive")


def list_templates(uow: UnitOfWork, *, include_inactive: bool = False) -> list[TemplateInfo]:
    query = (
        select(ShiftTemplate, Post.name)
        .join(Post, Post.id == ShiftTemplate.post_id)
        .order_by(ShiftTemplate.weekday, ShiftTemplate.start_time, Post.position)
    )
    if not include_inactive:
        query = query.where(ShiftTemplate.active.is_(True))
    return [
        TemplateInfo(t.id, t.post_id, name, t.weekday, t.start_time, t.end_time, t.needed, t.active, t.note)
        for t, name in uow.session.execute(query)
    ]


def generate_shifts(uow: UnitOfWork, actor: Actor, start: date, end: date, *, template_ids: list[int] | None = None,
                    skip_holidays: bool = False, progress: Progress | None = None) -> GenerateResult:
    """Create the shifts of active templates for each day in [start, end], skipping ones that exist."""
    require(actor, Permission.MANAGE_ROSTER)
    if end < start:
        raise ValidationError(translate("rosters", "The end date is before the start date."), field="end")
    if (end - start).days >= MAX_GENERATE_DAYS:
        raise ValidationError(translate("rosters", "Generate at most one year of shifts at a time."), field="end")
    query = select(ShiftTemplate).where(ShiftTemplate.active.is_(True))
    if template_ids is not None:
        query = query.where(ShiftTemplate.id.in_(template_ids))
    templates = list(uow.session.scalars(query))
    existing: set[tuple[int, date, time]] = set()
    # A template's shift that was edited (other start or post) is still that day's shift of the template.
    from_template: set[tuple[int, date]] = set()
    for post_id, day, begins, template_id in uow.session.execute(
        select(Shift.post_id, Shift.shift_date, Shift.start_time, Shift.template_id)
        .where(Shift.shift_date.between(start, end))
    ):
        existing.add((post_id, day, begins))
        if template_id is not None:
            from_template.add((template_id, day))
    holidays = holidays_between(uow, start, end)
    created = already = skipped = 0
    touched: set[date] = set()
    days = (end - start).days + 1
    if progress:
        progress.start(translate("rosters", "Creating shifts"), days)
    for offset in range(days):
        day = start + timedelta(days=offset)
        for template in templates:
            if template.weekday != day.weekday():
                continue
            if (template.post_id, day, template.start_time) in existing or (template.id, day) in from_template:
                already += 1
                continue
            if day in holidays:
                touched.add(day)
                if skip_holidays:
                    skipped += 1
                    continue
            uow.session.add(Shift(post_id=template.post_id, shift_date=day, start_time=template.start_time,
                                  end_time=template.end_time, needed=template.needed, template_id=template.id,
                                  note=template.note))
            existing.add((template.post_id, day, template.start_time))
            created += 1
        if progress:
            progress.step()
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "shift", "",
                 f"{created} shifts generated {start.isoformat()}..{end.isoformat()}, {already} already there")
    return GenerateResult(created, already, skipped, tuple(sorted((d, holidays[d]) for d in touched)))
