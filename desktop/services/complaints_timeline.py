"""Timeline entries for complaints and DTKS proposals of a household and its people.

Complaints show to whoever may read the complaints list (the desk); only the type and status appear, never
the description (a complaint about staff conduct is not for every screen). DTKS proposals are case files.
"""

from __future__ import annotations

from desktop.i18n import translate
from desktop.services import complaints, dtks
from desktop.services.complaints import ComplaintFilter
from desktop.services.permissions import Actor
from desktop.services.timeline import TimelineEntry, timeline_source
from desktop.services.uow import UnitOfWork


@timeline_source
def complaint_entries(uow: UnitOfWork, actor: Actor, household_id: int | None,
                      person_ids: list[int]) -> list[TimelineEntry]:
    if not actor.can(complaints.READ) or (household_id is None and not person_ids):
        return []
    entries = []
    flt = ComplaintFilter(household_id=household_id, person_ids=tuple(person_ids))
    for c in complaints.list_complaints(uow, actor, flt, limit=500):
        ref = f"complaint:{c.id}"
        entries.append(TimelineEntry(c.received_on, "complaint", translate(
            "complaints_timeline", "Complaint no. {id} received ({channel}): {type}").format(
            id=c.id, channel=complaints.channel_label(c.channel), type=complaints.type_label(c.complaint_type)), ref))
        if c.resolved_on is not None:
            entries.append(TimelineEntry(c.resolved_on, "complaint", translate(
                "complaints_timeline", "Complaint no. {id}: {status}").format(
                id=c.id, status=complaints.status_label(c.status)), ref))
    return entries


@timeline_source
def dtks_entries(uow: UnitOfWork, actor: Actor, household_id: int | None,
                 person_ids: list[int]) -> list[TimelineEntry]:
    if household_id is None or not actor.can(dtks.READ):
        return []
    entries = []
    for p in dtks.list_proposals(uow, actor, household_id=household_id, limit=500):
        ref = f"dtks_proposal:{p.id}"
        kind = dtks.kind_label(p.kind)
        entries.append(TimelineEntry(p.proposed_on, "dtks_proposal", translate(
            "complaints_timeline", "DTKS proposal: {kind}").format(kind=kind), ref))
        if p.submitted_on is not None:
            entries.append(TimelineEntry(p.submitted_on, "dtks_proposal", translate(
                "complaints_timeline", "DTKS proposal submitted: {kind}").format(kind=kind), ref))
        if p.decided_on is not None:
            entries.append(TimelineEntry(p.decided_on, "dtks_proposal", translate(
                "complaints_timeline", "DTKS proposal ({kind}): {status}").format(
                kind=kind, status=dtks.status_label(p.status)), ref))
    return entries
