"""Editing and deleting shifts, the centre's time zone, linking a login, several availability windows a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.rosters import Assignment, Shift
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.rosters import assignments, attendance, register, shifts
from desktop.services.rosters.clashes import ClashError, ClashKind, check_assignment
from desktop.services.rosters.common import centre_timezone, set_centre_timezone, timezone_names, timezone_setting
from desktop.services.rosters.register import AvailabilityWindow, StaffInput
from desktop.services.rosters.shift_edit import (
    ShiftChange,
    check_shift_change,
    delete_shift,
    edit_shift,
    prepare_deletion,
)
from desktop.services.uow import UnitOfWork
from tests.unit.rosters_helpers import Roster

TUESDAY = date(2025, 6, 10)
WEDNESDAY = date(2025, 6, 11)


@pytest.fixture
def coordinator(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.COORDINATOR]


@pytest.fixture
def roster(db: Database, coordinator: Actor) -> Roster:
    return Roster(db, coordinator)


def assign(db: Database, actor: Actor, shift_id: int, staff_id: int, reason: str = "") -> int:
    with UnitOfWork(db) as uow:
        result = assignments.assign(uow, actor, shift_id, staff_id, override_reason=reason)
        uow.commit()
    return result.assignment_id


def current(db: Database, shift_id: int) -> ShiftChange:
    with UnitOfWork(db, write=False) as uow:
        s = uow.session.get(Shift, shift_id)
        assert s is not None
        return ShiftChange(s.post_id, s.shift_date, s.start_time, s.end_time, s.needed, s.note)


def events(db: Database, entity: str) -> list[tuple[str, str]]:
    with UnitOfWork(db, write=False) as uow:
        return [(e.action, e.summary) for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))]


# --- editing -----------------------------------------------------------------------------------------


def test_edit_changes_every_field_and_is_audited(db: Database, coordinator: Actor, roster: Roster) -> None:
    shift = roster.shift(TUESDAY, "09:00", "13:00")
    change = ShiftChange(roster.warehouse, WEDNESDAY, time(10), time(14), 3, " bring gloves ")
    with UnitOfWork(db) as uow:
        result = edit_shift(uow, coordinator, shift, change)
        uow.commit()
    assert not result.overridden and result.check.clashes == ()
    assert current(db, shift) == replace(change, note="bring gloves")
    assert events(db, "shift")[-1] == ("update", "changed: date, post, times, people needed, note")


def test_edited_night_shift_crossing_midnight_keeps_its_clash_rules(db: Database, coordinator: Actor,
                                                                    roster: Roster) -> None:
    anna = roster.person(hygiene_expires=TUESDAY)  # valid through Tuesday, not on Wednesday morning
    night = roster.shift(TUESDAY, "22:00", "06:00")
    morning = roster.shift(WEDNESDAY, "07:00", "11:00")
    night_assignment = assign(db, coordinator, night, anna)
    assign(db, coordinator, morning, anna)
    # Ending the night at 08:00 runs into Wednesday's 07:00 shift: a double booking across midnight.
    later = replace(current(db, night), end_time=time(8))
    with UnitOfWork(db, write=False) as uow:
        check = check_shift_change(uow, coordinator, night, later)
    assert [c.kind for c in check.new] == [ClashKind.DOUBLE_BOOKING]
    assert check.new[0].message == ("Anna Nowak is already on Intake desk on Wed 2025-06-11, 07:00–11:00, "
                                    "which overlaps this shift.")
    assert check.needs_reason
    with UnitOfWork(db) as uow, pytest.raises(ClashError, match="already on Intake desk"):
        edit_shift(uow, coordinator, night, later)
    assert current(db, night).end_time == time(6)  # refused: nothing saved
    # Ending at 07:00 exactly touches the morning shift: no clash.
    with UnitOfWork(db, write=False) as uow:
        assert check_shift_change(uow, coordinator, night, replace(later, end_time=time(7))).clashes == ()
    # Moving the night to the warehouse: the credential must hold on the day the night ends (Wednesday).
    to_warehouse = replace(current(db, night), post_id=roster.warehouse)
    with UnitOfWork(db, write=False) as uow:
        check = check_shift_change(uow, coordinator, night, to_warehouse)
    assert [c.kind for c in check.new] == [ClashKind.EXPIRED_CREDENTIAL]
    with UnitOfWork(db) as uow:
        result = edit_shift(uow, coordinator, night, later, override_reason="Handover at 08:00 agreed")
        uow.commit()
    assert result.overridden
    with UnitOfWork(db, write=False) as uow:
        row = uow.session.get(Assignment, night_assignment)
        assert row is not None
        assert (row.clashes, row.override_reason) == ("double_booking", "Handover at 08:00 agreed")
    assert events(db, "shift_assignment")[-1] == (
        "override", f"shift {night} edited, clashes overridden with a reason: double_booking")
    assert all("Nowak" not in summary for _, summary in events(db, "shift_assignment") + events(db, "shift"))


def test_clashes_accepted_before_the_edit_are_shown_but_need_no_new_reason(db: Database, coordinator: Actor,
                                                                          roster: Roster) -> None:
    ewa = roster.person("Ewa", "Lis", hygiene_expires=date(2025, 1, 31), max_hours="10")
    shift = roster.shift(TUESDAY, "09:00", "13:00", post=roster.warehouse)
    assign(db, coordinator, shift, ewa, reason="Renewal booked")
    longer = replace(current(db, shift), end_time=time(15), note="stocktake")  # 6 h: still within 10 h
    with UnitOfWork(db) as uow:
        result = edit_shift(uow, coordinator, shift, longer)
        uow.commit()
    assert [c.kind for c in result.check.clashes] == [ClashKind.EXPIRED_CREDENTIAL]
    assert result.check.new == () and not result.overridden
    # Over the weekly maximum is new: it needs a reason; the first reason is kept beside the new one.
    with UnitOfWork(db, write=False) as uow:
        check = check_shift_change(uow, coordinator, shift, replace(longer, start_time=time(8), end_time=time(20)))
    assert [c.kind for c in check.new] == [ClashKind.OVER_HOURS]
    assert "would work 12 h" in check.new[0].message
    with UnitOfWork(db) as uow:
        edit_shift(uow, coordinator, shift, replace(longer, start_time=time(8), end_time=time(20)),
                   override_reason="Stocktake day, paid overtime")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        row = uow.session.scalar(select(Assignment).where(Assignment.shift_id == shift))
        assert row is not None
        assert row.clashes == "expired_credential,over_hours"
        assert row.override_reason == "Renewal booked\nStocktake day, paid overtime"


def test_edit_validation(db: Database, actors: dict[Role, Actor], coordinator: Actor, roster: Roster) -> None:
    a, b = roster.person("A", "One"), roster.person("B", "Two")
    shift = roster.shift(TUESDAY, "09:00", "13:00", needed=2)
    roster.shift(TUESDAY, "14:00", "18:00")
    assign(db, coordinator, shift, a)
    assign(db, coordinator, shift, b)
    base = current(db, shift)
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="2 people are on this shift"):
            edit_shift(uow, coordinator, shift, replace(base, needed=1))
        with pytest.raises(ValidationError, match="already has a shift starting at that time"):
            edit_shift(uow, coordinator, shift, replace(base, start_time=time(14), end_time=time(16)))
        with pytest.raises(ValidationError, match="different time"):
            edit_shift(uow, coordinator, shift, replace(base, end_time=time(9)))
        with pytest.raises(PermissionDenied):
            edit_shift(uow, actors[Role.FRONT_DESK], shift, base)


def test_a_shift_with_attendance_keeps_its_date_and_post_but_times_may_be_corrected(
        db: Database, actors: dict[Role, Actor], coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    shift = roster.shift(TUESDAY, "09:00", "13:00")
    assignment = assign(db, coordinator, shift, person)
    with UnitOfWork(db) as uow:
        attendance.sign_in(uow, actors[Role.FRONT_DESK], assignment, at=datetime(2025, 6, 10, 7, tzinfo=UTC))
        uow.commit()
    base = current(db, shift)
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="date and post stay"):
            edit_shift(uow, coordinator, shift, replace(base, shift_date=WEDNESDAY))
        with pytest.raises(ValidationError, match="date and post stay"):
            edit_shift(uow, coordinator, shift, replace(base, post_id=roster.warehouse))
        edit_shift(uow, coordinator, shift, replace(base, end_time=time(14)))
        uow.commit()
    assert current(db, shift).end_time == time(14)


def test_an_edited_template_shift_is_not_created_again(db: Database, coordinator: Actor, roster: Roster) -> None:
    with UnitOfWork(db) as uow:
        shifts.create_template(uow, coordinator, post_id=roster.desk, weekday=1, start_time=time(9),
                               end_time=time(13))
        shifts.generate_shifts(uow, coordinator, TUESDAY, TUESDAY)
        uow.commit()
        shift = uow.session.scalar(select(Shift.id))
    assert shift is not None
    with UnitOfWork(db) as uow:
        edit_shift(uow, coordinator, shift, replace(current(db, shift), start_time=time(10)))
        again = shifts.generate_shifts(uow, coordinator, TUESDAY, TUESDAY)
        uow.commit()
        assert (again.created, again.already_there) == (0, 1)
        assert uow.session.scalar(select(func.count()).select_from(Shift)) == 1


# --- deleting ----------------------------------------------------------------------------------------


def test_deleting_a_planned_shift_says_how_many_were_on_it(db: Database, actors: dict[Role, Actor],
                                                           coordinator: Actor, roster: Roster) -> None:
    a, b, c = roster.person("A", "One"), roster.person("B", "Two"), roster.person("C", "Three")
    shift = roster.shift(TUESDAY, "09:00", "13:00", needed=3)
    assign(db, coordinator, shift, a)
    assign(db, coordinator, shift, b)
    cancelled = assign(db, coordinator, shift, c)
    with UnitOfWork(db) as uow:
        assignments.unassign(uow, coordinator, cancelled)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert prepare_deletion(uow, coordinator, shift) == 2
        with pytest.raises(PermissionDenied):
            prepare_deletion(uow, actors[Role.FRONT_DESK], shift)
    with UnitOfWork(db) as uow:
        assert delete_shift(uow, coordinator, shift) == 2
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Shift, shift) is None
        assert uow.session.scalar(select(func.count()).select_from(Assignment)) == 0
    assert events(db, "shift")[-1] == ("delete", "shift deleted, 2 planned assignments removed")


@pytest.mark.parametrize("attended", ["signed_in", "no_show"])
def test_deleting_a_shift_with_attendance_is_refused(db: Database, actors: dict[Role, Actor], coordinator: Actor,
                                                     roster: Roster, attended: str) -> None:
    person = roster.person()
    shift = roster.shift(TUESDAY, "09:00", "13:00")
    assignment = assign(db, coordinator, shift, person)
    with UnitOfWork(db) as uow:
        if attended == "signed_in":
            attendance.sign_in(uow, actors[Role.FRONT_DESK], assignment)
        else:
            attendance.mark_no_show(uow, actors[Role.FRONT_DESK], assignment)
        uow.commit()
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="hours worked must stay"):
            prepare_deletion(uow, coordinator, shift)
        with pytest.raises(ValidationError, match="hours worked must stay"):
            delete_shift(uow, coordinator, shift)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Shift, shift) is not None
        assert uow.session.get(Assignment, assignment) is not None


# --- time zone ---------------------------------------------------------------------------------------


def test_centre_timezone_for_coordinators_and_administrators(db: Database, actors: dict[Role, Actor],
                                                             coordinator: Actor) -> None:
    assert "Europe/Warsaw" in timezone_names() and "Asia/Jakarta" in timezone_names()
    with UnitOfWork(db) as uow:
        before = timezone_setting(uow)
        assert (before.name, before.profile_default, before.chosen) == ("Europe/Warsaw", "Europe/Warsaw", False)
        with pytest.raises(PermissionDenied):
            set_centre_timezone(uow, actors[Role.FRONT_DESK], "Europe/London")
        assert set_centre_timezone(uow, coordinator, " Europe/London ")
        assert not set_centre_timezone(uow, coordinator, "Europe/London")  # unchanged: no second event
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert centre_timezone(uow).key == "Europe/London"
        assert timezone_setting(uow).chosen
    assert events(db, "settings") == [("settings", "centre time zone Europe/Warsaw -> Europe/London")]


# --- linking a login ---------------------------------------------------------------------------------


def test_a_login_links_to_one_register_entry(db: Database, actors: dict[Role, Actor], coordinator: Actor,
                                             roster: Roster) -> None:
    anna, ola = roster.person(), roster.person("Ola", "Wójcik")
    desk_user = actors[Role.FRONT_DESK].user_id
    with UnitOfWork(db, write=False) as uow:
        choices = register.linkable_logins(uow, coordinator, anna)
        with pytest.raises(PermissionDenied):
            register.linkable_logins(uow, actors[Role.FRONT_DESK], anna)
    assert {c.username for c in choices} == {"admin", "coordinator", "caseworker", "warehouse", "front-desk"}
    with UnitOfWork(db) as uow:
        detail = register.get_staff(uow, coordinator, anna)
        register.update_staff(uow, coordinator, anna, replace(detail.data, user_id=desk_user))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert "front-desk" not in {c.username for c in register.linkable_logins(uow, coordinator, ola)}
        assert "front-desk" in {c.username for c in register.linkable_logins(uow, coordinator, anna)}
        assert register.get_staff(uow, coordinator, anna).data.user_id == desk_user
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as refused:
        detail = register.get_staff(uow, coordinator, ola)
        register.update_staff(uow, coordinator, ola, replace(detail.data, user_id=desk_user))
    assert refused.value.message == "That login already belongs to another person on the register."
    with UnitOfWork(db) as uow:
        detail = register.get_staff(uow, coordinator, anna)
        register.update_staff(uow, coordinator, anna, replace(detail.data, user_id=None))
        register.create_staff(uow, coordinator, StaffInput("New", "Person", user_id=desk_user))
        uow.commit()
    summaries = [s for _, s in events(db, "staff_member")]
    assert f"login linked (user {desk_user})" in summaries and f"login unlinked (user {desk_user})" in summaries
    assert summaries.count(f"login linked (user {desk_user})") == 2


# --- availability ------------------------------------------------------------------------------------


def test_several_availability_windows_a_day(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    windows = [AvailabilityWindow(1, time(8), time(10)), AvailabilityWindow(1, time(16), time(20)),
               AvailabilityWindow(1, time(10), time(12)),  # touches the first: allowed
               AvailabilityWindow(4, time(22), time(2))]
    with UnitOfWork(db) as uow:
        register.set_availability(uow, coordinator, person, windows)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        saved = register.get_staff(uow, coordinator, person).availability
    assert [(w.weekday, f"{w.start_time:%H:%M}", f"{w.end_time:%H:%M}") for w in saved] == [
        (1, "08:00", "10:00"), (1, "10:00", "12:00"), (1, "16:00", "20:00"), (4, "22:00", "02:00")]
    evening = roster.shift(TUESDAY, "17:00", "19:00")
    morning = roster.shift(TUESDAY, "09:00", "11:30")  # across the two touching windows
    noon = roster.shift(TUESDAY, "11:00", "14:00", post=roster.warehouse)
    with UnitOfWork(db, write=False) as uow:
        assert check_assignment(uow, coordinator, evening, person) == []
        assert check_assignment(uow, coordinator, morning, person) == []
        assert ClashKind.OUTSIDE_AVAILABILITY in {c.kind for c in check_assignment(uow, coordinator, noon, person)}


def test_overlapping_or_empty_windows_are_refused(db: Database, coordinator: Actor, roster: Roster) -> None:
    person = roster.person()
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError) as overlap:
            register.set_availability(uow, coordinator, person, [
                AvailabilityWindow(0, time(8), time(12)), AvailabilityWindow(2, time(9), time(11)),
                AvailabilityWindow(0, time(11), time(14))])
        assert overlap.value.message == ("Two availability windows on Monday overlap (08:00–12:00 and 11:00–14:00): "
                                         "join them into one or change the times.")
        with pytest.raises(ValidationError, match="overlap"):  # a night window runs on past midnight
            register.set_availability(uow, coordinator, person, [
                AvailabilityWindow(5, time(20), time(2)), AvailabilityWindow(5, time(23), time(23, 30))])
        with pytest.raises(ValidationError, match="starts and ends at 09:00"):
            register.set_availability(uow, coordinator, person, [AvailabilityWindow(3, time(9), time(9))])
