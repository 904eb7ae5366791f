"""Clients: duplicates, merge, archive, erase, subject access export, permissions."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.errors import PermissionDenied
from desktop.models.audit import AuditEvent
from desktop.models.casework import Consent, ConsentScope
from desktop.models.clients import Household, HouseholdMember, IdType, Person, RecordStatus, Relationship, Sex
from desktop.models.services import ServiceRecord
from desktop.models.users import Role
from desktop.services import archive_erase, client_search, consents, duplicates, households, merge, people
from desktop.services.households import HouseholdData
from desktop.services.identifiers import make_pesel
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.subject_access import export_subject_access
from desktop.services.uow import UnitOfWork

PESEL = make_pesel(date(1985, 4, 12), False, 321)


def _register(db: Database, actor: Actor, given: str, family: str, *, birth: date | None = None,
              pesel: str = "", address: str = "ul. Lipowa 3", locality: str = "Łódź") -> tuple[int, int]:
    with UnitOfWork(db) as uow:
        hid = households.create_household(uow, actor, HouseholdData(address_line=address, locality=locality,
                                                                     district="Łódź", region="łódzkie"))
        p = people.create_person(uow, actor, PersonData(given, family, Sex.MALE, birth,
                                                        id_type=IdType.PESEL if pesel else IdType.NONE,
                                                        id_number=pesel, phone="600100200"))
        households.add_member(uow, actor, hid, p.id, Relationship.HEAD, date(2025, 1, 1))
        record_service(uow, actor, served_on=date(2025, 2, 1), service_type="food_parcel", household_id=hid,
                       weight_kg=Decimal("12.5"), note="Left at the door of flat 3")
        record_service(uow, actor, served_on=date(2025, 3, 1), service_type="counselling", person_id=p.id)
        uow.commit()
    return hid, p.id


def test_duplicates_ignore_accents_and_case(db: Database, admin: Actor) -> None:
    _hid, pid = _register(db, admin, "Łukasz", "Wójcik", birth=date(1985, 4, 12))
    with UnitOfWork(db, write=False) as uow:
        by_birth = duplicates.find_duplicates(uow, admin, PersonData("LUKASZ", "wojcik", birth_date=date(1985, 4, 12)))
        by_address = duplicates.find_duplicates(uow, admin, PersonData("Lukasz", "Wojcik"),
                                                address_line="UL. LIPOWA 3", locality="Lodz")
        other = duplicates.find_duplicates(uow, admin, PersonData("Marek", "Wójcik", birth_date=date(1985, 4, 12)))
        other_day = duplicates.find_duplicates(uow, admin, PersonData("Łukasz", "Wójcik",
                                                                      birth_date=date(1985, 4, 13)))
    assert [(m.person_id, m.reason) for m in by_birth] == [(pid, "Similar name and same birth date")]
    assert [(m.person_id, m.reason) for m in by_address] == [(pid, "Similar name at the same address")]
    assert other == [] and other_day == []


def test_same_identifier_is_the_strongest_duplicate(db: Database, admin: Actor) -> None:
    _hid, pid = _register(db, admin, "Jan", "Kowalski", pesel=PESEL)
    with UnitOfWork(db, write=False) as uow:
        found = duplicates.find_duplicates(uow, admin, PersonData("Janek", "Nowak", id_type=IdType.PESEL,
                                                                  id_number=PESEL))
        excluded = duplicates.find_duplicates(uow, admin, PersonData("Jan", "Kowalski", id_type=IdType.PESEL,
                                                                     id_number=PESEL), exclude={pid})
    assert [(m.person_id, m.reason, m.score) for m in found] == [(pid, "Same identifier number", 1.0)]
    assert excluded == []


def _count(db: Database, model: type, **where: object) -> int:
    with UnitOfWork(db, write=False) as uow:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(uow.session.scalar(query) or 0)


def test_merging_people_keeps_every_attached_record(db: Database, admin: Actor) -> None:
    hid_a, keep = _register(db, admin, "Łukasz", "Wójcik", birth=date(1985, 4, 12))
    hid_b, remove = _register(db, admin, "Lukasz", "Wojcik", pesel=PESEL, address="Lipowa 3/5")
    with UnitOfWork(db) as uow:
        consents.record_consent(uow, admin, person_id=remove, scope=ConsentScope.DATA_PROCESSING,
                                given_on=date(2025, 1, 1))
        uow.commit()
    before = _count(db, ServiceRecord)
    with UnitOfWork(db) as uow:
        result = merge.merge_people(uow, admin, keep, remove)
        uow.commit()
    assert result.moved == {"household_members.person_id": 1, "service_records.person_id": 1,
                            "consents.person_id": 1}
    assert _count(db, ServiceRecord) == before == 4
    assert _count(db, ServiceRecord, person_id=keep) == 2
    assert _count(db, Consent, person_id=keep) == 1
    assert _count(db, Person, id=remove) == 0
    assert {m for m in _memberships(db, keep)} == {hid_a, hid_b}
    with UnitOfWork(db, write=False) as uow:
        kept = uow.session.get(Person, keep)
        assert kept is not None and kept.id_number == PESEL and kept.birth_date == date(1985, 4, 12)
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "merge")).one()
        assert (event.entity, event.entity_id) == ("person", str(keep)) and "Wójcik" not in event.summary
        hits = client_search.search_clients(uow, admin, "wojcik")
        # one person left, and both households they live in (found through their member's name)
        assert [h.person_id for h in hits if h.person_id] == [keep]
        assert {h.household_id for h in hits if h.person_id is None} == {hid_a, hid_b}


def _memberships(db: Database, person_id: int) -> list[int]:
    with UnitOfWork(db, write=False) as uow:
        return list(uow.session.scalars(select(HouseholdMember.household_id)
                                        .where(HouseholdMember.person_id == person_id)))


def test_merging_households_moves_members_and_services(db: Database, admin: Actor) -> None:
    keep, p1 = _register(db, admin, "Anna", "Nowak")
    remove, p2 = _register(db, admin, "Piotr", "Nowak")
    with UnitOfWork(db) as uow:
        result = merge.merge_households(uow, admin, keep, remove)
        uow.commit()
    assert result.moved == {"household_members.household_id": 1, "service_records.household_id": 1}
    assert _count(db, ServiceRecord, household_id=keep) == 2
    assert _count(db, Household, id=remove) == 0
    with UnitOfWork(db, write=False) as uow:
        detail = households.household_detail(uow, admin, keep)
    assert [(m.person.id, m.relationship) for m in detail.members] == [(p1, Relationship.HEAD),
                                                                       (p2, Relationship.OTHER)]


def test_archive_hides_and_restore_shows(db: Database, admin: Actor) -> None:
    hid, _pid = _register(db, admin, "Ewa", "Zając")
    with UnitOfWork(db) as uow:
        archive_erase.archive_household(uow, admin, hid)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert client_search.search_clients(uow, admin, "zajac") == []
    with UnitOfWork(db) as uow:
        archive_erase.restore_household(uow, admin, hid)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        hits = client_search.search_clients(uow, admin, "zajac")
        assert [(h.person_id is None, h.household_id) for h in hits] == [(False, hid), (True, hid)]


def test_erasure_removes_personal_data_and_keeps_anonymous_counts(db: Database, admin: Actor) -> None:
    hid, pid = _register(db, admin, "Łukasz", "Wójcik", birth=date(1985, 4, 12), pesel=PESEL)
    with UnitOfWork(db) as uow:
        result = archive_erase.erase_household(uow, admin, hid)
        uow.commit()
    assert (result.persons, result.households) == (1, 1) and result.rows_scrubbed >= 2
    with UnitOfWork(db, write=False) as uow:
        person = uow.session.get(Person, pid)
        household = uow.session.get(Household, hid)
        assert person is not None and household is not None
        assert (person.given_name, person.family_name, person.id_number, person.phone, person.birth_date) == \
            ("", "", "", "", None)
        assert (person.sex, person.birth_year, person.status) == (Sex.MALE, 1985, RecordStatus.ERASED)
        assert (household.address_line, household.locality, household.ref) == ("", "", f"X{hid}")
        assert (household.district, household.region) == ("Łódź", "łódzkie")
        services = uow.session.scalars(select(ServiceRecord).order_by(ServiceRecord.served_on)).all()
        assert [(s.service_type, s.weight_kg, s.note) for s in services] == [
            ("food_parcel", Decimal("12.500"), ""), ("counselling", None, "")]
        assert uow.session.scalar(select(func.count()).select_from(HouseholdMember)) == 1
        assert client_search.search_clients(uow, admin, "wojcik", include_archived=True) == []
        assert client_search.search_clients(uow, admin, PESEL, include_archived=True) == []
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "erase")).one()
        assert event.entity == "household" and "Wójcik" not in event.summary


def test_front_desk_can_search_but_cannot_archive_erase_or_merge(db: Database, actors: dict[Role, Actor]) -> None:
    front = actors[Role.FRONT_DESK]
    hid, pid = _register(db, actors[Role.ADMINISTRATOR], "Ewa", "Zając")
    with UnitOfWork(db) as uow:
        assert client_search.search_clients(uow, front, "ewa")[0].person_id == pid
        for call in (lambda: archive_erase.erase_person(uow, front, pid),
                     lambda: archive_erase.erase_household(uow, front, hid),
                     lambda: archive_erase.archive_household(uow, front, hid),
                     lambda: merge.merge_households(uow, front, hid, hid)):
            with pytest.raises(PermissionDenied):
                call()
        archive_erase.erase_person(uow, actors[Role.COORDINATOR], pid)  # the coordinator may


def test_subject_access_export_json_and_pdf(db: Database, admin: Actor, tmp_path: Path) -> None:
    _hid, pid = _register(db, admin, "Żaneta", "Ślązak", birth=date(1990, 1, 2))
    json_path, pdf_path = tmp_path / "sar.json", tmp_path / "sar.pdf"
    with UnitOfWork(db) as uow:
        export_subject_access(uow, admin, pid, json_path, pdf_path)
        uow.commit()
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Ślązak" and data["person"]["birth_date"] == "1990-01-02"
    assert data["households"][0]["household"]["locality"] == "Łódź"
    assert [r["service_type"] for r in data["records"]["service_records"]] == ["counselling"]
    text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ślązak" in text and "Łódź" in text and "Page 1 of" in text
    assert _count(db, AuditEvent, action="export", entity="person") == 1
