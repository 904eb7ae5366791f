"""Editing and deleting shifts from the week view, the staff dialog's login and availability windows, and the
centre's time zone on the settings page, driven as a coordinator would."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from sqlalchemy import select

from desktop.db import Database
from desktop.models.audit import AuditEvent
from desktop.models.rosters import Shift
from desktop.models.users import Role
from desktop.services import settings
from desktop.services.permissions import Actor
from desktop.services.rosters import assignments, attendance, register
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext, load_centre
from desktop.views.rosters.page import RostersPage
from desktop.views.rosters.register_panel import StaffDialog
from desktop.views.rosters.shift_form import ShiftDialog
from tests.gui.helpers import main_window
from tests.unit.rosters_helpers import Roster

TODAY = date(2025, 6, 10)  # a Tuesday; the week shown is 9-15 June 2025


@pytest.fixture
def roster(db: Database, actors: dict[Role, Actor]) -> Roster:
    built = Roster(db, actors[Role.COORDINATOR])
    built.anna = built.person("Anna", "Nowak")  # type: ignore[attr-defined]
    built.ola = built.person("Ola", "Wójcik")  # type: ignore[attr-defined]
    return built


def page_for(qtbot: object, db: Database, actor: Actor) -> RostersPage:
    page = RostersPage(PageContext(db, actor, load_centre(db)), today=TODAY)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    return page


def put_on(db: Database, actor: Actor, shift_id: int, *staff: int) -> list[int]:
    with UnitOfWork(db) as uow:
        ids = [assignments.assign(uow, actor, shift_id, s).assignment_id for s in staff]
        uow.commit()
    return ids


def select_shift(qtbot: object, page: RostersPage, day: date) -> None:
    """Select the Intake desk (second row) cell of `day` in the week view, keyboard focus on the table.

    The page is shown in an active window: the table's own shortcuts work only there, as for a user."""
    view = page.roster
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # type: ignore[attr-defined]
    view.table.setCurrentIndex(view.model.index(1, (day - view.model.day(0)).days))
    view.table.setFocus()


def test_editing_a_night_shift_shows_the_new_clash_and_needs_a_reason(
        qtbot: object, db: Database, actors: dict[Role, Actor], roster: Roster, shown: object) -> None:
    coordinator = actors[Role.COORDINATOR]
    night = roster.shift(TODAY, "22:00", "06:00")
    morning = roster.shift(date(2025, 6, 11), "07:00", "11:00")
    put_on(db, coordinator, night, roster.anna)  # type: ignore[attr-defined]
    put_on(db, coordinator, morning, roster.anna)  # type: ignore[attr-defined]
    page = page_for(qtbot, db, coordinator)
    cell = page.roster.model.shifts_at(page.roster.model.index(1, 1))[0]
    dialog = ShiftDialog(page.context, cell.day, cell.post_id, page, shift=cell)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Edit shift"
    assert dialog.checks.text() == "No clashes."
    assert not dialog.reason.isEnabled()
    dialog.end.setTime(QTime(8, 0))
    assert dialog.checks.text() == ("⚠ Anna Nowak is already on Intake desk on Wed 2025-06-11, 07:00–11:00, "
                                    "which overlaps this shift.")
    assert dialog.reason.isEnabled()
    dialog.save()
    assert shown.texts()[-1].startswith("This change makes the shift clash for people already on it:")  # type: ignore[attr-defined]
    assert dialog.result() == 0
    dialog.reason.setText("Handover at 08:00 agreed")
    dialog.save()
    assert dialog.result() == 1
    assert shown.texts()[-1] == "Saved despite the clashes; your reason was recorded."  # type: ignore[attr-defined]
    with UnitOfWork(db, write=False) as uow:
        saved = uow.session.get(Shift, night)
        assert saved is not None and saved.end_time == time(8)
    page.roster.reload()
    assert page.roster.model.data(page.roster.model.index(1, 1)) == "22:00–08:00 (1/2)\n  Anna Nowak"
    # Lowering the people needed below those on it is explained in place while typing, not in a box.
    count = len(shown.shown)  # type: ignore[attr-defined]
    cell = page.roster.model.shifts_at(page.roster.model.index(1, 2))[0]
    again = ShiftDialog(page.context, cell.day, cell.post_id, page, shift=cell)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.day.setDate(QDate(2025, 6, 12))
    assert again.checks.text() == "No clashes."
    put_on(db, coordinator, morning, roster.ola)  # type: ignore[attr-defined]
    again.needed.setValue(1)
    assert again.checks.text().startswith("⚠ 2 people are on this shift: take someone off")
    assert len(shown.shown) == count  # type: ignore[attr-defined]


