"""The `services` importer: service history from a spreadsheet (offices leaving their old records).

Columns (DOMAIN.md): date, household_ref, given_name, family_name (both blank = the whole household;
otherwise the member of that household with that name on that date, matched without regard to accents or
case), service_type (code), quantity (blank = 1), weight_kg (total for the row; blank = unweighted),
programme (name; an unknown name is a bad row whose reason lists the known programmes: creating one from a
typo would split a programme's figures). Every row goes through `record_service` (source=import); the
import framework writes one audit event for the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select

from desktop.i18n import translate
from desktop.models.clients import Household, HouseholdMember, Person
from desktop.models.services import Programme, ServiceSource, ServiceType
from desktop.progress import Progress
from desktop.services.client_text import fold
from desktop.services.importing import BaseImporter, ImportReport, RowError, register
from desktop.services.permissions import Actor, Permission
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class ServiceRow:
    served_on: date
    household_id: int
    person_id: int | None
    service_type: str
    quantity: Decimal
    weight_kg: Decimal | None
    programme_id: int | None


def _decimal(text: str, column: str, *, positive: bool) -> Decimal:
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise RowError((column, translate("import", "Not a number: {value}.").format(value=text))) from None
    if not value.is_finite() or (value <= 0 if positive else value < 0):
        message = (translate("import", "Must be more than zero.") if positive
                   else translate("import", "Cannot be negative."))
        raise RowError((column, message))
    return value


class ServicesImporter(BaseImporter[ServiceRow]):
    kind: str = "services"
    permission: Permission = Permission.RECORD_SERVICES
    required: Sequence[str] = ("date", "household_ref", "service_type")
    optional: Sequence[str] = ("given_name", "family_name", "quantity", "weight_kg", "programme")
    example: dict[str, str] = {"date": "2026-03-14", "household_ref": "H-0001", "given_name": "", "family_name": "",
               "service_type": "food_parcel", "quantity": "1", "weight_kg": "12.5", "programme": ""}

    def __init__(self) -> None:
        self._households: dict[str, int | None] = {}
        self._types: set[str] | None = None
        self._programmes: dict[str, tuple[int, str]] | None = None
        self._today = date.today()

    def _household(self, uow: UnitOfWork, ref: str) -> int | None:
        key = ref.strip().upper()
        if key not in self._households:
            self._households[key] = uow.session.scalar(
                select(Household.id).where(func.upper(Household.ref) == key))
        return self._households[key]

    def _member(self, uow: UnitOfWork, household_id: int, on: date, given: str, family: str) -> list[int]:
        rows = uow.session.execute(
            select(Person.id, Person.given_name, Person.family_name)
            .join(HouseholdMember, HouseholdMember.person_id == Person.id)
            .where(HouseholdMember.household_id == household_id, HouseholdMember.joined_on <= on,
                   or_(HouseholdMember.left_on.is_(None), HouseholdMember.left_on > on))
        )
        want_given, want_family = fold(given), fold(family)
        return sorted({pid for pid, g, f in rows
                       if (not want_given or fold(g) == want_given) and (not want_family or fold(f) == want_family)})

    def check(self, uow: UnitOfWork, line: int, row: dict[str, str]) -> ServiceRow:
        problems: list[tuple[str, str]] = []
        served_on: date | None = None
        try:
            served_on = date.fromisoformat(row.get("date", ""))
            if served_on > self._today:
                problems.append(("date", translate("import", "The date is in the future.")))
        except ValueError:
            problems.append(("date", translate("import", "Write the date as YYYY-MM-DD.")))
        ref = row.get("household_ref", "")
        household_id = self._household(uow, ref) if ref else None
        if not ref:
            problems.append(("household_ref", translate("import", "The household reference is empty.")))
        elif household_id is None:
            problems.append(("household_ref", translate("import", "No household has the reference {ref}.").format(
                ref=ref)))
        if self._types is None:
            self._types = set(uow.session.scalars(select(ServiceType.code).where(ServiceType.active.is_(True))))
        service_type = row.get("service_type", "").strip().lower()
        if service_type not in self._types:
            problems.append(("service_type", translate("import", "Unknown service type {code}: use one of {codes}.")
                             .format(code=service_type or "-", codes=", ".join(sorted(self._types)))))
        quantity, weight, programme_id = Decimal(1), None, None
        try:
            if row.get("quantity", ""):
                quantity = _decimal(row["quantity"], "quantity", positive=True)
        except RowError as err:
            problems += err.problems
        try:
            if row.get("weight_kg", ""):
                weight = _decimal(row["weight_kg"], "weight_kg", positive=False)
        except RowError as err:
            problems += err.problems
        name = row.get("programme", "")
        if name:
            if self._programmes is None:
                self._programmes = {fold(n): (i, n) for i, n in uow.session.execute(
                    select(Programme.id, Programme.name))}
            found = self._programmes.get(fold(name))
            if found is None:
                known = ", ".join(sorted(n for _, n in self._programmes.values())) or "-"
                problems.append(("programme", translate(
                    "import", "Unknown programme {name}; the programmes are: {known}. Add it first, or fix the "
                              "name.").format(name=name, known=known)))
            else:
                programme_id = found[0]
        person_id: int | None = None
        given, family = row.get("given_name", ""), row.get("family_name", "")
        if (given or family) and household_id is not None and served_on is not None:
            matches = self._member(uow, household_id, served_on, given, family)
            who = f"{given} {family}".strip()
            if not matches:
                problems.append(("given_name", translate(
                    "import", "Nobody called {name} lived in household {ref} on {date}.").format(
                    name=who, ref=ref, date=served_on.isoformat())))
            elif len(matches) > 1:
                problems.append(("given_name", translate(
                    "import", "More than one member of household {ref} is called {name}: give both names.").format(
                    name=who, ref=ref)))
            else:
                person_id = matches[0]
        if problems:
            raise RowError(*problems)
        assert served_on is not None and household_id is not None
        return ServiceRow(served_on, household_id, person_id, service_type, quantity, weight, programme_id)

    def apply(self, uow: UnitOfWork, actor: Actor, rows: list[tuple[int, ServiceRow]], report: ImportReport,
              progress: Progress) -> int:
        progress.start(translate("import", "Importing services"), maximum=len(rows))
        for index, (_line, row) in enumerate(rows, start=1):
            # A member's row keeps both ids: the counting rules then serve that person alone (person_id set)
            # and their household; a whole-household row has only the household, serving every member.
            record_service(uow, actor, served_on=row.served_on, service_type=row.service_type,
                           person_id=row.person_id, household_id=row.household_id,
                           quantity=row.quantity, weight_kg=row.weight_kg, programme_id=row.programme_id,
                           source=ServiceSource.IMPORT, audit_it=False)
            if index % 500 == 0:
                progress.step(500)
        return len(rows)


@register("services")
def services_importer() -> ServicesImporter:
    return ServicesImporter()


