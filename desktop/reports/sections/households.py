"""Households served: unduplicated, new, with children under 18."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable

from desktop.i18n import translate
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section
from desktop.reports.served import households_profile_query


def household_queries(ctx: ReportContext) -> dict[str, Executable]:
    return {"households": households_profile_query(ctx.served)}


def household_figures(ctx: ReportContext) -> dict[str, int]:
    def compute() -> dict[str, int]:
        total = new = children = no_address = 0
        for is_new, with_children, without_address, n in ctx.rows("households", household_queries(ctx)["households"]):
            no_address += n if without_address else 0
            total += n
            new += n if is_new else 0
            children += n if with_children else 0
        return {"unduplicated": total, "new": new, "returning": total - new, "with_children": children,
                "without_children": total - children, "without_address": no_address}

    result: dict[str, int] = ctx.memo("households", compute)
    return dict(result)


@section("households", queries=household_queries)
def households_section(ctx: ReportContext) -> SectionResult:
    fig = household_figures(ctx)
    table = ReportTable(
        translate("reports", "Households served"),
        (translate("reports", "Figure"), translate("reports", "Households")),
        ((translate("reports", "Households served (unduplicated)"), fig["unduplicated"]),
         (translate("reports", "New this period"), fig["new"]),
         (translate("reports", "Returning"), fig["returning"]),
         (translate("reports", "With children under 18"), fig["with_children"])),
        note=translate("reports", "A household with children has a member under 18 on its first service date "
                                  "in the period."),
    )
    figures: dict[str, Any] = {"households": {k: fig[k] for k in ("unduplicated", "new", "returning",
                                                                    "with_children")}}
    return SectionResult("households", translate("reports", "Households served"), (table,), figures)
