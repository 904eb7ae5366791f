"""The `households` importer (DOMAIN.md "Import formats"): one row per person, grouped by household_ref.

Rows of one household must agree on its address, phone, income and registration date (blank cells are
fine); at most one head per household; an identifier appears once in the file. Likely duplicates of
people already in the database (same identifier, or similar name and same birth date) do not block the
import: they are listed as notes so someone can merge them afterwards.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.clients import (
    Household,
    HouseholdMember,
    IdType,
    Person,
    RecordStatus,
    Relationship,
    Sex,
)
from desktop.progress import Progress
from desktop.services import importing
from desktop.services.client_search import bulk_index_households, index_household
from desktop.services.client_text import similarity
from desktop.services.households import HouseholdData, clean_household
from desktop.services.importing import BaseImporter, ImportReport, RowError
from desktop.services.people import EDIT_CLIENTS, PersonData, clean_person
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork

HOUSEHOLD_COLUMNS = ("address_line", "locality", "district", "region", "postal_code", "monthly_income",
                     "registered_on")
CHUNK = 500


@dataclass(frozen=True)
class HouseholdRow:
    ref: str
    person: PersonData
    relationship: Relationship
    household: dict[str, str]  # the household columns as written (blank = not given on this row)
    household_data: HouseholdData



def _parse_amount(text: str) -> Decimal | None:
    """1250.50, 1250,50 (decimal comma) or 1250; thousands separators are refused rather than guessed:
    "1,250" could be 1250 or 1.25, and a wrong guess changes eligibility a thousandfold."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d+([.,]\d{1,2})?", cleaned) is None:
        return None
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        return None

