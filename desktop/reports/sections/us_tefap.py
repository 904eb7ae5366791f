"""US TEFAP-style monthly figures: households with / without minor children, persons by age, pounds."""

from __future__ import annotations

from decimal import Decimal

from desktop.i18n import translate
from desktop.reports.engine import TEFAP_BANDS, ReportContext, ReportTable, SectionResult, section, to_json_number
from desktop.reports.sections.food import food_figures
from desktop.reports.sections.households import household_figures, household_queries
from desktop.reports.sections.people import people_figures, people_queries
from desktop.reports.served import UNKNOWN_BAND

KG_TO_LB = Decimal("2.20462")


@section("us_tefap", queries=lambda ctx: {**people_queries(ctx), **household_queries(ctx)})
def tefap_section(ctx: ReportContext) -> SectionResult:
    if ctx.bands != TEFAP_BANDS:  # the pack sets TEFAP bands; a different pack reusing this still gets them
        ctx = ReportContext(ctx.uow, ctx.period, ctx.profile, TEFAP_BANDS, ctx.progress, ctx.cache)
    hh = household_figures(ctx)
    people = people_figures(ctx)
    kg = food_figures(ctx)["kg"]
    pounds = (kg * KG_TO_LB).quantize(Decimal("0.001"))
    rows = [
        (translate("reports", "Households with minor children (under 18)"), hh["with_children"]),
        (translate("reports", "Households without minor children"), hh["without_children"]),
        (translate("reports", "Households served"), hh["unduplicated"]),
    ]
    rows += [(translate("reports", "Persons of unknown age") if k == UNKNOWN_BAND
              else translate("reports", "Persons aged {band}").format(band=k), v)
             for k, v in people["by_age_band"].items()]
    rows += [(translate("reports", "Total persons"), people["unduplicated"]),
             (translate("reports", "Food distributed (kg)"), kg),
             (translate("reports", "Food distributed (lb)"), pounds)]
    table = ReportTable(translate("reports", "TEFAP monthly figures"),
                        (translate("reports", "Figure"), translate("reports", "Value")), tuple(rows),
                        note=translate("reports", "Pounds = kilograms x 2.20462."))
    figures = {"tefap": {
        "households": {"with_children": hh["with_children"], "without_children": hh["without_children"],
                       "total": hh["unduplicated"]},
        "persons": dict(people["by_age_band"]) | {"total": people["unduplicated"]},
        "pounds": to_json_number(pounds),
    }}
    return SectionResult("us_tefap", translate("reports", "TEFAP figures"), (table,), figures)
