"""Referrals of a person to an outside agency: tracking number, status flow, follow-up, outcome, letter.

Status flow: draft -> sent -> accepted -> completed, with declined / no-show as other endings. A referral
goes to "sent" only with a sharing consent for that agency in force on the day. Sending records the
`referral` service (the referral is then "made": drafts never sent do not count in reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select

from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.casework import Agency, AgencyType, Referral, ReferralStatus
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.case_access import check_subject, person_names, require_edit, require_read, subject_filter
from desktop.services.consents import sharing_consent
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork

S = ReferralStatus
ALLOWED: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.DRAFT: frozenset({S.SENT}),
    S.SENT: frozenset({S.ACCEPTED, S.DECLINED, S.NO_SHOW}),
    S.ACCEPTED: frozenset({S.COMPLETED, S.NO_SHOW, S.DECLINED}),
    S.COMPLETED: frozenset(),
    S.DECLINED: frozenset(),
    S.NO_SHOW: frozenset(),
}
OPEN_STATUSES = (S.SENT, S.ACCEPTED)  # a follow-up is due for these
DEFAULT_FOLLOW_UP_DAYS = 14

STATUS_LABELS: dict[ReferralStatus, str] = {
    S.DRAFT: QT_TRANSLATE_NOOP("referrals", "Draft"),
    S.SENT: QT_TRANSLATE_NOOP("referrals", "Sent"),
    S.ACCEPTED: QT_TRANSLATE_NOOP("referrals", "Accepted"),
    S.COMPLETED: QT_TRANSLATE_NOOP("referrals", "Completed"),
    S.DECLINED: QT_TRANSLATE_NOOP("referrals", "Declined"),
    S.NO_SHOW: QT_TRANSLATE_NOOP("referrals", "No-show"),
}


def status_label(status: ReferralStatus) -> str:
    return translate("referrals", STATUS_LABELS[status])


@dataclass(frozen=True)
class ReferralRow:
    id: int
    tracking_number: str
    person_id: int
    person_name: str
    household_id: int | None
    agency_id: int
    agency_name: str
    agency_type: str
    service: str
    reason: str
    status: ReferralStatus
    created_on: date
    sent_on: date | None
    follow_up_on: date | None
    closed_on: date | None
    outcome: str

    def overdue(self, today: date) -> bool:
        return self.status in OPEN_STATUSES and self.follow_up_on is not None and self.follow_up_on < today

    @property
    def next_statuses(self) -> frozenset[ReferralStatus]:
        return ALLOWED[self.status]


def next_tracking_number(uow: UnitOfWork, year: int) -> str:
    """REF-<year>-<6 digits>, one sequence per year. Writers are serialised (IMMEDIATE), and the column is
    unique, so two referrals can never share a number."""
    prefix = f"REF-{year}-"
    key = f"referrals.last_number.{year}"
    last = uow.session.scalar(
        select(func.max(Referral.tracking_number)).where(Referral.tracking_number.like(prefix + "%")))
    # The counter in settings survives erasure (an erased referral's number is never given out again).
    number = max(int(settings.get(uow, key) or 0), int(last[len(prefix):]) if last else 0) + 1
    settings.put(uow, key, number)
    return f"{prefix}{number:06d}"


def create_referral(uow: UnitOfWork, actor: Actor, *, person_id: int, agency_id: int, service: str, reason: str,
                    created_on: date | None = None, household_id: int | None = None,
                    follow_up_on: date | None = None) -> int:
    """A draft referral with its tracking number."""
    require_edit(actor)
    check_subject(uow, person_id, household_id, person_required=True)
    agency = uow.session.get(Agency, agency_id)
    if agency is None:
        raise NotFound(translate("referrals", "That agency no longer exists."))
    if not agency.active:
        raise ValidationError(translate("referrals", "That agency is no longer in use: choose another."),
                              field="agency")
    if not service.strip():
        raise ValidationError(translate("referrals", "Say which service the person is referred for."), field="service")
    if not reason.strip():
        raise ValidationError(translate("referrals", "Give the reason for the referral."), field="reason")
    created_on = created_on or date.today()
    if follow_up_on is not None and follow_up_on < created_on:
        raise ValidationError(translate("referrals", "The follow-up date is before the referral date."),
                              field="follow_up_on")
    row = Referral(tracking_number=next_tracking_number(uow, created_on.year), person_id=person_id,
                   household_id=household_id, agency_id=agency_id, service=service.strip()[:200],
                   reason=reason.strip(), status=S.DRAFT, created_on=created_on, follow_up_on=follow_up_on,
                   created_by_user_id=actor.user_id)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "referral", row.id, f"{row.tracking_number} to agency {agency_id}")
    return row.id


def _get(uow: UnitOfWork, referral_id: int) -> Referral:
    row = uow.session.get(Referral, referral_id)
    if row is None:
        raise NotFound(translate("referrals", "That referral no longer exists."))
    return row


def change_status(uow: UnitOfWork, actor: Actor, referral_id: int, new_status: ReferralStatus, *,
                  on: date | None = None, outcome: str = "", follow_up_on: date | None = None) -> None:
    """Move a referral along its flow. Sending needs a sharing consent and records the referral service."""
    require_edit(actor)
    new_status = ReferralStatus(new_status)  # a combo box hands back the plain string
    row = _get(uow, referral_id)
    on = on or date.today()
    if new_status not in ALLOWED[row.status]:
        allowed = ", ".join(status_label(s) for s in sorted(ALLOWED[row.status], key=list(S).index)) or "-"
        raise ValidationError(
            translate("referrals", "A referral that is \"{current}\" cannot become \"{new}\".").format(
                current=status_label(row.status), new=status_label(new_status)),
            translate("referrals", "Possible next steps: {allowed}.").format(allowed=allowed),
            field="status",
        )
    if on < row.created_on:
        raise ValidationError(translate("referrals", "The date is before the referral was made."), field="date")
    if on > date.today():
        raise ValidationError(translate("referrals", "The date cannot be in the future."), field="date")
    if new_status is S.SENT:
        if sharing_consent(uow, row.person_id, row.agency_id, on) is None:
            raise UserError(
                translate("referrals", "The referral cannot be sent: the person has no consent in force on {date} "
                                       "to share their details with this agency.").format(date=on.isoformat()),
                translate("referrals", "Record the person's consent to share with this agency (Consents tab), "
                                       "then send the referral."),
            )
        row.sent_on = on
        row.follow_up_on = follow_up_on or row.follow_up_on or on + timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
        row.service_record_id = record_service(
            uow, actor, served_on=on, service_type="referral", person_id=row.person_id,
            household_id=None, note=row.tracking_number or "", audit_it=False)
    elif follow_up_on is not None:
        row.follow_up_on = follow_up_on
    if new_status in (S.COMPLETED, S.DECLINED, S.NO_SHOW):
        row.closed_on = on
    if outcome.strip():
        row.outcome = outcome.strip()
    previous, row.status = row.status, new_status
    audit.record(uow, actor, Action.UPDATE, "referral", row.id, f"{previous.value} -> {new_status.value}")


def set_follow_up(uow: UnitOfWork, actor: Actor, referral_id: int, follow_up_on: date | None, outcome: str) -> None:
    require_edit(actor)
    row = _get(uow, referral_id)
    if follow_up_on is not None and follow_up_on < row.created_on:
        raise ValidationError(translate("referrals", "The follow-up date is before the referral date."),
                              field="follow_up_on")
    row.follow_up_on, row.outcome = follow_up_on, outcome.strip()
    audit.record(uow, actor, Action.UPDATE, "referral", row.id, "follow-up updated")


def _query() -> Any:  # Select of (Referral, agency name, type label)
    return (select(Referral, Agency.name, AgencyType.label)
            .join(Agency, Agency.id == Referral.agency_id)
            .outerjoin(AgencyType, AgencyType.id == Agency.type_id))


def _rows(uow: UnitOfWork, query: Any) -> list[ReferralRow]:
    result = list(uow.session.execute(query))
    names = person_names(uow, {r.person_id for r, _, _ in result})
    return [ReferralRow(r.id, r.tracking_number or "", r.person_id, names.get(r.person_id, ""), r.household_id,
                        r.agency_id, agency, kind or "", r.service, r.reason, r.status, r.created_on, r.sent_on,
                        r.follow_up_on, r.closed_on, r.outcome) for r, agency, kind in result]


def list_referrals(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int]) -> list[ReferralRow]:
    require_read(actor)
    query = _query().where(
        subject_filter(Referral.person_id, Referral.household_id, person_ids, household_id)
    ).order_by(Referral.created_on.desc(), Referral.id.desc())
    return _rows(uow, query)


def get_referral(uow: UnitOfWork, actor: Actor, referral_id: int) -> ReferralRow:
    require_read(actor)
    rows = _rows(uow, _query().where(Referral.id == referral_id))
    if not rows:
        raise NotFound(translate("referrals", "That referral no longer exists."))
    return rows[0]


def _due_filter(today: date, within_days: int) -> Any:
    return (Referral.status.in_(OPEN_STATUSES)) & (Referral.follow_up_on <= today + timedelta(days=within_days))


def follow_ups_due(uow: UnitOfWork, actor: Actor, today: date, *, within_days: int = 7,
                   limit: int | None = None) -> list[ReferralRow]:
    """Open referrals whose follow-up is overdue or due within `within_days`, most overdue first."""
    require_read(actor)
    query = _query().where(_due_filter(today, within_days)).order_by(Referral.follow_up_on, Referral.id).limit(limit)
    return _rows(uow, query)


def count_follow_ups_due(uow: UnitOfWork, actor: Actor, today: date, *, within_days: int = 7) -> tuple[int, int]:
    """(due or overdue, of which overdue) — counted in SQL for the dashboard."""
    require_read(actor)
    overdue = Referral.follow_up_on < today
    total, late = uow.session.execute(
        select(func.count(), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
        .select_from(Referral).where(_due_filter(today, within_days))).one()
    return int(total), int(late)
