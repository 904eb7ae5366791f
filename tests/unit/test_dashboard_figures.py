"""Dashboard figures on hand-built data (tests/unit/report_fixtures.py: October 2026); answers worked out here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.db import Database
from desktop.errors import PermissionDenied
from desktop.models.users import Role
from desktop.reports.periods import month_period
from desktop.services import dashboard, dashboard_figures
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork
from tests.unit.report_fixtures import Ids, build_october
from tests.unit.rosters_helpers import Roster


@pytest.fixture
def october(db: Database, admin: Actor) -> Ids:
    return build_october(db, admin)


def tiles(db: Database, actor: Actor, today: date) -> dict[str, dashboard.Tile]:
    with UnitOfWork(db, write=False) as uow:
        return {t.key: t for t in dashboard.tiles_for(uow, actor, today)}


def test_today_visits_count_records_by_type(db: Database, admin: Actor, october: Ids) -> None:
    today = date(2026, 10, 5)  # H1's household food parcel, 12.5 kg
    with UnitOfWork(db) as uow:
        record_service(uow, admin, served_on=today, service_type="counselling", person_id=october.people["eve"])
        record_service(uow, admin, served_on=today, service_type="clothing", person_id=october.people["gus"])
        record_service(uow, admin, served_on=today, service_type="food_parcel", household_id=october.households["H2"],
                       weight_kg=Decimal("3.25"))
        uow.commit()
    shown = tiles(db, admin, today)
    visits = shown["figures.today_visits"]
    assert visits.count == 4
    assert [(r.text, r.detail) for r in visits.rows] == [("Food parcel", "2"), ("Clothing", "1"),
                                                         ("Counselling", "1")]
    assert visits.opens == "clients"
    parcels = shown["figures.today_parcels"]
    assert parcels.count == 3  # two food parcels and one clothing; counselling is not a parcel
    assert [(r.text, r.detail) for r in parcels.rows] == [("Food parcels", "2"), ("Clothing", "1"),
                                                          ("Food weighed", "15.8 kg")]  # 12.5 + 3.25


def test_a_quiet_day_says_so(db: Database, admin: Actor, october: Ids) -> None:
    visits = tiles(db, admin, date(2026, 10, 18))["figures.today_visits"]
    assert visits.count == 0
    assert visits.rows[0].text == "No services recorded yet today."


def test_people_served_this_month_against_last_month(db: Database, admin: Actor, october: Ids) -> None:
    # Up to 18 October: H1's parcel of 10-05 serves Anna, Bob and Carl (Carl left 10-10, after it), Eve's
    # counselling 10-07, Gus's shelter nights = 5. Dora (10-20) and Frank (10-22) come later in the month.
    # September: Eve 09-15 and Hana (H3's parcel 09-20) = 2; by 18 September only Eve.
    month = tiles(db, admin, date(2026, 10, 18))["figures.month_people"]
    assert month.count == 5
    assert [r.detail for r in month.rows] == ["5", "1", "2"]
    assert month.rows[0].text == "This month so far (2026-10-01 – 2026-10-18)"
    assert month.rows[2].text == "Last month in full (2026-09)"
    assert month.opens == "reports"
    assert tiles(db, admin, date(2026, 10, 31))["figures.month_people"].count == 7  # the report's October figure


def test_people_served_by_month_for_the_chart(db: Database, admin: Actor, october: Ids) -> None:
    with UnitOfWork(db, write=False) as uow:
        series = dashboard_figures.people_served_by_month(uow, admin, 3, date(2026, 10, 18))
        assert series == [("2026-08", 0), ("2026-09", 2), ("2026-10", 5)]
        long = dashboard_figures.people_served_by_month(uow, admin, 20, date(2026, 10, 31))
        assert len(long) == 20 and long[0][0] == "2025-03" and long[-1] == ("2026-10", 7)
        # March 2025: H1's parcel serves its three members of that date (Dora joined in 2026).
        assert dict(long)["2025-03"] == 3
        # Each bar is exactly the engine's unduplicated count for its month.
        for key, count in long:
            year, month = map(int, key.split("-"))
            assert count == dashboard_figures.people_served(uow, month_period(year, month))


def test_front_desk_sees_today_but_not_the_monthly_figures(db: Database, actors: dict[Role, Actor],
                                                           october: Ids) -> None:
    today = date(2026, 10, 18)
    roster = Roster(db, actors[Role.ADMINISTRATOR])
    roster.shift(today, "09:00", "13:00", needed=2)
    roster.shift(date(2026, 10, 19), "09:00", "13:00", needed=2)  # tomorrow: only the 7-day tile
    desk = tiles(db, actors[Role.FRONT_DESK], today)
    assert set(desk) == {"figures.today_visits", "figures.today_parcels", "figures.today_understaffed",
                         "stock.expiring"}
    short = desk["figures.today_understaffed"]
    assert (short.count, short.severity, short.opens) == (1, "danger", "rosters")
    assert short.rows[0].text == "09:00–13:00 Intake desk" and short.rows[0].detail == "0 of 2 people"
    with UnitOfWork(db, write=False) as uow, pytest.raises(PermissionDenied):
        dashboard_figures.people_served_by_month(uow, actors[Role.FRONT_DESK], 12, today)
    warehouse = tiles(db, actors[Role.WAREHOUSE], today)
    assert "figures.today_visits" not in warehouse and "figures.month_people" not in warehouse
    assert "figures.today_parcels" in warehouse
    coordinator = tiles(db, actors[Role.COORDINATOR], today)
    assert {"figures.month_people", "roster_understaffed", "figures.today_understaffed"} <= set(coordinator)
    assert coordinator["roster_understaffed"].count == 2
    assert "figures.month_people" in tiles(db, actors[Role.CASEWORKER], today)


@pytest.mark.parametrize(("today", "expected"), [(date(2026, 3, 31), date(2026, 2, 28)),
                                                  (date(2024, 3, 30), date(2024, 2, 29)),
                                                  (date(2026, 1, 15), date(2025, 12, 15))])
def test_same_day_last_month_on_short_months(today: date, expected: date) -> None:
    assert dashboard_figures._same_day_last_month(today) == expected
