"""Client-file Overview alerts from case files: expired or expiring documents, overdue referral follow-ups,
care plan reviews due. Only for roles that read case files."""

from __future__ import annotations

from datetime import date

from desktop.i18n import translate
from desktop.services import care_plans, documents, referrals
from desktop.services.client_alerts import ClientAlert, alert_source
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork


@alert_source
def casework_alerts(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int],
                    today: date) -> list[ClientAlert]:
    if not actor.can(Permission.READ_CASE_FILES):
        return []
    result = []
    for d in documents.expiring_documents(uow, actor, today, household_id=household_id, person_ids=person_ids):
        label = documents.type_label(d.doc_type)
        if d.expires_on < today:
            text = translate("casework", "{document} expired on {date}.").format(document=label,
                                                                                 date=d.expires_on.isoformat())
        else:
            text = translate("casework", "{document} expires on {date}.").format(document=label,
                                                                                 date=d.expires_on.isoformat())
        result.append(ClientAlert("danger" if d.expires_on < today else "warning", text, f"case_document:{d.id}"))
    for r in referrals.list_referrals(uow, actor, household_id, person_ids):
        if r.overdue(today):
            assert r.follow_up_on is not None
            result.append(ClientAlert("warning", translate("casework", "Referral {number} to {agency}: follow-up "
                                                                       "overdue since {date}.").format(
                number=r.tracking_number, agency=r.agency_name, date=r.follow_up_on.isoformat()), f"referral:{r.id}"))
    for p in care_plans.list_plans(uow, actor, household_id, person_ids):
        if p.review_due(today):
            assert p.next_review_on is not None
            result.append(ClientAlert("info", translate("casework", "Care plan \"{title}\": review due since {date}.")
                                      .format(title=p.title, date=p.next_review_on.isoformat()), f"care_plan:{p.id}"))
    return result
