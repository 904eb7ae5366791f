"""Demo step (order 50): a realistic register, posts, weekly templates, three months of shifts with sign-ins
and a few no-shows. Deterministic for a seed; names come from the profile's Faker locale."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.rosters import (
    Assignment,
    AssignmentStatus,
    Availability,
    QualificationKind,
    Shift,
    StaffKind,
    StaffMember,
    StaffQualification,
)
from desktop.services.demo import DemoContext, demo_step
from desktop.services.rosters import posts, register, shifts
from desktop.services.rosters.clashes import covered_by_windows
from desktop.services.rosters.common import centre_timezone, crosses_midnight, shift_bounds, week_start
from desktop.services.rosters.register import StaffInput

GUARD = ("staff_members", "shifts", "shift_assignments")
NO_SHOW_RATE = 0.04


def _qualifications(ctx: DemoContext) -> dict[str, int]:
    spec = {
        "first_aid": (translate("rosters_demo", "First aid"), QualificationKind.CREDENTIAL),
        "hygiene": (translate("rosters_demo", "Food hygiene"), QualificationKind.CREDENTIAL),
        "police": (translate("rosters_demo", "Police / background check"), QualificationKind.CREDENTIAL),
        "driving": (translate("rosters_demo", "Driving licence"), QualificationKind.SKILL),
        "forklift": (translate("rosters_demo", "Forklift"), QualificationKind.SKILL),
    }
    return {key: register.create_qualification(ctx.uow, ctx.actor, name, kind) for key, (name, kind) in spec.items()}


def _posts(ctx: DemoContext, q: dict[str, int]) -> dict[str, int]:
    spec = {
        "intake": (translate("rosters_demo", "Intake desk"), []),
        "warehouse": (translate("rosters_demo", "Warehouse"), [q["hygiene"]]),
        "distribution": (translate("rosters_demo", "Distribution"), [q["hygiene"]]),
        "shelter": (translate("rosters_demo", "Shelter night"), [q["first_aid"], q["police"]]),
        "outreach": (translate("rosters_demo", "Outreach"), [q["driving"]]),
    }
    return {key: posts.create_post(ctx.uow, ctx.actor, name, requirement_ids=reqs)
            for key, (name, reqs) in spec.items()}


def _templates(ctx: DemoContext, p: dict[str, int]) -> None:
    rows = [
        ("intake", 0, time(9), time(13), 2), ("intake", 2, time(9), time(13), 2), ("intake", 4, time(9), time(13), 2),
        ("distribution", 1, time(9), time(13), 3), ("distribution", 3, time(14), time(18), 3),
        ("warehouse", 0, time(8), time(12), 2), ("warehouse", 3, time(12), time(16), 2),
        ("outreach", 5, time(10), time(14), 2),
    ]
    rows += [("shelter", day, time(20), time(8), 1) for day in range(7)]
    for post, weekday, start, end, needed in rows:
        shifts.create_template(ctx.uow, ctx.actor, post_id=p[post], weekday=weekday, start_time=start,
                               end_time=end, needed=needed)


def _people(ctx: DemoContext, q: dict[str, int]) -> list[StaffMember]:
    session, rng, fake = ctx.uow.session, ctx.rng, ctx.fake
    members: list[StaffMember] = []
    for actor in ctx.staff:
        given, _, family = actor.full_name.partition(" ")
        staff_id = register.create_staff(ctx.uow, ctx.actor, StaffInput(
            given, family or given, StaffKind.STAFF, role_title=actor.role.value.replace("_", " "),
            phone=fake.phone_number(), max_hours_per_week=Decimal(40), user_id=actor.user_id))
        member = session.get(StaffMember, staff_id)
        assert member is not None
        members.append(member)
    volunteers = max(12, min(300, ctx.households // 8))
    roles = [translate("rosters_demo", "Volunteer"), translate("rosters_demo", "Student volunteer"),
             translate("rosters_demo", "Retired volunteer"), translate("rosters_demo", "Driver")]
    for _ in range(volunteers):
        member = StaffMember(
            given_name=fake.first_name(), family_name=fake.last_name(), kind=StaffKind.VOLUNTEER,
            role_title=rng.choice(roles), phone=fake.phone_number(), email=fake.free_email(),
            address=fake.city(), emergency_contact_name=fake.name(), emergency_contact_phone=fake.phone_number(),
            max_hours_per_week=Decimal(rng.choice([8, 12, 16, 20])), active=rng.random() > 0.05)
        session.add(member)
        members.append(member)
    session.flush()
    for member in members:
        held = [key for key, chance in (("first_aid", 0.5), ("hygiene", 0.6), ("police", 0.3), ("driving", 0.4),
                                        ("forklift", 0.1)) if rng.random() < chance]
        for key in held:
            expires = None
            if key in ("first_aid", "hygiene", "police"):
                # Mostly valid; a few expired or about to: the dashboard tile has something to say.
                expires = ctx.today + timedelta(days=rng.randint(-60, 730))
            session.add(StaffQualification(staff_id=member.id, qualification_id=q[key], expires_on=expires,
                                           obtained_on=ctx.today - timedelta(days=rng.randint(100, 1500))))
        if member.kind is StaffKind.VOLUNTEER:
            for weekday in sorted(rng.sample(range(7), rng.randint(2, 4))):
                evening = rng.random() < 0.25
                session.add(Availability(staff_id=member.id, weekday=weekday,
                                         start_time=time(18) if evening else time(8),
                                         end_time=time(9) if evening else time(18)))
    session.flush()
    return members


@demo_step(order=50, guard_tables=GUARD)
def demo_rosters(ctx: DemoContext) -> None:
    session, rng = ctx.uow.session, ctx.rng
    q = _qualifications(ctx)
    p = _posts(ctx, q)
    _templates(ctx, p)
    members = _people(ctx, q)
    start = week_start(ctx.today) - timedelta(weeks=9)
    end = week_start(ctx.today) + timedelta(weeks=4) - timedelta(days=1)  # about three months in all
    shifts.generate_shifts(ctx.uow, ctx.actor, start, end)
    tz = centre_timezone(ctx.uow)
    held: dict[int, dict[int, date | None]] = {}
    for sq in session.scalars(select(StaffQualification)):
        held.setdefault(sq.staff_id, {})[sq.qualification_id] = sq.expires_on
    windows: dict[int, list[tuple[int, time, time]]] = {}
    for w in session.scalars(select(Availability)):
        windows.setdefault(w.staff_id, []).append((w.weekday, w.start_time, w.end_time))
    requirements = {p["warehouse"]: [q["hygiene"]], p["distribution"]: [q["hygiene"]],
                    p["shelter"]: [q["first_aid"], q["police"]], p["outreach"]: [q["driving"]]}
    active = [m for m in members if m.active]
    hours: dict[tuple[int, date], float] = {}
    busy: dict[tuple[int, date], bool] = {}
    made = no_shows = 0
    for shift in session.scalars(select(Shift).order_by(Shift.shift_date, Shift.start_time)).all():
        begin, finish = shift_bounds(shift.shift_date, shift.start_time, shift.end_time, tz)
        length = (finish - begin).total_seconds() / 3600
        monday = week_start(shift.shift_date)

        def fits(m: StaffMember, shift: Shift = shift, length: float = length, monday: date = monday) -> bool:
            for qid in requirements.get(shift.post_id, []):
                if qid not in held.get(m.id, {}):
                    return False
                expires = held[m.id][qid]
                if expires is not None and expires < shift.shift_date:
                    return False
            limit = float(m.max_hours_per_week or 40)
            if m.id in windows and not covered_by_windows(shift.shift_date.weekday(), shift.start_time,
                                                          shift.end_time, windows[m.id]):
                return False
            return (not busy.get((m.id, shift.shift_date)) and not busy.get((m.id, shift.shift_date - timedelta(1)))
                    and hours.get((m.id, monday), 0) + length <= limit)

        future = shift.shift_date > ctx.today
        wanted = shift.needed - (1 if future and rng.random() < 0.3 else 0)  # some future shifts still short
        for member in [m for m in rng.sample(active, len(active)) if fits(m)][:wanted]:
            busy[(member.id, shift.shift_date)] = True
            if crosses_midnight(shift.start_time, shift.end_time):
                busy[(member.id, shift.shift_date + timedelta(1))] = True
            hours[(member.id, monday)] = hours.get((member.id, monday), 0) + length
            row = Assignment(shift_id=shift.id, staff_id=member.id, created_by=ctx.actor.user_id)
            if finish.astimezone(tz).date() < ctx.today:
                if rng.random() < NO_SHOW_RATE:
                    row.status = AssignmentStatus.NO_SHOW
                    no_shows += 1
                else:
                    row.status = AssignmentStatus.COMPLETED
                    row.signed_in_at = begin + timedelta(minutes=rng.randint(-10, 15))
                    row.signed_out_at = finish + timedelta(minutes=rng.randint(-20, 20))
            session.add(row)
            made += 1
        ctx.progress.check()
    session.flush()
    ctx.counts["staff_members"] = len(members)
    ctx.counts["shifts"] = session.scalar(select(func.count()).select_from(Shift)) or 0
    ctx.counts["shift_assignments"] = made
    ctx.counts["no_shows"] = no_shows
