"""The households importer: bad rows named by line, all-or-nothing, valid-only, duplicates as notes."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models.clients import Household, HouseholdMember, Person, Relationship
from desktop.services import client_search, households, importing, people
from desktop.services.identifiers import make_pesel
from desktop.services.import_households import duplicate_notes_for_file
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

HEADER = ["household_ref", "given_name", "family_name", "sex", "birth_date", "relationship", "id_type", "id_number",
          "phone", "address_line", "locality", "district", "region", "postal_code", "monthly_income", "registered_on"]
P1 = make_pesel(date(1979, 11, 2), False, 11)
P2 = make_pesel(date(1981, 6, 30), True, 12)


def _write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


GOOD = [
    ["A1", "Łukasz", "Wójcik", "M", "1979-11-02", "head", "pesel", P1, "600100200", "ul. Lipowa 3", "Łódź",
     "Łódź", "łódzkie", "90-001", "2500.50", "2025-01-15"],
    ["A1", "Maria", "Wójcik", "F", "1981-06-30", "spouse", "pesel", P2, "", "", "", "", "", "", "", ""],
    ["A1", "Ola", "Wójcik", "F", "2012", "child", "", "", "", "ul. Lipowa 3", "", "", "", "", "", ""],
    ["B2", "Jan", "Bez", "U", "", "head", "none", "", "", "", "Zgierz", "", "", "", "", "2024-06-01"],
    ["C3", "Adam", "Nowak", "M", "1950-01-01", "head", "other", "AB123", "", "Polna 1", "Łask", "", "", "",
     "0", ""],
]
BAD = [
    ["D4", "Ewa", "Zła", "Q", "1990-01-01", "head", "", "", "", "", "", "", "", "", "", ""],  # sex
    ["E5", "Piotr", "Zły", "M", "1990-01-01", "head", "pesel", "44051401358", "", "", "", "", "", "", "", ""],
    ["A1", "Tomasz", "Wójcik", "M", "31.12.1999", "boss", "", "", "", "ul. Inna 9", "", "", "", "", "", ""],
]


def _counts(db: Database) -> tuple[int, int, int]:
    with UnitOfWork(db, write=False) as uow:
        return tuple(int(uow.session.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore[return-value]
                     for m in (Household, Person, HouseholdMember))


def test_five_good_three_bad_rows_name_the_lines_and_import_nothing(db: Database, admin: Actor,
                                                                    tmp_path: Path) -> None:
    path = _write(tmp_path / "h.csv", GOOD + BAD)
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "households", path)
        uow.commit()
    assert report.bad_lines == [7, 8, 9]
    assert report.blocked and report.imported == 0 and report.valid_rows == 5
    by_line = {(i.line, i.column) for i in report.issues}
    assert {(7, "sex"), (8, "id_number"), (9, "birth_date"), (9, "relationship")} <= by_line
    assert any("check digit" in i.message for i in report.issues if i.line == 8)
    assert _counts(db) == (0, 0, 0)


def test_valid_only_imports_the_good_rows(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = _write(tmp_path / "h.csv", GOOD + BAD)
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "households", path, valid_only=True)
        uow.commit()
    assert report.imported == 5 and "3 households created." in report.notes
    assert _counts(db) == (3, 5, 5)
    with UnitOfWork(db, write=False) as uow:
        hid = households.household_id_by_ref(uow, "A1")
        assert hid is not None
        detail = households.household_detail(uow, admin, hid)
        hits = client_search.search_clients(uow, admin, "wojcik lipowa")
    assert detail.data.monthly_income_minor == 250050 and detail.data.registered_on == date(2025, 1, 15)
    assert detail.data.locality == "Łódź" and detail.data.postal_code == "90-001"
    assert [(m.person.given_name, m.relationship, m.joined_on) for m in detail.members] == [
        ("Łukasz", Relationship.HEAD, date(2025, 1, 15)), ("Maria", Relationship.SPOUSE, date(2025, 1, 15)),
        ("Ola", Relationship.CHILD, date(2025, 1, 15))]
    assert detail.members[2].person.birth_year == 2012 and detail.members[2].person.birth_date is None
    assert len([h for h in hits if h.person_id]) == 3
    assert [h.household_id for h in hits if h.person_id is None] == [hid]  # "wojcik" is a member's name


def test_dry_run_changes_nothing_and_duplicates_become_notes(db: Database, admin: Actor, tmp_path: Path) -> None:
    with UnitOfWork(db) as uow:
        existing = people.create_person(uow, admin, PersonData("Lukasz", "WOJCIK", birth_date=date(1979, 11, 2)))
        uow.commit()
    path = _write(tmp_path / "h.csv", GOOD)
    with UnitOfWork(db) as uow:
        dry = importing.run_import(uow, admin, "households", path, dry_run=True)
        notes = duplicate_notes_for_file(uow, admin, path)
    assert dry.imported == 0 and not dry.issues and dry.valid_rows == 5
    assert notes == [f"Line 2: similar name and same birth date as person #{existing.id}."]
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "households", path)
        uow.commit()
    assert report.imported == 5 and notes[0] in report.notes
    assert _counts(db) == (3, 6, 5)


def test_unknown_and_missing_columns(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = _write(tmp_path / "h.csv", [["A1", "Jan", "x"]], header=["household_ref", "given_name", "shoe_size"])
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "households", path)
    assert report.unknown_columns == ["shoe_size"]
    assert [(i.line, i.column) for i in report.issues] == [(1, "family_name")]


def test_template_round_trips(db: Database, admin: Actor, tmp_path: Path) -> None:
    for name in ("t.csv", "t.xlsx"):
        path = importing.write_template("households", tmp_path / name)
        with UnitOfWork(db) as uow:
            report = importing.run_import(uow, admin, "households", path, dry_run=True)
        assert report.rows == 1 and report.valid_rows == 1 and not report.issues, report.issues


@pytest.mark.parametrize(("text", "minor"), [("1250.50", 125050), ("1250,50", 125050), ("1 250", 125000),
                                             ("800", 80000), ("1,250", None), ("1.250,00", None), ("-5", None),
                                             ("abc", None)])
def test_income_is_read_without_guessing_thousands_separators(text: str, minor: int | None) -> None:
    from desktop.services.import_households import _parse_amount

    amount = _parse_amount(text)
    assert (None if amount is None else int(amount * 100)) == minor
