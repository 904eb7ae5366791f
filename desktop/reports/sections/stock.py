"""Stock by category for the period: opening, received, distributed, adjusted, closing (in units).

From the append-only ledger: opening = sum of movements before the period; received and distributed are
the period's movements of those kinds (distributed shown as a positive number going out); adjusted =
adjustments, write-offs and count differences (signed); transfers move stock between places and net to
zero per category. closing = opening + every movement in the period.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.stock import Item, ItemCategory, MovementKind, StockMovement
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section, to_json_number
from desktop.reports.sections.food import dec
from desktop.services.stock.common import category_label

mv = StockMovement.__table__
item = Item.__table__
ADJUSTING = {MovementKind.ADJUSTED.value, MovementKind.WRITTEN_OFF.value, MovementKind.COUNTED.value}
FIELDS = ("opening", "received", "distributed", "adjusted", "closing")


def stock_figures(ctx: ReportContext) -> dict[str, dict[str, Decimal]]:
    def compute() -> dict[str, dict[str, Decimal]]:
        result = {c.value: dict.fromkeys(FIELDS, Decimal(0)) for c in ItemCategory}
        joined = mv.join(item, item.c.id == mv.c.item_id)
        opening = (select(item.c.category, func.sum(mv.c.quantity)).select_from(joined)
                   .where(mv.c.moved_on < ctx.period.start).group_by(item.c.category))
        for category, total in ctx.session.execute(opening):
            result[str(category)]["opening"] = dec(total)
        moves = (select(item.c.category, mv.c.kind, func.sum(mv.c.quantity)).select_from(joined)
                 .where(mv.c.moved_on.between(ctx.period.start, ctx.period.end))
                 .group_by(item.c.category, mv.c.kind))
        for category, kind, total in ctx.session.execute(moves):
            row, amount = result[str(category)], dec(total)
            if str(kind) == MovementKind.RECEIVED.value:
                row["received"] += amount
            elif str(kind) == MovementKind.DISTRIBUTED.value:
                row["distributed"] -= amount  # ledger quantities going out are negative
            elif str(kind) in ADJUSTING:
                row["adjusted"] += amount
            row["closing"] += amount
        for row in result.values():
            row["closing"] += row["opening"]
        return result

    result: dict[str, dict[str, Decimal]] = ctx.memo("stock", compute)
    return result


@section("stock")
def stock_section(ctx: ReportContext) -> SectionResult:
    fig = stock_figures(ctx)
    rows: list[tuple[Any, ...]] = [
        (category_label(ItemCategory(cat)),) + tuple(values[f] for f in FIELDS) for cat, values in fig.items()]
    table = ReportTable(
        translate("reports", "Stock by category (units)"),
        (translate("reports", "Category"), translate("reports", "Opening"), translate("reports", "Received"),
         translate("reports", "Distributed"), translate("reports", "Adjusted"), translate("reports", "Closing")),
        tuple(rows),
        note=translate("reports", "Adjusted includes write-offs and count differences; transfers between places "
                                  "are not shown."),
    )
    figures = {"stock": {"by_category": {cat: {f: to_json_number(v[f]) for f in FIELDS} for cat, v in fig.items()}}}
    return SectionResult("stock", translate("reports", "Stock"), (table,), figures)
