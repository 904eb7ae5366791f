"""Counting rules on hand-built data (tests/unit/report_fixtures.py describes it); answers worked out here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.errors import PermissionDenied
from desktop.models.users import Role
from desktop.reports.periods import month_period
from desktop.services import reporting
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.report_fixtures import OCTOBER, build_october


@pytest.fixture
def october(db: Database, admin: Actor) -> Database:
    build_october(db, admin)
    return db


def ids_of_h2(db: Database) -> int:
    from sqlalchemy import select

    from desktop.models.clients import Household

    with UnitOfWork(db, write=False) as uow:
        return int(uow.session.scalar(select(Household.id).where(Household.ref == "H2")) or 0)


def monthly(db: Database, actor: Actor) -> dict:  # type: ignore[type-arg]
    with UnitOfWork(db, write=False) as uow:
        return reporting.run_pack(uow, actor, "monthly", OCTOBER).figures


def test_people_served(october: Database, admin: Actor) -> None:
    people = monthly(october, admin)["people"]
    # H1 on 10-05: Anna, Bob, Carl (Dora not yet a member); H1 on 10-20: Anna, Bob, Dora (Carl left on 10-10);
    # H2 parcel 10-22: Eve, Frank; Eve's own services; Gus's shelter nights. Hana only in September.
    # {Anna, Bob, Carl, Dora, Eve, Frank, Gus} = 7, each once.
    assert people["unduplicated"] == 7
    # New: Dora (joined after H1's 2025 parcel), Frank (H2 never had a household service before; Eve's
    # September counselling was hers alone), Gus (first ever). Returning: Anna, Bob, Carl (H1 2025), Eve.
    assert people["new"] == 3
    assert people["returning"] == 4
    # Ages on each person's first service in October: Dora 2026-2024 = 2 (year only) -> 0-4;
    # Bob 17 on 10-05 (18 on 10-15, later) -> 5-17; Anna 36, Frank 46, Gus 26 -> 18-59; Carl 76 -> 60+;
    # Eve no birth date -> unknown.
    assert people["by_age_band"] == {"0-4": 1, "5-17": 1, "18-59": 3, "60+": 1, "unknown": 1}
    assert people["by_sex"] == {"F": 2, "M": 4, "X": 0, "U": 1}


def test_households_served(october: Database, admin: Actor) -> None:
    households = monthly(october, admin)["households"]
    # H1 (own parcels) and H2 (Eve's own services count for her household, and its parcel); Gus has none;
    # H3 only in September. Both were served before October -> 0 new. With children: H1's first October
    # service is 10-05, when Bob is 17.
    assert households == {"unduplicated": 2, "new": 0, "returning": 2, "with_children": 1}


def test_services_by_type(october: Database, admin: Actor) -> None:
    services = monthly(october, admin)["services"]
    # food_parcel: H1 10-05, H1 10-20, H2 10-22 = 3 records; people Anna, Bob, Carl, Dora, Eve, Frank = 6.
    assert services["food_parcel"] == {"count": 3, "people": 6, "households": 2}
    assert services["counselling"] == {"count": 1, "people": 1, "households": 1}  # September one excluded
    assert services["clothing"] == {"count": 1, "people": 1, "households": 1}
    assert services["shelter_night"] == {"count": 2, "people": 1, "households": 0}  # Gus: no household
    assert services["referral"] == {"count": 0, "people": 0, "households": 0}


def test_food_and_items(october: Database, admin: Actor) -> None:
    figures = monthly(october, admin)
    # 12.5 kg (H1 10-05 record) + 2 x 1 kg rice from the stock parcel's lines = 14.5 kg.
    # Unweighted: H1 10-20 parcel quantity 2 + 3 tins of beans without unit weight = 5 units.
    assert figures["food"]["kg"] == 14.5
    assert figures["food"]["unweighted_items"] == 5
    assert figures["distributed"]["by_category"]["clothing"]["items"] == 1
    assert figures["distributed"]["by_category"]["food"]["items"] == 5  # 2 rice + 3 beans
    # Trend: 12 months ending October 2026; 2025-03 (5 kg) is outside it, September has H3's 4 kg.
    trend = figures["food"]["kg_by_month"]
    assert list(trend)[0] == "2025-11" and list(trend)[-1] == "2026-10"
    assert trend["2026-09"] == 4 and trend["2026-10"] == 14.5


def test_referrals_volunteers_stock(october: Database, admin: Actor) -> None:
    figures = monthly(october, admin)
    # Only R1 was sent in October (R2 in September, R3 never sent).
    assert figures["referrals"]["made"] == 1
    assert figures["referrals"]["by_status"]["accepted"] == 1
    assert figures["referrals"]["by_agency_type"] == {"Clinic": 1}
    # 09:00-12:30 = 3.5 h on the one completed assignment; the signed-in one does not count.
    assert figures["volunteers"] == {"people": 1, "hours": 3.5}
    # Rice: opening 10 (September receipt), received 5, distributed 2, adjusted -1, closing 10+5-2-1 = 12.
    assert figures["stock"]["by_category"]["food"] == {"opening": 10, "received": 5, "distributed": 2,
                                                       "adjusted": -1, "closing": 12}


def test_data_quality(october: Database, admin: Actor) -> None:
    checks = {c["check"]: c["count"] for c in monthly(october, admin)["data_quality"]}
    assert checks["people_without_birth_date"] == 1  # Eve
    assert checks["people_without_sex"] == 1  # Eve
    # October records: H1 x2, Eve x2, Gus x2, H2 parcel = 7; only H1's 10-05 parcel has a programme.
    assert checks["services_without_programme"] == 6
    assert checks["services_without_client"] == 0
    assert checks["households_without_address"] == 1  # H2
    assert checks["food_lines_without_weight"] == 1  # beans
    assert checks["food_records_without_weight"] == 1  # H1 10-20
    assert checks["shifts_without_sign_out"] == 1
    with UnitOfWork(october, write=False) as uow:
        ids = reporting.quality_records(uow, admin, "households_without_address", OCTOBER)
    assert ids == [ids_of_h2(october)]


def test_previous_month_only_person_is_not_counted(october: Database, admin: Actor) -> None:
    with UnitOfWork(october, write=False) as uow:
        september = reporting.run_pack(uow, admin, "monthly", month_period(2026, 9)).figures
    # September: Eve (counselling 09-15) and H3's parcel (Hana). Both first ever -> new.
    assert september["people"]["unduplicated"] == 2
    assert september["people"]["new"] == 2
    assert september["households"]["unduplicated"] == 2


def test_tefap_pack(october: Database, admin: Actor) -> None:
    with UnitOfWork(october, write=False) as uow:
        figures = reporting.run_pack(uow, admin, "us-tefap", OCTOBER).figures
    tefap = figures["tefap"]
    assert tefap["households"] == {"with_children": 1, "without_children": 1, "total": 2}
    # 0-17: Dora, Bob; 18-59: Anna, Frank, Gus; 60+: Carl; unknown: Eve.
    assert tefap["persons"] == {"0-17": 2, "18-59": 3, "60+": 1, "unknown": 1, "total": 7}
    assert tefap["pounds"] == pytest.approx(14.5 * 2.20462, abs=0.001)


def test_export_json_is_audited(october: Database, admin: Actor, tmp_path: Path) -> None:
    out = tmp_path / "october.json"
    reporting.export_pack(october, admin, "monthly", OCTOBER, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
    assert document["people"]["unduplicated"] == 7
    assert "Anna" not in out.read_text(encoding="utf-8")  # aggregate reports carry no names
    from sqlalchemy import select

    from desktop.models.audit import AuditEvent

    with UnitOfWork(october, write=False) as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
        assert event.entity_id == "monthly" and "october.json" in event.summary and "2026-10-01" in event.summary


def test_an_export_that_cannot_be_audited_leaves_no_file(october: Database, admin: Actor, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.errors import DatabaseError

    def disk_full(*args: object, **kwargs: object) -> None:
        raise DatabaseError("The disk is full: nothing was saved.")

    monkeypatch.setattr("desktop.services.reporting.audit.record", disk_full)
    (tmp_path / "october.xlsx").write_bytes(b"last month's file")
    with pytest.raises(DatabaseError):
        reporting.export_pack(october, admin, "monthly", OCTOBER, tmp_path / "october.xlsx")
    with pytest.raises(DatabaseError):
        reporting.export_people_served(october, admin, OCTOBER, tmp_path / "people.xlsx")
    assert (tmp_path / "october.xlsx").read_bytes() == b"last month's file"  # an older file stays as it was
    assert not (tmp_path / "people.xlsx").exists()
    assert not list(tmp_path.glob("*partial*"))


def test_permissions(october: Database, actors: dict[Role, Actor], tmp_path: Path) -> None:
    with UnitOfWork(october) as uow:
        with pytest.raises(PermissionDenied):
            reporting.run_pack(uow, actors[Role.FRONT_DESK], "monthly", OCTOBER)
    with pytest.raises(PermissionDenied):
        reporting.export_people_served(october, actors[Role.CASEWORKER], OCTOBER, tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied):
        reporting.export_pack(october, actors[Role.FRONT_DESK], "monthly", OCTOBER, tmp_path / "x.json")
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.json").exists()


def test_fast_first_dates_agree_with_events(october: Database) -> None:
    """The people list's shortcut (first date per membership) gives the same people and dates as the events."""
    from sqlalchemy import func, select

    from desktop.reports.periods import Period
    from desktop.reports.served import Served, people_events

    for period in (OCTOBER, month_period(2026, 9), Period(month_period(2025, 1).start, OCTOBER.end)):
        events = people_events(period).subquery()
        with UnitOfWork(october, write=False) as uow:
            expected = set(uow.session.execute(select(events.c.pid, func.min(events.c.d)).group_by(events.c.pid)))
            fast = Served(period).people()
            assert set(uow.session.execute(select(fast.c.pid, fast.c.first_d))) == expected


