"""Templates, generation, sign-in/out, hours, the register, the roster period and the dashboard tiles."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.rosters import AssignmentStatus, Shift, StaffKind
from desktop.models.users import Role
from desktop.services import dashboard
from desktop.services.permissions import Actor
from desktop.services.rosters import assignments, attendance, grid, hours, register, shift_edit, shifts
from desktop.services.rosters.common import centre_timezone, set_centre_timezone
from desktop.services.rosters.register import StaffInput
from desktop.services.uow import UnitOfWork
from tests.unit.rosters_helpers import Roster


@pytest.fixture
def coordinator(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.COORDINATOR]


@pytest.fixture
def roster(db: Database, coordinator: Actor) -> Roster:
    return Roster(db, coordinator)


def test_template_generates_a_month_once_and_warns_about_holidays(db: Database, coordinator: Actor,
                                                                  roster: Roster) -> None:
    with UnitOfWork(db) as uow:
        shifts.create_template(uow, coordinator, post_id=roster.desk, weekday=0, start_time=time(9),
                               end_time=time(13), needed=3)
        shifts.create_template(uow, coordinator, post_id=roster.warehouse, weekday=1, start_time=time(9),
                               end_time=time(13), needed=2)
        first = shifts.generate_shifts(uow, coordinator, date(2025, 4, 1), date(2025, 4, 30))
        uow.commit()
    assert first.created == 4 + 5  # Mondays 7,14,21,28 April; Tuesdays 1,8,15,22,29 April
    assert first.holidays == ((date(2025, 4, 21), "Easter Monday"),)
    with UnitOfWork(db) as uow:
        again = shifts.generate_shifts(uow, coordinator, date(2025, 4, 1), date(2025, 5, 6))
        uow.commit()
        assert (again.created, again.already_there) == (2, 9)  # only 5 and 6 May are new
        assert uow.session.scalar(select(func.count()).select_from(Shift)) == 11
        needed = uow.session.scalar(select(Shift.needed).where(Shift.shift_date == date(2025, 4, 7)))
        assert needed == 3


def test_generation_can_skip_holidays(db: Database, coordinator: Actor, roster: Roster) -> None:
    with UnitOfWork(db) as uow:
        shifts.create_template(uow, coordinator, post_id=roster.desk, weekday=0, start_time=time(9),
                               end_time=time(13))
        result = shifts.generate_shifts(uow, coordinator, date(2025, 4, 1), date(2025, 4, 30), skip_holidays=True)
        uow.commit()
    assert (result.created, result.skipped_holidays) == (3, 1)


def test_shift_validation(db: Database, coordinator: Actor, roster: Roster) -> None:
    roster.shift(date(2025, 6, 10), "09:00", "13:00")
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="already has a shift"):
            shifts.create_shift(uow, coordinator, post_id=roster.desk, shift_date=date(2025, 6, 10),
                                start_time=time(9), end_time=time(12))
        with pytest.raises(ValidationError, match="different time"):
            shifts.create_shift(uow, coordinator, post_id=roster.desk, shift_date=date(2025, 6, 11),
                                start_time=time(9), end_time=time(9))


def _assign(db: Database, actor: Actor, shift_id: int, staff_id: int) -> int:
    with UnitOfWork(db) as uow:
        result = assignments.assign(uow, actor, shift_id, staff_id)
        uow.commit()
    return result.assignment_id


def test_sign_in_out_no_show_and_hours(db: Database, actors: dict[Role, Actor], coordinator: Actor,
                                       roster: Roster) -> None:
    desk = actors[Role.FRONT_DESK]
    anna = roster.person("Anna", "Nowak")
    piotr = roster.person("Piotr", "Zieliński", kind=StaffKind.STAFF)
    day = date(2025, 6, 10)
    morning = roster.shift(day, "09:00", "13:00")
    night = roster.shift(day, "22:00", "06:00", post=roster.warehouse)
    a1 = _assign(db, coordinator, morning, anna)
    a2 = _assign(db, coordinator, morning, piotr)
    with UnitOfWork(db) as uow:
        from desktop.services.rosters import assignments as assign_module
        a3 = assign_module.assign(uow, coordinator, night, anna, override_reason="covering").assignment_id
        uow.commit()
    start = datetime(2025, 6, 10, 7, 0, tzinfo=UTC)  # 09:00 in Warsaw
    with UnitOfWork(db) as uow:
        listed = attendance.desk_shifts(uow, desk, day)
        assert [(s.post_name, len(s.people)) for s in listed] == [("Intake desk", 2), ("Warehouse", 1)]
        attendance.sign_in(uow, desk, a1, at=start)
        attendance.sign_out(uow, desk, a1, at=start + timedelta(hours=4, minutes=15))
        attendance.mark_no_show(uow, desk, a2)
        attendance.sign_in(uow, desk, a3, at=datetime(2025, 6, 10, 20, 0, tzinfo=UTC))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        next_morning = attendance.desk_shifts(uow, desk, day + timedelta(days=1))
        assert [s.post_name for s in next_morning] == ["Warehouse"]  # last night's shift, to sign out
    with UnitOfWork(db) as uow:
        attendance.sign_out(uow, desk, a3, at=datetime(2025, 6, 11, 4, 0, tzinfo=UTC))
        with pytest.raises(ValidationError):
            attendance.sign_in(uow, desk, a1)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        figures = hours.volunteer_hours(uow, date(2025, 6, 1), date(2025, 6, 30))
        volunteers = hours.volunteer_hours(uow, date(2025, 6, 1), date(2025, 6, 30), volunteers_only=True)
        july = hours.volunteer_hours(uow, date(2025, 7, 1), date(2025, 7, 31))
    assert figures.people == 1
    assert figures.hours == Decimal("12.25")
    assert figures.no_shows == 1
    by_person = {p.name: (p.shifts, p.no_shows, p.hours) for p in figures.by_person}
    assert by_person == {"Anna Nowak": (2, 0, Decimal("12.25")), "Piotr Zieliński": (0, 1, Decimal("0.00"))}
    assert {p.name: p.hours for p in figures.by_post} == {"Intake desk": Decimal("4.25"), "Warehouse": Decimal("8.00")}
    assert sum(p.hours for p in figures.by_post) == figures.hours
    assert volunteers.hours == Decimal("12.25")
    assert (july.people, july.hours) == (0, Decimal(0))


def test_corrections_are_for_coordinators_with_a_reason(db: Database, actors: dict[Role, Actor],
                                                        coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    assignment = _assign(db, coordinator, roster.shift(date(2025, 6, 10), "09:00", "13:00"), person)
    signed_in = datetime(2025, 6, 10, 7, 0, tzinfo=UTC)
    with UnitOfWork(db) as uow:
        with pytest.raises(PermissionDenied):
            attendance.correct_attendance(uow, actors[Role.FRONT_DESK], assignment, signed_in_at=signed_in,
                                          signed_out_at=signed_in + timedelta(hours=3), reason="forgot")
        with pytest.raises(ValidationError, match="why"):
            attendance.correct_attendance(uow, coordinator, assignment, signed_in_at=signed_in,
                                          signed_out_at=signed_in + timedelta(hours=3), reason=" ")
        attendance.correct_attendance(uow, coordinator, assignment, signed_in_at=signed_in,
                                      signed_out_at=signed_in + timedelta(hours=3), reason="forgot to sign out")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert hours.volunteer_hours(uow, date(2025, 6, 10), date(2025, 6, 10)).hours == Decimal("3.00")
        summary = uow.session.scalar(select(AuditEvent.summary).where(AuditEvent.entity == "shift_assignment")
                                     .order_by(AuditEvent.id.desc()))
        assert summary == "attendance corrected, now completed"


def test_register_validation_and_detail(db: Database, coordinator: Actor, roster: Roster) -> None:
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="name"):
            register.create_staff(uow, coordinator, StaffInput(" ", ""))
        with pytest.raises(ValidationError, match="168"):
            register.create_staff(uow, coordinator, StaffInput("A", "B", max_hours_per_week=Decimal(200)))
        staff_id = register.create_staff(uow, coordinator, StaffInput(
            "Maria", "Wiśniewska", StaffKind.STAFF, role_title="Social worker", phone="600 100 200",
            emergency_contact_name="Jan Wiśniewski", emergency_contact_phone="600 300 400",
            max_hours_per_week=Decimal(40), user_id=coordinator.user_id))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        detail = register.get_staff(uow, coordinator, staff_id)
        listed = register.list_staff(uow, coordinator, text="wiśn")
    assert detail.data.emergency_contact_phone == "600 300 400"
    assert detail.data.user_id == coordinator.user_id
    assert [r.name for r in listed] == ["Maria Wiśniewska"]
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="already belongs"):
        register.create_staff(uow, coordinator, StaffInput("X", "Y", user_id=coordinator.user_id))


def test_timezone_defaults_to_profile_and_can_be_set(db: Database, admin: Actor) -> None:
    with UnitOfWork(db) as uow:
        assert centre_timezone(uow).key == "Europe/Warsaw"
        set_centre_timezone(uow, admin, "Europe/London")
        assert centre_timezone(uow).key == "Europe/London"
        with pytest.raises(ValidationError):
            set_centre_timezone(uow, admin, "Mars/Olympus")


def test_roster_period_marks_understaffed_shifts(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    full = roster.shift(date(2025, 4, 30), "09:00", "13:00", needed=1)
    short = roster.shift(date(2025, 5, 1), "09:00", "13:00", needed=2)
    _assign(db, coordinator, full, person)
    with UnitOfWork(db, write=False) as uow:
        period = grid.roster_period(uow, coordinator, date(2025, 4, 28), 7)
    assert [s.id for s in period.understaffed()] == [short]
    assert period.days[-1] == date(2025, 5, 4)
    assert period.holidays[date(2025, 5, 1)]
    assert [p.name for p in period.people] == ["Anna Nowak"]
    assert [p.name for p in period.posts] == ["Warehouse", "Intake desk"]


def test_dashboard_tiles(db: Database, actors: dict[Role, Actor], coordinator: Actor, roster: Roster) -> None:
    today = date(2025, 6, 10)
    roster.person("Ewa", "Lis", hygiene_expires=today - timedelta(days=1))
    roster.person("Ola", "Wójcik", hygiene_expires=today + timedelta(days=20))
    roster.person("Jan", "Kowalski", hygiene_expires=today + timedelta(days=90))
    roster.shift(today + timedelta(days=2), "09:00", "13:00", needed=2)
    with UnitOfWork(db, write=False) as uow:
        tiles = {t.key: t for t in dashboard.tiles_for(uow, coordinator, today)}
        desk_tiles = {t.key for t in dashboard.tiles_for(uow, actors[Role.FRONT_DESK], today)}
    credentials = tiles["roster_credentials"]
    assert (credentials.count, credentials.severity) == (2, "danger")
    assert credentials.rows[0].text == "Ewa Lis: Food hygiene"
    assert credentials.rows[0].detail == "expired on 2025-06-09"
    assert tiles["roster_understaffed"].count == 1
    assert tiles["roster_understaffed"].rows[0].detail == "0 of 2 people"
    assert not desk_tiles & {"roster_credentials", "roster_understaffed"}


def test_cannot_delete_a_worked_shift(db: Database, actors: dict[Role, Actor], coordinator: Actor,
                                      roster: Roster) -> None:
    person = roster.person()
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00")
    assignment = _assign(db, coordinator, shift, person)
    with UnitOfWork(db) as uow:
        attendance.sign_in(uow, actors[Role.FRONT_DESK], assignment)
        with pytest.raises(ValidationError):
            shift_edit.delete_shift(uow, coordinator, shift)
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Shift, shift) is not None
        assert AssignmentStatus.SCHEDULED.value == "scheduled"
