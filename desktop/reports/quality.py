"""Data-quality checks run before every report and export: what is missing, and how many records it touches.

Each check is a query returning the ids of the records concerned for the period, so the report shows the
count and a screen can list the records (`check_ids`). Checks of another area register here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable, Select, and_, func, select

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.rosters import Assignment, AssignmentStatus, Shift
from desktop.models.stock import Distribution, DistributionLine, Item, ItemCategory
from desktop.reports.engine import QualityIssue, ReportContext
from desktop.reports.periods import Period
from desktop.reports.sections.food import not_from_stock
from desktop.reports.served import Served, households, persons, sr
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class QualityCheck:
    code: str
    label: str  # marked with QT_TRANSLATE_NOOP, context "reports"
    entity: str  # what the ids are: person, household, service_record, distribution_line, shift_assignment
    ids: Callable[[Served], Select[Any]]


def _people_without_birth(served: Served) -> Select[Any]:
    sp = served.people()
    return (select(persons.c.id).select_from(sp.join(persons, persons.c.id == sp.c.pid))
            .where(persons.c.birth_date.is_(None), persons.c.birth_year.is_(None)))


def _people_without_sex(served: Served) -> Select[Any]:
    sp = served.people()
    return select(persons.c.id).select_from(sp.join(persons, persons.c.id == sp.c.pid)).where(persons.c.sex == "U")


def _services_without_programme(served: Served) -> Select[Any]:
    period = served.period
    return select(sr.c.id).where(sr.c.served_on.between(period.start, period.end), sr.c.programme_id.is_(None))


def _services_without_client(served: Served) -> Select[Any]:
    period = served.period
    return select(sr.c.id).where(sr.c.served_on.between(period.start, period.end), sr.c.person_id.is_(None),
                                 sr.c.household_id.is_(None))


def _households_without_address(served: Served) -> Select[Any]:
    sh = served.households()
    return (select(households.c.id).select_from(sh.join(households, households.c.id == sh.c.hid))
            .where(func.trim(households.c.address_line) == "", func.trim(households.c.locality) == ""))


def _food_lines_without_weight(served: Served) -> Select[Any]:
    period = served.period
    line, dist, item = DistributionLine.__table__, Distribution.__table__, Item.__table__
    return (select(line.c.id)
            .select_from(line.join(dist, dist.c.id == line.c.distribution_id).join(item, item.c.id == line.c.item_id))
            .where(dist.c.distributed_on.between(period.start, period.end),
                   line.c.category == ItemCategory.FOOD.value,
                   (item.c.unit_weight_kg.is_(None)) | (item.c.unit_weight_kg <= 0)))


def _food_records_without_weight(served: Served) -> Select[Any]:
    period = served.period
    return select(sr.c.id).where(sr.c.service_type == "food_parcel", sr.c.served_on.between(period.start, period.end),
                                 sr.c.weight_kg.is_(None), not_from_stock())


def _shifts_without_sign_out(served: Served) -> Select[Any]:
    period = served.period
    a, s = Assignment.__table__, Shift.__table__
    return (select(a.c.id).select_from(a.join(s, s.c.id == a.c.shift_id))
            .where(and_(a.c.status == AssignmentStatus.SIGNED_IN.value, s.c.shift_date <= period.end)))


CHECKS: list[QualityCheck] = [
    QualityCheck("people_without_birth_date", QT_TRANSLATE_NOOP("reports", "People served without a birth date"),
                 "person", _people_without_birth),
    QualityCheck("people_without_sex", QT_TRANSLATE_NOOP("reports", "People served without sex recorded"),
                 "person", _people_without_sex),
    QualityCheck("services_without_programme", QT_TRANSLATE_NOOP("reports", "Services without a programme"),
                 "service_record", _services_without_programme),
    QualityCheck("services_without_client", QT_TRANSLATE_NOOP("reports", "Services without a household or person"),
                 "service_record", _services_without_client),
    QualityCheck("households_without_address", QT_TRANSLATE_NOOP("reports", "Households served without an address"),
                 "household", _households_without_address),
    QualityCheck("food_lines_without_weight", QT_TRANSLATE_NOOP("reports", "Food items given without a unit weight"),
                 "distribution_line", _food_lines_without_weight),
    QualityCheck("food_records_without_weight", QT_TRANSLATE_NOOP("reports", "Food parcels recorded without a weight"),
                 "service_record", _food_records_without_weight),
    QualityCheck("shifts_without_sign_out", QT_TRANSLATE_NOOP("reports", "Shifts signed in but never signed out"),
                 "shift_assignment", _shifts_without_sign_out),
]


def register_check(check: QualityCheck) -> None:
    """For later areas (shelter: open stays...)."""
    CHECKS.append(check)


def check_by_code(code: str) -> QualityCheck | None:
    return next((c for c in CHECKS if c.code == code), None)


def known_counts(cache: dict[str, Any]) -> dict[str, int]:
    """Counts the people and households sections already worked out in this run (same rules, no second pass)."""
    known: dict[str, int] = {}
    for key, value in cache.items():
        if key.startswith("people:"):
            known["people_without_birth_date"] = int(value["without_birth_date"])
            known["people_without_sex"] = int(value["by_sex"].get("U", 0))
        elif key == "households":
            known["households_without_address"] = int(value["without_address"])
    return known


# Counts the people and households sections work out anyway (see known_counts): not queried twice.
FROM_SECTION_FIGURES = frozenset({"people_without_birth_date", "people_without_sex", "households_without_address"})


def _count(check: QualityCheck, served: Served) -> Select[Any]:
    return select(func.count()).select_from(check.ids(served).subquery())


def quality_queries(ctx: ReportContext) -> dict[str, Executable]:
    """The checks' counts, for the engine to run ahead with the sections' queries."""
    return {f"quality:{c.code}": _count(c, ctx.served) for c in CHECKS if c.code not in FROM_SECTION_FIGURES}


def run_checks(ctx: ReportContext) -> tuple[QualityIssue, ...]:
    """Counts of every check for the report run (`ctx.served` may be materialised)."""
    known = known_counts(ctx.cache)
    result = []
    for check in CHECKS:
        count = known[check.code] if check.code in known else (
            ctx.rows(f"quality:{check.code}", _count(check, ctx.served))[0][0] or 0)
        result.append(QualityIssue(check.code, translate("reports", check.label), int(count)))
    return tuple(result)


def check_ids(uow: UnitOfWork, code: str, period: Period, limit: int = 10_000) -> list[int]:
    check = check_by_code(code)
    if check is None:
        return []
    query = check.ids(Served(period))
    return [int(i) for i in uow.session.scalars(query.order_by(query.selected_columns[0]).limit(limit))]
