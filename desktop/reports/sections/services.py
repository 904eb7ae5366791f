"""Services by type: how many records, how many people and households they served."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, func, select

from desktop.i18n import translate
from desktop.models.services import ServiceType
from desktop.reports.engine import Chart, ReportContext, ReportTable, SectionResult, section
from desktop.reports.served import households_by_type, people_by_type, sr


def service_queries(ctx: ReportContext) -> dict[str, Executable]:
    """Records, people and households per service type (people first: the most expensive)."""
    period = ctx.period
    if ctx.served.materialised:  # short period: the events are at hand
        pe = ctx.served.people_events("pe_types")
        people_query: Executable = select(pe.c.t, func.count(pe.c.pid.distinct())).group_by(pe.c.t)
        he = ctx.served.household_events("he_types")
        households_query: Executable = select(he.c.t, func.count(he.c.hid.distinct())).group_by(he.c.t)
    else:
        people_query, households_query = people_by_type(period), households_by_type(period)
    counts = (select(sr.c.service_type, func.count()).where(sr.c.served_on.between(period.start, period.end))
              .group_by(sr.c.service_type))
    return {"services.people": people_query, "services.households": households_query, "services.count": counts}


def service_figures(ctx: ReportContext) -> dict[str, dict[str, int]]:
    def compute() -> dict[str, dict[str, int]]:
        rows = {key: {str(t): int(n) for t, n in ctx.rows(key, query)} for key, query in service_queries(ctx).items()}
        people, hhs, counts = rows["services.people"], rows["services.households"], rows["services.count"]
        return {code: {"count": counts.get(code, 0), "people": people.get(code, 0),
                       "households": hhs.get(code, 0)} for code in set(counts) | set(people) | set(hhs)}

    result: dict[str, dict[str, int]] = ctx.memo("services", compute)
    return result


def type_labels(ctx: ReportContext) -> list[tuple[str, str]]:
    """(code, label) of every service type, in the centre's order."""
    rows = ctx.session.execute(select(ServiceType.code, ServiceType.label).order_by(ServiceType.position,
                                                                                    ServiceType.code))
    return [(code, label) for code, label in rows]


@section("services", queries=service_queries)
def services_section(ctx: ReportContext) -> SectionResult:
    fig = service_figures(ctx)
    labels = type_labels(ctx)
    known = {code for code, _ in labels}
    labels += [(code, code) for code in sorted(fig) if code not in known]
    rows: list[tuple[Any, ...]] = []
    figures: dict[str, Any] = {}
    for code, label in labels:
        value = fig.get(code, {"count": 0, "people": 0, "households": 0})
        figures[code] = value
        rows.append((label, value["count"], value["people"], value["households"]))
    rows.append((translate("reports", "Total"), sum(v["count"] for v in figures.values()), "", ""))
    table = ReportTable(
        translate("reports", "Services by type"),
        (translate("reports", "Service type"), translate("reports", "Services"), translate("reports", "People"),
         translate("reports", "Households")),
        tuple(rows), total_row=True,
        note=translate("reports", "People and households are counted once per type; a person served with two "
                                  "types appears in both."),
    )
    chart = Chart("bar", translate("reports", "Services by type"), tuple(r[0] for r in rows[:-1]),
                  tuple(float(r[1]) for r in rows[:-1]))
    return SectionResult("services", translate("reports", "Services by type"), (table,), {"services": figures},
                         (chart,))
