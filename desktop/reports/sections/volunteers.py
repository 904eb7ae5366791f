"""Volunteers and staff: people who worked and hours signed in, from the rosters' own figure."""

from __future__ import annotations

from desktop.i18n import translate
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section, to_json_number
from desktop.services.rosters.hours import volunteer_hours


@section("volunteers")
def volunteers_section(ctx: ReportContext) -> SectionResult:
    # The rosters page and this report read the same function, so they always agree.
    figures = volunteer_hours(ctx.uow, ctx.period.start, ctx.period.end)
    table = ReportTable(
        translate("reports", "Staff and volunteers"),
        (translate("reports", "Figure"), translate("reports", "Value")),
        ((translate("reports", "People who worked shifts"), figures.people),
         (translate("reports", "Hours worked"), figures.hours),
         (translate("reports", "No-shows"), figures.no_shows)),
        note=translate("reports", "Signed-in time on completed shift assignments."),
    )
    return SectionResult("volunteers", translate("reports", "Staff and volunteers"), (table,),
                         {"volunteers": {"people": figures.people, "hours": to_json_number(figures.hours)}})
