"""The Rosters page driven as a coordinator and as the front desk would."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.rosters import shifts
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext, load_centre
from desktop.views.rosters.desk import COL_PERSON, COL_STATUS
from desktop.views.rosters.grid_model import BY_PEOPLE
from desktop.views.rosters.page import RostersPage
from desktop.views.rosters.shift_dialogs import AssignDialog
from desktop.views.rosters.support import SHORT_COLOUR
from tests.unit.rosters_helpers import Roster

TODAY = date(2025, 4, 15)  # a Tuesday; Easter Monday is 21 April


@pytest.fixture
def roster(db: Database, actors: dict[Role, Actor]) -> Roster:
    coordinator = actors[Role.COORDINATOR]
    built = Roster(db, coordinator)
    built.ewa = built.person("Ewa", "Lis", hygiene_expires=date(2025, 1, 31))  # type: ignore[attr-defined]
    built.ola = built.person("Ola", "Wójcik", hygiene_expires=date(2026, 1, 31))  # type: ignore[attr-defined]
    with UnitOfWork(db) as uow:
        shifts.create_template(uow, coordinator, post_id=built.warehouse, weekday=1, start_time=time(9),
                               end_time=time(13), needed=2)
        shifts.create_template(uow, coordinator, post_id=built.desk, weekday=0, start_time=time(9),
                               end_time=time(13), needed=1)
        shifts.generate_shifts(uow, coordinator, date(2025, 4, 1), date(2025, 4, 30))
        uow.commit()
    return built


def page_for(qtbot: object, db: Database, actor: Actor) -> RostersPage:
    page = RostersPage(PageContext(db, actor, load_centre(db)), today=TODAY)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    return page


def test_week_view_shows_posts_by_days_with_short_shifts_coloured(qtbot: object, qtmodeltester: object,
                                                                  db: Database, actors: dict[Role, Actor],
                                                                  roster: Roster) -> None:
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    view = page.roster
    model = view.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.columnCount() == 7
    assert view.title.text() == "2025-04-14 to 2025-04-20"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Warehouse"
    tuesday = model.index(0, 1)
    assert model.data(tuesday) == "09:00–13:00 (0/2)"
    assert model.data(tuesday, Qt.ItemDataRole.BackgroundRole) == SHORT_COLOUR
    assert "2 more people needed" in model.data(tuesday, Qt.ItemDataRole.ToolTipRole)
    assert "2 shifts · 2 short of people" in view.summary.text()
    view.step_period(1)
    assert "Easter Monday" in model.headerData(0, Qt.Orientation.Horizontal)
    assert "Public holidays: 2025-04-21 Easter Monday" in view.summary.text()
    view.span_box.setCurrentIndex(1)  # month
    assert model.columnCount() == 30
    assert view.summary.text().startswith("9 shifts · 9 short of people")  # April 2025: 5 Tuesdays, 4 Mondays


def test_assigning_someone_with_an_expired_certificate_warns_then_needs_a_reason(
        qtbot: object, db: Database, actors: dict[Role, Actor], roster: Roster, shown: object) -> None:
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    cell = page.roster.model.shifts_at(page.roster.model.index(0, 1))[0]
    dialog = AssignDialog(page.context, cell, page)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.person.setCurrentIndex(dialog.person.findText("Ewa Lis"))
    assert "Ewa Lis's Food hygiene expired on 2025-01-31; Warehouse requires it." in dialog.clash_label.text()
    assert dialog.reason.isEnabled()
    dialog.assign_button.click()
    assert "This assignment clashes:" in shown.texts()[-1]  # type: ignore[attr-defined]
    assert cell.filled == 0 and dialog.cell.filled == 0
    dialog.reason.setText("Renewal booked next week")
    dialog.assign_button.click()
    assert dialog.cell.filled == 1
    assert dialog.on_shift.item(0).text() == "Ewa Lis — Scheduled"
    dialog.person.setCurrentIndex(dialog.person.findText("Ola Wójcik"))
    assert dialog.clash_label.text() == "No clashes."
    dialog.assign_button.click()
    assert dialog.cell.filled == 2
    page.roster.reload()
    assert page.roster.model.data(page.roster.model.index(0, 1)) == "09:00–13:00 (2/2)\n  Ewa Lis\n  Ola Wójcik"
    assert page.roster.model.data(page.roster.model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    page.roster.mode_box.setCurrentIndex(1)
    assert page.roster.model.mode == BY_PEOPLE
    assert page.roster.model.headerData(0, Qt.Orientation.Vertical) == "Ewa Lis"
    assert page.roster.model.data(page.roster.model.index(0, 1)) == "09:00–13:00 Warehouse"


def test_front_desk_signs_people_in_and_out(qtbot: object, qtmodeltester: object, db: Database,
                                            actors: dict[Role, Actor], roster: Roster) -> None:
    coordinator = actors[Role.COORDINATOR]
    from desktop.services.rosters import assignments, grid
    with UnitOfWork(db) as uow:
        cell = grid.roster_period(uow, coordinator, TODAY, 1).shifts[0]
        assignments.assign(uow, coordinator, cell.id, roster.ola)  # type: ignore[attr-defined]
        uow.commit()
    page = page_for(qtbot, db, actors[Role.FRONT_DESK])
    assert page.tabs.currentWidget() is page.desk
    assert page.register is None and page.hours is None
    desk = page.desk
    qtmodeltester.check(desk.model)  # type: ignore[attr-defined]
    assert desk.model.data(desk.model.index(0, COL_PERSON)) == "Ola Wójcik"
    desk.table.selectRow(0)
    desk.in_button.click()
    assert desk.model.data(desk.model.index(0, COL_STATUS)) == "Signed in"
    desk.out_button.click()
    assert desk.model.data(desk.model.index(0, COL_STATUS)) == "Completed"
    assert not desk.correct_button.isVisibleTo(page)


def test_register_hours_and_templates_tabs(qtbot: object, qtmodeltester: object, db: Database,
                                           actors: dict[Role, Actor], roster: Roster) -> None:
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    assert page.register is not None and page.setup is not None and page.hours is not None
    qtmodeltester.check(page.register.model)  # type: ignore[attr-defined]
    assert [r.name for r in page.register.model.rows] == ["Ewa Lis", "Ola Wójcik"]
    page.register.search.setText("wój")
    assert page.register.model.rowCount() == 1
    from desktop.views.rosters.register_panel import StaffDialog
    dialog = StaffDialog(page.context, None, page)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.given.setText("Marek")
    dialog.family.setText("Wójcikowski")
    dialog.max_hours.setValue(12)
    dialog.quals[[n for n, (qid, *_) in enumerate(dialog.quals) if qid == roster.hygiene][0]][1].setChecked(True)
    dialog.availability.add_row(None).day.setCurrentIndex(2)
    dialog.save()
    page.register.reload()
    assert [r.name for r in page.register.model.rows] == ["Ola Wójcik", "Marek Wójcikowski"]  # search "wój"
    added = next(r for r in page.register.model.rows if r.name == "Marek Wójcikowski")
    assert added.max_hours_per_week == 12
    qtmodeltester.check(page.hours.people_model)  # type: ignore[attr-defined]
    assert page.hours.people_model.cells[-1][0] == "Total"
    assert page.setup.templates_model.cells == [("Monday", "09:00–13:00", "Intake desk", "1"),
                                                ("Tuesday", "09:00–13:00", "Warehouse", "2")]
    assert page.setup.posts_model.cells[0] == ("Warehouse", "Food hygiene")
