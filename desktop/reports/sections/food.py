"""Food distributed (kg), items without a weight, items given by category, and kg per month for a year.

DOMAIN.md: kg = for parcels given from stock, the sum over food-category lines of quantity x unit weight
(read from the distribution lines, the most precise source); for other food_parcel records (imported
history, manual entries) their `weight_kg`. Lines whose item has no unit weight, and food_parcel records
without a weight, are counted in units (`food.unweighted_items`), never dropped.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Executable, Select, case, extract, func, select

from desktop.i18n import translate
from desktop.models.stock import Distribution, DistributionLine, Item, ItemCategory
from desktop.reports.engine import Chart, ReportContext, ReportTable, SectionResult, section, to_json_number
from desktop.reports.periods import Period
from desktop.reports.served import sr
from desktop.services.stock.common import category_label

dist = Distribution.__table__
line = DistributionLine.__table__
item = Item.__table__
ZERO = Decimal(0)
TREND_MONTHS = 12


def dec(value: Any) -> Decimal:
    return ZERO if value is None else Decimal(str(value)).quantize(Decimal("0.001"))


def _lines(period: Period, *columns: Any) -> Select[Any]:
    weighted = item.c.unit_weight_kg > 0
    return (
        select(*columns, func.sum(line.c.quantity),
               func.sum(case((weighted, line.c.quantity * item.c.unit_weight_kg), else_=0)),
               func.sum(case((weighted, 0), else_=line.c.quantity)))
        .select_from(line.join(dist, dist.c.id == line.c.distribution_id).join(item, item.c.id == line.c.item_id))
        .where(dist.c.distributed_on.between(period.start, period.end))
        .group_by(*columns)
    )


def not_from_stock() -> ColumnElement[bool]:
    """The record was not written by a stock distribution. NOT IN over a subquery evaluated once (there is no
    index on stock_distributions.service_record_id, so a correlated EXISTS would scan it for every record)."""
    return sr.c.id.not_in(select(dist.c.service_record_id).where(dist.c.service_record_id.is_not(None)))


def _records(period: Period, *columns: Any) -> Select[Any]:
    """food_parcel records that do not come from a stock distribution (their lines are counted instead)."""
    return (
        select(*columns, func.sum(sr.c.weight_kg), func.sum(case((sr.c.weight_kg.is_(None), sr.c.quantity), else_=0)))
        .where(sr.c.service_type == "food_parcel", sr.c.served_on.between(period.start, period.end),
               not_from_stock())
        .group_by(*columns)
    )


def food_queries(ctx: ReportContext) -> dict[str, Executable]:
    periods = ctx.period.months_back(TREND_MONTHS)
    span = Period(periods[0].start, periods[-1].end)
    year_l, month_l = extract("year", dist.c.distributed_on), extract("month", dist.c.distributed_on)
    year_r, month_r = extract("year", sr.c.served_on), extract("month", sr.c.served_on)
    return {
        "food.records": _records(ctx.period),
        "food.trend.records": _records(span, year_r, month_r),
        "food.lines": _lines(ctx.period, line.c.category),
        "food.trend.lines": _lines(span, year_l, month_l).where(line.c.category == ItemCategory.FOOD.value),
    }


def food_figures(ctx: ReportContext) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        queries = food_queries(ctx)
        by_category: dict[str, dict[str, Decimal]] = {
            c.value: {"items": ZERO, "kg": ZERO, "unweighted_items": ZERO} for c in ItemCategory}
        for category, units, kg, unweighted in ctx.rows("food.lines", queries["food.lines"]):
            key = str(category)
            by_category[key] = {"items": dec(units), "kg": dec(kg), "unweighted_items": dec(unweighted)}
        records = ctx.rows("food.records", queries["food.records"])
        record_kg, record_unweighted = (dec(records[0][0]), dec(records[0][1])) if records else (ZERO, ZERO)
        food = by_category[ItemCategory.FOOD.value]
        return {"kg": food["kg"] + record_kg, "unweighted_items": food["unweighted_items"] + record_unweighted,
                "by_category": by_category, "record_kg": record_kg}

    result: dict[str, Any] = ctx.memo("food", compute)
    return result


def kg_by_month(ctx: ReportContext) -> list[tuple[str, Decimal]]:
    """Food kg per calendar month over the TREND_MONTHS months ending with the period's last month."""
    queries = food_queries(ctx)
    totals: dict[tuple[int, int], Decimal] = {}
    for year, month, _units, kg, _unweighted in ctx.rows("food.trend.lines", queries["food.trend.lines"]):
        totals[(int(year), int(month))] = totals.get((int(year), int(month)), ZERO) + dec(kg)
    for year, month, kg, _unweighted in ctx.rows("food.trend.records", queries["food.trend.records"]):
        totals[(int(year), int(month))] = totals.get((int(year), int(month)), ZERO) + dec(kg)
    return [(f"{p.start.year}-{p.start.month:02d}", totals.get((p.start.year, p.start.month), ZERO))
            for p in ctx.period.months_back(TREND_MONTHS)]


@section("food", queries=food_queries)
def food_section(ctx: ReportContext) -> SectionResult:
    fig = food_figures(ctx)
    rows: list[tuple[Any, ...]] = []
    for category in ItemCategory:
        values = fig["by_category"][category.value]
        rows.append((category_label(category), values["items"], values["kg"], values["unweighted_items"]))
    if fig["record_kg"] or fig["unweighted_items"] != fig["by_category"]["food"]["unweighted_items"]:
        rows.append((translate("reports", "Food parcels recorded without stock lines"), "", fig["record_kg"],
                     fig["unweighted_items"] - fig["by_category"]["food"]["unweighted_items"]))
    rows.append((translate("reports", "Food total"), "", fig["kg"], fig["unweighted_items"]))
    table = ReportTable(
        translate("reports", "Items distributed by category"),
        (translate("reports", "Category"), translate("reports", "Items (units)"), translate("reports", "Weight (kg)"),
         translate("reports", "Items without weight")),
        tuple(rows), total_row=True,
        note=translate("reports", "Items without a unit weight are counted in units, not in kg."),
    )
    trend = kg_by_month(ctx)
    trend_table = ReportTable(translate("reports", "Food distributed per month (kg)"),
                              (translate("reports", "Month"), translate("reports", "Weight (kg)")),
                              tuple((month, kg) for month, kg in trend))
    chart = Chart("bar", translate("reports", "Food distributed per month (kg)"), tuple(m for m, _ in trend),
                  tuple(float(kg) for _, kg in trend), unit="kg")
    figures = {
        "food": {"kg": to_json_number(fig["kg"]), "unweighted_items": to_json_number(fig["unweighted_items"]),
                 "kg_by_month": {m: to_json_number(kg) for m, kg in trend}},
        "distributed": {"by_category": {cat: {k: to_json_number(v) for k, v in values.items()}
                                        for cat, values in fig["by_category"].items()}},
    }
    return SectionResult("food", translate("reports", "Food and items distributed"), (table, trend_table), figures,
                         (chart,))
