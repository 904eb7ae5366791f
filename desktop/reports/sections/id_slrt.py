"""Puskesos / SLRT monthly report: visitors, complaints, referrals by destination and status, persons by
PMKS category, DTKS update proposals. What CentreDesk does not record yet is said, never invented."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.casework import ReferralStatus
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section
from desktop.reports.sections.grounds import persons_by_category
from desktop.reports.sections.people import people_figures
from desktop.reports.sections.referrals import referral_rows
from desktop.reports.served import households, sr

SLRT_OUTCOME = {
    ReferralStatus.SENT.value: "referred", ReferralStatus.ACCEPTED.value: "referred",
    ReferralStatus.COMPLETED.value: "served",
    ReferralStatus.DECLINED.value: "unresolved", ReferralStatus.NO_SHOW.value: "unresolved",
}


@section("id_slrt")
def slrt_section(ctx: ReportContext) -> SectionResult:
    people = people_figures(ctx)
    visits = ctx.session.scalar(select(func.count()).select_from(sr).where(
        sr.c.served_on.between(ctx.period.start, ctx.period.end))) or 0
    registered = ctx.session.scalar(select(func.count()).select_from(households).where(
        households.c.registered_on.between(ctx.period.start, ctx.period.end))) or 0
    not_recorded = translate("reports", "not recorded yet")
    visitor_table = ReportTable(
        translate("reports", "Visitors"), (translate("reports", "Figure"), translate("reports", "Value")),
        ((translate("reports", "Visitors served (persons, unduplicated)"), people["unduplicated"]),
         (translate("reports", "New visitors"), people["new"]),
         (translate("reports", "Visits (services recorded)"), int(visits)),
         (translate("reports", "Households registered"), int(registered)),
         (translate("reports", "Complaints (pengaduan) by type and resolution"), not_recorded),
         (translate("reports", "DTKS update proposals (new / correction / deactivation)"), not_recorded)),
    )
    destinations: dict[str, dict[str, int]] = {}
    for status, type_label, _agency, n in referral_rows(ctx):
        outcome = SLRT_OUTCOME.get(status)
        if outcome is None:
            continue
        row = destinations.setdefault(type_label or translate("reports", "No agency type"),
                                      {"referred": 0, "served": 0, "unresolved": 0})
        row[outcome] += n
    referral_table = ReportTable(
        translate("reports", "Referrals by destination and status"),
        (translate("reports", "Destination"), translate("reports", "Referred"), translate("reports", "Served"),
         translate("reports", "Unresolved")),
        tuple((k, v["referred"], v["served"], v["unresolved"]) for k, v in sorted(destinations.items())),
        note=translate("reports", "Referred = sent or accepted; served = completed; unresolved = declined or no-show."),
    )
    pmks_rows = [(label, int(n)) for label, n in ctx.session.execute(persons_by_category(ctx.served, "id_pmks"))]
    pmks_table = ReportTable(translate("reports", "Persons served by PMKS category"),
                             (translate("reports", "PMKS category"), translate("reports", "Persons")),
                             tuple(pmks_rows),
                             note=translate("reports", "From needs assessments dated on or before the end of the "
                                                       "period; a person may be in several categories."))
    figures: dict[str, Any] = {"slrt": {
        "visitors": people["unduplicated"], "visits": int(visits), "households_registered": int(registered),
        "complaints": None, "dtks_proposals": None,
        "referrals_by_destination": destinations, "persons_by_pmks": dict(pmks_rows),
    }}
    notes = (translate("reports", "Complaints and DTKS update proposals are not recorded in CentreDesk yet, so no "
                                  "figures are given for them."),)
    return SectionResult("id_slrt", translate("reports", "SLRT monthly report"),
                         (visitor_table, referral_table, pmks_table), figures, notes=notes)
