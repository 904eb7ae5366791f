"""Every clash rule, with night shifts across midnight, weeks across months and daylight-saving changes."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.rosters import Assignment
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.rosters import assignments, register
from desktop.services.rosters.clashes import ClashError, ClashKind, check_assignment, covered_by_windows
from desktop.services.rosters.common import hours_between, shift_bounds
from desktop.services.rosters.register import AvailabilityWindow
from desktop.services.uow import UnitOfWork
from tests.unit.rosters_helpers import Roster

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.fixture
def coordinator(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.COORDINATOR]


@pytest.fixture
def roster(db: Database, coordinator: Actor) -> Roster:
    return Roster(db, coordinator)


def kinds(db: Database, actor: Actor, shift_id: int, staff_id: int) -> dict[ClashKind, str]:
    with UnitOfWork(db, write=False) as uow:
        return {c.kind: c.message for c in check_assignment(uow, actor, shift_id, staff_id)}


def assign(db: Database, actor: Actor, shift_id: int, staff_id: int, reason: str = "") -> int:
    with UnitOfWork(db) as uow:
        result = assignments.assign(uow, actor, shift_id, staff_id, override_reason=reason)
        uow.commit()
    return result.assignment_id


def test_night_shift_hours_across_daylight_saving_changes() -> None:
    spring = shift_bounds(date(2025, 3, 29), time(22), time(6), WARSAW)
    autumn = shift_bounds(date(2025, 10, 25), time(22), time(6), WARSAW)
    ordinary = shift_bounds(date(2025, 6, 14), time(22), time(6), WARSAW)
    assert hours_between(*spring) == Decimal("7.00")
    assert hours_between(*autumn) == Decimal("9.00")
    assert hours_between(*ordinary) == Decimal("8.00")


def test_no_clash_for_a_free_qualified_person(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person(hygiene_expires=date(2030, 1, 1))
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00", post=roster.warehouse)
    assert kinds(db, coordinator, shift, person) == {}


def test_double_booking_with_a_night_shift_crossing_midnight(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    night = roster.shift(date(2025, 6, 10), "22:00", "06:00")
    assign(db, coordinator, night, person)
    early = roster.shift(date(2025, 6, 11), "05:00", "09:00")
    after = roster.shift(date(2025, 6, 11), "06:00", "10:00")
    found = kinds(db, coordinator, early, person)
    assert set(found) == {ClashKind.DOUBLE_BOOKING}
    assert "Anna Nowak is already on Intake desk" in found[ClashKind.DOUBLE_BOOKING]
    assert "22:00–06:00" in found[ClashKind.DOUBLE_BOOKING]
    assert kinds(db, coordinator, after, person) == {}  # starts exactly when the night shift ends


def test_over_weekly_hours_in_a_week_crossing_a_month_boundary(db: Database, coordinator: Actor,
                                                               roster: Roster) -> None:
    person = roster.person(max_hours="8")
    # ISO week Monday 28 April - Sunday 4 May 2025.
    assign(db, coordinator, roster.shift(date(2025, 4, 29), "09:00", "13:00"), person)
    assign(db, coordinator, roster.shift(date(2025, 5, 2), "09:00", "13:00"), person)
    assign(db, coordinator, roster.shift(date(2025, 4, 25), "09:00", "13:00"), person)  # week before: not counted
    third = roster.shift(date(2025, 5, 4), "09:00", "11:00")
    next_week = roster.shift(date(2025, 5, 5), "09:00", "13:00")
    found = kinds(db, coordinator, third, person)
    assert ClashKind.OVER_HOURS in found
    assert "would work 10 h in the week 2025-04-28 to 2025-05-04; the maximum is 8 h" in found[ClashKind.OVER_HOURS]
    assert ClashKind.OVER_HOURS not in kinds(db, coordinator, next_week, person)


def test_over_hours_counts_the_real_length_of_a_night_with_the_clock_going_back(
        db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person(max_hours="8.5")
    autumn = roster.shift(date(2025, 10, 25), "22:00", "06:00")  # 9 real hours
    spring = roster.shift(date(2025, 3, 29), "22:00", "06:00")  # 7 real hours
    assert "would work 9 h" in kinds(db, coordinator, autumn, person)[ClashKind.OVER_HOURS]
    assert ClashKind.OVER_HOURS not in kinds(db, coordinator, spring, person)


def test_outside_availability_including_windows_past_midnight() -> None:
    windows = [(1, time(8), time(14)), (6, time(20), time(0)), (0, time(0), time(8))]
    assert covered_by_windows(1, time(9), time(13), windows)
    assert not covered_by_windows(1, time(12), time(16), windows)
    assert not covered_by_windows(2, time(9), time(13), windows)
    assert covered_by_windows(6, time(22), time(6), windows)  # Sunday night into Monday, two windows joined
    assert covered_by_windows(0, time(0), time(6), [(6, time(20), time(8))])  # window wraps the week
    assert not covered_by_windows(6, time(22), time(9), windows)


def test_availability_clash_in_plain_words(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    with UnitOfWork(db) as uow:
        register.set_availability(uow, coordinator, person, [AvailabilityWindow(1, time(8), time(14))])
        uow.commit()
    inside = roster.shift(date(2025, 6, 10), "09:00", "13:00")  # Tuesday
    outside = roster.shift(date(2025, 6, 11), "09:00", "13:00")  # Wednesday
    assert kinds(db, coordinator, inside, person) == {}
    message = kinds(db, coordinator, outside, person)[ClashKind.OUTSIDE_AVAILABILITY]
    assert message == "Anna Nowak has not said they are available on Wednesday, 09:00–13:00."


def test_missing_and_expired_credentials(db: Database, coordinator: Actor, roster: Roster) -> None:
    none = roster.person("Jan", "Kowalski")
    expired = roster.person("Ewa", "Lis", hygiene_expires=date(2025, 6, 9))
    last_day = roster.person("Ola", "Wójcik", hygiene_expires=date(2025, 6, 10))
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00", post=roster.warehouse, needed=5)
    night = roster.shift(date(2025, 6, 10), "22:00", "06:00", post=roster.warehouse, needed=5)
    assert kinds(db, coordinator, shift, none)[ClashKind.MISSING_CREDENTIAL] == (
        "Jan Kowalski has no Food hygiene, which Warehouse requires.")
    assert kinds(db, coordinator, shift, expired)[ClashKind.EXPIRED_CREDENTIAL] == (
        "Ewa Lis's Food hygiene expired on 2025-06-09; Warehouse requires it.")
    assert kinds(db, coordinator, shift, last_day) == {}  # valid through its expiry date
    assert ClashKind.EXPIRED_CREDENTIAL in kinds(db, coordinator, night, last_day)  # night ends on 11 June


def test_shift_already_full(db: Database, coordinator: Actor, roster: Roster) -> None:
    first, second = roster.person("A", "One"), roster.person("B", "Two")
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00", needed=1)
    assign(db, coordinator, shift, first)
    assert kinds(db, coordinator, shift, second) == {ClashKind.SHIFT_FULL: "This shift already has 1 of 1 people."}


def test_public_holiday_is_a_notice_that_does_not_block(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    easter_monday = roster.shift(date(2025, 4, 21), "09:00", "13:00")
    with UnitOfWork(db, write=False) as uow:
        clashes = check_assignment(uow, coordinator, easter_monday, person)
    assert [(c.kind, c.blocking) for c in clashes] == [(ClashKind.PUBLIC_HOLIDAY, False)]
    assert "2025-04-21 is a public holiday" in clashes[0].message
    assign(db, coordinator, easter_monday, person)  # saved without a reason


def test_assign_refuses_clashes_until_a_coordinator_gives_a_reason(db: Database, coordinator: Actor,
                                                                   roster: Roster) -> None:
    person = roster.person(hygiene_expires=date(2024, 12, 31))
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00", post=roster.warehouse)
    with pytest.raises(ClashError) as caught:
        assign(db, coordinator, shift, person)
    assert "expired on 2024-12-31" in caught.value.message
    assert [c.kind for c in caught.value.clashes] == [ClashKind.EXPIRED_CREDENTIAL]
    assignment_id = assign(db, coordinator, shift, person, reason="Certificate renewed, paper copy seen")
    with UnitOfWork(db, write=False) as uow:
        row = uow.session.get(Assignment, assignment_id)
        assert row is not None
        assert row.override_reason == "Certificate renewed, paper copy seen"
        assert row.clashes == "expired_credential"
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "shift_assignment")).all()
        assert [e.action for e in events] == ["create", "override"]
        assert all("Nowak" not in e.summary for e in events)
    with pytest.raises(ValidationError, match="already on this shift"):
        assign(db, coordinator, shift, person)


def test_only_roster_managers_assign(db: Database, actors: dict[Role, Actor], roster: Roster) -> None:
    person = roster.person()
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00")
    with pytest.raises(PermissionDenied):
        assign(db, actors[Role.FRONT_DESK], shift, person)
    assert assign(db, actors[Role.ADMINISTRATOR], shift, person) > 0


def test_cancelled_assignment_frees_the_place(db: Database, coordinator: Actor, roster: Roster) -> None:
    first, second = roster.person("A", "One"), roster.person("B", "Two")
    shift = roster.shift(date(2025, 6, 10), "09:00", "13:00", needed=1)
    assignment = assign(db, coordinator, shift, first)
    with UnitOfWork(db) as uow:
        assignments.unassign(uow, coordinator, assignment)
        uow.commit()
    assert kinds(db, coordinator, shift, second) == {}
    assert assign(db, coordinator, shift, first) == assignment  # the same row comes back