def test_delete_key_asks_how_many_were_assigned_then_deletes(
        qtbot: object, db: Database, actors: dict[Role, Actor], roster: Roster, shown: object) -> None:
    coordinator = actors[Role.COORDINATOR]
    shift = roster.shift(TODAY, "09:00", "13:00")
    put_on(db, coordinator, shift, roster.anna, roster.ola)  # type: ignore[attr-defined]
    page = page_for(qtbot, db, coordinator)
    select_shift(qtbot, page, TODAY)
    shown.answer = False  # type: ignore[attr-defined]
    qtbot.keyClick(page.roster.table, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    asked = shown.shown[-1]  # type: ignore[attr-defined]
    assert (asked.kind, asked.text) == ("question", "Delete the shift Intake desk, Tuesday 2025-06-10, 09:00–13:00?")
    assert asked.hint == "2 people are assigned to it and will be taken off."
    assert page.roster.model.shifts_at(page.roster.model.index(1, 1))  # answered No: still there
    shown.answer = True  # type: ignore[attr-defined]
    page.roster.delete_button.click()
    assert page.roster.model.shifts_at(page.roster.model.index(1, 1)) == []
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Shift, shift) is None
        last = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.summary == "shift deleted, 2 planned assignments removed"


def test_a_shift_with_sign_ins_is_not_deleted_and_nothing_is_asked(
        qtbot: object, db: Database, actors: dict[Role, Actor], roster: Roster, shown: object) -> None:
    coordinator = actors[Role.COORDINATOR]
    shift = roster.shift(TODAY, "09:00", "13:00")
    (assignment,) = put_on(db, coordinator, shift, roster.anna)  # type: ignore[attr-defined]
    with UnitOfWork(db) as uow:
        attendance.sign_in(uow, actors[Role.FRONT_DESK], assignment, at=datetime(2025, 6, 10, 7, tzinfo=UTC))
        uow.commit()
    page = page_for(qtbot, db, coordinator)
    select_shift(qtbot, page, TODAY)
    menu = page.roster.cell_menu(page.roster.table.currentIndex())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["People on the shift…", "Edit shift…", "Delete shift…", "New shift here…"]
    menu.actions()[2].trigger()
    assert [s.kind for s in shown.shown] == ["error"]  # type: ignore[attr-defined]
    assert shown.texts()[0].startswith("Attendance is recorded for this shift")  # type: ignore[attr-defined]
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Shift, shift) is not None


