"""Referrals made in the period (sent to an agency in it), by current status and by agency type."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.casework import Agency, AgencyType, Referral, ReferralStatus
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section
from desktop.services.referrals import status_label

ref = Referral.__table__
agency = Agency.__table__
agency_type = AgencyType.__table__


def referral_rows(ctx: ReportContext) -> list[tuple[str, str, str, int]]:
    """(status, agency type label or "", agency name, count) for referrals sent in the period."""

    def compute() -> list[tuple[str, str, str, int]]:
        query = (
            select(ref.c.status, agency_type.c.label, agency.c.name, func.count())
            .select_from(ref.join(agency, agency.c.id == ref.c.agency_id)
                         .outerjoin(agency_type, agency_type.c.id == agency.c.type_id))
            .where(ref.c.sent_on.between(ctx.period.start, ctx.period.end))
            .group_by(ref.c.status, agency_type.c.label, agency.c.name)
        )
        return [(str(s), label or "", name, int(n)) for s, label, name, n in ctx.session.execute(query)]

    result: list[tuple[str, str, str, int]] = ctx.memo("referrals", compute)
    return result


@section("referrals")
def referrals_section(ctx: ReportContext) -> SectionResult:
    rows = referral_rows(ctx)
    made = sum(r[3] for r in rows)
    by_status = {s.value: 0 for s in ReferralStatus if s is not ReferralStatus.DRAFT}
    by_type: dict[str, int] = {}
    for status, type_label, _name, n in rows:
        by_status[status] = by_status.get(status, 0) + n
        key = type_label or translate("reports", "No agency type")
        by_type[key] = by_type.get(key, 0) + n
    count = translate("reports", "Referrals")
    status_table = ReportTable(
        translate("reports", "Referrals by status"), (translate("reports", "Status"), count),
        tuple((status_label(ReferralStatus(k)), v) for k, v in by_status.items())
        + ((translate("reports", "Referrals made"), made),), total_row=True,
        note=translate("reports", "Referrals sent in the period, with their status today."),
    )
    type_table = ReportTable(translate("reports", "Referrals by agency type"),
                             (translate("reports", "Agency type"), count),
                             tuple(sorted(by_type.items())) + ((translate("reports", "Total"), made),), total_row=True)
    figures: dict[str, Any] = {"referrals": {"made": made, "by_status": by_status, "by_agency_type": by_type}}
    return SectionResult("referrals", translate("reports", "Referrals"), (status_table, type_table), figures)