def _date(value: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError((column, translate("import", "Write the date as YYYY-MM-DD."))) from None


def _parse(row: dict[str, str]) -> HouseholdRow:
    problems: list[tuple[str, str]] = []
    ref = row.get("household_ref", "")
    if not ref:
        problems.append(("household_ref", translate("import", "The household reference is missing.")))
    elif len(ref) > 40:
        problems.append(("household_ref", translate("import", "The household reference is too long.")))
    sex_text = (row.get("sex") or "U").upper()
    sex = Sex(sex_text) if sex_text in {s.value for s in Sex} else Sex.UNKNOWN
    if sex_text not in {s.value for s in Sex}:
        problems.append(("sex", translate("import", "Use F, M, X or U.")))
    birth_date, birth_year = None, None
    born = row.get("birth_date", "")
    if born:
        if len(born) == 4 and born.isdigit():
            birth_year = int(born)
        else:
            try:
                birth_date = date.fromisoformat(born)
            except ValueError:
                problems.append(("birth_date", translate("import", "Write the birth date as YYYY-MM-DD or YYYY.")))
    rel_text = (row.get("relationship") or "other").lower()
    relationship = Relationship.OTHER
    try:
        relationship = Relationship(rel_text)
    except ValueError:
        problems.append(("relationship", translate("import", "Use one of: {values}.").format(
            values=", ".join(r.value for r in Relationship))))
    number = row.get("id_number", "")
    id_text = (row.get("id_type") or ("other" if number else "none")).lower()
    id_type = IdType.NONE
    try:
        id_type = IdType(id_text)
    except ValueError:
        problems.append(("id_type", translate("import", "Use one of: {values}.").format(
            values=", ".join(t.value for t in IdType))))
    income: int | None = None
    if row.get("monthly_income"):
        amount = _parse_amount(row["monthly_income"])
        if amount is None or amount < 0:
            problems.append(("monthly_income", translate("import", "Write the income as a number, e.g. 1250.50.")))
        else:
            income = int((amount * 100).to_integral_value())
    registered = None
    if row.get("registered_on"):
        try:
            registered = _date(row["registered_on"], "registered_on")
        except RowError as err:
            problems.extend(err.problems)
    person = PersonData(row.get("given_name", ""), row.get("family_name", ""), sex, birth_date, birth_year,
                        id_type, number, row.get("phone", ""))
    try:
        person = clean_person(person)
    except ValidationError as err:
        column = {"given_name": "given_name", "id_type": "id_type"}.get(err.field or "", err.field or "")
        problems.append((column, err.message))
    household = HouseholdData(address_line=row.get("address_line", ""), locality=row.get("locality", ""),
                              district=row.get("district", ""), region=row.get("region", ""),
                              postal_code=row.get("postal_code", ""), monthly_income_minor=income,
                              registered_on=registered)
    try:
        household = clean_household(household)
    except ValidationError as err:
        problems.append((err.field or "", err.message))
    if problems:
        raise RowError(*problems)
    given = {c: row.get(c, "") for c in HOUSEHOLD_COLUMNS}
    return HouseholdRow(ref, person, relationship, given, household)


class HouseholdsImporter(BaseImporter[HouseholdRow]):
    kind: str = "households"
    permission: Permission = EDIT_CLIENTS
    required: Sequence[str] = ("household_ref", "given_name", "family_name")
    optional: Sequence[str] = ("sex", "birth_date", "relationship", "id_type", "id_number", "phone",
                               "address_line", "locality", "district", "region", "postal_code", "monthly_income",
                               "registered_on")
    example: dict[str, str] = {"household_ref": "H-001", "given_name": "Anna", "family_name": "Nowak", "sex": "F",
               "birth_date": "1984-03-15", "relationship": "head", "id_type": "none", "id_number": "",
               "phone": "600 100 200", "address_line": "ul. Lipowa 3/5", "locality": "Łódź", "district": "Łódź",
               "region": "łódzkie", "postal_code": "90-001", "monthly_income": "2500.00",
               "registered_on": "2025-01-15"}

    def check(self, uow: UnitOfWork, line: int, row: dict[str, str]) -> HouseholdRow:
        return _parse(row)

    def check_all(self, uow: UnitOfWork, rows: list[tuple[int, HouseholdRow]]) -> list[tuple[int, RowError]]:
        errors: list[tuple[int, RowError]] = []
        first: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
        heads: dict[str, int] = {}
        numbers: dict[tuple[IdType, str], int] = {}
        existing_refs = _existing_refs(uow, {r.ref for _, r in rows})
        for line, r in rows:
            problems: list[tuple[str, str]] = []
            for column, value in r.household.items():
                if not value:
                    continue
                seen = first[r.ref].setdefault(column, (line, value))
                if seen[1] != value:
                    problems.append((column, translate("import", "Line {line} gives another value for the same "
                                                                 "household.").format(line=seen[0])))
            if r.relationship is Relationship.HEAD:
                if r.ref in heads:
                    problems.append(("relationship", translate("import", "Line {line} is already the head of this "
                                                                         "household.").format(line=heads[r.ref])))
                elif existing_refs.get(r.ref):
                    problems.append(("relationship", translate("import", "Household {ref} already has a head.")
                                     .format(ref=r.ref)))
                heads.setdefault(r.ref, line)
            if r.person.id_type is not IdType.NONE:
                key = (r.person.id_type, r.person.id_number)
                if key in numbers:
                    problems.append(("id_number", translate("import", "The same number is on line {line}.")
                                     .format(line=numbers[key])))
                numbers.setdefault(key, line)
            if problems:
                errors.append((line, RowError(*problems)))
        return errors

    def apply(self, uow: UnitOfWork, actor: Actor, rows: list[tuple[int, HouseholdRow]], report: ImportReport,
              progress: Progress) -> int:
        report.notes.extend(likely_duplicates(uow, rows))
        session = uow.session
        by_ref: dict[str, list[HouseholdRow]] = defaultdict(list)
        for _, r in rows:
            by_ref[r.ref].append(r)
        existing = {h.ref: h for chunk in _chunks(list(by_ref)) for h in
                    session.scalars(select(Household).where(Household.ref.in_(chunk)))}
        progress.start(translate("import", "Importing households"), len(rows))
        created_households = 0
        touched: set[int] = set()
        for ref, members in by_ref.items():
            household = existing.get(ref)
            if household is None:
                merged = _merged_household(members)
                household = Household(ref=ref, status=RecordStatus.ACTIVE, address_line=merged.address_line,
                                      locality=merged.locality, district=merged.district, region=merged.region,
                                      postal_code=merged.postal_code,
                                      monthly_income_minor=merged.monthly_income_minor,
                                      registered_on=merged.registered_on or date.today())
                session.add(household)
                created_households += 1
            else:
                touched.add(household.id)
            joined = household.registered_on or date.today()
            for r in members:
                p = r.person
                person = Person(given_name=p.given_name, family_name=p.family_name, sex=p.sex,
                                birth_date=p.birth_date, birth_year=p.birth_year, id_type=p.id_type,
                                id_number=p.id_number, phone=p.phone, status=RecordStatus.ACTIVE)
                session.add(person)
                session.add(HouseholdMember(household=household, person=person, relationship_=r.relationship,
                                            joined_on=joined))
            if len(session.new) > 2000:
                session.flush()
            progress.step(len(members))
        session.flush()
        _index_imported(uow, by_ref, existing, touched)
        report.notes.append(translate("import", "%n household(s) created.", "", created_households))
        return len(rows)


def _merged_household(members: list[HouseholdRow]) -> HouseholdData:
    result = members[0].household_data
    for r in members[1:]:
        d = r.household_data
        result = HouseholdData(
            address_line=result.address_line or d.address_line, locality=result.locality or d.locality,
            district=result.district or d.district, region=result.region or d.region,
            postal_code=result.postal_code or d.postal_code,
            monthly_income_minor=result.monthly_income_minor if result.monthly_income_minor is not None
            else d.monthly_income_minor,
            registered_on=result.registered_on if not r.household["registered_on"] else d.registered_on)
    return result


def _index_imported(uow: UnitOfWork, by_ref: dict[str, list[HouseholdRow]], existing: dict[str, Household],
                    touched: set[int]) -> None:
    """Search rows for what the import created, in bulk (index_person per row is too slow for 10,000)."""
    refs = [ref for ref in by_ref if ref not in existing]
    new_ids = [hid for chunk in _chunks(refs)
               for hid in uow.session.scalars(select(Household.id).where(Household.ref.in_(chunk)))]
    bulk_index_households(uow, new_ids)
    for hid in touched:
        index_household(uow, hid)


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _existing_refs(uow: UnitOfWork, refs: set[str]) -> dict[str, bool]:
    """Reference -> whether that existing household has a current head."""
    result: dict[str, bool] = {}
    today = date.today()
    for chunk in _chunks(sorted(refs)):
        for ref, hid in uow.session.execute(select(Household.ref, Household.id).where(Household.ref.in_(chunk))):
            head = uow.session.scalar(select(HouseholdMember.id).where(
                HouseholdMember.household_id == hid, HouseholdMember.relationship_ == Relationship.HEAD,
                (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > today)))
            result[ref] = head is not None
    return result


def likely_duplicates(uow: UnitOfWork, rows: list[tuple[int, HouseholdRow]]) -> list[str]:
    """Notes for rows that look like people already in the database (checked in bulk)."""
    notes: list[str] = []
    numbers = sorted({r.person.id_number for _, r in rows if r.person.id_type is not IdType.NONE})
    known_numbers: dict[str, int] = {}
    for chunk in _chunks(numbers):
        known_numbers.update({n: pid for n, pid in uow.session.execute(
            select(Person.id_number, Person.id).where(Person.id_number.in_(chunk)))})
    births = sorted({r.person.birth_date for _, r in rows if r.person.birth_date is not None})
    by_birth: dict[date, list[tuple[int, str]]] = defaultdict(list)
    for i in range(0, len(births), CHUNK):
        for pid, born, given, family in uow.session.execute(  # birth_date IN (...): never None
                select(Person.id, Person.birth_date, Person.given_name, Person.family_name)
                .where(Person.birth_date.in_(births[i:i + CHUNK]), Person.status != RecordStatus.ERASED)):
            if born is not None:
                by_birth[born].append((pid, f"{given} {family}"))
    for line, r in rows:
        p = r.person
        if p.id_type is not IdType.NONE and p.id_number in known_numbers:
            notes.append(translate("import", "Line {line}: same identifier as person #{id} already registered.")
                         .format(line=line, id=known_numbers[p.id_number]))
            continue
        if p.birth_date is not None:
            name = f"{p.given_name} {p.family_name}"
            same_day = by_birth.get(p.birth_date, [])
            match = next((pid for pid, other in same_day if similarity(name, other) >= 0.85), None)
            if match is not None:
                notes.append(translate("import", "Line {line}: similar name and same birth date as person #{id}.")
                             .format(line=line, id=match))
    return notes


def duplicate_notes_for_file(uow: UnitOfWork, actor: Actor, path: Path) -> list[str]:
    """The likely-duplicate notes for a file before importing it (the GUI preview shows them)."""
    from desktop.services.permissions import require

    require(actor, EDIT_CLIENTS)
    header, body = importing.read_rows(path)
    parsed = []
    for line, cells in body:
        values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header) if h}
        try:
            parsed.append((line, _parse(values)))
        except RowError:
            continue
    return likely_duplicates(uow, parsed)


@importing.register("households")
def households_importer() -> HouseholdsImporter:
    return HouseholdsImporter()
