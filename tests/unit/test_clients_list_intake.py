"""Client list (filters, SQL sort, paging), intake (duplicates first, needs and consent via casework),
timeline and alerts sources."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop.db import Database
from desktop.models.casework import Assessment, Consent
from desktop.models.clients import Relationship, Sex
from desktop.models.users import Role
from desktop.services import archive_erase, client_alerts, client_list, client_search, intake, timeline
from desktop.services.client_list import ClientListFilter, SortKey, StatusFilter
from desktop.services.households import HouseholdData
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork

NAMES = ("Anna", "Tomasz", "Celina", "Jerzy")


def _intake(db: Database, actor: Actor, family: str, members: int, *, needs: tuple[str, ...] = (),
            locality: str = "Gdańsk", visit: date | None = None) -> intake.IntakeResult:
    data = intake.IntakeData(
        household=HouseholdData(address_line=f"ul. {family} 1", locality=locality, registered_on=date(2025, 1, 1)),
        members=tuple(intake.IntakeMember(PersonData(NAMES[i], family, Sex.FEMALE, date(1980 + i * 5, 1, 1)),
                                          Relationship.HEAD if i == 0 else Relationship.CHILD)
                      for i in range(members)),
        need_codes=needs, consent_data_processing=True, consent_on=date(2025, 1, 1))
    with UnitOfWork(db) as uow:
        result = intake.save_intake(uow, actor, data)
        if visit:
            record_service(uow, actor, served_on=visit, service_type="food_parcel", household_id=result.household_id,
                           quantity=Decimal(1))
        uow.commit()
    return result


def test_intake_stores_household_members_needs_and_consent(db: Database, admin: Actor) -> None:
    result = _intake(db, admin, "Kowal", 3, needs=("ubostwo", "bezrobocie"))
    assert len(result.person_ids) == 3 and result.assessment_id is not None and len(result.consent_ids) == 3
    with UnitOfWork(db, write=False) as uow:
        assessment = uow.session.get(Assessment, result.assessment_id)
        assert assessment is not None and assessment.household_id == result.household_id
        assert uow.session.scalar(select(func.count()).select_from(Consent)) == 3
        dupes = intake.check_duplicates(uow, admin, intake.IntakeData(
            household=HouseholdData(address_line="UL. KOWAL 1", locality="Gdansk"),
            members=(intake.IntakeMember(PersonData("ANNA", "KOWAL"), Relationship.HEAD),)))
    assert [(i, m.person_id, m.reason) for i, m in dupes] == [(0, result.person_ids[0],
                                                                "Similar name at the same address")]


def test_front_desk_intake_registers_without_case_files(db: Database, actors: dict[Role, Actor]) -> None:
    result = _intake(db, actors[Role.FRONT_DESK], "Lis", 2, needs=("ubostwo",))
    assert len(result.person_ids) == 2 and result.assessment_id is None and result.consent_ids == ()


def test_list_filters_sorts_and_pages(db: Database, admin: Actor) -> None:
    today = date.today()
    a = _intake(db, admin, "Adamski", 1, needs=("ubostwo",), locality="Zabrze", visit=today - timedelta(days=3))
    b = _intake(db, admin, "Bury", 4, locality="Alwernia", visit=today - timedelta(days=90))
    c = _intake(db, admin, "Cicha", 2, locality="Malbork")
    with UnitOfWork(db) as uow:
        archive_erase.archive_household(uow, admin, c.household_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        active = client_list.household_ids(uow, admin, ClientListFilter())
        by_members = client_list.household_ids(uow, admin, ClientListFilter(), SortKey.MEMBERS, descending=True)
        by_locality = client_list.household_ids(uow, admin, ClientListFilter(), SortKey.LOCALITY)
        by_visit = client_list.household_ids(uow, admin, ClientListFilter(), SortKey.LAST_VISIT, descending=True)
        archived = client_list.household_ids(uow, admin, ClientListFilter(StatusFilter.ARCHIVED))
        everything = client_list.household_ids(uow, admin, ClientListFilter(StatusFilter.ALL), SortKey.HEAD)
        needy = client_list.household_ids(uow, admin, ClientListFilter(need_code="ubostwo"))
        recent = client_list.household_ids(uow, admin, ClientListFilter(visited_since=today - timedelta(days=30)))
        lapsed = client_list.household_ids(uow, admin, ClientListFilter(not_visited_since=today - timedelta(days=30)))
        rows = client_list.household_rows(uow, admin, [b.household_id, a.household_id])
    assert active == [a.household_id, b.household_id]
    assert by_members == [b.household_id, a.household_id]
    assert by_locality == [b.household_id, a.household_id]
    assert by_visit == [a.household_id, b.household_id]
    assert archived == [c.household_id]
    assert everything == [a.household_id, b.household_id, c.household_id]
    assert needy == [a.household_id] and recent == [a.household_id] and lapsed == [b.household_id]
    assert [(r.head_name, r.members, r.last_visit) for r in rows] == [
        ("Bury Anna", 4, today - timedelta(days=90)), ("Adamski Anna", 1, today - timedelta(days=3))]


def test_timeline_and_alerts(db: Database, admin: Actor) -> None:
    result = _intake(db, admin, "Nowik", 2, visit=date(2025, 2, 1))
    with UnitOfWork(db, write=False) as uow:
        entries = timeline.timeline(uow, admin, result.household_id, list(result.person_ids))
        alerts = client_alerts.alerts(uow, admin, result.household_id, list(result.person_ids))
    kinds = [(e.when, e.kind) for e in entries if e.kind in ("service", "membership")]
    assert kinds == [(date(2025, 2, 1), "service"), (date(2025, 1, 1), "membership"), (date(2025, 1, 1), "membership")]
    assert any("Food parcel" in e.text for e in entries)
    assert alerts == []


def test_intake_of_a_person_without_a_household(db: Database, admin: Actor) -> None:
    data = intake.IntakeData(household=HouseholdData(), members=(
        intake.IntakeMember(PersonData("Marek", "Bezdomny", Sex.MALE, birth_year=1961), Relationship.HEAD),),
        need_codes=("bezdomnosc",), consent_data_processing=True, no_household=True)
    with UnitOfWork(db) as uow:
        result = intake.save_intake(uow, admin, data)
        uow.commit()
    assert result.household_id is None and len(result.person_ids) == 1 and len(result.consent_ids) == 1
    with UnitOfWork(db, write=False) as uow:
        assessment = uow.session.get(Assessment, result.assessment_id)
        assert assessment is not None and assessment.person_id == result.person_ids[0]
        assert client_list.household_ids(uow, admin, ClientListFilter(StatusFilter.ALL)) == []
        hits = client_search.search_clients(uow, admin, "bezdomny")
    assert [(h.person_id, h.household_id) for h in hits] == [(result.person_ids[0], None)]
