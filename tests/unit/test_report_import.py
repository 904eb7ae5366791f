"""The `services` importer: rows checked with clear reasons, members matched without accents, figures right."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from desktop.db import Database
from desktop.models.audit import AuditEvent
from desktop.models.clients import Household, HouseholdMember, Person, Relationship, Sex
from desktop.models.services import Programme, ServiceRecord, ServiceSource
from desktop.reports.periods import month_period
from desktop.services import importing, reporting
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

HEADER = "date,household_ref,given_name,family_name,service_type,quantity,weight_kg,programme\n"


def setup_household(db: Database) -> None:
    with UnitOfWork(db) as uow:
        h = Household(ref="H-001", address_line="ul. Długa 1", registered_on=date(2020, 1, 1))
        lucja = Person(given_name="Łucja", family_name="Żak", sex=Sex.FEMALE, birth_date=date(1980, 1, 1))
        jan = Person(given_name="Jan", family_name="Żak", sex=Sex.MALE, birth_date=date(2015, 6, 1))
        uow.session.add_all([h, lucja, jan, Programme(name="Pomoc żywnościowa")])
        uow.flush()
        uow.session.add_all([
            HouseholdMember(household_id=h.id, person_id=lucja.id, relationship_=Relationship.HEAD,
                            joined_on=date(2020, 1, 1)),
            HouseholdMember(household_id=h.id, person_id=jan.id, relationship_=Relationship.CHILD,
                            joined_on=date(2020, 1, 1)),
        ])
        uow.commit()


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "services.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


GOOD = (
    "2026-03-02,H-001,,,food_parcel,1,12.5,pomoc ZYWNOSCIOWA\n"  # whole household, programme folded
    "2026-03-09,h-001,lucja,ZAK,counselling,,,\n"  # Łucja by folded name, reference in lower case
    "2026-03-16,H-001,,,food_parcel,2,,\n"  # no weight -> 2 unweighted items
)
BAD = (
    "2026-13-01,H-001,,,food_parcel,1,,\n"  # line 5: bad date
    "2026-03-03,H-999,,,food_parcel,1,,\n"  # line 6: unknown household
    "2026-03-03,H-001,Ewa,,food_parcel,1,,\n"  # line 7: nobody called Ewa
    "2026-03-03,H-001,,,parcel,1,,\n"  # line 8: unknown service type
    "2026-03-03,H-001,,,food_parcel,1,-3,\n"  # line 9: negative weight
    "2026-03-03,H-001,,,food_parcel,1,,Food bank\n"  # line 10: unknown programme
)


def test_bad_rows_block_the_import_with_reasons(db: Database, admin: Actor, tmp_path: Path) -> None:
    setup_household(db)
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "services", write(tmp_path, GOOD + BAD))
        assert report.imported == 0 and report.blocked
        assert uow.session.scalar(select(func.count()).select_from(ServiceRecord)) == 0
    assert report.bad_lines == [5, 6, 7, 8, 9, 10]
    by_line = {i.line: (i.column, i.message) for i in report.issues}
    assert by_line[6][0] == "household_ref" and "H-999" in by_line[6][1]
    assert by_line[7][0] == "given_name" and "Ewa" in by_line[7][1]
    assert "food_parcel" in by_line[8][1]  # the known codes are listed
    assert by_line[10][0] == "programme" and "Pomoc żywnościowa" in by_line[10][1]


def test_valid_rows_import_and_count(db: Database, admin: Actor, tmp_path: Path) -> None:
    setup_household(db)
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "services", write(tmp_path, GOOD + BAD), valid_only=True)
        uow.commit()
    assert report.imported == 3
    with UnitOfWork(db, write=False) as uow:
        records = uow.session.scalars(select(ServiceRecord).order_by(ServiceRecord.served_on)).all()
        assert [r.source for r in records] == [ServiceSource.IMPORT] * 3
        assert records[0].weight_kg == Decimal("12.5") and records[0].programme_id is not None
        assert records[0].person_id is None and records[0].household_id is not None
        lucja = uow.session.scalar(select(Person.id).where(Person.given_name == "Łucja"))
        assert records[1].person_id == lucja
        assert records[2].quantity == Decimal(2) and records[2].weight_kg is None
        audits = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "import")).all()
        assert len(audits) == 1 and "imported 3 of 9 rows" in audits[0].summary
        figures = reporting.run_pack(uow, admin, "monthly", month_period(2026, 3)).figures
    # Household parcels serve Łucja and Jan; Łucja's counselling is hers: 2 people, 1 household, all new.
    assert figures["people"]["unduplicated"] == 2 and figures["people"]["new"] == 2
    assert figures["households"] == {"unduplicated": 1, "new": 1, "returning": 0, "with_children": 1}
    assert figures["food"]["kg"] == 12.5 and figures["food"]["unweighted_items"] == 2
    assert figures["services"]["counselling"] == {"count": 1, "people": 1, "households": 1}


def test_template(tmp_path: Path) -> None:
    path = importing.write_template("services", tmp_path / "t.csv")
    header, example = path.read_text(encoding="utf-8").splitlines()[:2]
    assert sorted(header.split(",")) == sorted(HEADER.strip().split(","))
    assert "food_parcel" in example
