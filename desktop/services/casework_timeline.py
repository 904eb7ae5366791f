"""Timeline entries for case files: notes, referrals, assessments, documents, consents, care plans.

Roles without case-file access get nothing from here; a sealed note shows as "Sealed note" with no text
to readers who may not open it (and without auditing: its text is not read here for anyone).
"""

from __future__ import annotations

from desktop.i18n import translate
from desktop.models.casework import GoalStatus
from desktop.services import assessments, care_plans, case_notes, consents, documents, referrals
from desktop.services.case_access import person_names
from desktop.services.permissions import Actor, Permission
from desktop.services.timeline import TimelineEntry, timeline_source
from desktop.services.uow import UnitOfWork

PREVIEW_CHARS = 120



@timeline_source
def casework_entries(uow: UnitOfWork, actor: Actor, household_id: int | None,
                     person_ids: list[int]) -> list[TimelineEntry]:
    if not actor.can(Permission.READ_CASE_FILES):
        return []
    entries: list[TimelineEntry] = []
    for n in case_notes.list_notes(uow, actor, household_id, person_ids):
        if n.sealed:
            text = translate("casework_timeline", "Sealed note") + (f" ({n.author})" if n.author else "")
        else:
            preview = n.text if len(n.text) <= PREVIEW_CHARS else n.text[:PREVIEW_CHARS] + "…"
            text = translate("casework_timeline", "Note: {text}").format(text=preview)
        entries.append(TimelineEntry(n.noted_on, "case_note", text, f"case_note:{n.id}"))
    for r in referrals.list_referrals(uow, actor, household_id, person_ids):
        ref = f"referral:{r.id}"
        entries.append(TimelineEntry(r.created_on, "referral", translate("casework_timeline",
                "Referral {number} to {agency}: {service}").format(
            number=r.tracking_number, agency=r.agency_name, service=r.service), ref))
        if r.sent_on:
            entries.append(TimelineEntry(r.sent_on, "referral", translate("casework_timeline",
                    "Referral {number} sent").format(
                number=r.tracking_number), ref))
        if r.closed_on:
            entries.append(TimelineEntry(r.closed_on, "referral", translate("casework_timeline",
                    "Referral {number}: {status}").format(
                number=r.tracking_number, status=referrals.status_label(r.status)), ref))
    for a in assessments.list_assessments(uow, actor, household_id, person_ids):
        entries.append(TimelineEntry(a.assessed_on, "assessment", translate("casework_timeline",
                "Assessment: {n} needs, {outcome}").format(
            n=len(a.needs), outcome=assessments.eligibility_label(a.eligibility)), f"assessment:{a.id}"))
    for d in documents.list_documents(uow, actor, household_id, person_ids):
        entries.append(TimelineEntry(d.uploaded_at.date(), "document", translate("casework_timeline",
                "Document attached: {type}").format(
            type=documents.type_label(d.doc_type)), f"case_document:{d.id}"))
    names = person_names(uow, set(person_ids))
    for c in consents.list_consents(uow, actor, person_ids):
        scope = consents.scope_label(c.scope) + (f" — {c.agency_name}" if c.agency_name else "")
        who = names.get(c.person_id, "")
        entries.append(TimelineEntry(c.given_on, "consent", translate("casework_timeline",
                "Consent given ({who}): {scope}").format(
            who=who, scope=scope), f"consent:{c.id}"))
        if c.withdrawn_on:
            entries.append(TimelineEntry(c.withdrawn_on, "consent", translate("casework_timeline",
                    "Consent withdrawn ({who}): {scope}").format(
                who=who, scope=scope), f"consent:{c.id}"))
    for p in care_plans.list_plans(uow, actor, household_id, person_ids):
        ref = f"care_plan:{p.id}"
        entries.append(TimelineEntry(p.started_on, "care_plan", translate("casework_timeline",
                "Care plan started: {title}").format(
            title=p.title), ref))
        for review in p.reviews:
            entries.append(TimelineEntry(review.reviewed_on, "care_plan", translate("casework_timeline",
                    "Care plan reviewed: {title}").format(
                title=p.title), ref))
        if p.closed_on:
            met = sum(1 for g in p.goals if g.status is GoalStatus.MET)
            entries.append(TimelineEntry(p.closed_on, "care_plan", translate("casework_timeline",
                    "Care plan closed: {met} of {n} goals met")
                                         .format(met=met, n=len(p.goals)), ref))
    return entries