@pytest.mark.parametrize("period", [OCTOBER, month_period(2026, 9)])
def test_long_period_path_gives_the_same_figures(october: Database, admin: Actor, period,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Short periods read temporary event tables, long ones probe per membership: same answers."""
    with UnitOfWork(october, write=False) as uow:
        materialised = reporting.run_pack(uow, admin, "monthly", period).figures
    monkeypatch.setattr("desktop.reports.engine.SHORT_PERIOD_DAYS", 0)
    with UnitOfWork(october, write=False) as uow:
        probed = reporting.run_pack(uow, admin, "monthly", period).figures  # queries run ahead, in parallel
    monkeypatch.setattr("desktop.reports.parallel.reader_count", lambda db: 1)
    with UnitOfWork(october, write=False) as uow:
        one_by_one = reporting.run_pack(uow, admin, "monthly", period).figures
    for key in ("people", "households", "services", "food", "data_quality"):
        assert probed[key] == materialised[key] == one_by_one[key], key


def test_grouped_counts_by_month_and_type_agree_with_the_events(october: Database) -> None:
    """The long-period shortcut (grouping records per household before joining members) is exact."""
    from sqlalchemy import extract, func, select

    from desktop.reports.periods import Period
    from desktop.reports.served import by_month, by_type, people_by, people_events

    period = Period(month_period(2025, 1).start, OCTOBER.end)
    events = people_events(period).subquery()
    month = extract("year", events.c.d) * 100 + extract("month", events.c.d)
    with UnitOfWork(october, write=False) as uow:
        for key, column in ((by_month, month), (by_type, events.c.t)):
            expected = set(uow.session.execute(select(column, func.count(events.c.pid.distinct())).group_by(column)))
            assert set(uow.session.execute(people_by(period, key))) == expected
            assert len(expected) >= 2
