"""Complaints (pengaduan) at the desk: record, follow up, close with how they were resolved.

Who may do what (existing permissions, see the report of this change):
- recording a complaint is front-desk work like recording a visit: RECORD_SERVICES;
- reading the list needs FIND_CLIENTS (the desk follows up what it took in);
- changing the status and closing one (resolved / referred / rejected) is casework: EDIT_CASE_FILES.

Status flow: open -> in progress -> resolved / referred / rejected; a closed complaint may be reopened
(in progress) when the complainant comes back. `resolved_on` is set exactly while a complaint is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, cast, func, or_, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.casework import Agency
from desktop.models.clients import Household, HouseholdMember, Person, RecordStatus, Relationship
from desktop.models.complaints import (
    CLOSED_COMPLAINT_STATUSES,
    Complaint,
    ComplaintChannel,
    ComplaintStatus,
    ComplaintType,
)
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.case_access import user_names
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

RECORD = Permission.RECORD_SERVICES
READ = Permission.FIND_CLIENTS
RESOLVE = Permission.EDIT_CASE_FILES
MAX_NAME = 200
MAX_TEXT = 5_000  # a description, closing note or DTKS reason: a pasted document is refused, not stored


def check_text_length(text: str, field: str) -> None:
    if len(text) > MAX_TEXT:
        raise ValidationError(translate("complaints", "The text is too long (over {n} characters): shorten it, "
                                                      "and attach long documents to the client file instead.")
                              .format(n=f"{MAX_TEXT:,}".replace(",", " ")), field=field)

S = ComplaintStatus
ALLOWED: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    S.OPEN: frozenset({S.IN_PROGRESS, S.RESOLVED, S.REFERRED, S.REJECTED}),
    S.IN_PROGRESS: frozenset({S.RESOLVED, S.REFERRED, S.REJECTED}),
    S.RESOLVED: frozenset({S.IN_PROGRESS}),
    S.REFERRED: frozenset({S.IN_PROGRESS}),
    S.REJECTED: frozenset({S.IN_PROGRESS}),
}

CHANNEL_LABELS: dict[ComplaintChannel, str] = {
    ComplaintChannel.IN_PERSON: QT_TRANSLATE_NOOP("complaints", "In person"),
    ComplaintChannel.PHONE: QT_TRANSLATE_NOOP("complaints", "Phone"),
    ComplaintChannel.LETTER: QT_TRANSLATE_NOOP("complaints", "Letter"),
    ComplaintChannel.SMS_WHATSAPP: QT_TRANSLATE_NOOP("complaints", "SMS / WhatsApp"),
    ComplaintChannel.OTHER: QT_TRANSLATE_NOOP("complaints", "Other"),
}
TYPE_LABELS: dict[ComplaintType, str] = {
    ComplaintType.AID_NOT_RECEIVED: QT_TRANSLATE_NOOP("complaints", "Aid not received"),
    ComplaintType.AID_AMOUNT_QUALITY: QT_TRANSLATE_NOOP("complaints", "Aid amount or quality"),
    ComplaintType.DATA_DTKS: QT_TRANSLATE_NOOP("complaints", "Data or DTKS listing"),
    ComplaintType.SERVICE_CONDUCT: QT_TRANSLATE_NOOP("complaints", "Service or staff conduct"),
    ComplaintType.ELIGIBILITY: QT_TRANSLATE_NOOP("complaints", "Eligibility decision"),
    ComplaintType.OTHER: QT_TRANSLATE_NOOP("complaints", "Other"),
}
STATUS_LABELS: dict[ComplaintStatus, str] = {
    S.OPEN: QT_TRANSLATE_NOOP("complaints", "Open"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("complaints", "In progress"),
    S.RESOLVED: QT_TRANSLATE_NOOP("complaints", "Resolved"),
    S.REFERRED: QT_TRANSLATE_NOOP("complaints", "Referred"),
    S.REJECTED: QT_TRANSLATE_NOOP("complaints", "Rejected"),
}


def channel_label(value: ComplaintChannel) -> str:
    return translate("complaints", CHANNEL_LABELS[ComplaintChannel(value)])


def type_label(value: ComplaintType) -> str:
    return translate("complaints", TYPE_LABELS[ComplaintType(value)])


def status_label(value: ComplaintStatus) -> str:
    return translate("complaints", STATUS_LABELS[ComplaintStatus(value)])


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_on: date
    channel: ComplaintChannel
    complaint_type: ComplaintType
    status: ComplaintStatus
    household_id: int | None
    household_ref: str
    person_id: int | None
    complainant: str  # the person's name, else the name written down, else the household head's
    complainant_contact: str
    description: str
    resolution_note: str
    resolved_on: date | None
    agency_id: int | None
    agency_name: str
    recorded_by: str

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_COMPLAINT_STATUSES

    @property
    def next_statuses(self) -> frozenset[ComplaintStatus]:
        return ALLOWED[self.status]


@dataclass(frozen=True)
class ComplaintFilter:
    status: ComplaintStatus | None = None
    open_only: bool = False  # open or in progress
    complaint_type: ComplaintType | None = None
    received_from: date | None = None  # inclusive
    received_to: date | None = None  # inclusive
    text: str = ""  # in the description, the complainant's written name or contact, the person's name
    household_id: int | None = None
    person_ids: tuple[int, ...] = ()  # with household_id: the household's complaints or any of these people's


def head_names(uow: UnitOfWork, household_ids: set[int]) -> dict[int, str]:
    """Current head of each household as "Given Family" (for lists that name a household)."""
    if not household_ids:
        return {}
    today = date.today()
    rows = uow.session.execute(
        select(HouseholdMember.household_id, Person.given_name, Person.family_name)
        .join(Person, Person.id == HouseholdMember.person_id)
        .where(HouseholdMember.household_id.in_(household_ids), HouseholdMember.relationship_ == Relationship.HEAD,
               HouseholdMember.joined_on <= today,
               or_(HouseholdMember.left_on.is_(None), HouseholdMember.left_on > today)))
    return {hid: f"{given} {family}".strip() for hid, given, family in rows}


def _live_subject(uow: UnitOfWork, person_id: int | None, household_id: int | None) -> None:
    if person_id is not None:
        person = uow.session.get(Person, person_id)
        if person is None:
            raise NotFound(translate("complaints", "That person no longer exists."))
        if person.status is RecordStatus.ERASED:
            raise ValidationError(translate("complaints", "That person's data was erased: choose someone else or "
                                                          "write the complainant's name."), field="complainant")
    if household_id is not None:
        household = uow.session.get(Household, household_id)
        if household is None:
            raise NotFound(translate("complaints", "That household no longer exists."))
        if household.status is RecordStatus.ERASED:
            raise ValidationError(translate("complaints", "That household's data was erased: choose another or "
                                                          "write the complainant's name."), field="complainant")


def _check_day(value: date, field: str, today: date) -> None:
    if value > today:
        raise ValidationError(translate("complaints", "The date {date} is in the future: enter the day it "
                                                      "happened.").format(date=value.isoformat()), field=field)


def create_complaint(uow: UnitOfWork, actor: Actor, *, received_on: date, channel: ComplaintChannel | str,
                     complaint_type: ComplaintType | str, description: str, household_id: int | None = None,
                     person_id: int | None = None, complainant_name: str = "", complainant_contact: str = "",
                     today: date | None = None) -> int:
    """Record a complaint from a registered household/person, or from someone named in free text."""
    require(actor, RECORD)
    today = today or date.today()
    try:
        channel, complaint_type = ComplaintChannel(channel), ComplaintType(complaint_type)
    except ValueError as exc:
        raise ValidationError(translate("complaints", "Choose the type of complaint and how it came in."),
                              field="complaint_type") from exc
    _check_day(received_on, "received_on", today)
    name, contact = " ".join(complainant_name.split()), complainant_contact.strip()
    if person_id is None and household_id is None and not name:
        raise ValidationError(translate("complaints", "Say who is complaining: choose a registered client or write "
                                                      "the complainant's name."), field="complainant")
    if len(name) > MAX_NAME or len(contact) > MAX_NAME:
        raise ValidationError(translate("complaints", "The name or contact is too long (over 200 characters)."),
                              field="complainant")
    if not description.strip():
        raise ValidationError(translate("complaints", "Describe the complaint."), field="description")
    check_text_length(description.strip(), "description")
    _live_subject(uow, person_id, household_id)
    row = Complaint(received_on=received_on, channel=channel, complaint_type=complaint_type,
                    description=description.strip(), household_id=household_id, person_id=person_id,
                    complainant_name=name, complainant_contact=contact, status=S.OPEN,
                    recorded_by_user_id=actor.user_id)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "complaint", row.id, f"{complaint_type.value} via {channel.value}")
    return row.id


def _get(uow: UnitOfWork, complaint_id: int) -> Complaint:
    row = uow.session.get(Complaint, complaint_id)
    if row is None:
        raise NotFound(translate("complaints", "That complaint no longer exists."))
    return row


def change_status(uow: UnitOfWork, actor: Actor, complaint_id: int, new_status: ComplaintStatus | str, *,
                  on: date | None = None, note: str = "", agency_id: int | None = None,
                  today: date | None = None) -> None:
    """Move a complaint along: closing (resolved / referred / rejected) needs the day and a note saying how;
    a referral may name the agency. Reopening clears the closing day and agency (the note stays)."""
    require(actor, RESOLVE)
    today = today or date.today()
    new_status = ComplaintStatus(new_status)  # a combo box hands back the plain string
    row = _get(uow, complaint_id)
    if new_status not in ALLOWED[row.status]:
        raise ValidationError(translate("complaints", "A complaint that is \"{current}\" cannot become \"{new}\".")
                              .format(current=status_label(row.status), new=status_label(new_status)),
                              field="status")
    check_text_length(note.strip(), "note")
    closing = new_status in CLOSED_COMPLAINT_STATUSES
    if agency_id is not None and new_status is not S.REFERRED:
        raise ValidationError(translate("complaints", "An agency is only named when the complaint is referred."),
                              field="agency")
    if closing:
        on = on or today
        _check_day(on, "resolved_on", today)
        if on < row.received_on:
            raise ValidationError(translate("complaints", "The complaint cannot be closed before it was received "
                                                          "({date}).").format(date=row.received_on.isoformat()),
                                  field="resolved_on")
        if not note.strip():
            raise ValidationError(translate("complaints", "Write how the complaint was resolved, referred or why it "
                                                          "was rejected."), field="note")
        if agency_id is not None:
            agency = uow.session.get(Agency, agency_id)
            if agency is None:
                raise NotFound(translate("complaints", "That agency no longer exists."))
            if not agency.active and agency_id != row.agency_id:
                raise ValidationError(translate("complaints", "That agency is no longer in use: choose another."),
                                      field="agency")
        row.resolved_on, row.agency_id = on, agency_id
    else:
        row.resolved_on, row.agency_id = None, None
    if note.strip():
        row.resolution_note = note.strip()
    previous, row.status = row.status, new_status
    audit.record(uow, actor, Action.UPDATE, "complaint", row.id, f"{previous.value} -> {new_status.value}")


def _query() -> Any:  # Select of (row, ...) joined names
    return (select(Complaint, Person.given_name, Person.family_name, Household.ref, Agency.name)
            .outerjoin(Person, Person.id == Complaint.person_id)
            .outerjoin(Household, Household.id == Complaint.household_id)
            .outerjoin(Agency, Agency.id == Complaint.agency_id))


def _rows(uow: UnitOfWork, query: Any) -> list[ComplaintRow]:
    result = list(uow.session.execute(query))
    heads = head_names(uow, {c.household_id for c, *_ in result if c.household_id is not None
                             and c.person_id is None and not c.complainant_name})
    recorders = user_names(uow, {c.recorded_by_user_id for c, *_ in result})
    rows = []
    for c, given, family, ref, agency in result:
        person = f"{given or ''} {family or ''}".strip()
        who = person or c.complainant_name or heads.get(c.household_id or 0, "")
        rows.append(ComplaintRow(
            c.id, c.received_on, c.channel, c.complaint_type, c.status, c.household_id, ref or "", c.person_id,
            who, c.complainant_contact, c.description, c.resolution_note, c.resolved_on, c.agency_id,
            agency or "", recorders.get(c.recorded_by_user_id or 0, "")))
    return rows


def list_complaints(uow: UnitOfWork, actor: Actor, flt: ComplaintFilter | None = None, *,
                    limit: int = 2000) -> list[ComplaintRow]:
    """Newest first."""
    require(actor, READ)
    flt = flt or ComplaintFilter()
    query = _query().order_by(Complaint.received_on.desc(), Complaint.id.desc()).limit(limit)
    if flt.status is not None:
        query = query.where(Complaint.status == ComplaintStatus(flt.status))
    if flt.open_only:
        query = query.where(Complaint.status.in_((S.OPEN, S.IN_PROGRESS)))
    if flt.complaint_type is not None:
        query = query.where(Complaint.complaint_type == ComplaintType(flt.complaint_type))
    if flt.received_from is not None:
        query = query.where(Complaint.received_on >= flt.received_from)
    if flt.received_to is not None:
        query = query.where(Complaint.received_on <= flt.received_to)
    if flt.household_id is not None or flt.person_ids:
        subjects = []
        if flt.household_id is not None:
            subjects.append(Complaint.household_id == flt.household_id)
        if flt.person_ids:
            subjects.append(Complaint.person_id.in_(flt.person_ids))
        query = query.where(or_(*subjects))
    for word in flt.text.split():
        like = f"%{word}%"
        query = query.where(or_(
            Complaint.description.ilike(like), Complaint.complainant_name.ilike(like),
            Complaint.complainant_contact.ilike(like), Person.given_name.ilike(like), Person.family_name.ilike(like),
            Household.ref.ilike(like), cast(Complaint.id, String) == word))
    return _rows(uow, query)


def get_complaint(uow: UnitOfWork, actor: Actor, complaint_id: int) -> ComplaintRow:
    require(actor, READ)
    rows = _rows(uow, _query().where(Complaint.id == complaint_id))
    if not rows:
        raise NotFound(translate("complaints", "That complaint no longer exists."))
    return rows[0]


def count_open(uow: UnitOfWork, actor: Actor, *, older_than: date | None = None) -> int:
    """Open or in-progress complaints (received before `older_than` when given), counted in SQL."""
    require(actor, READ)
    query = select(func.count()).select_from(Complaint).where(Complaint.status.in_((S.OPEN, S.IN_PROGRESS)))
    if older_than is not None:
        query = query.where(Complaint.received_on < older_than)
    return int(uow.session.scalar(query) or 0)
