"""Agencies (directory and import), assessments, consents, care plans and the plan PDF, casework services."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.casework import Agency, AgencyType, ConsentScope, Eligibility, GoalStatus, PlanStatus
from desktop.models.users import Role
from desktop.reports.care_plan_pdf import write_care_plan
from desktop.services import agencies, assessments, care_plans, casework_services, consents, dashboard, importing, setup
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import Family, make_agency, make_family

TODAY = date.today()


@pytest.fixture
def family(db: Database) -> Family:
    return make_family(db)


@pytest.fixture
def caseworker(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.CASEWORKER]


CSV = """name,type,services,phone,email,address,contact_person,fax
Przychodnia Rodzinna,Clinic,"GP, szczepienia",42 111 22 33,rejestracja@przychodnia.pl,ul. Zdrowa 1,dr Nowak,x
,Clinic,no name,,,,,
Powiatowy Urząd Pracy,Job centre,job offers,,not-an-email,,,
Przychodnia rodzinna,Clinic,duplicate in file,,,,,
Fundacja Prawna,Pomoc prawna,free legal advice,,porady@fundacja.org,,,
"""


def test_agencies_import_reports_bad_rows_and_imports_nothing(db: Database, caseworker: Actor,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "agencies.csv"
    path.write_text(CSV, encoding="utf-8")
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, caseworker, "agencies", path)
        uow.commit()
    assert report.unknown_columns == ["fax"]
    assert report.rows == 5 and report.imported == 0 and report.blocked
    assert {(i.line, i.column) for i in report.issues} == {(3, "name"), (4, "email"), (5, "name")}
    assert "Same name as line 2" in {i.line: i.message for i in report.issues}[5]
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(select(Agency.id)) is None
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, caseworker, "agencies", path, valid_only=True)
        uow.commit()
    assert report.imported == 2
    with UnitOfWork(db, write=False) as uow:
        rows = agencies.list_agencies(uow, caseworker)
        labels = {t.label for t in agencies.agency_types(uow)}
    assert [(r.name, r.type_label, r.email) for r in rows] == [
        ("Fundacja Prawna", "Pomoc prawna", "porady@fundacja.org"),
        ("Przychodnia Rodzinna", "Clinic", "rejestracja@przychodnia.pl")]
    assert {"Clinic", "Job centre", "Pomoc prawna", "Powiatowe Centrum Pomocy Rodzinie (PCPR)"} <= labels


def test_agencies_import_needs_case_file_rights(db: Database, actors: dict[Role, Actor], tmp_path: Path) -> None:
    path = tmp_path / "agencies.csv"
    path.write_text("name\nX\n", encoding="utf-8")
    with UnitOfWork(db) as uow, pytest.raises(PermissionDenied):
        importing.run_import(uow, actors[Role.FRONT_DESK], "agencies", path)
    template = importing.write_template("agencies", tmp_path / "template.csv")
    assert template.read_text(encoding="utf-8").splitlines()[0] == (
        "name,type,services,phone,email,address,contact_person")


def test_agency_types_are_editable(db: Database, caseworker: Actor) -> None:
    make_agency(db, caseworker, "A", "Clinic")
    with UnitOfWork(db) as uow:
        new_id = agencies.add_agency_type(uow, caseworker, "Food bank")
        with pytest.raises(ValidationError, match="already in the list"):
            agencies.add_agency_type(uow, caseworker, "food BANK")
        clinic = agencies.type_by_label(uow, "Clinic", create=False)
        assert clinic is not None
        agencies.rename_agency_type(uow, caseworker, clinic, "Health clinic")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert agencies.list_agencies(uow, caseworker)[0].type_label == "Health clinic"
        assert uow.session.get(AgencyType, new_id) is not None


def test_assessment_with_needs_from_the_profile_taxonomy(db: Database, caseworker: Actor, family: Family) -> None:
    with UnitOfWork(db) as uow:
        needs = {n.code: n.id for n in setup.need_categories(uow)}
        with pytest.raises(ValidationError, match="eligible for"):
            assessments.create_assessment(uow, caseworker, assessed_on=TODAY, household_id=family.household_id,
                                          eligibility=Eligibility.ELIGIBLE)
        with pytest.raises(ValidationError, match="severity"):
            assessments.create_assessment(uow, caseworker, assessed_on=TODAY, household_id=family.household_id,
                                          needs=[assessments.NeedInput(needs["ubostwo"], 7)])
        aid = assessments.create_assessment(
            uow, caseworker, assessed_on=TODAY, household_id=family.household_id,
            needs=[assessments.NeedInput(needs["ubostwo"], 3), assessments.NeedInput(needs["bezrobocie"], 4)],
            income_minor=120_000, expenses_minor=185_050, narrative="Lost job in March.",
            eligibility=Eligibility.ELIGIBLE, eligible_for="zasiłek okresowy; food aid")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        [row] = assessments.list_assessments(uow, caseworker, family.household_id, [])
    assert row.id == aid and row.balance_minor == -65_050
    assert [(n.code, n.severity) for n in row.needs] == [("bezrobocie", 4), ("ubostwo", 3)]
    assert row.eligible_for == "zasiłek okresowy; food aid" and row.assessor == "Caseworker"


def test_consent_validation(db: Database, caseworker: Actor, family: Family) -> None:
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="agency"):
            consents.record_consent(uow, caseworker, person_id=family.head_id, scope=ConsentScope.AGENCY_SHARING,
                                    given_on=TODAY)
        with pytest.raises(ValidationError, match="before"):
            consents.record_consent(uow, caseworker, person_id=family.head_id, scope=ConsentScope.PHOTOS,
                                    given_on=TODAY, valid_until=TODAY - timedelta(days=1))
        cid = consents.record_consent(uow, caseworker, person_id=family.head_id, scope=ConsentScope.DATA_PROCESSING,
                                      given_on=TODAY - timedelta(days=3))
        consents.withdraw_consent(uow, caseworker, cid, TODAY)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        [row] = consents.list_consents(uow, caseworker, family.person_ids)
    assert row.in_force(TODAY - timedelta(days=1)) and not row.in_force(TODAY)


def test_care_plan_goals_actions_reviews_and_pdf(db: Database, actors: dict[Role, Actor], family: Family,
                                                 tmp_path: Path) -> None:
    caseworker = actors[Role.CASEWORKER]
    start = TODAY - timedelta(days=100)
    with UnitOfWork(db) as uow:
        pid = care_plans.create_plan(uow, caseworker, title="Powrót do pracy", started_on=start,
                                     person_id=family.head_id, review_every_days=30)
        g1 = care_plans.add_goal(uow, caseworker, pid, "Znaleźć zatrudnienie", start + timedelta(days=180))
        g2 = care_plans.add_goal(uow, caseworker, pid, "Spłacić zaległy czynsz", start + timedelta(days=90))
        care_plans.add_action(uow, caseworker, pid, "Register at the job centre", "client", start + timedelta(7), g1)
        with pytest.raises(ValidationError, match="responsible"):
            care_plans.add_action(uow, caseworker, pid, "Call landlord", " ")
        care_plans.set_goal_status(uow, caseworker, g2, GoalStatus.MET)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        tiles = {t.key: t for t in dashboard.tiles_for(uow, caseworker, TODAY)}
    assert tiles["casework.plan_reviews"].count == 1  # first review was due 70 days ago
    with UnitOfWork(db) as uow:
        care_plans.add_review(uow, caseworker, pid, TODAY, "Attends interviews; rent arrears paid.")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        plan = care_plans.get_plan(uow, caseworker, pid)
        assert "casework.plan_reviews" not in {t.key for t in dashboard.tiles_for(uow, caseworker, TODAY)}
    assert plan.next_review_on == TODAY + timedelta(days=30) and plan.goals_met == 1
    assert [a.responsible for a in plan.actions] == ["client"] and len(plan.reviews) == 1
    dest = write_care_plan(plan, "Żaneta Kowalska", tmp_path / "plan.pdf", centre_name="OPS Łódź",
                           centre_address="ul. Piotrkowska 1", printed_by="Caseworker")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(dest), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert (TODAY + timedelta(days=30)).isoformat() in text
        assert "Powrót do pracy" in text and "Spłacić zaległy czynsz" in text
        assert re.search(r"Goals met\s+1\s*/\s*2", text)
    with UnitOfWork(db) as uow:
        care_plans.close_plan(uow, caseworker, pid)
        with pytest.raises(ValidationError, match="closed"):
            care_plans.add_goal(uow, caseworker, pid, "More", None)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert care_plans.get_plan(uow, caseworker, pid).status is PlanStatus.CLOSED


def test_casework_service_recording(db: Database, actors: dict[Role, Actor], family: Family) -> None:
    caseworker = actors[Role.CASEWORKER]
    with UnitOfWork(db) as uow:
        casework_services.record_casework_service(uow, caseworker, served_on=TODAY, service_type="counselling",
                                                  person_id=family.head_id, note="Budget advice")
        with pytest.raises(ValidationError):
            casework_services.record_casework_service(uow, caseworker, served_on=TODAY, service_type="food_parcel",
                                                      household_id=family.household_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        seen_by_caseworker = casework_services.list_services(uow, caseworker, family.household_id, family.person_ids)
        seen_by_desk = casework_services.list_services(uow, actors[Role.FRONT_DESK], family.household_id, [])
    assert [(s.service_type, s.quantity, s.note) for s in seen_by_caseworker] == [
        ("counselling", Decimal(1), "Budget advice")]
    assert seen_by_desk == []  # a person-level service: not in the household-only query
