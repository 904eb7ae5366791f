"""Puskesos / SLRT monthly report: visitors, complaints by type and resolution, referrals by destination and
status, persons by PMKS category, DTKS update proposals.

Complaints: "received" = received in the period; "resolved" / "referred" / "rejected" = closed that way in the
period, whenever received; "open" = received by the end of the period and not closed by then (still open, or
closed after it). A complaint reopened later counts by its latest closing only (no closing history is kept).
DTKS proposals: proposed, submitted, and accepted / rejected (decided) in the period, by kind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from desktop.i18n import translate
from desktop.models.casework import ReferralStatus
from desktop.models.complaints import Complaint, ComplaintStatus, ComplaintType, DtksKind, DtksProposal, DtksStatus
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section
from desktop.reports.sections.grounds import persons_by_category
from desktop.reports.sections.people import people_figures
from desktop.reports.sections.referrals import referral_rows
from desktop.reports.served import households, sr
from desktop.services import complaints as complaint_labels
from desktop.services import dtks as dtks_labels

complaint = Complaint.__table__
proposal = DtksProposal.__table__
COMPLAINT_COLUMNS = ("received", "resolved", "referred", "rejected", "open")
PROPOSAL_COLUMNS = ("proposed", "submitted", "accepted", "rejected")

SLRT_OUTCOME = {
    ReferralStatus.SENT.value: "referred", ReferralStatus.ACCEPTED.value: "referred",
    ReferralStatus.COMPLETED.value: "served",
    ReferralStatus.DECLINED.value: "unresolved", ReferralStatus.NO_SHOW.value: "unresolved",
}


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def complaint_figures(ctx: ReportContext) -> dict[str, dict[str, int]]:
    """{type code: {received, resolved, referred, rejected, open}} for every type, zeros included."""
    start, end = ctx.period.start, ctx.period.end
    closed_in = complaint.c.resolved_on.between(start, end)
    query = (select(complaint.c.complaint_type,
                    _count_if(complaint.c.received_on.between(start, end)),
                    _count_if(and_(complaint.c.status == ComplaintStatus.RESOLVED.value, closed_in)),
                    _count_if(and_(complaint.c.status == ComplaintStatus.REFERRED.value, closed_in)),
                    _count_if(and_(complaint.c.status == ComplaintStatus.REJECTED.value, closed_in)),
                    _count_if(or_(complaint.c.resolved_on.is_(None), complaint.c.resolved_on > end)))
             .where(complaint.c.received_on <= end).group_by(complaint.c.complaint_type))
    result = {t.value: dict.fromkeys(COMPLAINT_COLUMNS, 0) for t in ComplaintType}
    for kind, *counts in ctx.session.execute(query):
        result[str(kind)] = {key: int(n) for key, n in zip(COMPLAINT_COLUMNS, counts, strict=True)}
    return result


def proposal_figures(ctx: ReportContext) -> dict[str, dict[str, int]]:
    """{kind: {proposed, submitted, accepted, rejected}} in the period, every kind listed."""
    start, end = ctx.period.start, ctx.period.end
    decided_in = proposal.c.decided_on.between(start, end)
    query = (select(proposal.c.kind,
                    _count_if(proposal.c.proposed_on.between(start, end)),
                    _count_if(proposal.c.submitted_on.between(start, end)),
                    _count_if(and_(proposal.c.status == DtksStatus.ACCEPTED.value, decided_in)),
                    _count_if(and_(proposal.c.status == DtksStatus.REJECTED.value, decided_in)))
             .where(proposal.c.proposed_on <= end).group_by(proposal.c.kind))
    result = {k.value: dict.fromkeys(PROPOSAL_COLUMNS, 0) for k in DtksKind}
    for kind, *counts in ctx.session.execute(query):
        result[str(kind)] = {key: int(n) for key, n in zip(PROPOSAL_COLUMNS, counts, strict=True)}
    return result


def _complaint_table(by_type: dict[str, dict[str, int]]) -> ReportTable:
    total = {key: sum(row[key] for row in by_type.values()) for key in COMPLAINT_COLUMNS}
    rows = tuple((complaint_labels.type_label(ComplaintType(code)), *(row[k] for k in COMPLAINT_COLUMNS))
                 for code, row in by_type.items())
    return ReportTable(
        translate("reports", "Complaints by type and resolution"),
        (translate("reports", "Type of complaint"), translate("reports", "Received in the period"),
         translate("reports", "Resolved"),
         translate("reports", "Referred"), translate("reports", "Rejected"),
         translate("reports", "Still open at the end of the period")),
        rows + ((translate("reports", "Total"), *(total[k] for k in COMPLAINT_COLUMNS)),), total_row=True,
        note=translate("reports", "Received = received in the period. Resolved, referred and rejected = closed that "
                                  "way in the period, whenever received. Still open = received by the end of the "
                                  "period and not closed by then."))


def _proposal_table(by_kind: dict[str, dict[str, int]]) -> ReportTable:
    total = {key: sum(row[key] for row in by_kind.values()) for key in PROPOSAL_COLUMNS}
    rows = tuple((dtks_labels.kind_label(DtksKind(code)), *(row[k] for k in PROPOSAL_COLUMNS))
                 for code, row in by_kind.items())
    return ReportTable(
        translate("reports", "DTKS update proposals"),
        (translate("reports", "Proposal"), translate("reports", "Proposed in the period"),
         translate("reports", "Submitted"), translate("reports", "Accepted"), translate("reports", "Rejected")),
        rows + ((translate("reports", "Total"), *(total[k] for k in PROPOSAL_COLUMNS)),), total_row=True,
        note=translate("reports", "Each column counts what happened in the period: proposals made, submitted, and "
                                  "decided (accepted or rejected)."))


@section("id_slrt")
def slrt_section(ctx: ReportContext) -> SectionResult:
    people = people_figures(ctx)
    visits = ctx.session.scalar(select(func.count()).select_from(sr).where(
        sr.c.served_on.between(ctx.period.start, ctx.period.end))) or 0
    registered = ctx.session.scalar(select(func.count()).select_from(households).where(
        households.c.registered_on.between(ctx.period.start, ctx.period.end))) or 0
    by_type = complaint_figures(ctx)
    by_kind = proposal_figures(ctx)
    received = sum(row["received"] for row in by_type.values())
    proposed = sum(row["proposed"] for row in by_kind.values())
    visitor_table = ReportTable(
        translate("reports", "Visitors"), (translate("reports", "Figure"), translate("reports", "Value")),
        ((translate("reports", "Visitors served (persons, unduplicated)"), people["unduplicated"]),
         (translate("reports", "New visitors"), people["new"]),
         (translate("reports", "Visits (services recorded)"), int(visits)),
         (translate("reports", "Households registered"), int(registered)),
         (translate("reports", "Complaints (pengaduan) received"), received),
         (translate("reports", "DTKS update proposals made (new / correction / deactivation)"), proposed)),
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
        "complaints": {"received": received,
                       **{key: sum(row[key] for row in by_type.values()) for key in COMPLAINT_COLUMNS[1:]},
                       "by_type": by_type},
        "dtks_proposals": {**{kind: row["proposed"] for kind, row in by_kind.items()},
                           "by_status": {key: sum(row[key] for row in by_kind.values())
                                         for key in PROPOSAL_COLUMNS[1:]},
                           "by_kind": by_kind},
        "referrals_by_destination": destinations, "persons_by_pmks": dict(pmks_rows),
    }}
    return SectionResult("id_slrt", translate("reports", "SLRT monthly report"),
                         (visitor_table, _complaint_table(by_type), referral_table, pmks_table,
                          _proposal_table(by_kind)), figures)
