"""Dashboard figures: today's visits and parcels, people served this month, today's understaffed shifts, and
the people-served-per-month series behind the dashboard chart.

Counting people goes through the reports engine (`desktop.reports.served`) so the dashboard and the monthly
report can never disagree: a household service counts every member as composed on the service date, each
person once per period.

Who sees what: the counts carry no names, but they are not all everyone's business. Today's visits and
parcels are the front desk's own work, so anyone who records services or hands out stock sees them. The
monthly figures and the chart are management figures (and cost a few seconds on a big database), so they are
for roles that run reports or read case files (coordinator, administrator, caseworker).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.services import ServiceRecord, ServiceType
from desktop.reports.parallel import run_queries
from desktop.reports.periods import Period, previous_month
from desktop.reports.served import Served, by_month, people_by
from desktop.services.dashboard import Tile, TileRow, tile
from desktop.services.permissions import Actor, Permission, require
from desktop.services.rosters.common import time_range
from desktop.services.rosters.grid import understaffed_upcoming
from desktop.services.uow import UnitOfWork

MONTHLY_PERMISSIONS = (Permission.VIEW_REPORTS, Permission.READ_CASE_FILES)
PARCEL_TYPES = ("food_parcel", "clothing")
MAX_ROWS = 5


def can_see_monthly(actor: Actor) -> bool:
    return any(actor.can(p) for p in MONTHLY_PERMISSIONS)


def _type_labels(uow: UnitOfWork) -> dict[str, str]:
    return {code: label for code, label in uow.session.execute(select(ServiceType.code, ServiceType.label))}


def _records_by_type(uow: UnitOfWork, on: date, types: tuple[str, ...] | None = None) -> list[tuple[str, int]]:
    """(service type, records) served on `on`, most first."""
    n = func.count(ServiceRecord.id)
    query = select(ServiceRecord.service_type, n).where(ServiceRecord.served_on == on)
    if types is not None:
        query = query.where(ServiceRecord.service_type.in_(types))
    rows = uow.session.execute(query.group_by(ServiceRecord.service_type).order_by(n.desc(),
                                                                                  ServiceRecord.service_type))
    return [(t, int(c)) for t, c in rows]


@tile("figures.today_visits", 10, Permission.FIND_CLIENTS, Permission.VIEW_REPORTS)
def today_visits_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile:
    by_type = _records_by_type(uow, today)
    labels = _type_labels(uow)
    rows = tuple(TileRow(labels.get(code, code), str(count)) for code, count in by_type[:MAX_ROWS])
    if not by_type:
        rows = (TileRow(translate("dashboard", "No services recorded yet today.")),)
    return Tile("figures.today_visits", translate("dashboard", "Services recorded today"),
                sum(count for _, count in by_type), "info", rows, "clients")


@tile("figures.today_parcels", 11, Permission.FIND_CLIENTS, Permission.DISTRIBUTE_STOCK, Permission.VIEW_REPORTS)
def today_parcels_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile:
    by_type = dict(_records_by_type(uow, today, PARCEL_TYPES))
    weight = uow.session.scalar(select(func.sum(ServiceRecord.weight_kg)).where(
        ServiceRecord.served_on == today, ServiceRecord.service_type == "food_parcel")) or Decimal(0)
    food, clothing = by_type.get("food_parcel", 0), by_type.get("clothing", 0)
    rows = (
        TileRow(translate("dashboard", "Food parcels"), str(food)),
        TileRow(translate("dashboard", "Clothing"), str(clothing)),
        TileRow(translate("dashboard", "Food weighed"),
                translate("dashboard", "{kg} kg").format(kg=f"{Decimal(weight).quantize(Decimal('0.1')):f}")),
    )
    return Tile("figures.today_parcels", translate("dashboard", "Parcels handed out today"), food + clothing,
                "info", rows, "stock")


def people_served(uow: UnitOfWork, period: Period) -> int:
    """Unduplicated people served in `period`, by the reports engine's rule."""
    people = Served(period).people()
    return int(uow.session.scalar(select(func.count()).select_from(people)) or 0)


def _same_day_last_month(today: date) -> date:
    last = previous_month(today)
    return last.start.replace(day=min(today.day, last.end.day))  # 31 March -> 28/29 February


@tile("figures.month_people", 20, *MONTHLY_PERMISSIONS)
def month_people_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile:
    this_month = Period(today.replace(day=1), today)
    last_month = previous_month(today)
    now = people_served(uow, this_month)
    before = people_served(uow, last_month)
    by_this_day = people_served(uow, Period(last_month.start, _same_day_last_month(today)))
    rows = (
        TileRow(translate("dashboard", "This month so far ({start} – {end})").format(
            start=this_month.start.isoformat(), end=this_month.end.isoformat()), str(now)),
        TileRow(translate("dashboard", "Last month by the same day"), str(by_this_day)),
        TileRow(translate("dashboard", "Last month in full ({month})").format(month=last_month.start.strftime("%Y-%m")),
                str(before)),
    )
    return Tile("figures.month_people", translate("dashboard", "People served this month"), now, "info", rows,
                "reports")


@tile("figures.today_understaffed", 12, Permission.MANAGE_ROSTER, Permission.SIGN_IN_SHIFTS)
def today_understaffed_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    """Today's short shifts on their own, in red: the 7-day rosters tile lists them among the week's."""
    short = understaffed_upcoming(uow, actor, today, 1)
    if not short:
        return None
    rows = tuple(
        TileRow(f"{time_range(s.start_time, s.end_time)} {s.post_name}",
                translate("dashboard", "{filled} of {needed} people").format(filled=s.filled, needed=s.needed),
                f"shift:{s.id}")
        for s in short[:MAX_ROWS])
    return Tile("figures.today_understaffed", translate("dashboard", "Understaffed shifts today"), len(short),
                "danger", rows, "rosters")


def people_served_by_month(uow: UnitOfWork, actor: Actor, months: int = 12,
                           today: date | None = None) -> list[tuple[str, int]]:
    """[(YYYY-MM, unduplicated people served in that month)] for the `months` months up to `today`, oldest
    first; the current month counts up to today. One grouped query with the engine's counting rules: each
    person once per month, household services to the members of that date."""
    if not can_see_monthly(actor):
        require(actor, Permission.VIEW_REPORTS)  # raises PermissionDenied with the usual message
    today = today or date.today()
    periods = Period(today.replace(day=1), today).months_back(months)
    # Months are counted separately anyway, so halves of the window can run side by side (reports/parallel.py).
    half = len(periods) // 2
    spans = [Period(periods[0].start, periods[half - 1].end), Period(periods[half].start, today)] if half else [
        Period(periods[0].start, today)]
    queries = {str(i): people_by(span, by_month) for i, span in enumerate(spans)}
    counted = {int(ym): int(n) for rows in run_queries(uow, queries).values() for ym, n in rows}
    result = []
    for period in periods:
        month = period.start
        result.append((month.strftime("%Y-%m"), int(counted.get(month.year * 100 + month.month, 0))))
    return result
