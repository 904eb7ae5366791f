"""Country packs: grounds from assessments (PL art. 7, ID PMKS), SLRT figures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.db import Database
from desktop.models.casework import Assessment, AssessmentNeed
from desktop.models.clients import Household, HouseholdMember, Person, Relationship, Sex
from desktop.models.settings import NeedCategory
from desktop.services import reporting
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre
from tests.unit.report_fixtures import OCTOBER, build_october


def need(uow: UnitOfWork, taxonomy: str, code: str) -> int:
    return int(uow.session.scalar(select(NeedCategory.id).where(NeedCategory.taxonomy == taxonomy,
                                                                NeedCategory.code == code)) or 0)


def assess(uow: UnitOfWork, on: date, category: int, *, person: int | None = None,
           household: int | None = None) -> None:
    a = Assessment(person_id=person, household_id=household, assessed_on=on)
    uow.session.add(a)
    uow.flush()
    uow.session.add(AssessmentNeed(assessment_id=a.id, need_category_id=category, severity=2))


def test_mrpips_grounds(db: Database, admin: Actor) -> None:
    ids = build_october(db, admin)
    with UnitOfWork(db) as uow:
        assess(uow, date(2026, 9, 1), need(uow, "pl_art7", "ubostwo"), household=ids.households["H1"])
        assess(uow, date(2026, 10, 1), need(uow, "pl_art7", "bezdomnosc"), person=ids.people["eve"])
        assess(uow, date(2026, 11, 5), need(uow, "pl_art7", "bezrobocie"), household=ids.households["H2"])
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        result = reporting.run_pack(uow, admin, "pl-mrpips03", OCTOBER)
    grounds = result.figures["mrpips03"]["by_ground"]
    # ubóstwo: H1; persons in it on its first October service (10-05): Anna, Bob, Carl.
    assert grounds["ubóstwo"] == {"families": 1, "persons_in_families": 3}
    # bezdomność on Eve's own assessment -> her household H2 (Eve, Frank on H2's first service, 10-07).
    assert grounds["bezdomność"] == {"families": 1, "persons_in_families": 2}
    # bezrobocie was assessed after the period: not counted.
    assert grounds["bezrobocie"] == {"families": 0, "persons_in_families": 0}
    assert len(grounds) == 16  # every art. 7 ground listed, zeros included
    assert result.language == "pl"
    # The PL pack speaks Polish whatever the interface language: "based on" the official form.
    assert any("na podstawie" in note.lower() for section in result.sections for note in section.notes)


def test_slrt_pack(empty_db: Database) -> None:
    admin = make_centre(empty_db, profile="id")
    with UnitOfWork(empty_db) as uow:
        h = Household(ref="KK-1", registered_on=date(2026, 10, 2), address_line="RT 01 / RW 02")
        siti = Person(given_name="Siti", family_name="Rahayu", sex=Sex.FEMALE, birth_date=date(1950, 4, 1))
        budi = Person(given_name="Budi", family_name="Santoso", sex=Sex.MALE, birth_date=date(1978, 8, 17))
        uow.session.add_all([h, siti, budi])
        uow.flush()
        for person, rel in ((siti, Relationship.HEAD), (budi, Relationship.CHILD)):
            uow.session.add(HouseholdMember(household_id=h.id, person_id=person.id, relationship_=rel,
                                            joined_on=date(2000, 1, 1)))
        record_service(uow, admin, served_on=date(2026, 10, 9), service_type="information", household_id=h.id)
        record_service(uow, admin, served_on=date(2026, 10, 20), service_type="counselling", person_id=siti.id)
        assess(uow, date(2026, 10, 9), need(uow, "id_pmks", "fakir_miskin"), household=h.id)
        assess(uow, date(2026, 10, 9), need(uow, "id_pmks", "lansia_telantar"), person=siti.id)
        uow.commit()
    with UnitOfWork(empty_db, write=False) as uow:
        result = reporting.run_pack(uow, admin, "id-slrt", OCTOBER)
    slrt = result.figures["slrt"]
    # Visitors: Siti and Budi (household information service) = 2, both new; 2 services; KK-1 registered 10-02.
    assert (slrt["visitors"], slrt["visits"], slrt["households_registered"]) == (2, 2, 1)
    # fakir miskin on the household -> both members; lanjut usia telantar on Siti only.
    assert slrt["persons_by_pmks"]["fakir miskin"] == 2
    assert slrt["persons_by_pmks"]["lanjut usia telantar"] == 1
    assert slrt["persons_by_pmks"]["anak jalanan"] == 0
    # Nothing recorded: zeros for every type and kind (tests/unit/test_slrt_report.py works real figures).
    assert slrt["complaints"]["received"] == 0 and slrt["complaints"]["by_type"]["aid_not_received"]["open"] == 0
    assert (slrt["dtks_proposals"]["new"], slrt["dtks_proposals"]["by_status"]["accepted"]) == (0, 0)
    assert result.language == "id"
