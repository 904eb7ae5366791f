"""The dashboard page: loads on the thread pool, shows the tiles a role may see, and tiles open their pages."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import event

from desktop.db import Database
from desktop.models.clients import Household, HouseholdMember, Person, Relationship, Sex
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext, load_centre
from desktop.views.dashboard.chart import month_label
from desktop.views.dashboard.page import DashboardPage
from desktop.views.dashboard.tile import TileButton
from tests.gui.helpers import main_window


def serve_today(db: Database, actor: Actor) -> None:
    """A household of three gets a food parcel today; one of them also gets counselling; another person gets
    clothing. Earlier this month (when there is an earlier day) the same household got another parcel."""
    today = date.today()
    with UnitOfWork(db) as uow:
        household = Household(ref="H1", address_line="1 Main St", registered_on=date(2020, 1, 1))
        uow.session.add(household)
        people = [Person(given_name=name, family_name="Test", sex=Sex.FEMALE) for name in ("Ala", "Ola", "Ela")]
        loner = Person(given_name="Jan", family_name="Solo", sex=Sex.MALE)
        uow.session.add_all([*people, loner])
        uow.flush()
        for person in people:
            uow.session.add(HouseholdMember(household_id=household.id, person_id=person.id,
                                            relationship_=Relationship.OTHER, joined_on=date(2020, 1, 1)))
        record_service(uow, actor, served_on=today, service_type="food_parcel", household_id=household.id,
                       weight_kg=Decimal("7.5"))
        record_service(uow, actor, served_on=today, service_type="counselling", person_id=people[0].id)
        record_service(uow, actor, served_on=today, service_type="clothing", person_id=loner.id)
        if today.day > 1:
            record_service(uow, actor, served_on=today - timedelta(days=1), service_type="food_parcel",
                           household_id=household.id)
        uow.commit()


def tiles_by_key(page: DashboardPage) -> dict[str, TileButton]:
    return {t.tile.key: t for t in page.tiles}


def wait_loaded(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=10_000)


def test_page_loads_in_the_background_then_shows_figures(qtbot, db, admin):
    serve_today(db, admin)
    context = PageContext(db, admin, load_centre(db))
    gui_thread_queries: list[str] = []

    def on_query(_conn, _cursor, statement, *_args):  # noqa: ANN001, ANN202 - SQLAlchemy event signature
        if threading.current_thread() is threading.main_thread():
            gui_thread_queries.append(statement)

    event.listen(db.engine, "before_cursor_execute", on_query)
    try:
        page = DashboardPage(context)
        qtbot.addWidget(page)
        # Constructed: a quiet loading line, no tiles yet, and not one query ran on the GUI thread.
        assert page.status.text() == "Loading…"
        assert page.tiles == [] and not page.refresh_button.isEnabled()
        page.show()
        wait_loaded(qtbot, page)
        assert gui_thread_queries == []
    finally:
        event.remove(db.engine, "before_cursor_execute", on_query)

    shown = tiles_by_key(page)
    visits = shown["figures.today_visits"]
    assert visits.title_label.text() == "Services recorded today"
    assert visits.count_label.text() == "3"
    # Most first, ties in code order.
    assert [label.text() for label in visits.row_labels] == ["Clothing — 1", "Counselling — 1", "Food parcel — 1"]
    parcels = shown["figures.today_parcels"]
    assert parcels.count_label.text() == "2"
    assert parcels.row_labels[2].text() == "Food weighed — 7.5 kg"
    # The household parcel counts its three members; Jan counts once: 4 people this month.
    assert shown["figures.month_people"].count_label.text() == "4"
    assert page.status.text().startswith("Figures for ") and page.refresh_button.isEnabled()
    # The chart: 12 months, the last one this month with the same 4 people.
    assert page.chart.isVisibleTo(page)
    assert len(page.chart.series_data) == 12
    assert page.chart.series_data[-1] == (date.today().strftime("%Y-%m"), 4)
    assert month_label(page.chart.series_data[-1][0]).endswith(date.today().strftime("%Y"))


def test_refresh_key_reloads_the_figures(qtbot, db, admin):
    window = main_window(qtbot, db, admin)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    wait_loaded(qtbot, page)
    assert tiles_by_key(page)["figures.today_visits"].count_label.text() == "0"
    serve_today(db, admin)
    qtbot.keyClick(window, QKeySequence(QKeySequence.StandardKey.Refresh)[0].key())
    qtbot.waitUntil(lambda: tiles_by_key(page)["figures.today_visits"].count_label.text() == "3", timeout=10_000)


def test_activating_tiles_switches_the_main_window_page(qtbot, db, admin):
    serve_today(db, admin)
    window = main_window(qtbot, db, admin)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    wait_loaded(qtbot, page)
    visits = tiles_by_key(page)["figures.today_visits"]
    assert visits.linked and visits.focusPolicy() == Qt.FocusPolicy.StrongFocus
    visits.setFocus()
    qtbot.keyClick(visits, Qt.Key.Key_Return)
    assert window.current_key() == "clients"

    window.open_page("dashboard")  # coming back reloads the tiles
    wait_loaded(qtbot, page)
    parcels = tiles_by_key(page)["figures.today_parcels"]
    qtbot.mouseClick(parcels, Qt.MouseButton.LeftButton)
    assert window.current_key() == "stock"

    window.open_page("dashboard")
    wait_loaded(qtbot, page)
    month = tiles_by_key(page)["figures.month_people"]
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Space)
    assert window.current_key() == "reports"


def test_front_desk_sees_only_the_tiles_of_their_role(qtbot, db, actors):
    serve_today(db, actors[Role.ADMINISTRATOR])
    window = main_window(qtbot, db, actors[Role.FRONT_DESK])
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    wait_loaded(qtbot, page)
    # Today's work and stock close to expiry; no monthly figures, case files, reorder levels or credentials.
    assert set(tiles_by_key(page)) == {"figures.today_visits", "figures.today_parcels", "stock.expiring"}
    assert tiles_by_key(page)["figures.today_visits"].count_label.text() == "3"
    assert not page.chart.isVisibleTo(page)
    assert page.data is not None and page.data.chart is None


@pytest.mark.parametrize("key", ["Key_Return", "Key_Space"])
def test_a_tile_whose_page_the_role_cannot_open_does_not_link(qtbot, db, actors, key):
    window = main_window(qtbot, db, actors[Role.CASEWORKER])  # sees the monthly figures, not the Reports page
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    wait_loaded(qtbot, page)
    month = tiles_by_key(page)["figures.month_people"]
    assert not month.linked and month.toolTip() == ""
    month.setFocus()
    qtbot.keyClick(month, getattr(Qt.Key, key))
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton)
    assert window.current_key() == "dashboard"
    assert tiles_by_key(page)["figures.today_visits"].linked  # Clients is theirs


def test_a_row_about_a_household_opens_its_file(qtbot, db, admin, actors):
    from sqlalchemy import select

    from desktop.services.dashboard import Tile, TileRow
    from desktop.views.clients import client_file

    serve_today(db, admin)
    with UnitOfWork(db, write=False) as uow:
        household_id = uow.session.scalar(select(Household.id).where(Household.ref == "H1"))
    tile = Tile("casework.follow_ups", "Referral follow-ups", 2, "warning",
                (TileRow("H1 Test", "due today", f"household:{household_id}"), TileRow("Rice", "", "item:3")),
                "clients")
    button = TileButton(tile, True, "Clients", records_linked=True)
    qtbot.addWidget(button)
    household_row, item_row = button.row_labels
    assert household_row.textFormat() == Qt.TextFormat.RichText
    assert f'href="household:{household_id}"' in household_row.text() and "due today" in household_row.text()
    assert item_row.textFormat() != Qt.TextFormat.RichText and item_row.text() == "Rice"
    assert "H1 Test — due today" in button.accessibleDescription()
    with qtbot.waitSignal(button.record_activated) as signal:
        household_row.linkActivated.emit(f"household:{household_id}")
    assert signal.args == [f"household:{household_id}"]

    page = DashboardPage(PageContext(db, admin, load_centre(db)))
    qtbot.addWidget(page)
    page.open_record(f"household:{household_id}")
    window = client_file._OPEN[(household_id, None)]
    assert window.isVisible() and "H1" in window.windowTitle()
    window.close()  # the file window deletes itself on close (not handed to qtbot, which would close it twice)

    plain = TileButton(tile, True, "Clients", records_linked=False)  # a role that may not open client files
    qtbot.addWidget(plain)
    assert all(label.textFormat() != Qt.TextFormat.RichText for label in plain.row_labels)