def test_f2_opens_the_edit_dialog_and_the_desk_cannot_edit(
        qtbot: object, db: Database, actors: dict[Role, Actor], roster: Roster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    roster.shift(TODAY, "09:00", "13:00")
    opened: list[ShiftDialog] = []
    monkeypatch.setattr(ShiftDialog, "exec", lambda self: opened.append(self) or 0)
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    select_shift(qtbot, page, TODAY)
    qtbot.keyClick(page.roster.table, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    assert [d.windowTitle() for d in opened] == ["Edit shift"]
    assert opened[0].start.time() == QTime(9, 0) and opened[0].needed.value() == 2
    desk = page_for(qtbot, db, actors[Role.FRONT_DESK])
    assert not desk.roster.edit_button.isVisibleTo(desk) and not desk.roster.delete_button.isVisibleTo(desk)
    assert desk.roster.table.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu


def test_staff_dialog_links_a_login_and_holds_several_windows_a_day(
        qtbot: object, db: Database, actors: dict[Role, Actor], roster: Roster, shown: object) -> None:
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    dialog = StaffDialog(page.context, roster.anna, page)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    logins = [dialog.login.itemText(i) for i in range(dialog.login.count())]
    assert logins[0] == "(no login)" and "front-desk — Front_Desk" in logins
    dialog.login.setCurrentIndex(dialog.login.findText("front-desk — Front_Desk"))
    editor = dialog.availability
    assert editor.rows == [] and not editor.empty.isHidden()
    first = editor.add_row(None)
    first.start.setTime(QTime(8, 0))
    first.end.setTime(QTime(12, 0))
    second = editor.add_row(None)
    assert second.day.currentText() == "Tuesday"  # the next day, same hours
    second.day.setCurrentIndex(0)
    second.start.setTime(QTime(11, 0))
    second.end.setTime(QTime(15, 0))
    dialog.save()
    assert shown.texts()[-1] == ("Two availability windows on Monday overlap (08:00–12:00 and 11:00–15:00): "  # type: ignore[attr-defined]
                                 "join them into one or change the times.")
    assert dialog.result() == 0
    second.start.setTime(QTime(17, 0))
    second.end.setTime(QTime(21, 0))
    third = editor.add_row(None)
    editor.remove_row(third)
    dialog.save()
    assert dialog.result() == 1
    again = StaffDialog(page.context, roster.anna, page)  # type: ignore[attr-defined]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.login.currentText() == "front-desk — Front_Desk"
    assert [(r.day.currentText(), r.start.time().toString("HH:mm"), r.end.time().toString("HH:mm"))
            for r in again.availability.rows] == [("Monday", "08:00", "12:00"), ("Monday", "17:00", "21:00")]
    other = StaffDialog(page.context, roster.ola, page)  # type: ignore[attr-defined]
    qtbot.addWidget(other)  # type: ignore[attr-defined]
    assert other.login.findText("front-desk — Front_Desk") < 0  # one login, one register entry
    again.login.setCurrentIndex(0)
    again.save()
    with UnitOfWork(db, write=False) as uow:
        assert register.get_staff(uow, actors[Role.COORDINATOR], roster.anna).data.user_id is None  # type: ignore[attr-defined]
        assert [c.username for c in register.linkable_logins(uow, actors[Role.COORDINATOR], roster.ola)].count(  # type: ignore[attr-defined]
            "front-desk") == 1


def test_centre_time_zone_is_searchable_and_saved_by_a_coordinator(
        qtbot: object, db: Database, actors: dict[Role, Actor], shown: object) -> None:
    window = main_window(qtbot, db, actors[Role.COORDINATOR])
    centre = window.open_page("administration").open_tab("centre")
    box = centre.timezone  # type: ignore[attr-defined]
    assert box.zone_name() == "Europe/Warsaw"
    assert "Not chosen yet: the country profile's Europe/Warsaw is used." in box.note.text()
    completer = box.combo.completer()
    completer.setCompletionPrefix("jakar")
    assert completer.currentCompletion() == "Asia/Jakarta"
    centre.save()  # unchanged zone: nothing about it is written
    with UnitOfWork(db, write=False) as uow:
        assert settings.get(uow, "centre.timezone") is None
    box.combo.setCurrentText("Europe/London")
    centre.save()
    assert shown.texts()[-1] == "The centre settings were saved."  # type: ignore[attr-defined]
    box.combo.setCurrentText("Mars/Olympus")
    centre.save()
    assert centre.error.text().startswith("Unknown time zone Mars/Olympus")  # type: ignore[attr-defined]
    with UnitOfWork(db, write=False) as uow:
        assert settings.get(uow, "centre.timezone") == "Europe/London"
        summaries = [e.summary for e in uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "settings"))]
    assert "centre time zone Europe/Warsaw -> Europe/London" in summaries
